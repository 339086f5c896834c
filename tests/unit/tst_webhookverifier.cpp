#include "core/clock.h"
#include "services/webhookverifier.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace calib;

class TestWebhookVerifier : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_secret = "whsec_test_0123456789abcdef";
    const QByteArray m_body = R"({"id":"dlv_1","type":"agentassist.alert.triggered","data":{"id":"al_1"}})";
    const qint64 m_t = 1795000000;

    static QByteArray expectedHex(const QByteArray &secret, qint64 t, const QByteArray &body)
    {
        return QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret, QCryptographicHash::Sha256)
            .toHex();
    }

private Q_SLOTS:
    void signMatchesIndependentHmac()
    {
        QCOMPARE(WebhookVerifier::sign(m_secret, m_t, m_body), expectedHex(m_secret, m_t, m_body));
        // Fixed vectors, computed outside Qt (`printf '1.x' | openssl dgst -sha256 -hmac key`,
        // and Python's hmac module for the delivery body).
        QCOMPARE(WebhookVerifier::sign("key", 1, "x"),
                 QByteArray("fc4913c41a7bf793267e2a384f3261c9436ec2cd097bd745e7b0d99113f510ec"));
        QCOMPARE(WebhookVerifier::sign(m_secret, m_t, m_body),
                 QByteArray("3a77fdf4d2ac3ec95a12a283a41a3b6508aa8ec13424135130f31eb1f49bee23"));
        QCOMPARE(WebhookVerifier::signatureHeader(m_secret, m_t, m_body),
                 "t=1795000000,v1=" + expectedHex(m_secret, m_t, m_body));
    }

    void validSignatureWithinTolerance()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(m_t + 299, Qt::UTC));
        const WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = "t=" + QByteArray::number(m_t) + ",v1=" + expectedHex(m_secret, m_t, m_body);
        const WebhookVerification result = verifier.verify(header, m_body);
        QCOMPARE(result.verdict, WebhookVerification::Verdict::Valid);
        QCOMPARE(result.ageSeconds, 299);
        QVERIFY(result.ok());
    }

    void staleTimestampIsRejected()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(m_t + 301, Qt::UTC));
        const WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = WebhookVerifier::signatureHeader(m_secret, m_t, m_body);
        QCOMPARE(verifier.verify(header, m_body).verdict, WebhookVerification::Verdict::Stale);
        // ... also from the future.
        clock.setNow(QDateTime::fromSecsSinceEpoch(m_t - 301, Qt::UTC));
        QCOMPARE(verifier.verify(header, m_body).verdict, WebhookVerification::Verdict::Stale);
        // A custom tolerance.
        clock.setNow(QDateTime::fromSecsSinceEpoch(m_t + 10, Qt::UTC));
        QCOMPARE(WebhookVerifier(m_secret, &clock, 5).verify(header, m_body).verdict,
                 WebhookVerification::Verdict::Stale);
    }

    void tamperedBodyIsRejected()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(m_t, Qt::UTC));
        const WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = WebhookVerifier::signatureHeader(m_secret, m_t, m_body);
        QByteArray tampered = m_body;
        tampered.replace("al_1", "al_2");
        QCOMPARE(verifier.verify(header, tampered).verdict, WebhookVerification::Verdict::BadSignature);
        // A re-dated header with the old signature fails too (t is signed).
        QByteArray redated = header;
        redated.replace("t=1795000000", "t=1795000001");
        QCOMPARE(verifier.verify(redated, m_body).verdict, WebhookVerification::Verdict::BadSignature);
        // The wrong secret.
        const WebhookVerifier other("another-secret-value", &clock);
        QCOMPARE(other.verify(header, m_body).verdict, WebhookVerification::Verdict::BadSignature);
    }

    void rotatedSecretsAnyV1Matches()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(m_t, Qt::UTC));
        const WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = "t=" + QByteArray::number(m_t) + ",v1=" + expectedHex("old-secret-xx", m_t, m_body)
            + ", v1=" + expectedHex(m_secret, m_t, m_body).toUpper();
        QCOMPARE(verifier.verify(header, m_body).verdict, WebhookVerification::Verdict::Valid);
    }

    void malformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("verdict");
        const QByteArray hex(64, 'a');
        QTest::newRow("empty") << QByteArray() << int(WebhookVerification::Verdict::MissingHeader);
        QTest::newRow("no t") << "v1=" + hex << int(WebhookVerification::Verdict::Malformed);
        QTest::newRow("no v1") << QByteArray("t=1795000000") << int(WebhookVerification::Verdict::Malformed);
        QTest::newRow("t not a number") << "t=abc,v1=" + hex << int(WebhookVerification::Verdict::Malformed);
        QTest::newRow("short hex") << QByteArray("t=1795000000,v1=abcd")
                                   << int(WebhookVerification::Verdict::Malformed);
        QTest::newRow("two t") << "t=1,t=2,v1=" + hex << int(WebhookVerification::Verdict::Malformed);
        QTest::newRow("garbage") << QByteArray("garbage") << int(WebhookVerification::Verdict::Malformed);
    }

    void malformedHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, verdict);
        ManualClock clock(QDateTime::fromSecsSinceEpoch(m_t, Qt::UTC));
        const WebhookVerifier verifier(m_secret, &clock);
        QCOMPARE(int(verifier.verify(header, m_body).verdict), verdict);
    }

    void constantTimeEquals()
    {
        QVERIFY(WebhookVerifier::constantTimeEquals("abc", "abc"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abd"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abcd"));
        QVERIFY(WebhookVerifier::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
