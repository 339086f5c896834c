#include "api/apicall.h"
#include "api/jobpoller.h"
#include "api/tenantclient.h"
#include "core/calibration.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace calib;

class TestJobPoller : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TenantClient> m_client;

    QString startReweight()
    {
        Calibration c = Calibration::tenantDefault();
        c.triggerModelReweight = true;
        ApiCall *call = m_client->applyCalibration(c, TenantClient::newIdempotencyKey());
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(5000))
            return {};
        return finished.first().first().value<ApiResult>().as<AppliedCalibration>().jobId;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.clock = &m_clock;
        options.reweightSeconds = 10.0; // simulated seconds, moved by the test
        options.seedAlerts = 0;
        options.seedAudit = 0;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        TenantClientOptions clientOptions;
        clientOptions.jobPollInitialMs = 1000;
        clientOptions.jobPollFactor = 2.0;
        clientOptions.jobPollMaxDelayMs = 4000;
        clientOptions.jobPollMaxWaitMs = 60'000;
        clientOptions.timeScale = 0.005;
        m_client = std::make_unique<TenantClient>(
            &m_network, &m_clock, ConnectionConfig {m_sandbox->baseUrl(), options.clientId, options.clientSecret},
            clientOptions);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void pollsUntilCompletedWithCappedBackoff()
    {
        const QString jobId = startReweight();
        QVERIFY(!jobId.isEmpty());
        std::unique_ptr<JobPoller> poller(m_client->pollJob(jobId));
        QList<Job> seen;
        connect(poller.get(), &JobPoller::progress, this, [this, &seen](const Job &job) {
            seen.append(job);
            m_clock.advanceSecs(2); // the simulated engine moves on between polls
        });
        QSignalSpy finished(poller.get(), &JobPoller::finished);
        poller->start();
        QVERIFY(finished.wait(5000));
        const Job job = finished.first().at(0).value<Job>();
        QVERIFY(!finished.first().at(1).value<ApiError>().isError());
        QCOMPARE(job.status, Job::Status::Completed);
        QCOMPARE(job.jobId, jobId);
        QVERIFY(seen.size() >= 3);
        QVERIFY(!seen.first().isFinal());
        QCOMPARE(poller->polls(), seen.size() + 1);
    }

    void unknownJobIsNotFound()
    {
        std::unique_ptr<JobPoller> poller(m_client->pollJob(QStringLiteral("job_nope")));
        QSignalSpy finished(poller.get(), &JobPoller::finished);
        poller->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
    }

    void givesUpAfterTheMaximumWait()
    {
        const QString jobId = startReweight();
        TenantClientOptions options = m_client->options();
        options.jobPollMaxWaitMs = 5000; // nominal: 1 + 2 + 4 s of waiting, then stop
        m_client->setOptions(options);
        std::unique_ptr<JobPoller> poller(m_client->pollJob(jobId));
        QSignalSpy finished(poller.get(), &JobPoller::finished);
        poller->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(poller->polls(), 4);
    }

    void cancel()
    {
        const QString jobId = startReweight();
        std::unique_ptr<JobPoller> poller(m_client->pollJob(jobId));
        QSignalSpy finished(poller.get(), &JobPoller::finished);
        connect(poller.get(), &JobPoller::progress, poller.get(), &JobPoller::cancel);
        poller->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(poller->polls(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobPoller)
#include "tst_jobpoller.moc"
