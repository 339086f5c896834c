#include "api/retrypolicy.h"

#include <QTest>

using namespace calib;

namespace {

AttemptOutcome http(int status, int attempt = 1, bool idempotent = false, std::optional<qint64> retryAfter = {})
{
    AttemptOutcome o;
    o.httpStatus = status;
    o.attempt = attempt;
    o.idempotent = idempotent;
    o.retryAfterSeconds = retryAfter;
    return o;
}

AttemptOutcome transport(AttemptOutcome::Transport t, bool idempotent, int attempt = 1)
{
    AttemptOutcome o;
    o.transport = t;
    o.idempotent = idempotent;
    o.attempt = attempt;
    return o;
}

RetryPolicy::Config config()
{
    RetryPolicy::Config c;
    c.maxAttempts = 4;
    c.baseBackoffMs = 100;
    c.maxBackoffMs = 1000;
    c.maxRetryAfterSeconds = 120;
    c.maxDelayMs = 130'000;
    c.jitterFraction = 0.1;
    return c;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterHonouredFor429And503_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }
    void retryAfterHonouredFor429And503()
    {
        QFETCH(int, status);
        RetryPolicy policy(config(), [] { return 0.0; });
        const RetryDecision d = policy.decide(http(status, 1, false, 7));
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, qint64(7000));
        QCOMPARE(d.delaySeconds(), 7);
        // Even for a non-idempotent POST: the request was refused, not processed.
        QVERIFY(policy.decide(http(status, 2, false, 0)).retry);
    }

    void retryAfterIsCapped()
    {
        RetryPolicy policy(config(), [] { return 0.0; });
        QCOMPARE(policy.decide(http(429, 1, false, 3600)).delayMs, qint64(120'000));
    }

    void jitterAddsUpToTheFraction()
    {
        RetryPolicy top(config(), [] { return 0.999; });
        const qint64 jittered = top.decide(http(429, 1, false, 10)).delayMs;
        QVERIFY(jittered > 10'000);
        QVERIFY(jittered <= 11'000);
        // ...but never beyond the overall cap.
        RetryPolicy::Config c = config();
        c.maxDelayMs = 121'000;
        RetryPolicy capped(c, [] { return 0.999; });
        QCOMPARE(capped.decide(http(429, 1, false, 500)).delayMs, qint64(121'000));
    }

    void withoutRetryAfterBacksOffExponentially()
    {
        RetryPolicy policy(config(), [] { return 0.0; });
        QCOMPARE(policy.decide(http(503, 1)).delayMs, qint64(100));
        QCOMPARE(policy.decide(http(503, 2)).delayMs, qint64(200));
        QCOMPARE(policy.decide(http(503, 3)).delayMs, qint64(400));
        QCOMPARE(policy.backoffMs(10), qint64(1000)); // capped
    }

    void boundedAttempts()
    {
        RetryPolicy policy(config(), [] { return 0.0; });
        QVERIFY(policy.decide(http(429, 3, false, 1)).retry);
        const RetryDecision last = policy.decide(http(429, 4, false, 1));
        QVERIFY(!last.retry);
        QCOMPARE(last.reason, QStringLiteral("rate limited"));
    }

    void conflictRetriedUnchanged()
    {
        RetryPolicy policy(config(), [] { return 0.0; });
        const RetryDecision d = policy.decide(http(409, 1, true));
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, qint64(100));
    }

    void neverRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 405, 422, 500, 501})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void neverRetried()
    {
        QFETCH(int, status);
        RetryPolicy policy(config(), [] { return 0.0; });
        QVERIFY(!policy.decide(http(status, 1, true, 1)).retry);
        QVERIFY(!policy.decide(http(status, 1, false, 1)).retry);
    }

    void gatewayErrorsOnlyWhenIdempotent_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("504") << 504;
    }
    void gatewayErrorsOnlyWhenIdempotent()
    {
        QFETCH(int, status);
        RetryPolicy policy(config(), [] { return 0.0; });
        QVERIFY(policy.decide(http(status, 1, true)).retry);
        QVERIFY(!policy.decide(http(status, 1, false)).retry);
        QCOMPARE(policy.decide(http(status, 2, true)).delayMs, qint64(200));
    }

    void transportErrors()
    {
        using T = AttemptOutcome::Transport;
        RetryPolicy policy(config(), [] { return 0.0; });
        QVERIFY(policy.decide(transport(T::ConnectionError, true)).retry);
        QVERIFY(!policy.decide(transport(T::ConnectionError, false)).retry);
        QVERIFY(policy.decide(transport(T::Timeout, true)).retry);
        QVERIFY(!policy.decide(transport(T::Timeout, false)).retry);
        QVERIFY(!policy.decide(transport(T::Fatal, true)).retry);
        QVERIFY(!policy.decide(transport(T::ConnectionError, true, 4)).retry);
        QCOMPARE(policy.decide(transport(T::Timeout, true, 3)).delayMs, qint64(400));
    }

    void successIsFinal()
    {
        RetryPolicy policy(config(), [] { return 0.0; });
        QVERIFY(!policy.decide(http(200)).retry);
        QVERIFY(!policy.decide(http(204)).retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
