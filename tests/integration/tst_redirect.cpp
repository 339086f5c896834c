#include "api/apicall.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "integration/tinyhttpserver.h"

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

class TestRedirect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossOriginRedirectCarriesNoAuthorization()
    {
        // The second origin records what reaches it and would happily answer.
        TinyHttpServer other([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            TinyHttpServer::respond(socket, 200, "{\"items\":[],\"next_cursor\":null}");
        });
        QVERIFY(other.listen());
        const QByteArray target = other.baseUrl().toString().toLatin1() + "/audit/sentiment/calibration?limit=5";
        TinyHttpServer first([&target](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            else
                TinyHttpServer::respond(socket, 307, "{}", "Location: " + target + "\r\n");
        });
        QVERIFY(first.listen());

        QNetworkAccessManager network;
        ManualClock clock;
        ConnectionConfig config {first.baseUrl(), QStringLiteral("id"), QStringLiteral("secret-value")};
        TenantClientOptions options;
        options.retry.maxAttempts = 1;
        TenantClient client(&network, &clock, config, options);

        ApiCall *call = client.listAuditEvents(AuditQuery {});
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<ApiResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);

        // The bearer token reached the first origin only.
        QVERIFY(first.heads.size() >= 2);
        QVERIFY(first.heads.constLast().contains("Authorization: Bearer tok-1"));
        for (const QByteArray &head : std::as_const(other.heads))
            QVERIFY2(!head.toLower().contains("authorization"), head.constData());
    }

    void sameOriginRedirectIsFollowed()
    {
        TinyHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            else if (path.startsWith("/old/"))
                TinyHttpServer::respond(socket, 307, "{}", "Location: /api/v1/audit/sentiment/calibration\r\n");
            else
                TinyHttpServer::respond(socket, 200, "{\"items\":[],\"next_cursor\":null}");
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ManualClock clock;
        QUrl base = server.baseUrl();
        base.setPath(QStringLiteral("/old/api/v1"));
        TenantClient client(&network, &clock, ConnectionConfig {base, QStringLiteral("id"), QStringLiteral("s")});
        ApiCall *call = client.listAuditEvents(AuditQuery {});
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<ApiResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QList<QByteArray> lines;
        for (const QByteArray &head : std::as_const(server.heads))
            lines.append(head.left(head.indexOf('\r')));
        // (Qt may resend a GET on a fresh connection, so count by content, not by position.)
        const QByteArray &last = server.heads.constLast();
        QVERIFY2(last.startsWith("GET /api/v1/audit/sentiment/calibration "), lines.join(" | ").constData());
        QVERIFY(last.contains("Authorization: Bearer tok-1"));
    }

    void plainHttpToRemoteHostIsRefused()
    {
        QNetworkAccessManager network;
        TenantClient client(&network, Clock::system(),
                            ConnectionConfig {QUrl(QStringLiteral("http://example.com/api/v1")), QStringLiteral("id"),
                                              QStringLiteral("s")});
        ApiCall *call = client.getJob(QStringLiteral("job_1"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(2000));
        const auto result = finished.first().first().value<ApiResult>();
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(result.error.message.contains(QStringLiteral("loopback")));
        QCOMPARE(client.tokenRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRedirect)
#include "tst_redirect.moc"
