// Walks a large audit trail through the tenant client's CursorPager against an in-process
// sandbox over loopback, and the same pages with raw QNetworkAccessManager GETs (token
// attached, cursor read with QJsonDocument) as the baseline. Prints the ratio and the
// client's overhead per page. Size: CALIB_BENCH_AUDIT_EVENTS (default 1,000,000).
#include "api/apicall.h"
#include "api/cursorpager.h"
#include "api/responseparser.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "core/wirejson.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace calib;

namespace {

constexpr int kPageLimit = 200;

struct Fixture
{
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    qint64 events = 0;
    double seedSeconds = 0;
    double pagerSeconds = 0;
    double rawSeconds = 0;
    qint64 pagerItems = 0;
    qint64 rawItems = 0;
    int pages = 0;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

ConnectionConfig config()
{
    const SandboxOptions &o = fixture().sandbox->options();
    return ConnectionConfig {fixture().sandbox->baseUrl(), o.clientId, o.clientSecret};
}

void BM_PagerWalk(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        TenantClient client(f.network.get(), Clock::system(), config());
        AuditQuery query;
        query.limit = kPageLimit;
        std::unique_ptr<CursorPager> pager(client.auditPager(query));
        qint64 items = 0;
        QObject::connect(pager.get(), &CursorPager::page, pager.get(),
                         [&items](const CursorPage &page) { items += page.size(); });
        QSignalSpy finished(pager.get(), &CursorPager::finished);
        QElapsedTimer timer;
        timer.start();
        pager->start();
        if (!finished.wait(600'000) || finished.first().first().value<ApiError>().isError()) {
            state.SkipWithError("the pager walk failed");
            return;
        }
        f.pagerSeconds = double(timer.nsecsElapsed()) / 1e9;
        f.pagerItems = items;
        f.pages = pager->pageCount();
        state.counters["items"] = double(items);
        state.counters["pages"] = pager->pageCount();
    }
}

// A bearer token for the raw GETs, requested with QNetworkAccessManager directly.
QByteArray rawToken()
{
    Fixture &f = fixture();
    QNetworkRequest request(QUrl(f.sandbox->baseUrl().toString() + QStringLiteral("/auth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const SandboxOptions &o = f.sandbox->options();
    std::unique_ptr<QNetworkReply> reply(
        f.network->post(request,
                        "grant_type=client_credentials&client_id=" + o.clientId.toUtf8()
                            + "&client_secret=" + o.clientSecret.toUtf8() + "&scope=audit:read"));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    done.wait(10'000);
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toUtf8();
}

void BM_RawNetworkAccessManager(benchmark::State &state)
{
    Fixture &f = fixture();
    const QUrl base = f.sandbox->baseUrl();
    for (auto _ : state) {
        const QByteArray token = rawToken(); // not timed

        qint64 items = 0;
        QString cursor;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            QUrl url(base.toString() + QStringLiteral("/audit/sentiment/calibration"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = f.network->get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !done.wait(60'000)) {
                state.SkipWithError("a raw GET timed out");
                return;
            }
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            items += page.value(QStringLiteral("items")).toArray().size();
            const QJsonValue next = page.value(QStringLiteral("next_cursor"));
            if (!next.isString())
                break;
            cursor = next.toString();
        }
        f.rawSeconds = double(timer.nsecsElapsed()) / 1e9;
        f.rawItems = items;
        state.counters["items"] = double(items);
    }
}

// One 200-event page as the sandbox sends it, for the parse benchmarks.
QByteArray firstPageBody()
{
    Fixture &f = fixture();
    const QUrl base = f.sandbox->baseUrl();
    const QByteArray token = rawToken();
    QUrl url(base.toString() + QStringLiteral("/audit/sentiment/calibration"));
    url.setQuery(QStringLiteral("limit=%1").arg(kPageLimit));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(f.network->get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    done.wait(10'000);
    return reply->readAll();
}

// The client's strict, typed parse of one page (what runs on the worker thread)...
void BM_ParseAuditPage(benchmark::State &state)
{
    const QByteArray body = firstPageBody();
    for (auto _ : state) {
        const auto parsed = ResponseParser::auditPage(body);
        if (!parsed.ok() || parsed.value->auditEvents.size() != kPageLimit) {
            state.SkipWithError("the page did not parse");
            return;
        }
        benchmark::DoNotOptimize(parsed.value->auditEvents.constData());
    }
    state.counters["bytes"] = double(body.size());
}

// The strict JSON reader alone (the first half of the typed parse).
void BM_StrictJsonPage(benchmark::State &state)
{
    const QByteArray body = firstPageBody();
    for (auto _ : state) {
        const ParseResult<QJsonValue> parsed = parseStrictJson(body);
        benchmark::DoNotOptimize(parsed.ok());
    }
}

// ... against QJsonDocument reading the same page (no checks, no types): the baseline.
void BM_JsonDocumentPage(benchmark::State &state)
{
    const QByteArray body = firstPageBody();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        benchmark::DoNotOptimize(document.object().value(QStringLiteral("items")).toArray().size());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Fixture &f = fixture();
    f.events = qEnvironmentVariableIsSet("CALIB_BENCH_AUDIT_EVENTS")
        ? qEnvironmentVariableIntValue("CALIB_BENCH_AUDIT_EVENTS")
        : 1'000'000;
    SandboxOptions options;
    options.seedAudit = int(f.events);
    options.seedAlerts = 0;
    options.otherRateLimit = 1'000'000'000; // the benchmark measures the client, not the limiter
    QElapsedTimer seed;
    seed.start();
    f.sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    if (!f.sandbox->start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    f.seedSeconds = double(seed.nsecsElapsed()) / 1e9;
    f.network = std::make_unique<QNetworkAccessManager>();

    benchmark::RegisterBenchmark("BM_ParseAuditPage", BM_ParseAuditPage)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_StrictJsonPage", BM_StrictJsonPage)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_JsonDocumentPage", BM_JsonDocumentPage)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_PagerWalk", BM_PagerWalk)->Iterations(1)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_RawNetworkAccessManager", BM_RawNetworkAccessManager)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    std::printf("sandbox seeded %lld audit events in %.2f s\n", static_cast<long long>(f.events), f.seedSeconds);
    std::printf("pager: %lld items, %d pages in %.2f s (budget 10 s: %s)\n", static_cast<long long>(f.pagerItems),
                f.pages, f.pagerSeconds, f.pagerSeconds <= 10.0 ? "met" : "MISSED");
    std::printf("raw QNetworkAccessManager: %lld items in %.2f s\n", static_cast<long long>(f.rawItems), f.rawSeconds);
    if (f.rawSeconds > 0 && f.pages > 0)
        std::printf("ratio pager/raw: %.2f; client overhead per page: %.3f ms\n", f.pagerSeconds / f.rawSeconds,
                    (f.pagerSeconds - f.rawSeconds) * 1000.0 / f.pages);
    f.network.reset();
    f.sandbox.reset();
    return 0;
}
