#pragma once

#include "api/apitypes.h"
#include "core/analytics/labelledalert.h"
#include "core/verification.h"
#include "store/reviewstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace calib {

class Clock;

// One alert waiting for (or carrying) a reviewer's verdict.
struct ReviewQueueItem
{
    Alert alert;
    VerificationResult verification; // the local pipeline's pre-flag
    std::optional<AlertReview::Label> label; // nothing: not reviewed yet
};

// The alert review queue: alerts from the tenant's feed or a file, each pre-flagged by the
// verification pipeline, and the reviewer's labels kept in the local database per tenant
// and alert id (so they survive restarts). Labels are set for several alerts at once
// (one transaction) and can be cleared again (undo).
class ReviewQueue final : public QObject
{
    Q_OBJECT
public:
    // `store` may be null (labels then live for this run only).
    ReviewQueue(ReviewStore *store, QString tenant, Clock *clock = nullptr, QObject *parent = nullptr);

    void setTenant(const QString &tenant); // clears the queue
    [[nodiscard]] const QString &tenant() const { return m_tenant; }
    void setPipeline(const VerificationPipeline &pipeline);
    [[nodiscard]] const VerificationPipeline &pipeline() const { return m_pipeline; }

    void clear();
    // Appends alerts not in the queue yet (by id), verified and with their stored labels.
    // Returns how many were added.
    qsizetype addAlerts(const QList<Alert> &alerts);
    [[nodiscard]] qsizetype size() const { return m_items.size(); }
    [[nodiscard]] const ReviewQueueItem &at(qsizetype row) const { return m_items.at(row); }
    // The alerts labelled true or false positive (skipped and unreviewed ones left out), as
    // a labelled dataset for the threshold analytics. They only cover confidences at or
    // above the threshold that fired them.
    [[nodiscard]] QList<LabelledAlert> labelledAlerts() const;
    [[nodiscard]] qsizetype rowOf(const QString &alertId) const { return m_rows.value(alertId, -1); }

    // Sets (or with nullopt, clears) the label of these alerts; all or nothing.
    // Returns false with a message when the database refused.
    bool setLabels(const QStringList &alertIds, const QList<std::optional<AlertReview::Label>> &labels,
                   QString *error = nullptr);
    // Every stored review of the tenant (also of alerts not in the queue).
    [[nodiscard]] QList<AlertReview> reviews() const;

    // The alert as the API sends it (for review snapshots and imports).
    [[nodiscard]] static QJsonObject alertToJson(const Alert &alert);
    [[nodiscard]] static std::optional<Alert> alertFromJson(const QJsonObject &object);
    // Reads alerts from JSON Lines (one Alert object per line) or CSV with a header naming
    // id, emotion, confidence, threshold, directive, triggered_at and optionally
    // interaction_id, calibration_version, transcript_excerpt. Bad rows are listed in
    // *errors ("line 3: ...").
    [[nodiscard]] static QList<Alert> importAlerts(const QString &path, QStringList *errors);

Q_SIGNALS:
    // Around appending rows [first, first + count) and around clearing (for item models).
    void itemsAboutToBeAdded(qsizetype first, qsizetype count);
    void itemsAdded(qsizetype first, qsizetype count);
    void aboutToClear();
    void labelsChanged(const QList<qsizetype> &rows);
    void cleared();

private:
    ReviewStore *m_store;
    QString m_tenant;
    Clock *m_clock;
    VerificationPipeline m_pipeline;
    QList<ReviewQueueItem> m_items;
    QHash<QString, qsizetype> m_rows;
    QHash<QString, AlertReview::Label> m_memoryLabels; // without a store
    // The tenant's stored reviews, read once and then kept in step by setLabels() (this
    // queue is their only writer), so a key press does not read them all again.
    mutable std::optional<QList<AlertReview>> m_storedReviews;
};

} // namespace calib
