#pragma once

#include "api/apierror.h"
#include "api/cursorpager.h"
#include "store/reviewstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace calib {

class ReviewQueue;
class TenantClient;

// The review queue as a table: one row per alert, filled page by page from the tenant's
// alerts feed as the view scrolls (or by importing a file into the queue).
class AlertReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Emotion, Confidence, Threshold, Directive, Excerpt, Verification, Label, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1, LabelRole, MatchedTermsRole };

    explicit AlertReviewModel(ReviewQueue *queue, QObject *parent = nullptr);
    ~AlertReviewModel() override;

    [[nodiscard]] ReviewQueue *queue() const { return m_queue; }
    void setClient(TenantClient *client); // clears the queue and starts over
    void setPageSize(int pageSize) { m_pageSize = std::clamp(pageSize, 1, 200); }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] bool isLoading() const { return m_pager != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] static QString labelText(const std::optional<AlertReview::Label> &label);

Q_SIGNALS:
    void loadFailed(const calib::ApiError &error);

private:
    ReviewQueue *m_queue;
    QPointer<TenantClient> m_client;
    QPointer<CursorPager> m_pager;
    QString m_nextCursor;
    int m_pageSize = 100;
    bool m_atEnd = true;
    bool m_failed = false;
};

} // namespace calib
