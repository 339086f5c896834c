#include "api/apicall.h"
#include "api/tenantclient.h"
#include "core/calibration.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace calib;

namespace {

Calibration validCalibration(double sensitivity = 0.5, bool reweight = false)
{
    Calibration c = Calibration::tenantDefault();
    c.sensitivityLevel = sensitivity;
    c.triggerModelReweight = reweight;
    return c;
}

ApiResult waitFor(ApiCall *call, int timeoutMs = 5000)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(timeoutMs))
        return ApiResult {ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test wait timed out")), 0, {}};
    return finished.first().first().value<ApiResult>();
}

} // namespace

class TestTenantClient : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TenantClient> m_client;
    int m_tokenRequests = 0;
    int m_initialVersion = 0; // after the seeded history

    void startSandbox(SandboxOptions options = {}, TenantClientOptions clientOptions = {},
                      ConnectionConfig::AuthMethod auth = ConnectionConfig::AuthMethod::FormFields)
    {
        m_client.reset();
        m_sandbox.reset();
        m_tokenRequests = 0;
        if (!options.clock)
            options.clock = &m_clock;
        options.seedAlerts = 20;
        options.seedAudit = 30;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_initialVersion = m_sandbox->version();
        connect(m_sandbox.get(), &SandboxServer::requestLogged, this, [this](const QString &line) {
            if (line.contains(QStringLiteral("/auth/token")))
                ++m_tokenRequests;
        });
        clientOptions.timeScale = clientOptions.timeScale == 1.0 ? 0.001 : clientOptions.timeScale;
        clientOptions.random = [] {
            return 0.0;
        };
        ConnectionConfig config {m_sandbox->baseUrl(), options.clientId, options.clientSecret, auth};
        m_client = std::make_unique<TenantClient>(&m_network, &m_clock, config, clientOptions);
    }

private Q_SLOTS:
    void init() { startSandbox(); }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void tokenApplyAndReplay_data()
    {
        QTest::addColumn<ConnectionConfig::AuthMethod>("auth");
        QTest::newRow("form fields") << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("http basic") << ConnectionConfig::AuthMethod::HttpBasic;
    }
    void tokenApplyAndReplay()
    {
        QFETCH(ConnectionConfig::AuthMethod, auth);
        startSandbox({}, {}, auth);
        QSignalSpy tokenState(m_client.get(), &TenantClient::tokenStateChanged);
        const QString key = TenantClient::newIdempotencyKey();
        const ApiResult first = waitFor(m_client->applyCalibration(validCalibration(0.6), key));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        const auto applied = first.as<AppliedCalibration>();
        QVERIFY(!applied.calibrationId.isEmpty());
        QCOMPARE(applied.version, qint64(m_initialVersion + 1));
        QVERIFY(!applied.replayed);
        QVERIFY(applied.appliedAt.isValid());
        QVERIFY(tokenState.size() >= 1);
        QVERIFY(m_client->hasValidToken());
        QCOMPARE(m_client->grantedScopes().size(), 4);
        QVERIFY(m_client->missingScopes().isEmpty());

        const ApiResult again = waitFor(m_client->applyCalibration(validCalibration(0.6), key));
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        const auto replay = again.as<AppliedCalibration>();
        QVERIFY(replay.replayed);
        QCOMPARE(replay.calibrationId, applied.calibrationId);
        QCOMPARE(replay.version, applied.version);
        QCOMPARE(replay.jobId, applied.jobId);
        QCOMPARE(m_sandbox->appliedCountForKey(key), 1);
        QCOMPARE(m_tokenRequests, 1);

        // Same key, other body: never retried, reported as reuse.
        const ApiResult reuse = waitFor(m_client->applyCalibration(validCalibration(0.7), key));
        QCOMPARE(reuse.error.kind, ApiError::Kind::IdempotencyReuse);
        QCOMPARE(reuse.httpStatus, 422);

        const ApiResult current = waitFor(m_client->getCalibration());
        QVERIFY2(current.ok(), qPrintable(current.error.toString()));
        QCOMPARE(current.as<CalibrationInForce>().calibration, validCalibration(0.6));
        QCOMPARE(current.as<CalibrationInForce>().version, qint64(m_initialVersion + 1));
    }

    void representation()
    {
        const ApiResult r = waitFor(m_client->applyCalibration(
            validCalibration(0.55), TenantClient::newIdempotencyKey(), PreferReturn::Representation));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.as<AppliedCalibration>().calibration.has_value());
        QCOMPARE(*r.as<AppliedCalibration>().calibration, validCalibration(0.55));
    }

    void validationErrorsHaveFieldPaths()
    {
        Calibration bad = validCalibration();
        bad.polarityMatrix.negative = 0.5;
        bad.sensitivityLevel = 0.99;
        const ApiResult r = waitFor(m_client->applyCalibration(bad, TenantClient::newIdempotencyKey()));
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(r.httpStatus, 400);
        QStringList paths;
        for (const Violation &v : r.error.fieldErrors)
            paths.append(v.path);
        QVERIFY2(paths.contains(QStringLiteral("polarity_matrix.negative")), qPrintable(paths.join(u',')));
        QVERIFY2(paths.contains(QStringLiteral("sensitivity_level")), qPrintable(paths.join(u',')));
        QCOMPARE(m_sandbox->version(), m_initialVersion); // nothing applied
    }

    void missingScopeIsNamed()
    {
        SandboxOptions options;
        options.scopes = {QStringLiteral("agentassist:write"), QStringLiteral("audit:read")};
        startSandbox(options);
        const ApiResult r = waitFor(m_client->applyCalibration(validCalibration(), TenantClient::newIdempotencyKey()));
        QCOMPARE(r.error.kind, ApiError::Kind::Permission);
        QCOMPARE(r.httpStatus, 403);
        QVERIFY2(r.error.missingScope.contains(QStringLiteral("sentiment:calibrate")),
                 qPrintable(r.error.missingScope));
        QCOMPARE(m_client->missingScopes(),
                 QStringList({QStringLiteral("sentiment:calibrate"), QStringLiteral("webhook:manage")}));
        QCOMPARE(m_sandbox->version(), m_initialVersion); // nothing applied
    }

    void rateLimitIsWaitedOutWithCountdown()
    {
        SandboxOptions options;
        options.rateLimit = 1;
        startSandbox(options);
        QVERIFY(waitFor(m_client->applyCalibration(validCalibration(0.3), TenantClient::newIdempotencyKey())).ok());

        const QString key = TenantClient::newIdempotencyKey();
        ApiCall *call = m_client->applyCalibration(validCalibration(0.4), key);
        QList<int> countdown;
        connect(call, &ApiCall::retrying, this, [this, &countdown](int seconds, const QString &) {
            if (countdown.isEmpty())
                m_clock.advanceSecs(seconds); // the rate window passes while we wait
            countdown.append(seconds);
        });
        const ApiResult r = waitFor(call);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(!countdown.isEmpty());
        QVERIFY(countdown.first() >= 1 && countdown.first() <= 61);
        for (qsizetype i = 1; i < countdown.size(); ++i)
            QCOMPARE(countdown[i], countdown[i - 1] - 1); // one tick per (scaled) second
        QCOMPARE(m_sandbox->appliedCountForKey(key), 1);
    }

    void rateLimitGivesUpAfterBoundedAttempts()
    {
        SandboxOptions options;
        options.rateLimit = 1;
        TenantClientOptions clientOptions;
        clientOptions.retry.maxAttempts = 3;
        startSandbox(options, clientOptions);
        QVERIFY(waitFor(m_client->applyCalibration(validCalibration(0.3), TenantClient::newIdempotencyKey())).ok());
        ApiCall *call = m_client->applyCalibration(validCalibration(0.4), TenantClient::newIdempotencyKey());
        QSignalSpy retrying(call, &ApiCall::retrying);
        const ApiResult r = waitFor(call);
        QCOMPARE(r.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(r.httpStatus, 429);
        QVERIFY(r.error.retryAfterSeconds.has_value());
        QCOMPARE(call->attempts(), 3);
    }

    void busyEngineIsWaitedOutByPollingTheJob()
    {
        SandboxOptions options;
        options.clock = Clock::system(); // the reweight job runs in real time
        options.reweightSeconds = 0.3;
        options.tickIntervalMs = 20;
        TenantClientOptions clientOptions;
        clientOptions.jobPollInitialMs = 50;
        clientOptions.jobPollMaxDelayMs = 100;
        clientOptions.timeScale = 1.0 + 1e-9; // real poll delays
        startSandbox(options, clientOptions);
        const ApiResult first
            = waitFor(m_client->applyCalibration(validCalibration(0.3, true), TenantClient::newIdempotencyKey()));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.as<AppliedCalibration>().status, QStringLiteral("queued"));
        const QString jobId = first.as<AppliedCalibration>().jobId;

        const QString key = TenantClient::newIdempotencyKey();
        ApiCall *call = m_client->applyCalibration(validCalibration(0.4), key);
        QSignalSpy waiting(call, &ApiCall::waitingForJob);
        QSignalSpy progress(call, &ApiCall::jobProgress);
        const ApiResult r = waitFor(call, 8000);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().first().toString(), jobId);
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().first().value<Job>().status, Job::Status::Completed);
        QCOMPARE(m_sandbox->appliedCountForKey(key), 1);
        QCOMPARE(r.as<AppliedCalibration>().version, qint64(m_initialVersion + 2));

        const ApiResult job = waitFor(m_client->getJob(jobId));
        QVERIFY(job.ok());
        QCOMPARE(job.as<Job>().status, Job::Status::Completed);
        QCOMPARE(waitFor(m_client->getJob(QStringLiteral("job_does_not_exist"))).error.kind, ApiError::Kind::NotFound);
    }

    void tokenExpiryAndSingleFlight()
    {
        ApiCall *a = m_client->listWebhooks();
        ApiCall *b = m_client->getCalibration();
        ApiCall *c = m_client->listAuditEvents(AuditQuery {});
        QSignalSpy aDone(a, &ApiCall::finished);
        QSignalSpy bDone(b, &ApiCall::finished);
        QSignalSpy cDone(c, &ApiCall::finished);
        QTRY_VERIFY(aDone.size() == 1 && bDone.size() == 1 && cDone.size() == 1);
        QVERIFY(aDone.first().first().value<ApiResult>().ok());
        QVERIFY(bDone.first().first().value<ApiResult>().ok());
        QVERIFY(cDone.first().first().value<ApiResult>().ok());
        QCOMPARE(m_tokenRequests, 1); // three concurrent callers, one token request

        // Still valid 60 s before expiry (default TTL 3600 s) ...
        m_clock.advanceSecs(3600 - 61);
        QVERIFY(m_client->hasValidToken());
        QVERIFY(waitFor(m_client->listWebhooks()).ok());
        QCOMPARE(m_tokenRequests, 1);
        // ... renewed inside the last minute, again shared by concurrent callers.
        m_clock.advanceSecs(2);
        QVERIFY(!m_client->hasValidToken());
        ApiCall *d = m_client->listWebhooks();
        ApiCall *e = m_client->listWebhooks();
        QSignalSpy dDone(d, &ApiCall::finished);
        QSignalSpy eDone(e, &ApiCall::finished);
        QTRY_VERIFY(dDone.size() == 1 && eDone.size() == 1);
        QCOMPARE(m_tokenRequests, 2);
        QVERIFY(m_client->hasValidToken());
    }

    void invalidTokenRefreshesOnceAndRetries()
    {
        TenantClientOptions clientOptions;
        clientOptions.tokenSafetyMarginSeconds = -600; // keep using the token after the server expired it
        startSandbox({}, clientOptions);
        QVERIFY(waitFor(m_client->listWebhooks()).ok());
        QCOMPARE(m_tokenRequests, 1);
        m_clock.advanceSecs(3600 + 10);
        QVERIFY(m_client->hasValidToken()); // the client does not know yet
        const ApiResult r = waitFor(m_client->listWebhooks());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(m_tokenRequests, 2);
    }

    void wrongSecretIsAnAuthenticationError()
    {
        SandboxOptions options;
        startSandbox(options);
        ConnectionConfig config = m_client->config();
        config.clientSecret = QStringLiteral("wrong");
        m_client->setConfig(config);
        const ApiResult r = waitFor(m_client->getCalibration());
        QCOMPARE(r.error.kind, ApiError::Kind::Authentication);
        QVERIFY(!r.error.message.contains(QStringLiteral("wrong")));
        QVERIFY(!m_client->hasValidToken());
    }

    void webhooks()
    {
        WebhookRegistration registration;
        registration.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        registration.events = {QStringLiteral("sentiment.calibration.updated")};
        registration.secret = QStringLiteral("0123456789abcdef0123");
        const ApiResult created = waitFor(m_client->registerWebhook(registration));
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        const Webhook hook = created.as<Webhook>();
        QVERIFY(!hook.id.isEmpty());
        QCOMPARE(hook.events, registration.events);

        const ApiResult listed = waitFor(m_client->listWebhooks());
        QVERIFY(listed.ok());
        QCOMPARE(listed.as<QList<Webhook>>().size(), 1);
        QCOMPARE(listed.as<QList<Webhook>>().first().id, hook.id);

        QVERIFY(waitFor(m_client->deleteWebhook(hook.id)).ok());
        QCOMPARE(waitFor(m_client->deleteWebhook(hook.id)).error.kind, ApiError::Kind::NotFound);
        QVERIFY(waitFor(m_client->listWebhooks()).as<QList<Webhook>>().isEmpty());
    }

    void alertsPage()
    {
        AlertQuery query;
        query.limit = 5;
        const ApiResult r = waitFor(m_client->listAlerts(query));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const CursorPage page = r.as<CursorPage>();
        QVERIFY(page.alerts.size() <= 5);
        QVERIFY(page.auditEvents.isEmpty());
    }

    void cancelWhileWaitingToRetry()
    {
        SandboxOptions options;
        options.rateLimit = 1;
        TenantClientOptions clientOptions;
        clientOptions.timeScale = 1.0 + 1e-9; // really wait, so cancel lands during the wait
        startSandbox(options, clientOptions);
        QVERIFY(waitFor(m_client->applyCalibration(validCalibration(0.3), TenantClient::newIdempotencyKey())).ok());
        ApiCall *call = m_client->applyCalibration(validCalibration(0.4), TenantClient::newIdempotencyKey());
        connect(call, &ApiCall::retrying, call, &ApiCall::cancel);
        const ApiResult r = waitFor(call);
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTenantClient)
#include "tst_tenantclient.moc"
