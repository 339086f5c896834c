#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace calib {

class ApiCall;
struct ApiResult;
class TenantClient;

// Polls GET .../jobs/{job_id} until the job is completed or failed, with capped
// exponential backoff (TenantClientOptions::jobPoll*). Each poll is an ApiCall with the
// client's retry policy. Waits are QTimers (scaled by TenantClientOptions::timeScale);
// nothing blocks. Gives up with Kind::Timeout after jobPollMaxWaitMs of nominal waiting.
class JobPoller final : public QObject
{
    Q_OBJECT
public:
    JobPoller(TenantClient *client, QString jobId, QObject *parent = nullptr);
    ~JobPoller() override;

    [[nodiscard]] const QString &jobId() const { return m_jobId; }
    [[nodiscard]] const Job &lastJob() const { return m_job; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const calib::Job &job); // every non-final status read
    // Once: the final job (completed or failed) with error kind None, or the last known
    // job and the error that stopped the polling.
    void finished(const calib::Job &job, const calib::ApiError &error);

private:
    void poll();
    void onPolled(const ApiResult &result);
    void finish(const ApiError &error);

    QPointer<TenantClient> m_client;
    QString m_jobId;
    Job m_job;
    QPointer<ApiCall> m_call;
    QTimer *m_timer = nullptr;
    qint64 m_nextDelayMs = 0;
    qint64 m_waitedMs = 0;
    int m_polls = 0;
    bool m_finished = false;
};

} // namespace calib
