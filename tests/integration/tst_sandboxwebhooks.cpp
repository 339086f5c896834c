// Webhook registration and real, signed deliveries (with retries) from the sandbox.
#include "core/clock.h"
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/webhookdispatcher.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace calib;
using namespace calib::test;

namespace {
const QString webhooksPath = QStringLiteral("/agentassist/webhooks");

struct Received
{
    QByteArray requestLine;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// A minimal HTTP receiver: answers each request with the next status from `statuses`
// (the last one repeats).
class Receiver : public QObject
{
public:
    QList<int> statuses {200};
    QList<Received> received;

    Receiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Received r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    r.requestLine = lines.value(0).trimmed();
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines.at(i).indexOf(':');
                        if (colon > 0)
                            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                             lines.at(i).mid(colon + 1).trimmed());
                    }
                    const qsizetype length = r.headers.value("content-length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    buffer->remove(0, end + 4 + length);
                    const int status = statuses.value(received.size(), statuses.constLast());
                    received.append(r);
                    socket->write("HTTP/1.1 " + QByteArray::number(status)
                                  + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QByteArray url() const { return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + "/hook"; }

private:
    QTcpServer m_server;
};
} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {})
    {
        options.clock = &m_clock;
        options.seedAudit = 0; // a new tenant: no history, version 0 in force
        options.seedAlerts = 5;
        options.webhookRetryBaseMs = 20;
        auto server = std::make_unique<SandboxServer>(options);
        if (!server->start())
            qWarning("sandbox did not start");
        return server;
    }

    static HttpResult post(SandboxHttp &http, const QString &token, const QByteArray &body,
                           const QByteArray &contentType = "application/json")
    {
        return http.send("POST", http.url(webhooksPath), body,
                         {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", contentType}});
    }

private Q_SLOTS:
    void registrationValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *body, const char *field) {
            QTest::newRow(name) << QByteArray(body) << QString::fromLatin1(field);
        };
        row("http to remote host",
            "{\"url\":\"http://example.com/h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789\"}",
            "url");
        row("ftp",
            "{\"url\":\"ftp://127.0.0.1/h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789\"}",
            "url");
        row("not a url",
            "{\"url\":\"just words\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789\"}", "url");
        row("no events", "{\"url\":\"https://example.com/h\",\"events\":[],\"secret\":\"0123456789\"}", "events");
        row("unknown event", "{\"url\":\"https://example.com/h\",\"events\":[\"x.y\"],\"secret\":\"0123456789\"}",
            "events[0]");
        row("duplicate event",
            "{\"url\":\"https://example.com/"
            "h\",\"events\":[\"agentassist.alert.triggered\",\"agentassist.alert.triggered\"],\"secret\":"
            "\"0123456789\"}",
            "events[1]");
        row("short secret",
            "{\"url\":\"https://example.com/h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"1234567\"}",
            "secret");
        // Four emoji are eight UTF-16 units but four characters: too short by the schema.
        row("short secret in characters",
            "{\"url\":\"https://example.com/h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":"
            "\"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\"}",
            "secret");
        row("missing secret", "{\"url\":\"https://example.com/h\",\"events\":[\"agentassist.alert.triggered\"]}",
            "secret");
        row("unknown field",
            "{\"url\":\"https://example.com/"
            "h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789\",\"x\":1}",
            "x");
        row("active not bool",
            "{\"url\":\"https://example.com/"
            "h\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789\",\"active\":1}",
            "active");
    }

    void registrationValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const HttpResult r = post(http, http.token(), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("schema_validation_failed"));
        QStringList fields;
        for (const auto &detail : r.json().value(QStringLiteral("details")).toArray())
            fields.append(detail.toObject().value(QStringLiteral("field")).toString());
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u',')));
    }

    void registerListDelete()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QCOMPARE(post(http, token, "{}", "text/plain").status, 415);
        QCOMPARE(post(http, token, "{nope").status, 400);
        HttpResult r = post(
            http, token,
            "{\"url\":\"https://hooks.example.com/"
            "x\",\"events\":[\"sentiment.calibration.updated\"],\"secret\":\"0123456789abcdef\",\"active\":false}");
        QCOMPARE(r.status, 201);
        const QJsonObject hook = r.json();
        const QString id = hook.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(hook.value(QStringLiteral("active")).toBool(), false);
        QVERIFY(hook.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!hook.contains(QStringLiteral("secret")));
        QVERIFY(!r.body.contains("0123456789abcdef"));
        QVERIFY(r.header("Location").endsWith(id.toLatin1()));

        r = http.get(webhooksPath, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(!r.body.contains("0123456789abcdef"));

        QUrlQuery one;
        one.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        QCOMPARE(http.get(QStringLiteral("/audit/sentiment/calibration"), token, one)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("webhook.registered"));

        const QUrl hookUrl = http.url(webhooksPath + QLatin1Char('/') + id);
        QCOMPARE(http.send("DELETE", hookUrl, {}, SandboxHttp::bearer(token)).status, 204);
        QCOMPARE(http.send("DELETE", hookUrl, {}, SandboxHttp::bearer(token)).status, 404);
        QCOMPARE(http.get(webhooksPath, token).json().value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(http.get(QStringLiteral("/audit/sentiment/calibration"), token, one)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("webhook.deleted"));
    }

    void signedDeliveryOfCalibrationUpdate()
    {
        Receiver receiver;
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const QByteArray secret = "s3cret-0123456789";
        QCOMPARE(post(http, token,
                      "{\"url\":\"" + receiver.url() + "\",\"events\":[\"sentiment.calibration.updated\"],\"secret\":\""
                          + secret + "\"}")
                     .status,
                 201);
        QCOMPARE(http.put(token, "hook-1", validCalibrationBody(0.66)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 5000);
        const Received r = receiver.received.constFirst();
        QVERIFY(r.requestLine.startsWith("POST /hook "));
        QCOMPARE(r.headers.value("x-cognigy-event"), QByteArray("sentiment.calibration.updated"));
        QVERIFY(!r.headers.value("x-cognigy-delivery").isEmpty());
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));

        // X-Cognigy-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, "t.body")>
        const QList<QByteArray> parts = r.headers.value("x-cognigy-signature").split(',');
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).startsWith("t="));
        QVERIFY(parts.at(1).startsWith("v1="));
        const QByteArray t = parts.at(0).mid(2);
        QCOMPARE(t.toLongLong(), m_clock.now().toSecsSinceEpoch());
        const QByteArray expected
            = QMessageAuthenticationCode::hash(t + '.' + r.body, secret, QCryptographicHash::Sha256).toHex();
        QCOMPARE(parts.at(1).mid(3), expected);

        const QJsonObject envelope = QJsonDocument::fromJson(r.body).object();
        QVERIFY(envelope.value(QStringLiteral("id")).isString());
        QCOMPARE(envelope.value(QStringLiteral("type")).toString(), QStringLiteral("sentiment.calibration.updated"));
        QVERIFY(envelope.value(QStringLiteral("created_at")).isString());
        const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(data.value(QStringLiteral("calibration_id")).isString());
        QCOMPARE(
            data.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("sensitivity_level")).toDouble(),
            0.5);
    }

    void alertDeliveryRetriedWithBackoff()
    {
        Receiver receiver;
        receiver.statuses = {500, 503, 200};
        auto server = startServer();
        QSignalSpy finished(server.get(), &SandboxServer::webhookDeliveryFinished);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QCOMPARE(post(http, token,
                      "{\"url\":\"" + receiver.url()
                          + "\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789abcdef\"}")
                     .status,
                 201);
        server->triggerAlert();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toInt(), 3); // attempts
        QCOMPARE(finished.at(0).at(3).toBool(), true);
        QCOMPARE(receiver.received.size(), 3);
        // Every attempt carries the same delivery id and body.
        QCOMPARE(receiver.received.at(0).headers.value("x-cognigy-delivery"),
                 receiver.received.at(2).headers.value("x-cognigy-delivery"));
        QCOMPARE(receiver.received.at(0).body, receiver.received.at(2).body);
        const QJsonObject data
            = QJsonDocument::fromJson(receiver.received.at(2).body).object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), QStringLiteral("alr_%1").arg(server->alertCount()));
        QCOMPARE(receiver.received.at(0).headers.value("x-cognigy-event"), QByteArray("agentassist.alert.triggered"));
        QCOMPARE(server->pendingWebhookDeliveries(), 0);
    }

    void givesUpAfterMaxAttempts()
    {
        Receiver receiver;
        receiver.statuses = {500};
        SandboxOptions options;
        options.webhookMaxAttempts = 3;
        auto server = startServer(options);
        QSignalSpy finished(server.get(), &SandboxServer::webhookDeliveryFinished);
        SandboxHttp http(server->baseUrl());
        QCOMPARE(post(http, http.token(),
                      "{\"url\":\"" + receiver.url()
                          + "\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789abcdef\"}")
                     .status,
                 201);
        server->triggerAlert();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(2).toInt(), 3);
        QCOMPARE(finished.at(0).at(3).toBool(), false);
        QCOMPARE(receiver.received.size(), 3);
    }

    void inactiveOrUnsubscribedGetsNothing()
    {
        Receiver receiver;
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QCOMPARE(post(http, token,
                      "{\"url\":\"" + receiver.url()
                          + "\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789abcdef\","
                            "\"active\":false}")
                     .status,
                 201);
        QCOMPARE(post(http, token,
                      "{\"url\":\"" + receiver.url()
                          + "\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789abcdef\"}")
                     .status,
                 201);
        QCOMPARE(http.put(token, "k", validCalibrationBody()).status, 200); // calibration.updated: not subscribed
        QCOMPARE(server->pendingWebhookDeliveries(), 0);
        server->triggerAlert();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(receiver.received.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
