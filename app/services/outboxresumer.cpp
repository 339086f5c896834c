#include "services/outboxresumer.h"

#include <QTimer>

#include <memory>

namespace calib {

OutboxResumer::OutboxResumer(ApplyWorkflow *workflow, QObject *parent)
    : QObject(parent)
    , m_workflow(workflow)
{
    qRegisterMetaType<Summary>();
}

void OutboxResumer::start(bool waitForJobs)
{
    m_wait = waitForJobs;
    QTimer::singleShot(0, this, [this] {
        m_rows = m_workflow ? m_workflow->pending() : QList<OutboxEntry> {};
        m_summary = {};
        m_summary.total = int(m_rows.size());
        next();
    });
}

void OutboxResumer::next()
{
    if (m_rows.isEmpty() || m_cancelled || !m_workflow) {
        m_summary.stillPending += int(m_rows.size()); // not tried in this run
        m_rows.clear();
        Q_EMIT finished(m_summary);
        return;
    }
    const OutboxEntry entry = m_rows.takeFirst();
    Q_EMIT rowStarted(entry);
    m_operation = m_workflow->resume(entry, m_wait);
    auto done = std::make_shared<bool>(false);
    connect(m_operation, &ApplyOperation::retryCountdown, this, &OutboxResumer::retryCountdown);
    // Gone without an answer: the workflow went away with it (another tenant connected).
    // The row stays in the outbox; nothing more is tried in this run.
    connect(m_operation, &QObject::destroyed, this, [this, done] {
        if (*done)
            return;
        ++m_summary.stillPending;
        m_cancelled = true;
        QTimer::singleShot(0, this, &OutboxResumer::next);
    });
    connect(m_operation, &ApplyOperation::finished, this, [this, entry, done](const ApplyOutcome &outcome) {
        *done = true;
        if (outcome.ok()) {
            ++m_summary.succeeded;
        } else {
            if (outcome.stillPending)
                ++m_summary.stillPending;
            else
                ++m_summary.failed;
            if (m_summary.exitCode == ExitCode::Ok)
                m_summary.exitCode = exitCodeFor(outcome.error);
        }
        Q_EMIT rowFinished(entry, outcome);
        // A row left pending (rate limit, network) would meet the same condition again.
        if (outcome.stillPending)
            m_cancelled = true;
        QTimer::singleShot(0, this, &OutboxResumer::next);
    });
}

void OutboxResumer::cancel()
{
    m_cancelled = true;
    if (m_operation)
        m_operation->cancel();
}

} // namespace calib
