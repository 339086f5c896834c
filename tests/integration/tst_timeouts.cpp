#include "api/apicall.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "integration/tinyhttpserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace calib;
using calib::test::TinyHttpServer;

namespace {

TenantClientOptions fastOptions()
{
    TenantClientOptions options;
    options.retry.maxAttempts = 1;
    options.transferTimeoutMs = 300;
    options.deadlineMs = 5000;
    options.maxResponseBytes = 64 * 1024;
    options.timeScale = 0.01;
    return options;
}

ApiResult runAudit(TinyHttpServer &server, const TenantClientOptions &options, ApiCall **out = nullptr)
{
    QNetworkAccessManager network;
    ManualClock clock;
    TenantClient client(&network, &clock,
                        ConnectionConfig {server.baseUrl(), QStringLiteral("id"), QStringLiteral("s")}, options);
    ApiCall *call = client.listAuditEvents(AuditQuery {});
    if (out)
        *out = call;
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(8000))
        return {};
    return finished.first().first().value<ApiResult>();
}

} // namespace

class TestTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stallHitsInactivityTimeout()
    {
        TinyHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            // otherwise: accept and never answer
        });
        QVERIFY(server.listen());
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = runAudit(server, fastOptions());
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 3000);
    }

    void stallIsRetriedForIdempotentRequests()
    {
        int audits = 0;
        TinyHttpServer server([&audits](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            else if (++audits >= 3)
                TinyHttpServer::respond(socket, 200, "{\"items\":[],\"next_cursor\":null}");
        });
        QVERIFY(server.listen());
        TenantClientOptions options = fastOptions();
        options.retry.maxAttempts = 3;
        const ApiResult result = runAudit(server, options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(audits >= 3); // Qt may resend a GET on a fresh connection
    }

    void trickleHitsOverallDeadline()
    {
        QTimer *trickle = nullptr;
        TinyHttpServer server([&trickle](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token")) {
                TinyHttpServer::token(socket);
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
            trickle = new QTimer(socket);
            QObject::connect(trickle, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            trickle->start(200); // a byte every 200 ms: never inactive long enough
        });
        QVERIFY(server.listen());
        TenantClientOptions options = fastOptions();
        options.transferTimeoutMs = 1000;
        options.deadlineMs = 900;
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = runAudit(server, options);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY(result.error.message.contains(QStringLiteral("900 ms")));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(trickle);
    }

    void oversizedResponseIsAProtocolError_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("content-length") << true;
        QTest::newRow("chunked, no length") << false;
    }
    void oversizedResponseIsAProtocolError()
    {
        QFETCH(bool, withLength);
        TinyHttpServer server([withLength](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token")) {
                TinyHttpServer::token(socket);
                return;
            }
            const QByteArray body
                = "{\"items\":[],\"pad\":\"" + QByteArray(512 * 1024, 'x') + "\",\"next_cursor\":null}";
            if (withLength) {
                TinyHttpServer::respond(socket, 200, body);
            } else {
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (qsizetype i = 0; i < body.size(); i += 8192) {
                    const QByteArray chunk = body.mid(i, 8192);
                    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                }
                socket->write("0\r\n\r\n");
            }
        });
        QVERIFY(server.listen());
        const ApiResult result = runAudit(server, fastOptions());
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
        QVERIFY2(result.error.message.contains(QStringLiteral("larger than")), qPrintable(result.error.message));
    }

    void malformedJsonIsAProtocolError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"items\":[");
        QTest::newRow("duplicate key") << QByteArray("{\"items\":[],\"next_cursor\":null,\"items\":[]}");
        QTest::newRow("trailing garbage") << QByteArray("{\"items\":[],\"next_cursor\":null}}");
        QTest::newRow("cursor as number") << QByteArray("{\"items\":[],\"next_cursor\":12345678901234567890}");
        QTest::newRow("not json") << QByteArray("<html>hello</html>");
    }
    void malformedJsonIsAProtocolError()
    {
        QFETCH(QByteArray, body);
        TinyHttpServer server([body](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            else
                TinyHttpServer::respond(socket, 200, body);
        });
        QVERIFY(server.listen());
        const ApiResult result = runAudit(server, fastOptions());
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(result.error.httpStatus, 200);
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkAccessManager network;
        TenantClient client(&network, Clock::system(),
                            ConnectionConfig {QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)),
                                              QStringLiteral("id"), QStringLiteral("s")},
                            fastOptions());
        ApiCall *call = client.getJob(QStringLiteral("j"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Network);
    }

    void cancelAbortsAStalledCall()
    {
        TinyHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ManualClock clock;
        TenantClientOptions options = fastOptions();
        options.transferTimeoutMs = 30000;
        TenantClient client(&network, &clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("id"), QStringLiteral("s")}, options);
        ApiCall *call = client.listAuditEvents(AuditQuery {});
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(server.heads.size(), 2);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTimeouts)
#include "tst_timeouts.moc"
