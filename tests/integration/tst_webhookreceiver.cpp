// The "Test delivery" receiver over real loopback sockets: signed POSTs are verified
// (valid, tampered, stale by an injected clock, missing header), other paths get 404 and
// oversized requests 413 without being reported, and a real delivery from the sandbox's
// webhook dispatcher arrives with a valid signature.
#include "core/clock.h"
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"
#include "services/webhookreceiver.h"
#include "services/webhookverifier.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace calib;
using namespace calib::test;
using namespace Qt::StringLiterals;
using Verdict = WebhookVerification::Verdict;

namespace {

const QByteArray kSecret = "0123456789abcdef0123456789abcdef";
const QByteArray kBody = R"({"id":"evt_1","type":"agentassist.alert.triggered","data":{"id":"alr_1"}})";

// Sends raw bytes and returns everything the receiver answers before it closes.
QByteArray rawExchange(quint16 port, const QList<QByteArray> &chunks, int pauseMs = 0)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    QByteArray answer;
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        socket.flush();
        if (pauseMs > 0)
            QTest::qWait(pauseMs); // the receiver sees the request in pieces
    }
    // The receiver runs in this thread: wait with the event loop running.
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QTest::qWait(10);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return answer + socket.readAll();
}

QByteArray postRequest(const QByteArray &path, const QByteArray &body, const QByteArray &signature)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "X-Cognigy-Event: agentassist.alert.triggered\r\nX-Cognigy-Delivery: dlv_7\r\n";
    if (!signature.isEmpty())
        request += "X-Cognigy-Signature: " + signature + "\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    qint64 now() const { return m_clock.now().toSecsSinceEpoch(); }

private Q_SLOTS:
    void listensOnLoopbackOnly()
    {
        WebhookReceiver receiver(kSecret, &m_clock);
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QVERIFY(receiver.isListening());
        QCOMPARE(receiver.url().scheme(), u"http"_s);
        QCOMPARE(receiver.url().host(), u"127.0.0.1"_s);
        QVERIFY(receiver.url().port() > 0);
        QCOMPARE(receiver.url().path(), u"/webhook-test"_s);
        receiver.stop();
        QVERIFY(!receiver.isListening());
    }

    void verdictsOfSignedPosts_data()
    {
        QTest::addColumn<QByteArray>("sentBody");
        QTest::addColumn<qint64>("signedAgo"); // seconds before the receiver's now
        QTest::addColumn<bool>("withHeader");
        QTest::addColumn<int>("verdict");
        QTest::newRow("valid") << kBody << qint64(0) << true << int(Verdict::Valid);
        QTest::newRow("valid, 299 s old") << kBody << qint64(299) << true << int(Verdict::Valid);
        QTest::newRow("tampered body") << QByteArray(kBody).replace("alr_1", "alr_2") << qint64(0) << true
                                       << int(Verdict::BadSignature);
        QTest::newRow("stale, 301 s old") << kBody << qint64(301) << true << int(Verdict::Stale);
        QTest::newRow("from the future, 301 s") << kBody << qint64(-301) << true << int(Verdict::Stale);
        QTest::newRow("no signature header") << kBody << qint64(0) << false << int(Verdict::MissingHeader);
    }

    void verdictsOfSignedPosts()
    {
        QFETCH(QByteArray, sentBody);
        QFETCH(qint64, signedAgo);
        QFETCH(bool, withHeader);
        QFETCH(int, verdict);

        WebhookReceiver receiver(kSecret, &m_clock);
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);

        // The sender signs the original body at its own time; the receiver's clock says now.
        const QByteArray signature
            = withHeader ? WebhookVerifier::signatureHeader(kSecret, now() - signedAgo, kBody) : QByteArray();
        SandboxHttp http(receiver.url());
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"},
                                                      {"X-Cognigy-Event", "agentassist.alert.triggered"},
                                                      {"X-Cognigy-Delivery", "dlv_42"}};
        if (withHeader)
            headers.append({"X-Cognigy-Signature", signature});
        const HttpResult r = http.send("POST", receiver.url(), sentBody, headers);
        QCOMPARE(r.status, verdict == int(Verdict::Valid) ? 204 : 401); // only a verified one is acknowledged

        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const auto delivery = received.at(0).at(0).value<ReceivedWebhook>();
        QCOMPARE(int(delivery.verification.verdict), verdict);
        QCOMPARE(delivery.verification.ok(), verdict == int(Verdict::Valid));
        QCOMPARE(delivery.body, sentBody);
        QCOMPARE(delivery.event, u"agentassist.alert.triggered"_s);
        QCOMPARE(delivery.deliveryId, u"dlv_42"_s);
        QCOMPARE(delivery.signatureHeader, signature);
        if (withHeader)
            QCOMPARE(delivery.verification.ageSeconds, signedAgo);
        QCOMPARE(receiver.receivedCount(), 1);
    }

    void requestArrivingInPiecesIsVerified()
    {
        WebhookReceiver receiver(kSecret, &m_clock);
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        const QByteArray request
            = postRequest("/webhook-test", kBody, WebhookVerifier::signatureHeader(kSecret, now(), kBody));
        const qsizetype split = request.indexOf("\r\n\r\n") + 10; // headers, then the body in two parts
        const QByteArray answer = rawExchange(receiver.url().port(),
                                              {request.left(40), request.mid(40, split - 40), request.mid(split)}, 30);
        QVERIFY2(answer.startsWith("HTTP/1.1 204"), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QVERIFY(received.at(0).at(0).value<ReceivedWebhook>().verification.ok());
    }

    void wrongPathOrMethodIs404AndNotReported()
    {
        WebhookReceiver receiver(kSecret, &m_clock);
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        const QByteArray signature = WebhookVerifier::signatureHeader(kSecret, now(), kBody);

        SandboxHttp http(receiver.url());
        QUrl other = receiver.url();
        other.setPath(u"/elsewhere"_s);
        QCOMPARE(http.send("POST", other, kBody, {{"X-Cognigy-Signature", signature}}).status, 404);
        QCOMPARE(http.send("GET", receiver.url()).status, 404);
        QByteArray answer = rawExchange(receiver.url().port(), {postRequest("/webhook-test/x", kBody, signature)});
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());

        // Still serving: a proper delivery afterwards is reported.
        QCOMPARE(http.send("POST", receiver.url(), kBody, {{"X-Cognigy-Signature", signature}}).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(received.size(), 1);
        QCOMPARE(receiver.receivedCount(), 1);
    }

    void oversizeIs413AndNotReported()
    {
        WebhookReceiver receiver(kSecret, &m_clock);
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);

        // A declared length over the cap is refused before the body is read.
        const QByteArray head = "POST /webhook-test HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
            + QByteArray::number(WebhookReceiver::maxRequestBytes + 1) + "\r\n\r\n";
        QByteArray answer = rawExchange(receiver.url().port(), {head});
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());

        // A body that really is larger than the cap, sent through a client.
        const QByteArray big(int(WebhookReceiver::maxRequestBytes) + 4096, 'x');
        SandboxHttp http(receiver.url());
        const HttpResult r
            = http.send("POST", receiver.url(), big,
                        {{"X-Cognigy-Signature", WebhookVerifier::signatureHeader(kSecret, now(), big)}});
        // The receiver answers 413 and closes; the client may see the answer or a reset
        // while it is still sending.
        QVERIFY2(r.status == 413 || r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));

        // Header lines without an end are capped too.
        answer = rawExchange(
            receiver.url().port(),
            {"POST /webhook-test HTTP/1.1\r\nX-Pad: " + QByteArray(int(WebhookReceiver::maxRequestBytes), 'p')});
        QVERIFY2(answer.startsWith("HTTP/1.1 413") || answer.isEmpty(), answer.left(40).constData());

        QTest::qWait(50);
        QCOMPARE(received.size(), 0);
        QCOMPARE(receiver.receivedCount(), 0);
    }

    void realDeliveryFromTheSandboxDispatcherIsValid()
    {
        SandboxOptions options;
        options.clock = &m_clock; // the sandbox signs with the same injected time
        options.seedAlerts = 5;
        options.seedAudit = 5;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        WebhookReceiver receiver(kSecret, &m_clock);
        QVERIFY(receiver.start());
        QSignalSpy received(&receiver, &WebhookReceiver::deliveryReceived);
        QSignalSpy finished(&server, &SandboxServer::webhookDeliveryFinished);

        SandboxHttp http(server.baseUrl());
        const QString token = http.token();
        const HttpResult registered
            = http.send("POST", http.url(u"/agentassist/webhooks"_s),
                        "{\"url\":\"" + receiver.url().toString().toUtf8()
                            + "\",\"events\":[\"agentassist.alert.triggered\"]," + "\"secret\":\"" + kSecret + "\"}",
                        {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(registered.status, 201);

        server.triggerAlert();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const auto delivery = received.at(0).at(0).value<ReceivedWebhook>();
        QVERIFY2(delivery.verification.ok(), qPrintable(delivery.verification.toString()));
        QCOMPARE(delivery.verification.ageSeconds, qint64(0));
        QCOMPARE(delivery.event, u"agentassist.alert.triggered"_s);
        QVERIFY(!delivery.deliveryId.isEmpty());
        QVERIFY(delivery.body.contains("\"type\":\"agentassist.alert.triggered\""));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(finished.at(0).at(3).toBool(), true); // the 204 counted as delivered

        // The same delivery verified with another secret fails: the check is real.
        const WebhookVerifier other("not-the-secret-0123456789", &m_clock);
        QCOMPARE(other.verify(delivery.signatureHeader, delivery.body).verdict, Verdict::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
