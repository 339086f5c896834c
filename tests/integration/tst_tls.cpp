// The tenant client against a real TLS server on 127.0.0.1 (test-only certificates under
// tests/data/tls/, see README.txt there). A certificate that is not trusted, or that names
// another host, fails the call at the handshake: once, never retried, before a single
// request byte (or the client secret) reaches the server. With the test CA given through
// TenantClientOptions::caCertificates the same call succeeds, and every request went
// over TLS.
#include "api/apicall.h"
#include "api/tenantclient.h"
#include "core/calibration.h"
#include "core/clock.h"
#include "core/wirejson.h"
#include "integration/tinyhttpserver.h"
#include "support/testsupport.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

const QString kClientSecret = QStringLiteral("tls-test-client-secret-7f3a");

QByteArray readData(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("tls/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(readData(name), QSsl::Pem);
}

QSslKey privateKey(const QString &name)
{
    return QSslKey(readData(name), QSsl::Ec, QSsl::Pem);
}

// A small HTTP/1.1 server that speaks TLS only: every accepted connection starts the
// server handshake with the given certificate. It answers the token endpoint and
// GET /agentassist/sentiment/calibration, and records what arrives.
class TlsServer final : public QTcpServer
{
public:
    struct Request
    {
        QByteArray head;
        QByteArray body;
        bool encrypted = false;
        QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    };

    TlsServer(const QSslCertificate &cert, const QSslKey &key)
        : m_certificate(cert)
        , m_key(key)
    { }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(serverPort())); }

    int connections = 0; // TCP connections accepted
    int handshakesStarted = 0;
    QList<Request> requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        ++handshakesStarted;
        socket->startServerEncryption();
    }

private:
    void onReadyRead(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const std::optional<test::RawHttpRequest> raw = test::takeHttpRequest(buffer);
        if (!raw)
            return;
        Request request;
        request.head = raw->head;
        request.body = raw->body;
        request.encrypted = socket->isEncrypted();
        request.protocol = socket->sessionProtocol();
        requests.append(request);

        const QByteArray &method = raw->method;
        const QByteArray &path = raw->path;
        if (method == "POST" && path == "/api/v1/auth/token") {
            respond(socket, 200,
                    "{\"access_token\":\"tok-tls\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    "\"scope\":\"agentassist:write sentiment:calibrate webhook:manage audit:read\"}");
        } else if (method == "GET" && path == "/api/v1/agentassist/sentiment/calibration") {
            QJsonObject body;
            body.insert(QStringLiteral("calibration_id"), QStringLiteral("cal_tls"));
            body.insert(QStringLiteral("version"), 3);
            body.insert(QStringLiteral("applied_at"), QStringLiteral("2024-05-01T10:00:00Z"));
            body.insert(QStringLiteral("calibration"), toWireJson(Calibration::tenantDefault()));
            respond(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        } else {
            respond(socket, 404, "{\"error\":\"Not found\",\"code\":\"not_found\"}");
        }
    }

    static void respond(QSslSocket *socket, int status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

ApiResult waitFor(ApiCall *call, int timeoutMs = 10000)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(timeoutMs))
        return ApiResult {ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test wait timed out")), 0, {}};
    return finished.first().first().value<ApiResult>();
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    static TenantClientOptions options(bool trustTestCa)
    {
        TenantClientOptions o;
        // The default retry policy, with waits shrunk: a retried handshake would show up
        // as a second connection within the test's grace period.
        o.timeScale = 0.001;
        o.random = [] {
            return 0.0;
        };
        if (trustTestCa)
            o.caCertificates = {certificate(QStringLiteral("ca.pem"))};
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend with SSL support");
        for (const char *name : {"ca.pem", "server.pem", "otherhost.pem", "untrusted.pem"})
            QVERIFY2(!certificate(QString::fromLatin1(name)).isNull(), name);
        for (const char *name : {"server.key", "otherhost.key", "untrusted.key"})
            QVERIFY2(!privateKey(QString::fromLatin1(name)).isNull(), name);
        // The test CA is not trusted by the system, or the failure cases would prove nothing.
        QVERIFY(!QSslConfiguration::systemCaCertificates().contains(certificate(QStringLiteral("ca.pem"))));
    }

    void badCertificateFailsOnceBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<QSslError::SslError>("expected");
        QTest::newRow("untrusted self-signed") << u"untrusted"_s << false << QSslError::SelfSignedCertificate;
        QTest::newRow("untrusted self-signed, test CA trusted")
            << u"untrusted"_s << true << QSslError::SelfSignedCertificate;
        QTest::newRow("test CA not trusted") << u"server"_s << false << QSslError::UnableToGetLocalIssuerCertificate;
        QTest::newRow("wrong host name, test CA trusted") << u"otherhost"_s << true << QSslError::HostNameMismatch;
    }
    void badCertificateFailsOnceBeforeAnyRequest()
    {
        QFETCH(QString, serverName);
        QFETCH(bool, trustTestCa);
        QFETCH(QSslError::SslError, expected);
        TlsServer server(certificate(serverName + u".pem"_s), privateKey(serverName + u".key"_s));
        QVERIFY(server.start());

        QNetworkAccessManager network;
        TenantClient client(&network, &m_clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("tls-client"), kClientSecret},
                            options(trustTestCa));
        QSignalSpy sslErrors(&network, &QNetworkAccessManager::sslErrors);
        ApiCall *call = client.getCalibration();
        call->setAutoDelete(false);
        QSignalSpy retrying(call, &ApiCall::retrying);
        const ApiResult result = waitFor(call);

        // The client saw the TLS errors this row is about, and did not ignore them.
        QCOMPARE(sslErrors.size(), 1);
        QList<QSslError::SslError> seen;
        for (const QSslError &e : sslErrors.first().at(1).value<QList<QSslError>>())
            seen.append(e.error());
        QVERIFY2(seen.contains(expected), qPrintable(QString::number(seen.size())));
        if (expected != QSslError::HostNameMismatch)
            QVERIFY(!seen.contains(QSslError::HostNameMismatch)); // the certificates name 127.0.0.1

        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(result.error.message.contains(u"TLS"_s), qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(kClientSecret));
        QVERIFY(!client.hasValidToken());
        QCOMPARE(client.tokenRequestCount(), 1);
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(call->attempts(), 0); // the API request itself was never sent

        // Give a (wrong) retry time to arrive: still one connection, one handshake, and
        // not one request line, form body or Authorization header on the server.
        QTest::qWait(300);
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.handshakesStarted, 1);
        QCOMPARE(server.requests.size(), 0);
        QCOMPARE(client.tokenRequestCount(), 1);
    }

    void trustedTestCaSucceedsOverTls_data()
    {
        QTest::addColumn<ConnectionConfig::AuthMethod>("auth");
        QTest::newRow("form fields") << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("http basic") << ConnectionConfig::AuthMethod::HttpBasic;
    }
    void trustedTestCaSucceedsOverTls()
    {
        QFETCH(ConnectionConfig::AuthMethod, auth);
        TlsServer server(certificate(u"server.pem"_s), privateKey(u"server.key"_s));
        QVERIFY(server.start());
        QNetworkAccessManager network;
        TenantClient client(&network, &m_clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("tls-client"), kClientSecret, auth},
                            options(true));

        ApiCall *call = client.getCalibration();
        call->setAutoDelete(false);
        const ApiResult result = waitFor(call);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.httpStatus, 200);
        const auto inForce = result.as<CalibrationInForce>();
        QCOMPARE(inForce.calibrationId, u"cal_tls"_s);
        QCOMPARE(inForce.version, qint64(3));
        QCOMPARE(inForce.calibration, Calibration::tenantDefault());
        QCOMPARE(call->attempts(), 1);
        QVERIFY(client.hasValidToken());
        QCOMPARE(client.tokenRequestCount(), 1);

        // Both requests arrived on an encrypted connection: the client secret went over TLS.
        QCOMPARE(server.requests.size(), 2);
        const TlsServer::Request &token = server.requests.at(0);
        QVERIFY2(token.head.startsWith("POST /api/v1/auth/token HTTP/1.1\r\n"), token.head.constData());
        QVERIFY(token.encrypted);
        QVERIFY(token.protocol == QSsl::TlsV1_2 || token.protocol == QSsl::TlsV1_3);
        const QByteArray secret = kClientSecret.toLatin1();
        if (auth == ConnectionConfig::AuthMethod::FormFields)
            QVERIFY(token.body.contains(QByteArray("client_secret=" + secret)));
        else
            QVERIFY(token.head.contains(
                QByteArray("Authorization: Basic " + QByteArray("tls-client:" + secret).toBase64())));
        const TlsServer::Request &get = server.requests.at(1);
        QVERIFY2(get.head.startsWith("GET /api/v1/agentassist/sentiment/calibration HTTP/1.1\r\n"),
                 get.head.constData());
        QVERIFY(get.encrypted);
        QVERIFY(get.head.contains("Authorization: Bearer tok-tls"));
        QVERIFY(server.handshakesStarted >= 1);
        QCOMPARE(server.handshakesStarted, server.connections);
    }

    void caCertificatesAddToTheSystemStorePerClient()
    {
        TlsServer server(certificate(u"server.pem"_s), privateKey(u"server.key"_s));
        QVERIFY(server.start());
        // The CA list each request carried, by network manager and request kind.
        QHash<QString, QList<QSslCertificate>> used;
        auto record = [&used](const QString &prefix) {
            return [&used, prefix](QNetworkReply *reply) {
                const bool api = reply->request().url().path().endsWith(u"/calibration"_s);
                used[prefix + (api ? u"/api"_s : u"/token"_s)] += reply->request().sslConfiguration().caCertificates();
            };
        };
        QNetworkAccessManager network;
        connect(&network, &QNetworkAccessManager::finished, this, record(u"trusting"_s));
        TenantClient trusting(&network, &m_clock,
                              ConnectionConfig {server.baseUrl(), QStringLiteral("tls-client"), kClientSecret},
                              options(true));
        const ApiResult trusted = waitFor(trusting.getCalibration());
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.toString()));
        const QSslCertificate ca = certificate(u"ca.pem"_s);
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        for (const QString &key : {u"trusting/token"_s, u"trusting/api"_s}) {
            QVERIFY2(used.value(key).contains(ca), qPrintable(key));
            // The system's CAs stay trusted next to the extra one.
            for (const QSslCertificate &systemCa : system)
                QVERIFY2(used.value(key).contains(systemCa), qPrintable(systemCa.subjectDisplayName()));
        }

        // A client without the option is refused: the CA belongs to the client's options,
        // not to the process. (It has its own network manager: Qt reuses an open connection
        // of the same manager to the same host without looking at the CA list again.)
        QNetworkAccessManager otherNetwork;
        connect(&otherNetwork, &QNetworkAccessManager::finished, this, record(u"plain"_s));
        TenantClient plain(&otherNetwork, &m_clock,
                           ConnectionConfig {server.baseUrl(), QStringLiteral("tls-client"), kClientSecret},
                           options(false));
        const ApiResult refused = waitFor(plain.getCalibration());
        QCOMPARE(refused.error.kind, ApiError::Kind::Network);
        QVERIFY2(refused.error.message.contains(u"TLS"_s), qPrintable(refused.error.message));
        QVERIFY(used.contains(u"plain/token"_s));
        QVERIFY(!used.value(u"plain/token"_s).contains(ca));
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
        QCOMPARE(server.requests.size(), 2); // the trusting client's token and GET only
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
