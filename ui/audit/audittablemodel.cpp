#include "audit/audittablemodel.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace calib {

// UTF-8 strings of every row, appended into fixed-size blocks (no reallocation, no per
// string header). A reference is the global position and the size.
class AuditTableModel::Arena
{
public:
    static constexpr quint32 blockSize = 256 * 1024;

    StrRef append(QByteArrayView bytes)
    {
        const quint32 size = quint32(std::min<qsizetype>(bytes.size(), blockSize));
        if (size == 0)
            return {};
        if (m_blocks.empty() || m_used + size > blockSize) {
            m_blocks.push_back(std::make_unique<char[]>(blockSize));
            m_used = 0;
        }
        std::memcpy(m_blocks.back().get() + m_used, bytes.data(), size);
        const StrRef ref {quint32((m_blocks.size() - 1) * blockSize + m_used), size};
        m_used += size;
        return ref;
    }
    [[nodiscard]] QByteArrayView view(StrRef ref) const
    {
        if (ref.size == 0)
            return {};
        return {m_blocks[ref.pos / blockSize].get() + ref.pos % blockSize, qsizetype(ref.size)};
    }
    [[nodiscard]] qint64 bytes() const { return qint64(m_blocks.size()) * blockSize; }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    quint32 m_used = 0;
};

namespace {

constexpr quint64 kSignBit = quint64(1) << 63;

struct SortKey
{
    quint64 k1;
    quint64 k2;
    quint32 row;
};

quint64 bigEndianPrefix(QByteArrayView bytes, qsizetype from)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype at = from + i;
        key = (key << 8) | (at < bytes.size() ? quint64(static_cast<unsigned char>(bytes[at])) : 0U);
    }
    return key;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_arena(std::make_unique<Arena>())
{ }

AuditTableModel::~AuditTableModel()
{
    if (m_pager)
        m_pager->disconnect(this);
}

void AuditTableModel::setClient(TenantClient *client)
{
    m_client = client;
    m_serverSide = true;
    reload();
}

TenantClient *AuditTableModel::client() const
{
    return m_client;
}

void AuditTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 200);
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool serverPartChanged
        = filter.actor != m_filter.actor || filter.since != m_filter.since || filter.until != m_filter.until;
    m_filter = filter;
    if (serverPartChanged && m_serverSide && m_client) {
        reload();
        return;
    }
    beginResetModel();
    rebuildView();
    endResetModel();
}

void AuditTableModel::reload()
{
    const bool wasLoading = isLoading();
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    beginResetModel();
    clearRows();
    endResetModel();
    m_loadingAll = false;
    m_atEnd = m_client == nullptr;
    m_nextCursor.clear();
    m_lastError = {};
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void AuditTableModel::clearRows()
{
    m_rows = {};
    m_view = {};
    m_arena = std::make_unique<Arena>();
    m_interned.clear();
    m_internKinds.clear();
    m_internIds.clear();
    m_ranks.clear();
}

void AuditTableModel::loadAll()
{
    if (m_atEnd || !m_client)
        return;
    m_loadingAll = true;
    if (!m_pager)
        startPager(m_pageSize);
}

void AuditTableModel::cancelLoading()
{
    m_loadingAll = false;
    if (m_pager)
        m_pager->cancel(); // finished(Cancelled) follows; the cursor stays where this page began
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_atEnd && !m_pager && !m_lastError.isError();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startPager(m_pageSize);
}

void AuditTableModel::startPager(qint64 maxItems)
{
    const bool serverPart = m_serverSide && m_filter.hasServerPart();
    m_serverPartInQuery = serverPart;
    CursorPager *pager = m_client->auditPager(m_filter.toQuery(m_pageSize, serverPart), maxItems, this);
    m_pager = pager;
    connect(pager, &CursorPager::page, this, &AuditTableModel::onPage);
    connect(pager, &CursorPager::finished, this, &AuditTableModel::onPagerFinished);
    pager->start(m_nextCursor);
    Q_EMIT loadingChanged(true);
}

void AuditTableModel::onPage(const CursorPage &page)
{
    appendEvents(page.auditEvents);
    Q_EMIT loadProgress(qint64(m_rows.size()));
}

void AuditTableModel::onPagerFinished(const ApiError &error)
{
    CursorPager *pager = m_pager;
    m_pager = nullptr;
    if (pager)
        pager->deleteLater();
    if (error.isError()) {
        if (m_serverPartInQuery
            && (error.kind == ApiError::Kind::NotSupported || error.kind == ApiError::Kind::InvalidInput)) {
            // The tenant does not know since/until/actor: load everything, filter here.
            m_serverSide = false;
            const bool all = m_loadingAll;
            reload();
            if (all)
                loadAll();
            else
                fetchMore({});
            return;
        }
        m_loadingAll = false;
        if (error.kind != ApiError::Kind::Cancelled) {
            m_lastError = error;
            Q_EMIT loadFailed(error);
        }
        Q_EMIT loadingChanged(false);
        return;
    }
    if (pager && pager->stoppedAtMaximum()) {
        m_nextCursor = pager->nextCursor();
    } else {
        m_atEnd = true;
        m_nextCursor.clear();
    }
    if (m_loadingAll && !m_atEnd) {
        startPager(m_pageSize);
        return;
    }
    m_loadingAll = false;
    Q_EMIT loadingChanged(false);
}

quint32 AuditTableModel::intern(const QString &textValue)
{
    const auto it = m_internIds.constFind(textValue);
    if (it != m_internIds.constEnd())
        return *it;
    const auto id = quint32(m_interned.size());
    m_interned.append(textValue);
    m_internKinds.append(0);
    m_internIds.insert(textValue, id);
    m_ranks.clear();
    return id;
}

void AuditTableModel::appendEvents(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return;
    const auto first = quint32(m_rows.size());
    m_rows.reserve(m_rows.size() + size_t(events.size()));
    for (const AuditEvent &event : events) {
        Row row;
        row.timeMs = event.timestamp.toMSecsSinceEpoch();
        row.id = m_arena->append(event.id.toUtf8());
        row.calibrationId = m_arena->append(event.calibrationId.toUtf8());
        row.jobId = m_arena->append(event.jobId.toUtf8());
        row.idempotencyKey = m_arena->append(event.idempotencyKey.toUtf8());
        if (!event.changes.isEmpty()) {
            row.summary = m_arena->append(auditChangesSummary(event.changes).toUtf8());
            row.changes = m_arena->append(QJsonDocument(event.changes).toJson(QJsonDocument::Compact));
        }
        row.actor = intern(event.actor);
        row.action = intern(event.action);
        m_internKinds[row.actor] |= 1;
        m_internKinds[row.action] |= 2;
        row.version = event.version ? qint32(std::clamp<qint64>(*event.version, 0, INT32_MAX)) : -1;
        row.status = event.statusCode ? qint16(std::clamp(*event.statusCode, 0, 999)) : qint16(0);
        m_rows.push_back(row);
    }
    std::vector<quint32> added;
    added.reserve(size_t(events.size()));
    for (auto i = first; i < quint32(m_rows.size()); ++i) {
        if (rowMatches(m_rows[i]))
            added.push_back(i);
    }
    if (added.empty())
        return;
    if (m_sortColumn < 0) {
        const int at = int(m_view.size());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_view.insert(m_view.end(), added.begin(), added.end());
        endInsertRows();
        return;
    }
    // Sorted: merge the sorted page into the order and move persistent indexes along.
    sortIndices(added);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<quint32> merged;
    merged.reserve(m_view.size() + added.size());
    std::vector<int> newPosition(m_view.size());
    size_t a = 0;
    size_t b = 0;
    while (a < m_view.size() || b < added.size()) {
        if (b == added.size() || (a < m_view.size() && !lessRows(added[b], m_view[a]))) {
            newPosition[a] = int(merged.size());
            merged.push_back(m_view[a++]);
        } else {
            merged.push_back(added[b++]);
        }
    }
    m_view = std::move(merged);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        moved.append(index.isValid() && size_t(index.row()) < newPosition.size()
                         ? this->index(newPosition[size_t(index.row())], index.column())
                         : QModelIndex());
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool AuditTableModel::rowMatches(const Row &row) const
{
    if (m_filter.isEmpty())
        return true;
    return m_filter.matches(row.timeMs, m_interned.at(row.actor), m_interned.at(row.action));
}

void AuditTableModel::rebuildView()
{
    m_view.clear();
    m_view.reserve(m_rows.size());
    for (quint32 i = 0; i < quint32(m_rows.size()); ++i) {
        if (rowMatches(m_rows[i]))
            m_view.push_back(i);
    }
    if (m_sortColumn >= 0)
        sortIndices(m_view);
}

std::vector<quint32> AuditTableModel::internRanks() const
{
    std::vector<quint32> order(size_t(m_interned.size()));
    for (quint32 i = 0; i < quint32(order.size()); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        return m_interned.at(a).compare(m_interned.at(b), Qt::CaseInsensitive) < 0;
    });
    std::vector<quint32> ranks(order.size());
    for (quint32 r = 0; r < quint32(order.size()); ++r)
        ranks[order[r]] = r;
    return ranks;
}

bool AuditTableModel::lessRows(quint32 a, quint32 b) const
{
    const Row &x = m_rows[a];
    const Row &y = m_rows[b];
    int c = 0;
    switch (m_sortColumn) {
    case Time: c = x.timeMs < y.timeMs ? -1 : (x.timeMs > y.timeMs ? 1 : 0); break;
    case Actor:
    case Action: {
        if (m_ranks.size() != size_t(m_interned.size()))
            m_ranks = internRanks();
        const quint32 rx = m_ranks[m_sortColumn == Actor ? x.actor : x.action];
        const quint32 ry = m_ranks[m_sortColumn == Actor ? y.actor : y.action];
        c = rx < ry ? -1 : (rx > ry ? 1 : 0);
        break;
    }
    case Version: c = x.version < y.version ? -1 : (x.version > y.version ? 1 : 0); break;
    case Status: c = x.status < y.status ? -1 : (x.status > y.status ? 1 : 0); break;
    case Job: c = compareBytes(bytes(x.jobId), bytes(y.jobId)); break;
    case IdempotencyKey: c = compareBytes(bytes(x.idempotencyKey), bytes(y.idempotencyKey)); break;
    case Changes: c = compareBytes(bytes(x.summary), bytes(y.summary)); break;
    default: break;
    }
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b; // stable: the server's order among equals
}

void AuditTableModel::sortIndices(std::vector<quint32> &indices) const
{
    if (m_sortColumn < 0 || indices.size() < 2)
        return;
    if (m_ranks.size() != size_t(m_interned.size()))
        m_ranks = internRanks();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    StrRef Row::*stringField = nullptr;
    if (m_sortColumn == Job)
        stringField = &Row::jobId;
    else if (m_sortColumn == IdempotencyKey)
        stringField = &Row::idempotencyKey;
    else if (m_sortColumn == Changes)
        stringField = &Row::summary;

    // Sort fixed-size keys held in one array (cache friendly); strings by their first 16
    // bytes, then equal prefixes of longer strings by a full compare.
    std::vector<SortKey> keys(indices.size());
    for (size_t i = 0; i < indices.size(); ++i) {
        const Row &row = m_rows[indices[i]];
        SortKey key {0, 0, indices[i]};
        switch (m_sortColumn) {
        case Time: key.k1 = quint64(row.timeMs) ^ kSignBit; break;
        case Actor: key.k1 = m_ranks[row.actor]; break;
        case Action: key.k1 = m_ranks[row.action]; break;
        case Version: key.k1 = quint64(qint64(row.version)) ^ kSignBit; break;
        case Status: key.k1 = quint64(qint64(row.status)) ^ kSignBit; break;
        default: {
            const QByteArrayView b = m_arena->view(row.*stringField);
            key.k1 = bigEndianPrefix(b, 0);
            key.k2 = bigEndianPrefix(b, 8);
            break;
        }
        }
        if (descending) {
            key.k1 = ~key.k1;
            key.k2 = ~key.k2;
        }
        keys[i] = key;
    }
    std::sort(keys.begin(), keys.end(), [](const SortKey &a, const SortKey &b) {
        if (a.k1 != b.k1)
            return a.k1 < b.k1;
        if (a.k2 != b.k2)
            return a.k2 < b.k2;
        return a.row < b.row;
    });
    if (stringField) {
        size_t runStart = 0;
        for (size_t i = 1; i <= keys.size(); ++i) {
            if (i < keys.size() && keys[i].k1 == keys[runStart].k1 && keys[i].k2 == keys[runStart].k2)
                continue;
            if (i - runStart > 1) {
                std::stable_sort(keys.begin() + qsizetype(runStart), keys.begin() + qsizetype(i),
                                 [this, stringField, descending](const SortKey &a, const SortKey &b) {
                                     const int c = compareBytes(m_arena->view(m_rows[a.row].*stringField),
                                                                m_arena->view(m_rows[b.row].*stringField));
                                     return descending ? c > 0 : c < 0;
                                 });
            }
            runStart = i;
        }
    }
    for (size_t i = 0; i < keys.size(); ++i)
        indices[i] = keys[i].row;
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint32> persistentRows;
    persistentRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        persistentRows.push_back(index.isValid() ? m_view[size_t(index.row())] : quint32(-1));

    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0) {
        std::sort(m_view.begin(), m_view.end());
    } else {
        sortIndices(m_view);
    }
    if (!persistent.isEmpty()) {
        std::vector<int> positionOf(m_rows.size(), -1);
        for (size_t i = 0; i < m_view.size(); ++i)
            positionOf[m_view[i]] = int(i);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const quint32 row = persistentRows[size_t(i)];
            moved.append(row == quint32(-1) ? QModelIndex() : index(positionOf[row], persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QByteArrayView AuditTableModel::bytes(StrRef ref) const
{
    return m_arena->view(ref);
}

QString AuditTableModel::text(StrRef ref) const
{
    return QString::fromUtf8(m_arena->view(ref));
}

QString AuditTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Time: return QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::LocalTime).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Actor: return m_interned.at(row.actor);
    case Action: return m_interned.at(row.action);
    case Version: return row.version < 0 ? QString() : QString::number(row.version);
    case Job: return text(row.jobId);
    case IdempotencyKey: return text(row.idempotencyKey);
    case Status: return row.status == 0 ? QString() : QString::number(row.status);
    case Changes: return text(row.summary);
    default: return {};
    }
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[m_view[size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        if (index.column() == Changes || index.column() == IdempotencyKey || index.column() == Job)
            return displayText(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Version || index.column() == Status)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole: return text(row.id);
    case TimestampMsRole: return row.timeMs;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Version: return tr("Version");
    case Job: return tr("Job");
    case IdempotencyKey: return tr("Idempotency key");
    case Status: return tr("Status");
    case Changes: return tr("Changes");
    default: return {};
    }
}

AuditEvent AuditTableModel::event(int viewRow) const
{
    AuditEvent event;
    if (viewRow < 0 || size_t(viewRow) >= m_view.size())
        return event;
    const Row &row = m_rows[m_view[size_t(viewRow)]];
    event.id = text(row.id);
    event.timestamp = QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC);
    event.actor = m_interned.at(row.actor);
    event.action = m_interned.at(row.action);
    event.calibrationId = text(row.calibrationId);
    if (row.version >= 0)
        event.version = row.version;
    event.jobId = text(row.jobId);
    event.idempotencyKey = text(row.idempotencyKey);
    if (row.status != 0)
        event.statusCode = row.status;
    if (row.changes.size > 0)
        event.changes = QJsonDocument::fromJson(bytes(row.changes).toByteArray()).object();
    event.raw = auditEventToJson(event);
    return event;
}

QStringList AuditTableModel::knownActors() const
{
    QStringList actors;
    for (qsizetype i = 0; i < m_interned.size(); ++i) {
        if (m_internKinds.at(i) & 1)
            actors.append(m_interned.at(i));
    }
    actors.sort(Qt::CaseInsensitive);
    return actors;
}

QStringList AuditTableModel::knownActions() const
{
    // The contract's actions first, then any others a tenant sent.
    QStringList actions {u"calibration.applied"_s, u"calibration.rejected"_s, u"reweight.started"_s,
                         u"reweight.completed"_s,  u"reweight.failed"_s,      u"webhook.registered"_s,
                         u"webhook.deleted"_s};
    for (qsizetype i = 0; i < m_interned.size(); ++i) {
        if ((m_internKinds.at(i) & 2) && !actions.contains(m_interned.at(i)))
            actions.append(m_interned.at(i));
    }
    return actions;
}

qint64 AuditTableModel::bytesUsed() const
{
    qint64 interned = 0;
    for (const QString &s : m_interned)
        interned += 64 + s.size() * 2; // string, hash node and list entry
    return qint64(m_rows.capacity() * sizeof(Row)) + qint64(m_view.capacity() * sizeof(quint32)) + m_arena->bytes()
        + interned;
}

} // namespace calib
