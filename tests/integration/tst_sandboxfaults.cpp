// Fault injection and hostile input: the sandbox misbehaves on purpose when told to, and
// never crashes or wedges on garbage, truncated, oversized or slow requests.
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace calib;
using namespace calib::test;

namespace {
const QString calibrationPath = QStringLiteral("/agentassist/sentiment/calibration");

// The server runs in this thread, so waiting must spin the event loop (no waitFor*).
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int waitMs = 2000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 2000)
        QTest::qWait(5);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return "no connection";
    socket.write(bytes);
    QByteArray answer;
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(5);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.endsWith("}"))
            break;
    }
    answer += socket.readAll();
    return answer;
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {})
    {
        options.seedAudit = 0; // a new tenant: no history, version 0 in force
        options.seedAlerts = 5;
        auto server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning() << error;
        return server;
    }

    std::unique_ptr<SandboxServer> faultyServer(const QString &fault)
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.faults = {fault};
        options.faultStallMs = 300;
        options.faultTrickleIntervalMs = 5;
        return startServer(options);
    }

    static bool serverStillAnswers(SandboxServer &server)
    {
        SandboxHttp http(server.baseUrl());
        return http.send("GET", http.url(QStringLiteral("/nowhere"))).status == 404;
    }

private Q_SLOTS:
    void statusFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << "500" << 500;
        QTest::newRow("502") << "502" << 502;
        QTest::newRow("429") << "429" << 429;
        QTest::newRow("503") << "503" << 503;
    }

    void statusFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        auto server = faultyServer(fault);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token(); // the token endpoint is exempt by default
        QVERIFY(!token.isEmpty());
        const HttpResult r = http.put(token, "f1", validCalibrationBody());
        QCOMPARE(r.status, status);
        if (status == 429 || status == 503)
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        if (status == 502)
            QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QCOMPARE(server->version(), 0); // nothing applied
    }

    void connectionFaults()
    {
        for (const QString &fault : {QStringLiteral("reset"), QStringLiteral("stall")}) {
            auto server = faultyServer(fault);
            SandboxHttp http(server->baseUrl());
            const QString token = http.token();
            QElapsedTimer timer;
            timer.start();
            const HttpResult r = http.get(calibrationPath, token);
            QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(fault));
            QCOMPARE(r.status, 0);
            if (fault == QLatin1StringView("stall"))
                QVERIFY(timer.elapsed() >= 250);
            QVERIFY(serverStillAnswers(*server));
        }
    }

    void trickleDeliversSlowlyButCompletely()
    {
        auto server = faultyServer(QStringLiteral("trickle"));
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = http.get(calibrationPath, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 0);
        QVERIFY(timer.elapsed() >= 5 * (r.body.size() / 64)); // 64 bytes per 5 ms
    }

    void truncatedResponseAfterApplyThenRetryIsReplayed()
    {
        auto server = faultyServer(QStringLiteral("truncated"));
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const HttpResult r = http.put(token, "lost-answer", validCalibrationBody());
        QVERIFY(r.error != QNetworkReply::NoError || QJsonDocument::fromJson(r.body).isNull());
        QCOMPARE(server->version(), 1); // applied; only the answer was lost
        QCOMPARE(server->appliedCountForKey(QStringLiteral("lost-answer")), 1);
    }

    void malformedBody()
    {
        auto server = faultyServer(QStringLiteral("malformed"));
        SandboxHttp http(server->baseUrl());
        const HttpResult r = http.get(calibrationPath, http.token());
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void tokenEndpointOnlyWhenListed()
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.faults = {QStringLiteral("500"), QStringLiteral("token")};
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        QCOMPARE(
            http.tokenRequest("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret").status,
            500);

        SandboxOptions bad;
        bad.faults = {QStringLiteral("explode")};
        SandboxServer refused(bad);
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY(error.contains(QStringLiteral("explode")));
    }

    void deterministicUnderSeed()
    {
        const auto statuses = [this](quint64 seed) {
            SandboxOptions options;
            options.seed = seed;
            options.faultRate = 0.5;
            options.faults
                = {QStringLiteral("500"), QStringLiteral("502"), QStringLiteral("429"), QStringLiteral("503")};
            auto server = startServer(options);
            SandboxHttp http(server->baseUrl());
            const QString token = http.token();
            QList<int> result;
            for (int i = 0; i < 40; ++i)
                result.append(http.get(calibrationPath, token).status);
            return result;
        };
        const QList<int> a = statuses(7);
        QCOMPARE(statuses(7), a);
        QVERIFY(a.contains(200));
        QVERIFY(a.count(200) < 40);
        QVERIFY(statuses(8) != a);
    }

    void garbageNeverWedgesTheServer()
    {
        auto server = startServer();
        const quint16 port = server->port();
        QRandomGenerator random(1234);
        for (int i = 0; i < 12; ++i) {
            QByteArray junk(int(random.bounded(1, 2000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            const QByteArray answer = rawExchange(port, junk, 150);
            QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer.left(300).toHex().constData());
        }
        // Bytes that are not HTTP: the connection is closed (or answered 400), promptly.
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = rawExchange(port, "HELLO WORLD \x01\x02\r\n\r\n");
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer.constData());
        QVERIFY(timer.elapsed() < 1500);

        // Truncated requests: headers cut off, body shorter than Content-Length.
        for (const QByteArray &partial : {QByteArray("GET /api/v1/agentassist/sentiment/calibra"),
                                          QByteArray("PUT /api/v1/agentassist/sentiment/calibration HTTP/1.1\r\nHost: "
                                                     "x\r\nContent-Length: 500\r\n\r\n{\"a\":")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
            socket.write(partial);
            QTRY_COMPARE(socket.bytesToWrite(), qint64(0));
            QTest::qWait(20);
            socket.abort();
        }
        QVERIFY(serverStillAnswers(*server));

        // A normal raw request on a fresh connection is answered.
        const QByteArray ok = rawExchange(port, "GET /api/v1/agentassist/alerts HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 401"), ok.constData());
    }

    void slowClientDoesNotBlockOthers()
    {
        auto server = startServer();
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(slow.state(), QAbstractSocket::ConnectedState);
        const QByteArray request = "GET /api/v1/nope HTTP/1.1\r\nHost: x\r\n\r\n";
        SandboxHttp http(server->baseUrl());
        for (qsizetype i = 0; i < request.size(); ++i) {
            slow.write(request.mid(i, 1));
            slow.flush();
            if (i % 8 == 0)
                QCOMPARE(http.send("GET", http.url(QStringLiteral("/other"))).status,
                         404); // others are served meanwhile
        }
        QTRY_VERIFY_WITH_TIMEOUT(slow.bytesAvailable() > 0, 3000);
        QVERIFY(slow.readAll().startsWith("HTTP/1.1 404"));
    }

    void oversizedStreamIsCutOff()
    {
        SandboxOptions options;
        options.maxBodyBytes = 16 * 1024;
        auto server = startServer(options);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(
            "PUT /api/v1/agentassist/sentiment/calibration HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 50000000\r\n\r\n");
        QByteArray answer;
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 8 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            QTest::qWait(30);
            answer += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll()).contains("413") || socket.state() != QAbstractSocket::ConnectedState, 5000);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(serverStillAnswers(*server));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
