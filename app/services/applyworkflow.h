#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/jobpoller.h"
#include "api/tenantclient.h"
#include "core/calibration.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace calib {

class AppliedHistory;
class Outbox;
struct OutboxEntry;
struct ApiResult;

// What the user sees of an apply while it runs.
enum class ApplyState {
    Validating,
    Recording, // writing the outbox row before anything is sent
    Sending,
    RetryWaiting, // rate limited / transient failure: retrying in N s
    WaitingForJob, // engine busy: waiting for another reweight job to finish
    Reweighting, // applied; our own reweight job runs (progress)
    Succeeded,
    Failed,
    Cancelled,
};

struct ApplyOutcome
{
    ApplyState state = ApplyState::Failed;
    AppliedCalibration applied; // valid when the tenant accepted the calibration
    std::optional<Job> job; // the reweight job's final state when waited for
    ApiError error; // kind None on success
    QString idempotencyKey;
    qint64 outboxId = 0;
    qint64 latencyMs = 0; // first send to final answer
    bool stillPending = false; // not final: kept in the outbox to resume later
    [[nodiscard]] bool ok() const { return state == ApplyState::Succeeded; }
    // The tenant accepted the calibration, even if what followed (its reweight job, or
    // following it) failed or was cancelled.
    [[nodiscard]] bool landed() const { return !applied.calibrationId.isEmpty(); }
};

struct ApplyOptions
{
    QString idempotencyKey; // empty: a new key for a new logical change
    bool waitForJob = true; // follow a reweight job started by this apply
};

// One logical apply: validated, written to the outbox with its idempotency key before it
// is sent, sent with the client's retries (same key throughout), closed in the outbox only
// on a final answer, and optionally followed until its reweight job ends. Used unchanged
// by the window and by calibctl.
class ApplyOperation final : public QObject
{
    Q_OBJECT
public:
    ~ApplyOperation() override;

    [[nodiscard]] ApplyState state() const { return m_state; }
    [[nodiscard]] const QString &idempotencyKey() const { return m_key; }
    [[nodiscard]] const Calibration &calibration() const { return m_calibration; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ApplyOutcome &outcome() const { return m_outcome; }

    [[nodiscard]] static QString stateText(ApplyState state);

public Q_SLOTS:
    // Stops sending or waiting. An apply already sent stays in the outbox as pending, so
    // it can be resumed with the same key (it may have landed).
    void cancel();

Q_SIGNALS:
    void stateChanged(calib::ApplyState state, const QString &detail);
    void retryCountdown(int secondsRemaining, const QString &reason);
    void waitingForJob(const QString &jobId);
    void progress(double fraction); // reweight progress 0..1
    void finished(const calib::ApplyOutcome &outcome);

private:
    friend class ApplyWorkflow;
    ApplyOperation(TenantClient *client, Outbox *outbox, AppliedHistory *history, QString profile,
                   Calibration calibration, ApplyOptions options, std::optional<qint64> resumeOutboxId,
                   QObject *parent);
    void start();
    void send();
    void onApplied(const ApiResult &result);
    void followJob(const QString &jobId);
    void setState(ApplyState state, const QString &detail = {});
    void finish(ApplyState state, const ApiError &error = {});

    QPointer<TenantClient> m_client;
    Outbox *m_outbox;
    AppliedHistory *m_history;
    QString m_profile;
    Calibration m_calibration;
    ApplyOptions m_options;
    std::optional<qint64> m_resumeOutboxId;
    QString m_key;
    ApplyState m_state = ApplyState::Validating;
    ApplyOutcome m_outcome;
    QPointer<ApiCall> m_call;
    QPointer<JobPoller> m_poller;
    QElapsedTimer m_latency;
    bool m_finished = false;
};

// Starts applies and resumes of pending outbox rows for one profile.
class ApplyWorkflow final : public QObject
{
    Q_OBJECT
public:
    // `outbox` and `history` must outlive the workflow; `history` may be null.
    ApplyWorkflow(TenantClient *client, Outbox *outbox, AppliedHistory *history, QString profile,
                  QObject *parent = nullptr);

    // Starts on the next event-loop turn; connect to the operation's signals right away.
    // The operation deletes itself after finished() unless re-parented.
    ApplyOperation *apply(const Calibration &calibration, const ApplyOptions &options = {});
    // Re-sends an open outbox row with its own key.
    ApplyOperation *resume(const OutboxEntry &entry, bool waitForJob = true);
    // Open outbox rows of this profile (empty on a storage error, which is logged).
    [[nodiscard]] QList<OutboxEntry> pending() const;

    [[nodiscard]] const QString &profile() const { return m_profile; }
    [[nodiscard]] TenantClient *client() const { return m_client; }

private:
    QPointer<TenantClient> m_client;
    Outbox *m_outbox;
    AppliedHistory *m_history;
    QString m_profile;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::ApplyOutcome)
