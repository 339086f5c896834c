#pragma once

#include "services/applyworkflow.h"
#include "services/exitcodes.h"
#include "store/outbox.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace calib {

// Resumes every open outbox row of the workflow's profile, oldest first and one at a
// time (the order of applies matters), each with its own idempotency key, so an apply
// cut off by a crash, kill -9 or network loss lands exactly once.
class OutboxResumer final : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int total = 0;
        int succeeded = 0;
        int failed = 0; // closed with a final rejection, or the job failed
        int stillPending = 0; // no final answer yet; still in the outbox
        ExitCode exitCode = ExitCode::Ok; // the first failure's code
    };

    explicit OutboxResumer(ApplyWorkflow *workflow, QObject *parent = nullptr);

    // Starts on the next event-loop turn.
    void start(bool waitForJobs = false);
    void cancel();

Q_SIGNALS:
    void rowStarted(const calib::OutboxEntry &entry);
    void retryCountdown(int secondsRemaining, const QString &reason);
    void rowFinished(const calib::OutboxEntry &entry, const calib::ApplyOutcome &outcome);
    void finished(const calib::OutboxResumer::Summary &summary);

private:
    void next();

    QPointer<ApplyWorkflow> m_workflow;
    QPointer<ApplyOperation> m_operation;
    QList<OutboxEntry> m_rows;
    Summary m_summary;
    bool m_wait = false;
    bool m_cancelled = false;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::OutboxResumer::Summary)
