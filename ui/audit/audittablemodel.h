#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/cursorpager.h"
#include "core/analytics/largeallocator.h"
#include "core/analytics/orderedrowindex.h"
#include "services/auditquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace calib {

class TenantClient;

// The audit trail as a table that fills page by page as the view scrolls (canFetchMore /
// fetchMore ask the client's pager for one page at a time; loadAll() walks the rest).
//
// Built for a million rows:
// * rows are compact: the timestamp as qint64, actor and action interned, every other
//   string UTF-8 in a chunked arena; the whole event is rebuilt on demand (event());
//   rows live in fixed-size blocks, so a new page never moves the rows already loaded;
// * the view is an index array over the rows: filtering selects indices, sorting orders
//   them (an LSD radix sort of 64-bit keys; strings 8 bytes at a time, most significant
//   first), never a proxy model; the changes summaries (long, mostly distinct, with long
//   shared prefixes) are kept in order as rows arrive (OrderedRowIndex), so sorting by
//   them is a linear walk;
// * appending a page is one beginInsertRows/endInsertRows (or, when sorted, the page's
//   rows are placed by binary search and the index array is shifted in place).
// The actor and date range are asked of the server (since/until/actor); a tenant that
// refuses them (400, 404/405) is asked again without them and filtered here.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Version, Job, IdempotencyKey, Status, Changes, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, TimestampMsRole };

    explicit AuditTableModel(QObject *parent = nullptr);
    ~AuditTableModel() override;

    // Drops every row and starts over with this client (nullptr: empty, nothing to fetch).
    void setClient(TenantClient *client);
    [[nodiscard]] TenantClient *client() const;
    void setPageSize(int pageSize); // 1..200, default 200
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    void setFilter(const AuditFilter &filter);
    [[nodiscard]] const AuditFilter &filter() const { return m_filter; }
    // False after the tenant refused the since/until/actor parameters.
    [[nodiscard]] bool serverSideFiltering() const { return m_serverSide; }
    // Reloads from the first page (keeps filter and sort).
    void reload();

    // Walks every remaining page (rows appear as they arrive); cancelLoading() stops.
    void loadAll();
    void cancelLoading();
    [[nodiscard]] bool isLoading() const { return m_pager != nullptr; }
    [[nodiscard]] bool isLoadingAll() const { return m_loadingAll; }
    // Walking on past pages the filter hid completely, until a row shows or the trail ends.
    [[nodiscard]] bool isSeeking() const { return m_seeking; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }

    [[nodiscard]] qsizetype loadedCount() const;
    // The event shown in view row `row` (rebuilt from the compact row).
    [[nodiscard]] AuditEvent event(int row) const;
    // The rows as shown now, as stable handles for storedEvent(): they stay valid while
    // rows are appended, sorted or filtered, until the rows are discarded (reload, another
    // tenant, a server-side filter).
    [[nodiscard]] std::vector<quint32> viewHandles() const;
    [[nodiscard]] AuditEvent storedEvent(quint32 handle) const;
    [[nodiscard]] QStringList knownActors() const;
    [[nodiscard]] QStringList knownActions() const;
    // Memory held for the rows (row array, string arena, interned strings, view indices).
    [[nodiscard]] qint64 bytesUsed() const;

    // Appends events as if a page arrived (the page path of fetchMore uses it too).
    void appendEvents(const QList<AuditEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Rows loaded so far (all pages, before filtering).
    void loadProgress(qint64 loaded);
    void loadFailed(const calib::ApiError &error);
    // Every row is about to go (handles from viewHandles() become invalid).
    void rowsAboutToBeDiscarded();

private:
    struct StrRef
    {
        quint32 pos = 0;
        quint32 size = 0;
    };
    struct Row
    {
        qint64 timeMs = 0;
        StrRef id;
        StrRef calibrationId;
        StrRef jobId;
        StrRef idempotencyKey;
        StrRef summary;
        StrRef changes; // compact JSON
        quint32 actor = 0; // index into m_interned
        quint32 action = 0;
        qint32 version = -1; // -1: absent
        qint16 status = 0; // 0: absent
    };
    class Arena;
    class RowStore;
    struct StringKey;

    void startPager(qint64 maxItems);
    void onPage(const CursorPage &page);
    void onPagerFinished(const ApiError &error);
    void clearRows();
    void rebuildView();
    template<typename Vector> void sortIndices(Vector &indices) const;
    void sortLarge(quint32 *indices, size_t count) const;
    void orderEqualPrefixes(StringKey *run, size_t count, qsizetype offset, int level, StringKey *scratch) const;
    [[nodiscard]] bool lessRows(quint32 a, quint32 b) const;
    [[nodiscard]] quint32 intern(const QString &text);
    [[nodiscard]] QString text(StrRef ref) const;
    [[nodiscard]] QByteArrayView bytes(StrRef ref) const;
    [[nodiscard]] bool rowMatches(const Row &row) const;
    [[nodiscard]] QString displayText(const Row &row, int column) const;
    [[nodiscard]] std::vector<quint32> internRanks() const;

    QPointer<TenantClient> m_client;
    QPointer<CursorPager> m_pager;
    int m_pageSize = 200;
    AuditFilter m_filter;
    bool m_serverSide = true;
    bool m_serverPartInQuery = false; // the running walk asked the server to filter
    bool m_pagerShowedRows = false; // the running pager's pages added a visible row
    bool m_loadingAll = false;
    bool m_seeking = false;
    bool m_atEnd = false;
    QString m_nextCursor;
    ApiError m_lastError;

    std::unique_ptr<RowStore> m_rows;
    LargeVector<quint32> m_view; // view row -> index into m_rows
    std::unique_ptr<Arena> m_arena;
    QStringList m_interned;
    QList<quint8> m_internKinds; // bit 0: used as an actor, bit 1: as an action
    QHash<QString, quint32> m_internIds;
    OrderedRowIndex<StrRef> m_summaryOrder; // rows by changes summary
    mutable std::vector<quint32> m_ranks; // interned id -> rank by text (for sorting)
    int m_sortColumn = -1; // -1: the server's order (newest first)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace calib
