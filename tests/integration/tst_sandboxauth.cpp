// The sandbox's token endpoint, bearer checks, scopes, routing errors and executable.
#include "core/clock.h"
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace calib;
using namespace calib::test;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {})
    {
        options.seedAlerts = 20;
        options.seedAudit = 10;
        auto server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning() << error;
        return server;
    }

private Q_SLOTS:
    void tokenWithFormFields()
    {
        auto server = startServer();
        QVERIFY(server->isListening());
        QCOMPARE(server->options().host, QHostAddress(QHostAddress::LocalHost));
        SandboxHttp http(server->baseUrl());
        const HttpResult r
            = http.tokenRequest("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 32);
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(o.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("agentassist:write sentiment:calibrate webhook:manage audit:read"));
        // Two tokens are never the same.
        QVERIFY(http.token() != http.token());
    }

    void tokenWithBasicAuth()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QByteArray basic = "Basic " + QByteArray("sandbox:sandbox-secret").toBase64();
        HttpResult r
            = http.tokenRequest("grant_type=client_credentials",
                                {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("access_token")).toString().isEmpty());

        const QByteArray wrong = "Basic " + QByteArray("sandbox:nope").toBase64();
        r = http.tokenRequest("grant_type=client_credentials",
                              {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", wrong}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));

        // Both methods at once is a malformed request.
        r = http.tokenRequest("grant_type=client_credentials&client_secret=sandbox-secret",
                              {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray form = "application/x-www-form-urlencoded";
        QTest::newRow("wrong secret") << QByteArray("grant_type=client_credentials&client_id=sandbox&client_secret=x")
                                      << form << 401 << "invalid_client";
        QTest::newRow("unknown client") << QByteArray(
            "grant_type=client_credentials&client_id=x&client_secret=sandbox-secret")
                                        << form << 401 << "invalid_client";
        QTest::newRow("no credentials") << QByteArray("grant_type=client_credentials") << form << 401
                                        << "invalid_client";
        QTest::newRow("missing grant") << QByteArray("client_id=sandbox&client_secret=sandbox-secret") << form << 400
                                       << "invalid_request";
        QTest::newRow("password grant") << QByteArray(
            "grant_type=password&client_id=sandbox&client_secret=sandbox-secret")
                                        << form << 400 << "unsupported_grant_type";
        QTest::newRow("repeated parameter") << QByteArray("grant_type=client_credentials&grant_type=client_credentials&"
                                                          "client_id=sandbox&client_secret=sandbox-secret")
                                            << form << 400 << "invalid_request";
        QTest::newRow("json body") << QByteArray("{\"grant_type\":\"client_credentials\"}")
                                   << QByteArray("application/json") << 400 << "invalid_request";
        QTest::newRow("no known scope") << QByteArray(
            "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret&scope=admin")
                                        << form << 400 << "invalid_scope";
    }

    void tokenErrors()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const HttpResult r = http.tokenRequest(form, {{"Content-Type", contentType}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
        QVERIFY(r.json().value(QStringLiteral("error_description")).isString());
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }

    void scopeNarrowing()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const HttpResult r = http.tokenRequest("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-"
                                               "secret&scope=audit%3Aread+admin%3Aall");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("scope")).toString(), QStringLiteral("audit:read"));

        SandboxOptions options;
        options.scopes = {QStringLiteral("audit:read")};
        auto narrow = startServer(options);
        SandboxHttp http2(narrow->baseUrl());
        const HttpResult all
            = http2.tokenRequest("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret");
        QCOMPARE(all.json().value(QStringLiteral("scope")).toString(), QStringLiteral("audit:read"));
    }

    void bearerChecks()
    {
        ManualClock clock;
        SandboxOptions options;
        options.clock = &clock;
        options.tokenTtlSeconds = 60;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString path = QStringLiteral("/agentassist/sentiment/calibration");

        HttpResult r = http.send("GET", http.url(path));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(r.json().value(QStringLiteral("error")).isString());

        r = http.get(path, QStringLiteral("not-a-token"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_token"));

        const QString token = http.token();
        QCOMPARE(http.get(path, token).status, 200);
        clock.advanceSecs(59);
        QCOMPARE(http.get(path, token).status, 200);
        clock.advanceSecs(1);
        r = http.get(path, token);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    }

    void missingScopeIs403()
    {
        auto server = startServer();
        const int versionBefore = server->version();
        SandboxHttp http(server->baseUrl());
        const QString auditOnly = http.token("audit:read");
        HttpResult r = http.put(auditOnly, "k1", validCalibrationBody());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("missing scope: agentassist:write, sentiment:calibrate"));
        QCOMPARE(r.json().value(QStringLiteral("missing_scope")).toString(),
                 QStringLiteral("agentassist:write sentiment:calibrate"));

        const QString writeOnly = http.token("agentassist:write");
        r = http.put(writeOnly, "k1", validCalibrationBody());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("missing scope: sentiment:calibrate"));
        QCOMPARE(r.json().value(QStringLiteral("missing_scope")).toString(), QStringLiteral("sentiment:calibrate"));

        const QString calibrateOnly = http.token("agentassist:write sentiment:calibrate");
        r = http.get(QStringLiteral("/audit/sentiment/calibration"), calibrateOnly);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("missing scope: audit:read"));
        r = http.get(QStringLiteral("/agentassist/webhooks"), calibrateOnly);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("missing_scope")).toString(), QStringLiteral("webhook:manage"));
        QCOMPARE(server->version(), versionBefore); // nothing applied
    }

    void unknownPathAndWrongMethod()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        HttpResult r = http.send("GET", http.url(QStringLiteral("/no/such/thing")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        r = http.send("GET",
                      QUrl(server->baseUrl().toString().replace(QStringLiteral("/api/v1"), QStringLiteral("/other"))));
        QCOMPARE(r.status, 404);
        r = http.send("GET", http.url(QStringLiteral("/auth/token")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
        QVERIFY(r.json().value(QStringLiteral("error")).isString());
        r = http.send("DELETE", http.url(QStringLiteral("/agentassist/sentiment/calibration")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PUT"));
        r = http.send("POST", http.url(QStringLiteral("/agentassist/webhooks/wh_1")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("DELETE"));
    }

    void refusesNonLoopbackWithoutAllowRemote()
    {
        SandboxOptions options;
        options.host = QHostAddress::AnyIPv4;
        SandboxServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QStringLiteral("loopback")));
        QVERIFY(!server.isListening());
    }

    void executablePrintsListeningLine()
    {
        const QString binary = QStringLiteral(CALIB_BINARY_DIR "/bin/calibration-sandbox");
        if (!QFileInfo::exists(binary))
            QSKIP("calibration-sandbox is not built");
        QProcess process;
        process.start(binary,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--alerts"), QStringLiteral("10"),
                       QStringLiteral("--audit"), QStringLiteral("10")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        static const QRegularExpression pattern(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/api/v1$"));
        const auto match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const quint16 port = quint16(match.captured(1).toUInt());
        QVERIFY(port > 0);

        SandboxHttp http(QUrl(line.mid(QStringLiteral("listening on ").size())));
        const QString token = http.token();
        QVERIFY(!token.isEmpty());
        QCOMPARE(http.get(QStringLiteral("/agentassist/sentiment/calibration"), token).status, 200);

        process.terminate(); // SIGTERM: clean shutdown
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        QVERIFY(log.contains("POST /api/v1/auth/token 200"));
        QVERIFY2(!log.contains(token.toLatin1()), "the log must never contain a token");
        QVERIFY(!log.contains("sandbox-secret"));
        QVERIFY(process.readAllStandardOutput().trimmed().isEmpty()); // exactly one line on stdout
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
