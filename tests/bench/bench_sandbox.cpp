// Sandbox throughput and latency, each with a baseline measured in the same run:
//  * small requests per second on one keep-alive connection, vs. a bare QTcpServer that
//    answers every request with the same bytes (the cost of the socket round trip alone);
//  * p99 latency of a 200-item audit page, vs. the same bytes from the bare server;
//  * walking 1,000,000 audit events page by page, vs. as many bare round trips.
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>

using namespace calib;

namespace {

// Runs an object's lifetime on its own thread so the blocking client below can talk to it.
class ServerThread
{
public:
    explicit ServerThread(SandboxOptions options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, options]() {
                m_server = new SandboxServer(options);
                m_server->start();
                m_port = m_server->port();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject m_context;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};

// A bare keep-alive server that answers each request (headers only) with fixed bytes.
class EchoThread
{
public:
    explicit EchoThread(QByteArray response)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, response]() {
                m_server = new QTcpServer;
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this, response]() {
                    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                        auto buffer = std::make_shared<QByteArray>();
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, response]() {
                            *buffer += socket->readAll();
                            qsizetype end = 0;
                            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                                buffer->remove(0, end + 4);
                                socket->write(response);
                            }
                        });
                    }
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~EchoThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject m_context;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
};

// One keep-alive connection with blocking reads (this thread has no event loop to serve).
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    // Returns the raw response (headers + body).
    QByteArray roundTrip(const QByteArray &request)
    {
        m_socket.write(request);
        QByteArray data;
        qsizetype headerEnd = -1;
        qint64 length = -1;
        for (;;) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(5000))
                return data;
            data += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
                const qsizetype at = data.toLower().indexOf("content-length:");
                length = at >= 0 ? data.mid(at + 15, data.indexOf('\r', at) - at - 15).trimmed().toLongLong() : 0;
            }
            if (headerEnd >= 0 && data.size() >= headerEnd + 4 + length)
                return data;
        }
    }
    static QByteArray body(const QByteArray &response) { return response.mid(response.indexOf("\r\n\r\n") + 4); }

private:
    QTcpSocket m_socket;
};

QByteArray token(Client &client)
{
    const QByteArray form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret";
    const QByteArray response = client.roundTrip(
        "POST /api/v1/auth/token HTTP/1.1\r\nHost: b\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: "
        + QByteArray::number(form.size()) + "\r\n\r\n" + form);
    return QJsonDocument::fromJson(Client::body(response))
        .object()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

QByteArray get(const QByteArray &target, const QByteArray &bearer)
{
    return "GET " + target + " HTTP/1.1\r\nHost: b\r\nAuthorization: Bearer " + bearer + "\r\n\r\n";
}

SandboxOptions benchOptions(int audit)
{
    SandboxOptions options;
    options.seedAudit = audit;
    options.seedAlerts = 100;
    options.otherRateLimit = 0; // unlimited
    options.tickIntervalMs = 1000;
    return options;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

void BM_SmallRequestsKeepAlive(benchmark::State &state)
{
    ServerThread server(benchOptions(10));
    Client client(server.port());
    const QByteArray request = get("/api/v1/agentassist/sentiment/calibration", token(client));
    const QByteArray sample = client.roundTrip(request);
    for (auto _ : state)
        benchmark::DoNotOptimize(client.roundTrip(request));
    state.counters["req_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.SetLabel(sample.left(12).toStdString());
}

void BM_SmallRequestsKeepAliveBaseline(benchmark::State &state)
{
    ServerThread source(benchOptions(10));
    Client sourceClient(source.port());
    const QByteArray sample
        = sourceClient.roundTrip(get("/api/v1/agentassist/sentiment/calibration", token(sourceClient)));
    EchoThread echo(sample);
    Client client(echo.port());
    const QByteArray request = get("/api/v1/agentassist/sentiment/calibration", "x");
    for (auto _ : state)
        benchmark::DoNotOptimize(client.roundTrip(request));
    state.counters["req_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void auditPageLatency(benchmark::State &state, bool baseline)
{
    ServerThread server(benchOptions(100000));
    Client sandboxClient(server.port());
    const QByteArray bearer = token(sandboxClient);
    const QByteArray first = sandboxClient.roundTrip(get("/api/v1/audit/sentiment/calibration?limit=200", bearer));
    std::unique_ptr<EchoThread> echo;
    std::unique_ptr<Client> echoClient;
    if (baseline) {
        echo = std::make_unique<EchoThread>(first);
        echoClient = std::make_unique<Client>(echo->port());
    }
    std::vector<double> latencies;
    QByteArray cursor;
    for (auto _ : state) {
        QByteArray target = "/api/v1/audit/sentiment/calibration?limit=200";
        if (!cursor.isEmpty())
            target += "&cursor=" + cursor;
        const auto start = std::chrono::steady_clock::now();
        const QByteArray response
            = baseline ? echoClient->roundTrip(get(target, bearer)) : sandboxClient.roundTrip(get(target, bearer));
        latencies.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!baseline) {
            const QJsonValue next
                = QJsonDocument::fromJson(Client::body(response)).object().value(QStringLiteral("next_cursor"));
            cursor = next.isString() ? next.toString().toLatin1() : QByteArray();
        }
    }
    state.counters["p50_ms"] = percentile(latencies, 0.50);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
    state.counters["page_bytes"] = double(first.size());
}

void BM_AuditPage200(benchmark::State &state)
{
    auditPageLatency(state, false);
}
void BM_AuditPage200Baseline(benchmark::State &state)
{
    auditPageLatency(state, true);
}

void BM_WalkMillionAuditEvents(benchmark::State &state)
{
    ServerThread server(benchOptions(1000000));
    Client client(server.port());
    const QByteArray bearer = token(client);
    qint64 items = 0;
    qint64 pages = 0;
    for (auto _ : state) {
        items = 0;
        pages = 0;
        QByteArray cursor;
        for (;;) {
            QByteArray target = "/api/v1/audit/sentiment/calibration?limit=200";
            if (!cursor.isEmpty())
                target += "&cursor=" + cursor;
            const QByteArray body = Client::body(client.roundTrip(get(target, bearer)));
            // Count items without a full parse: every event has exactly one "action" key.
            items += body.count("\"action\":");
            ++pages;
            const qsizetype at = body.indexOf("\"next_cursor\":\"");
            if (at < 0)
                break;
            cursor = body.mid(at + 15, body.indexOf('"', at + 15) - at - 15);
        }
    }
    state.counters["events"] = double(items);
    state.counters["pages"] = double(pages);
}

void BM_WalkMillionAuditEventsBaseline(benchmark::State &state)
{
    ServerThread source(benchOptions(1000));
    Client sourceClient(source.port());
    const QByteArray page
        = sourceClient.roundTrip(get("/api/v1/audit/sentiment/calibration?limit=200", token(sourceClient)));
    EchoThread echo(page);
    Client client(echo.port());
    const qint64 pages = 1000000 / 200 * 6 / 5; // about as many pages as the sandbox walk (some are short)
    for (auto _ : state) {
        for (qint64 i = 0; i < pages; ++i)
            benchmark::DoNotOptimize(
                client.roundTrip(get("/api/v1/audit/sentiment/calibration?limit=200&cursor=x", "x")));
    }
    state.counters["pages"] = double(pages);
}

// Prints sandbox/baseline ratios after the run.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const std::string name = run.benchmark_name();
            m_results[name] = run;
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto find = [this](const std::string &prefix) -> const Run * {
            for (const auto &[name, run] : m_results) {
                if (name.rfind(prefix, 0) == 0 && name.find("Baseline") == std::string::npos)
                    return &run;
            }
            return nullptr;
        };
        const auto findBaseline = [this](const std::string &prefix) -> const Run * {
            for (const auto &[name, run] : m_results) {
                if (name.rfind(prefix + "Baseline", 0) == 0)
                    return &run;
            }
            return nullptr;
        };
        const auto counter = [](const Run *run, const char *key) {
            const auto it = run->counters.find(key);
            return it == run->counters.end() ? 0.0 : double(it->second);
        };
        if (const Run *s = find("BM_SmallRequestsKeepAlive"); s && findBaseline("BM_SmallRequestsKeepAlive")) {
            const Run *b = findBaseline("BM_SmallRequestsKeepAlive");
            std::printf("RATIO small requests: sandbox %.0f req/s, bare socket %.0f req/s, sandbox/baseline %.2f "
                        "(target >= 3000 req/s)\n",
                        counter(s, "req_per_s"), counter(b, "req_per_s"),
                        counter(s, "req_per_s") / counter(b, "req_per_s"));
        }
        if (const Run *s = find("BM_AuditPage200"); s && findBaseline("BM_AuditPage200")) {
            const Run *b = findBaseline("BM_AuditPage200");
            std::printf("RATIO 200-item audit page p99: sandbox %.3f ms, bare socket %.3f ms, sandbox/baseline %.2f "
                        "(target <= 5 ms)\n",
                        counter(s, "p99_ms"), counter(b, "p99_ms"), counter(s, "p99_ms") / counter(b, "p99_ms"));
        }
        if (const Run *s = find("BM_WalkMillionAuditEvents"); s && findBaseline("BM_WalkMillionAuditEvents")) {
            const Run *b = findBaseline("BM_WalkMillionAuditEvents");
            const double sandboxS = s->GetAdjustedRealTime() / 1e3;
            const double baseS = b->GetAdjustedRealTime() / 1e3;
            std::printf(
                "RATIO walk 1,000,000 audit events: sandbox %.2f s (%.0f events, %.0f pages), bare socket %.2f s, "
                "sandbox/baseline %.2f (target <= 10 s)\n",
                sandboxS, counter(s, "events"), counter(s, "pages"), baseS, sandboxS / baseS);
        }
        std::fflush(stdout);
    }

private:
    std::map<std::string, Run> m_results;
};

} // namespace

BENCHMARK(BM_SmallRequestsKeepAlive)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_SmallRequestsKeepAliveBaseline)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_AuditPage200)->Iterations(2000)->UseRealTime();
BENCHMARK(BM_AuditPage200Baseline)->Iterations(2000)->UseRealTime();
BENCHMARK(BM_WalkMillionAuditEvents)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_WalkMillionAuditEventsBaseline)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
