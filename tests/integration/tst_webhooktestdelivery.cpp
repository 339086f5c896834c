// "Test delivery" end to end against a real SandboxServer: a fresh receiver is registered,
// an alert fired, the signed delivery verified, and the temporary webhook deleted again in
// every outcome.
#include "api/apicall.h"
#include "api/connectionconfig.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "services/webhookmanager.h"
#include "services/webhooktestdelivery.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;
using Outcome = WebhookTestDelivery::Outcome;

class TestWebhookTestDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<TenantClient> m_client;

    QList<Webhook> webhooks()
    {
        WebhookManager manager(m_client.get(), {});
        QList<Webhook> result;
        bool done = false;
        manager.list(this, [&](const WebhookManager::ListResult &r) {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
            result = r.webhooks;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }();
        return result;
    }

    WebhookTestDelivery::Result run(WebhookTestDelivery &test)
    {
        QSignalSpy finished(&test, &WebhookTestDelivery::finished);
        [&] {
            QVERIFY(test.start());
            QVERIFY(test.isRunning());
            QVERIFY(!test.start()); // one run at a time
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.size(), 1);
        }();
        QTest::qWait(20);
        [&] {
            QCOMPARE(finished.size(), 1); // exactly once
            QVERIFY(!test.isRunning());
        }();
        return finished.value(0).value(0).value<WebhookTestDelivery::Result>();
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.seedAlerts = 5;
        options.seedAudit = 5;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        ConnectionConfig config;
        config.baseUrl = m_server->baseUrl();
        config.clientId = options.clientId;
        config.clientSecret = options.clientSecret;
        m_client = std::make_unique<TenantClient>(&m_network, Clock::system(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void validDeliveryAndCleanUp()
    {
        const int alertsBefore = int(m_server->alertCount());
        WebhookTestDelivery test(m_client.get(), m_server.get());
        QStringList steps;
        connect(&test, &WebhookTestDelivery::progress, this, [&steps](const QString &step) { steps << step; });
        const WebhookTestDelivery::Result result = run(test);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.outcome, Outcome::Valid);
        QVERIFY(result.verification.has_value());
        QVERIFY(result.verification->ageSeconds >= 0 && result.verification->ageSeconds <= 2);
        QVERIFY(!result.deliveryId.isEmpty());
        QVERIFY(result.cleanupProblem.isEmpty());
        QVERIFY2(result.message().startsWith(u"Delivery arrived, signature valid ("_s), qPrintable(result.message()));
        QVERIFY(m_server->alertCount() > alertsBefore); // an alert really was fired
        QVERIFY(steps.size() >= 3);
        QVERIFY(steps.constFirst().contains(u"http://127.0.0.1:"_s));
        QVERIFY(webhooks().isEmpty()); // the temporary webhook is gone again
    }

    void receiverClockOffMeansStaleAndStillCleansUp()
    {
        // The receiver's clock is an hour ahead of the sandbox's: the signature is valid but
        // outside the 300 s tolerance.
        ManualClock ahead(QDateTime::currentDateTimeUtc().addSecs(3600));
        WebhookTestDelivery test(m_client.get(), m_server.get(), &ahead);
        const WebhookTestDelivery::Result result = run(test);
        QCOMPARE(result.outcome, Outcome::Rejected);
        QVERIFY(!result.ok());
        QCOMPARE(result.verification->verdict, WebhookVerification::Verdict::Stale);
        QVERIFY2(result.message().contains(u"outside the tolerance"_s), qPrintable(result.message()));
        QVERIFY(webhooks().isEmpty());
    }

    void timeoutWhenNothingArrives()
    {
        // A 1 ms wait: the run ends without a delivery (the receiver is stopped, later
        // attempts are refused) and the temporary webhook is deleted all the same.
        WebhookTestDelivery test(m_client.get(), m_server.get());
        test.setTimeout(std::chrono::milliseconds(1));
        const WebhookTestDelivery::Result result = run(test);
        // Either the alert's delivery beat a 1 ms timer, or the run timed out; both clean up.
        QVERIFY2(result.outcome == Outcome::TimedOut || result.outcome == Outcome::Valid, qPrintable(result.message()));
        if (result.outcome == Outcome::TimedOut)
            QCOMPARE(result.message(), u"No delivery arrived within the time allowed."_s);
        QVERIFY(webhooks().isEmpty());
    }

    void cancelStillDeletesTheWebhook()
    {
        WebhookTestDelivery test(m_client.get(), m_server.get());
        QSignalSpy finished(&test, &WebhookTestDelivery::finished);
        QVERIFY(test.start());
        test.cancel(); // while the registration is on its way
        QVERIFY(finished.wait(10000));
        const auto result = finished.at(0).at(0).value<WebhookTestDelivery::Result>();
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QVERIFY(webhooks().isEmpty());
    }

    void failsPlainlyWithoutASandbox()
    {
        WebhookTestDelivery test(m_client.get(), nullptr);
        const WebhookTestDelivery::Result result = run(test);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message().contains(u"sandbox"_s), qPrintable(result.message()));
        QVERIFY(webhooks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookTestDelivery)
#include "tst_webhooktestdelivery.moc"
