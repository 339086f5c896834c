#include "api/jobpoller.h"

#include "api/apicall.h"
#include "api/apilog.h"
#include "api/tenantclient.h"

#include <QTimer>

#include <cmath>

namespace calib {

JobPoller::JobPoller(TenantClient *client, QString jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(std::move(jobId))
    , m_timer(new QTimer(this))
{
    m_job.jobId = m_jobId;
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JobPoller::poll);
}

JobPoller::~JobPoller()
{
    if (m_call)
        m_call->cancel();
}

void JobPoller::start()
{
    if (m_polls > 0 || m_finished)
        return;
    m_nextDelayMs = m_client ? m_client->options().jobPollInitialMs : 500;
    poll();
}

void JobPoller::cancel()
{
    if (m_finished)
        return;
    m_timer->stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void JobPoller::poll()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the client was destroyed")));
        return;
    }
    ++m_polls;
    m_call = m_client->getJob(m_jobId);
    connect(m_call, &ApiCall::finished, this, &JobPoller::onPolled);
}

void JobPoller::onPolled(const ApiResult &result)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    m_job = result.as<Job>();
    if (m_job.isFinal()) {
        finish({});
        return;
    }
    Q_EMIT progress(m_job);
    if (m_finished)
        return;
    const TenantClientOptions &options = m_client->options();
    if (m_waitedMs >= options.jobPollMaxWaitMs) {
        finish(ApiError::make(ApiError::Kind::Timeout,
                              QStringLiteral("job %1 still %2 after %3 s")
                                  .arg(m_jobId, Job::statusName(m_job.status))
                                  .arg(m_waitedMs / 1000)));
        return;
    }
    const qint64 delay = std::min(m_nextDelayMs, options.jobPollMaxDelayMs);
    m_waitedMs += delay;
    m_nextDelayMs
        = std::min<qint64>(qint64(std::ceil(double(m_nextDelayMs) * options.jobPollFactor)), options.jobPollMaxDelayMs);
    m_timer->start(int(std::ceil(double(delay) * options.timeScale)));
}

void JobPoller::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    Q_EMIT finished(m_job, error);
}

} // namespace calib
