#include "services/jobwatcher.h"

#include "api/apicall.h"
#include "api/jobpoller.h"
#include "api/tenantclient.h"

#include <QTimer>

namespace calib {

JobWatcher::JobWatcher(TenantClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Job>();
}

ExitCode JobWatcher::exitCodeFor(const Job &job, const ApiError &error, bool waited)
{
    if (error.isError())
        return calib::exitCodeFor(error);
    if (job.status == Job::Status::Failed)
        return ExitCode::Failure;
    if (waited && job.status != Job::Status::Completed)
        return ExitCode::Failure;
    return ExitCode::Ok;
}

void JobWatcher::start(const QString &jobId, bool waitUntilFinal)
{
    QTimer::singleShot(0, this, [this, jobId, waitUntilFinal] {
        Job job;
        job.jobId = jobId;
        if (jobId.trimmed().isEmpty()) {
            Q_EMIT finished(job, ApiError::make(ApiError::Kind::InvalidInput, tr("Give a job id.")));
            return;
        }
        if (!m_client) {
            Q_EMIT finished(job, ApiError::make(ApiError::Kind::Network, tr("Not connected to a tenant.")));
            return;
        }
        if (waitUntilFinal) {
            m_poller = m_client->pollJob(jobId, this);
            connect(m_poller, &JobPoller::progress, this, &JobWatcher::progress);
            connect(m_poller, &JobPoller::finished, this, &JobWatcher::finished);
            m_poller->start();
            return;
        }
        m_call = m_client->getJob(jobId);
        connect(m_call, &ApiCall::finished, this, [this, job](const ApiResult &result) {
            Q_EMIT finished(result.ok() ? result.as<Job>() : job, result.error);
        });
    });
}

void JobWatcher::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_poller)
        m_poller->cancel();
}

} // namespace calib
