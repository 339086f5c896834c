#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "services/exitcodes.h"

#include <QObject>
#include <QPointer>

namespace calib {

class ApiCall;
class JobPoller;
class TenantClient;

// Reads a reweight job once, or follows it until it completes or fails.
class JobWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit JobWatcher(TenantClient *client, QObject *parent = nullptr);

    // Starts on the next event-loop turn; finished() follows once.
    void start(const QString &jobId, bool waitUntilFinal);
    void cancel();

    // Ok for a job read (or completed when waited for); Failure for a failed job;
    // the error's code otherwise.
    [[nodiscard]] static ExitCode exitCodeFor(const Job &job, const ApiError &error, bool waited);

Q_SIGNALS:
    void progress(const calib::Job &job);
    void finished(const calib::Job &job, const calib::ApiError &error);

private:
    QPointer<TenantClient> m_client;
    QPointer<ApiCall> m_call;
    QPointer<JobPoller> m_poller;
};

} // namespace calib
