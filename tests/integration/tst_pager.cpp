#include "api/apicall.h"
#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "integration/tinyhttpserver.h"
#include "sandbox/sandboxserver.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace calib;
using calib::test::TinyHttpServer;

namespace {

QByteArray auditItem(int n)
{
    return "{\"id\":\"ev_" + QByteArray::number(n)
        + "\",\"timestamp\":\"2026-11-24T09:15:00Z\",\"actor\":\"a\",\"action\":\"calibration.applied\"}";
}

struct Walk
{
    QStringList ids;
    QList<qsizetype> pageSizes;
    ApiError error;
};

Walk walk(CursorPager *pager)
{
    Walk w;
    QObject::connect(pager, &CursorPager::page, pager, [&w](const CursorPage &page) {
        w.pageSizes.append(page.size());
        for (const AuditEvent &e : page.auditEvents)
            w.ids.append(e.id);
    });
    QSignalSpy finished(pager, &CursorPager::finished);
    pager->start();
    if (!finished.wait(10000))
        w.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test wait timed out"));
    else
        w.error = finished.first().first().value<ApiError>();
    return w;
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ManualClock m_clock;

private Q_SLOTS:
    void walksTheWholeAuditTrailOfTheSandbox()
    {
        SandboxOptions options;
        options.clock = &m_clock;
        options.seedAudit = 437;
        options.seedAlerts = 0;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.start());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {sandbox.baseUrl(), options.clientId, options.clientSecret});
        AuditQuery query;
        query.limit = 20;
        std::unique_ptr<CursorPager> pager(client.auditPager(query));
        const Walk w = walk(pager.get());
        QVERIFY2(!w.error.isError(), qPrintable(w.error.toString()));
        QCOMPARE(qint64(w.ids.size()), sandbox.auditEventCount());
        QCOMPARE(QSet<QString>(w.ids.cbegin(), w.ids.cend()).size(), w.ids.size()); // no duplicates
        QCOMPARE(pager->itemCount(), qint64(w.ids.size()));
        QVERIFY(!pager->stoppedAtMaximum());
        // The sandbox shortens pages now and then; the walk went on regardless.
        bool sawShortPage = false;
        for (qsizetype i = 0; i + 1 < w.pageSizes.size(); ++i)
            sawShortPage = sawShortPage || w.pageSizes[i] < 20;
        QVERIFY(sawShortPage);
    }

    void stopsAtTheMaximum()
    {
        SandboxOptions options;
        options.clock = &m_clock;
        options.seedAudit = 100;
        options.seedAlerts = 0;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.start());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {sandbox.baseUrl(), options.clientId, options.clientSecret});
        AuditQuery query;
        query.limit = 30;
        std::unique_ptr<CursorPager> pager(client.auditPager(query, 45));
        const Walk w = walk(pager.get());
        QVERIFY(!w.error.isError());
        QCOMPARE(w.ids.size(), 45);
        QVERIFY(pager->stoppedAtMaximum());
        QVERIFY(!pager->nextCursor().isEmpty());
    }

    void shortAndEmptyPagesDoNotEndTheWalk()
    {
        int requests = 0;
        TinyHttpServer server([&requests](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token")) {
                TinyHttpServer::token(socket);
                return;
            }
            ++requests;
            if (!path.contains("cursor="))
                TinyHttpServer::respond(socket, 200, "{\"items\":[" + auditItem(1) + "],\"next_cursor\":\"c1\"}");
            else if (path.contains("cursor=c1"))
                TinyHttpServer::respond(socket, 200, "{\"items\":[],\"next_cursor\":\"c2\"}");
            else
                TinyHttpServer::respond(socket, 200,
                                        "{\"items\":[" + auditItem(2) + "," + auditItem(3) + "],\"next_cursor\":null}");
        });
        QVERIFY(server.listen());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("id"), QStringLiteral("s")});
        std::unique_ptr<CursorPager> pager(client.auditPager(AuditQuery {}));
        const Walk w = walk(pager.get());
        QVERIFY(!w.error.isError());
        QCOMPARE(w.ids, QStringList({QStringLiteral("ev_1"), QStringLiteral("ev_2"), QStringLiteral("ev_3")}));
        QCOMPARE(w.pageSizes, QList<qsizetype>({1, 0, 2}));
        QVERIFY(requests >= 3); // Qt may resend a GET on a fresh connection
    }

    void repeatedCursorIsAnErrorNotALoop()
    {
        int requests = 0;
        TinyHttpServer server([&requests](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token")) {
                TinyHttpServer::token(socket);
                return;
            }
            ++requests;
            // c1 -> c2 -> c1 -> ...
            const QByteArray next = path.contains("cursor=c1") ? "c2" : "c1";
            TinyHttpServer::respond(socket, 200,
                                    "{\"items\":[" + auditItem(requests) + "],\"next_cursor\":\"" + next + "\"}");
        });
        QVERIFY(server.listen());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("id"), QStringLiteral("s")});
        std::unique_ptr<CursorPager> pager(client.auditPager(AuditQuery {}));
        const Walk w = walk(pager.get());
        QCOMPARE(w.error.kind, ApiError::Kind::Protocol);
        QVERIFY(w.error.message.contains(QStringLiteral("cursor")));
        QVERIFY(requests >= 3); // Qt may resend a GET on a fresh connection
        QCOMPARE(w.ids.size(), 3);
    }

    void pageErrorEndsTheWalk()
    {
        TinyHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            if (path.endsWith("/auth/token"))
                TinyHttpServer::token(socket);
            else if (!path.contains("cursor="))
                TinyHttpServer::respond(socket, 200, "{\"items\":[" + auditItem(1) + "],\"next_cursor\":\"bad\"}");
            else
                TinyHttpServer::respond(socket, 400, "{\"error\":\"unknown cursor\"}");
        });
        QVERIFY(server.listen());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {server.baseUrl(), QStringLiteral("id"), QStringLiteral("s")});
        std::unique_ptr<CursorPager> pager(client.auditPager(AuditQuery {}));
        const Walk w = walk(pager.get());
        QCOMPARE(w.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(w.error.message, QStringLiteral("unknown cursor"));
        QCOMPARE(w.ids.size(), 1);
    }

    void alertsPagerAndCancel()
    {
        SandboxOptions options;
        options.clock = &m_clock;
        options.seedAlerts = 120;
        options.seedAudit = 0;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.start());
        TenantClient client(&m_network, &m_clock,
                            ConnectionConfig {sandbox.baseUrl(), options.clientId, options.clientSecret});
        AlertQuery query;
        query.limit = 10;
        std::unique_ptr<CursorPager> pager(client.alertPager(query));
        int pages = 0;
        qsizetype alerts = 0;
        connect(pager.get(), &CursorPager::page, this, [&](const CursorPage &page) {
            alerts += page.alerts.size();
            if (++pages == 2)
                pager->cancel(); // a caller may stop streaming at any page
        });
        QSignalSpy finished(pager.get(), &CursorPager::finished);
        pager->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(pages, 2);
        QVERIFY(alerts > 0);
        QTest::qWait(50);
        QCOMPARE(pages, 2);
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
