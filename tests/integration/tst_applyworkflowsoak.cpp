// A soak of the apply workflow against the in-process sandbox with injected faults:
// every logical apply keeps one idempotency key through its retries and resumes, the
// sandbox applies each key exactly once, and every apply reports an outcome.
#include "api/tenantclient.h"
#include "core/calibration.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "services/applyworkflow.h"
#include "store/appliedhistory.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace calib;

class TestApplyWorkflowSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeHundredAppliesWithFaults();
    void finalRejectionIsClosedNotResumed();
};

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<LocalDatabase> database;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AppliedHistory> history;
    std::unique_ptr<TenantClient> client;
    std::unique_ptr<ApplyWorkflow> workflow;

    bool start(double faultRate, QString *error)
    {
        SandboxOptions options;
        options.seed = 4242;
        options.seedAlerts = 0;
        options.seedAudit = 0;
        options.rateLimit = 0; // the soak is about faults, not the tenant's rate limit
        options.otherRateLimit = 0;
        options.reweightSeconds = 0.01;
        options.faultRate = faultRate;
        options.faults = {QStringLiteral("reset"),     QStringLiteral("stall"), QStringLiteral("trickle"),
                          QStringLiteral("500"),       QStringLiteral("502"),   QStringLiteral("truncated"),
                          QStringLiteral("malformed"), QStringLiteral("429"),   QStringLiteral("503")};
        options.faultStallMs = 150;
        options.faultTrickleIntervalMs = 2;
        sandbox = std::make_unique<SandboxServer>(options);
        if (!sandbox->start(error))
            return false;
        database = std::make_unique<LocalDatabase>(dir.filePath(QStringLiteral("soak.sqlite")));
        if (const StoreStatus opened = database->open(); !opened) {
            *error = opened.error();
            return false;
        }
        outbox = std::make_unique<Outbox>(*database);
        history = std::make_unique<AppliedHistory>(*database);
        TenantClientOptions clientOptions;
        clientOptions.timeScale = 0.01;
        clientOptions.transferTimeoutMs = 400;
        clientOptions.deadlineMs = 4000;
        clientOptions.retry.maxAttempts = 4;
        clientOptions.jobPollInitialMs = 20;
        ConnectionConfig config {sandbox->baseUrl(), options.clientId, options.clientSecret,
                                 ConnectionConfig::AuthMethod::FormFields};
        client = std::make_unique<TenantClient>(&network, Clock::system(), config, clientOptions);
        workflow = std::make_unique<ApplyWorkflow>(client.get(), outbox.get(), history.get(), QStringLiteral("soak"));
        return true;
    }
};

Calibration calibrationNumber(int i)
{
    Calibration c = Calibration::tenantDefault();
    c.sensitivityLevel = 0.05 + 0.9 * double(i % 1000) / 1000.0;
    c.triggerModelReweight = false;
    return c;
}

} // namespace

void TestApplyWorkflowSoak::threeHundredAppliesWithFaults()
{
    Fixture f;
    QString error;
    QVERIFY2(f.start(0.2, &error), qPrintable(error));

    const int versionBefore = f.sandbox->version();
    constexpr int total = 300;
    constexpr int concurrency = 4;
    QElapsedTimer elapsed;
    elapsed.start();

    QHash<QString, int> reported; // key -> outcomes reported (first round)
    QStringList keys;
    int succeeded = 0;
    int pendingAfterFirst = 0;
    int started = 0;
    int running = 0;
    int faultsSeen = 0;
    connect(f.sandbox.get(), &SandboxServer::requestLogged, this, [&faultsSeen](const QString &line) {
        if (line.contains(QStringLiteral("fault=")))
            ++faultsSeen;
    });

    std::function<void()> launch = [&] {
        while (running < concurrency && started < total) {
            ApplyOptions options;
            options.waitForJob = false;
            ApplyOperation *operation = f.workflow->apply(calibrationNumber(started), options);
            keys << operation->idempotencyKey();
            ++started;
            ++running;
            connect(operation, &ApplyOperation::finished, this, [&](const ApplyOutcome &outcome) {
                --running;
                ++reported[outcome.idempotencyKey];
                if (outcome.ok())
                    ++succeeded;
                else if (outcome.stillPending)
                    ++pendingAfterFirst;
                QTimer::singleShot(0, this, launch);
            });
        }
    };
    launch();
    QTRY_VERIFY_WITH_TIMEOUT(started == total && running == 0, 50000);
    QCOMPARE(reported.size(), total);
    for (auto it = reported.cbegin(); it != reported.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("key %1 reported %2 times").arg(it.key()).arg(it.value())));
    QVERIFY2(faultsSeen >= 20, qPrintable(QStringLiteral("only %1 faults were injected").arg(faultsSeen)));
    QCOMPARE(succeeded + pendingAfterFirst, total); // no final rejection of a valid calibration

    // Resume whatever had no final answer, with its own key, until every row is closed.
    for (int round = 0; round < 10 && !f.workflow->pending().isEmpty(); ++round) {
        const QList<OutboxEntry> rows = f.workflow->pending();
        int open = int(rows.size());
        for (const OutboxEntry &row : rows) {
            ApplyOperation *operation = f.workflow->resume(row, false);
            QCOMPARE(operation->idempotencyKey(), row.idempotencyKey);
            connect(operation, &ApplyOperation::finished, this, [&open](const ApplyOutcome &) { --open; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(open == 0, 20000);
    }
    QVERIFY(f.workflow->pending().isEmpty());

    // The tenant applied every key exactly once.
    for (const QString &key : std::as_const(keys))
        QVERIFY2(
            f.sandbox->appliedCountForKey(key) == 1,
            qPrintable(QStringLiteral("key %1 applied %2 times").arg(key).arg(f.sandbox->appliedCountForKey(key))));
    QCOMPARE(f.sandbox->version() - versionBefore, total);
    const auto done = f.outbox->recent(total + 10, QStringLiteral("soak"));
    QVERIFY(done.ok());
    QCOMPARE(done.value().size(), total);
    for (const OutboxEntry &row : done.value())
        QCOMPARE(row.state, OutboxEntry::State::Done);
    qInfo("soak: %d applies, %d pending after the first try, %d faults injected, %lld ms", total, pendingAfterFirst,
          faultsSeen, elapsed.elapsed());
}

void TestApplyWorkflowSoak::finalRejectionIsClosedNotResumed()
{
    Fixture f;
    QString error;
    QVERIFY2(f.start(0.0, &error), qPrintable(error));
    const int versionBefore = f.sandbox->version();
    Calibration invalid = Calibration::tenantDefault();
    invalid.sensitivityLevel = 7.0;
    ApplyOperation *operation = f.workflow->apply(invalid);
    QSignalSpy finished(operation, &ApplyOperation::finished);
    QVERIFY(finished.wait(5000));
    const auto outcome = finished.first().first().value<ApplyOutcome>();
    QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(!outcome.stillPending);
    QVERIFY(f.workflow->pending().isEmpty());
    QCOMPARE(f.sandbox->version(), versionBefore);
}

QTEST_GUILESS_MAIN(TestApplyWorkflowSoak)
#include "tst_applyworkflowsoak.moc"
