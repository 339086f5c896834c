// The audit browser's table model at scale, with a QTableView shown (offscreen) on it as in
// the audit panel (fixed row height, sorting enabled, the panel's PlainTextDelegate and
// UniformRowHeader; the baselines keep Qt's standard delegate and header). Every measurement has its baseline in
// the same run and the ratio is printed at the end with the targets:
// * page insert: appendEvents() of a 200-event page into a model already holding N events,
//   in the server's order and sorted, GUI-thread time until the view has laid out and
//   painted (median and p99 over many pages); baseline: the same pages appended to a plain
//   QAbstractTableModel over QList<AuditEvent> (sorted: behind a QSortFilterProxyModel);
// * jump: scrollTo() a random row and repaint with 1,000,000 events; baseline: the same on
//   a 1,000-event model;
// * sort by every column with 1,000,000 events; baseline: std::stable_sort of an index
//   array by a precomputed key (and a QSortFilterProxyModel on 100,000 rows for scale);
// * memory: the anonymous resident memory (RssAnon) the process gains while the model
//   loads, per event (the verdict; the model's own bytesUsed() and the malloc heap growth
//   are printed beside it), against a QList<AuditEvent> holding the same events as the
//   client delivers them (with `raw`).
// Sizes: CALIB_BENCH_AUDIT_ROWS (default 1,000,000).
#include "audit/audittablemodel.h"
#include "bench/benchtiming.h"
#include "common/plaintextdelegate.h"
#include "common/uniformrowheader.h"
#include "services/auditquery.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUuid>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace calib;
using namespace calib::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 200;
constexpr int kPagesPerRun = 300;
qint64 g_rows = 1'000'000;

// ---- synthetic, realistic audit events (the contract's actions and fields) ----

class EventGenerator
{
public:
    explicit EventGenerator(quint64 seed)
        : m_rng(seed)
    { }

    AuditEvent next()
    {
        static const QStringList actors {u"qa-analyst-1"_s, u"qa-analyst-2"_s, u"qa-analyst-3"_s,
                                         u"supervisor"_s,   u"ci-pipeline"_s,  u"svc-calibration-bot"_s,
                                         u"j.moreau"_s,     u"priya.raman"_s};
        static const QStringList paths {u"sensitivity_level"_s,           u"alert_triggers[0].threshold"_s,
                                        u"alert_triggers[1].threshold"_s, u"alert_triggers[2].threshold"_s,
                                        u"polarity_matrix.negative"_s,    u"polarity_matrix.positive"_s,
                                        u"alert_triggers[0].directive"_s, u"interaction_ids[3]"_s};
        static const QList<int> rejected {400, 400, 400, 422, 429, 503};
        AuditEvent event;
        ++m_seq;
        event.id = u"evt_%1"_s.arg(m_seq);
        m_timeMs -= qint64(uniform() * 120'000.0) + 1; // newest first, as the server sends
        event.timestamp = QDateTime::fromMSecsSinceEpoch(m_timeMs, Qt::UTC);
        event.actor = actors.at(int(m_rng() % quint64(actors.size())));
        const double kind = uniform();
        if (kind < 0.55) {
            event.action = u"calibration.applied"_s;
            event.calibrationId = u"cal_%1"_s.arg(m_rng() & 0xffffffffU, 8, 16, QLatin1Char('0'));
            event.version = ++m_version;
            event.idempotencyKey = uuid();
            event.statusCode = 200;
            const int changes = 1 + int(m_rng() % 3);
            for (int i = 0; i < changes; ++i) {
                const QString path = paths.at(int(m_rng() % quint64(paths.size())));
                if (path.endsWith(u"directive"_s))
                    event.changes.insert(path, QJsonObject {{u"from"_s, u"notify"_s}, {u"to"_s, u"escalate"_s}});
                else if (path.startsWith(u"interaction_ids"_s))
                    event.changes.insert(
                        path,
                        QJsonObject {{u"from"_s, QJsonValue::Null}, {u"to"_s, u"int_%1"_s.arg(m_rng() % 100000)}});
                else
                    event.changes.insert(path,
                                         QJsonObject {{u"from"_s, double(m_rng() % 100) / 100.0},
                                                      {u"to"_s, double(m_rng() % 100) / 100.0}});
            }
        } else if (kind < 0.80) {
            event.action = u"calibration.rejected"_s;
            event.idempotencyKey = uuid();
            event.statusCode = rejected.at(int(m_rng() % quint64(rejected.size())));
        } else if (kind < 0.88) {
            event.action = u"reweight.started"_s;
            event.jobId = u"job_%1"_s.arg(++m_job, 6, 10, QLatin1Char('0'));
        } else if (kind < 0.95) {
            event.action = uniform() < 0.9 ? u"reweight.completed"_s : u"reweight.failed"_s;
            event.jobId = u"job_%1"_s.arg(std::max<qint64>(m_job, 1), 6, 10, QLatin1Char('0'));
        } else {
            event.action = uniform() < 0.6 ? u"webhook.registered"_s : u"webhook.deleted"_s;
        }
        return event;
    }

    QList<AuditEvent> page(int count)
    {
        QList<AuditEvent> events;
        events.reserve(count);
        for (int i = 0; i < count; ++i)
            events.append(next());
        return events;
    }

private:
    double uniform() { return double(m_rng() >> 11) * 0x1.0p-53; }
    QString uuid()
    {
        const quint64 a = m_rng();
        const quint64 b = m_rng();
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fffU) | 0x4000U),
                     uchar(0x80U | ((b >> 56) & 0x3fU)), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24),
                     uchar(b >> 16), uchar(b >> 8), uchar(b))
            .toString(QUuid::WithoutBraces);
    }

    std::mt19937_64 m_rng;
    qint64 m_seq = 0;
    qint64 m_timeMs = 1'790'000'000'000;
    qint64 m_version = 0;
    qint64 m_job = 0;
};

// ---- the baseline: a minimal model over QList<AuditEvent> ----

class PlainAuditModel final : public QAbstractTableModel
{
public:
    void append(const QList<AuditEvent> &events)
    {
        beginInsertRows({}, int(m_events.size()), int(m_events.size() + events.size()) - 1);
        m_events.append(events);
        endInsertRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_events.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : AuditTableModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const AuditEvent &e = m_events.at(index.row());
        switch (index.column()) {
        case AuditTableModel::Time: return e.timestamp.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case AuditTableModel::Actor: return e.actor;
        case AuditTableModel::Action: return e.action;
        case AuditTableModel::Version: return e.version ? QString::number(*e.version) : QString();
        case AuditTableModel::Job: return e.jobId;
        case AuditTableModel::IdempotencyKey: return e.idempotencyKey;
        case AuditTableModel::Status: return e.statusCode ? QString::number(*e.statusCode) : QString();
        case AuditTableModel::Changes: return auditChangesSummary(e.changes);
        default: return {};
        }
    }

private:
    QList<AuditEvent> m_events;
};

// ---- helpers ----

// As the audit panel sets up its view; `panelSetup` adds the panel's delegate and vertical
// header (the model under test), the baselines keep Qt's standard ones.
void configureView(QTableView &view, QAbstractItemModel *model, bool panelSetup)
{
    if (panelSetup)
        view.setVerticalHeader(new UniformRowHeader(&view));
    view.setModel(model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    if (panelSetup)
        view.setItemDelegate(new PlainTextDelegate(&view));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    view.resize(1200, 700);
    view.show();
    QApplication::processEvents();
}

qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Anonymous memory resident in RAM (heap and anonymous mappings; not code or files).
qint64 residentAnonBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Wall and CPU time of the GUI thread (the machine is shared: CPU time shows the work, wall
// time what a user would have waited on this machine).
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(threadCpuMs())
    {
        m_wall.start();
    }
    [[nodiscard]] double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    [[nodiscard]] double cpuMs() const { return threadCpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

std::map<std::string, Stats> g_results;
std::map<std::string, double> g_values;

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;

    // Records one measurement and gives it to the benchmark as the iteration's time.
    void add(benchmark::State &state, const Stopwatch &watch)
    {
        const double cpuMs = watch.cpuMs();
        const double wallMs = watch.wallMs();
        wall.push_back(wallMs);
        cpu.push_back(cpuMs);
        state.SetIterationTime(wallMs / 1000.0);
    }
    [[nodiscard]] Stats stats() const
    {
        return {quantile(wall, 0.5), quantile(wall, 0.99), quantile(cpu, 0.5), quantile(cpu, 0.99)};
    }
    void report(benchmark::State &state, const std::string &name) const
    {
        const Stats s = stats();
        state.counters["median_ms"] = s.median;
        state.counters["p99_ms"] = s.p99;
        state.counters["cpu_median_ms"] = s.cpuMedian;
        state.counters["cpu_p99_ms"] = s.cpuP99;
        g_results[name] = s;
    }
};

// ---- the big fixtures: one per size, kept across benchmarks ----

struct ModelFixture
{
    AuditTableModel model;
    QTableView view;
    EventGenerator generator {20260301};
    double bytesPerEvent = 0;
    double heapPerEvent = 0;
    double residentPerEvent = 0;
};

std::map<qint64, std::unique_ptr<ModelFixture>> g_models;

ModelFixture &modelWith(qint64 rows)
{
    auto &slot = g_models[rows];
    if (!slot) {
        slot = std::make_unique<ModelFixture>();
        malloc_trim(0); // what earlier benchmarks freed does not count
        const qint64 heapBefore = heapBytes();
        const qint64 residentBefore = residentAnonBytes();
        for (qint64 loaded = 0; loaded < rows; loaded += 10'000)
            slot->model.appendEvents(slot->generator.page(int(std::min<qint64>(10'000, rows - loaded))));
        if (rows > 0) {
            slot->bytesPerEvent = double(slot->model.bytesUsed()) / double(rows);
            slot->heapPerEvent = double(heapBytes() - heapBefore) / double(rows);
            malloc_trim(0); // the pages of events freed after each append go back
            slot->residentPerEvent = double(residentAnonBytes() - residentBefore) / double(rows);
        }
        configureView(slot->view, &slot->model, true);
    }
    return *slot;
}

struct PlainFixture
{
    PlainAuditModel model;
    QSortFilterProxyModel proxy;
    QTableView view;
    EventGenerator generator {20260301};
    bool sorted = false;
};

std::map<qint64, std::unique_ptr<PlainFixture>> g_plain;

PlainFixture &plainWith(qint64 rows, bool sorted)
{
    auto &slot = g_plain[rows * 2 + (sorted ? 1 : 0)];
    if (!slot) {
        slot = std::make_unique<PlainFixture>();
        for (qint64 loaded = 0; loaded < rows; loaded += 10'000)
            slot->model.append(slot->generator.page(int(std::min<qint64>(10'000, rows - loaded))));
        slot->sorted = sorted;
        if (sorted) {
            slot->proxy.setSourceModel(&slot->model);
            configureView(slot->view, &slot->proxy, false);
            slot->view.sortByColumn(AuditTableModel::Actor, Qt::AscendingOrder);
        } else {
            configureView(slot->view, &slot->model, false);
        }
        QApplication::processEvents();
    }
    return *slot;
}

std::string pageName(const char *what, qint64 rows, bool sorted)
{
    return std::string(what) + " N=" + std::to_string(rows) + (sorted ? " sorted by actor" : " server order");
}

// (a) page insert into the compact model.
void BM_PageInsert_Model(benchmark::State &state)
{
    const qint64 rows = state.range(0) * g_rows / 1'000'000;
    const bool sorted = state.range(1) != 0;
    ModelFixture &f = modelWith(rows);
    if (sorted)
        f.view.sortByColumn(AuditTableModel::Actor, Qt::AscendingOrder);
    else
        f.view.sortByColumn(-1, Qt::AscendingOrder);
    QApplication::processEvents();
    std::vector<QList<AuditEvent>> pages;
    for (int i = 0; i < kPagesPerRun; ++i)
        pages.push_back(f.generator.page(kPageSize));
    Samples samples;
    std::vector<double> appendOnly;
    size_t next = 0;
    for (auto _ : state) {
        const Stopwatch watch;
        f.model.appendEvents(pages[next++ % pages.size()]);
        appendOnly.push_back(watch.wallMs());
        QApplication::processEvents(); // the view's deferred layout and the repaint
        samples.add(state, watch);
    }
    samples.report(state, pageName("model", rows, sorted));
    state.counters["append_only_median_ms"] = quantile(appendOnly, 0.5);
    g_values[pageName("append only", rows, sorted)] = quantile(appendOnly, 0.5);
}

// (a) baseline: the same pages into a plain model (sorted: behind a QSortFilterProxyModel).
void BM_PageInsert_PlainBaseline(benchmark::State &state)
{
    const qint64 rows = state.range(0) * g_rows / 1'000'000;
    const bool sorted = state.range(1) != 0;
    PlainFixture &f = plainWith(rows, sorted);
    std::vector<QList<AuditEvent>> pages;
    for (int i = 0; i < kPagesPerRun; ++i)
        pages.push_back(f.generator.page(kPageSize));
    Samples samples;
    size_t next = 0;
    for (auto _ : state) {
        const Stopwatch watch;
        f.model.append(pages[next++ % pages.size()]);
        QApplication::processEvents();
        samples.add(state, watch);
    }
    samples.report(state, pageName("plain", rows, sorted));
    // The big plain models are not needed again: give their memory back.
    g_plain.erase(rows * 2 + (sorted ? 1 : 0));
}

// (b) scrollTo a random row and repaint.
void jump(benchmark::State &state, ModelFixture &f, const std::string &name)
{
    f.view.sortByColumn(int(state.range(1)), Qt::AscendingOrder);
    QApplication::processEvents();
    std::mt19937_64 rng(7);
    Samples samples;
    for (auto _ : state) {
        const int row = int(rng() % quint64(f.model.rowCount()));
        const Stopwatch watch;
        f.view.scrollTo(f.model.index(row, 0), QAbstractItemView::PositionAtCenter);
        f.view.viewport()->repaint();
        QApplication::processEvents();
        samples.add(state, watch);
    }
    samples.report(state, name);
    g_values[name + " rows"] = f.model.rowCount();
}

void BM_Jump_Model(benchmark::State &state)
{
    const qint64 rows = state.range(0) * g_rows / 1'000'000;
    jump(state, modelWith(rows), "jump N=" + std::to_string(rows) + " sort column " + std::to_string(state.range(1)));
}

void BM_Jump_SmallBaseline(benchmark::State &state)
{
    jump(state, modelWith(1000), "jump N=1000 sort column " + std::to_string(state.range(1)));
}

// (c) sort by a column (from the server's order), including the view's relayout + repaint.
void BM_Sort_Model(benchmark::State &state)
{
    const qint64 rows = state.range(0) * g_rows / 1'000'000;
    ModelFixture &f = modelWith(rows);
    const int column = int(state.range(1));
    Samples samples;
    std::vector<double> sortCall; // the model's sort and the view's synchronous reaction
    int i = 0;
    for (auto _ : state) {
        f.view.sortByColumn(-1, Qt::AscendingOrder);
        QApplication::processEvents();
        const Stopwatch watch;
        f.view.sortByColumn(column, (i++ % 2) ? Qt::DescendingOrder : Qt::AscendingOrder);
        sortCall.push_back(watch.cpuMs());
        QApplication::processEvents();
        samples.add(state, watch);
    }
    samples.report(state, "sort model column " + std::to_string(column));
    state.counters["sort_call_cpu_median_ms"] = quantile(sortCall, 0.5);
    g_values["sort rows"] = f.model.rowCount();
}

// (c) baseline: std::stable_sort of an index array by a precomputed key.
void BM_Sort_StableSortBaseline(benchmark::State &state)
{
    const qint64 rows = state.range(0) * g_rows / 1'000'000;
    ModelFixture &f = modelWith(rows);
    const int column = int(state.range(1));
    f.view.sortByColumn(-1, Qt::AscendingOrder);
    QApplication::processEvents();
    const int n = f.model.rowCount();
    const bool numeric
        = column == AuditTableModel::Time || column == AuditTableModel::Version || column == AuditTableModel::Status;
    std::vector<qint64> numbers;
    std::vector<std::string> strings;
    if (numeric) {
        numbers.resize(size_t(n));
        for (int r = 0; r < n; ++r) {
            const AuditEvent e = f.model.event(r);
            numbers[size_t(r)] = column == AuditTableModel::Time
                ? e.timestamp.toMSecsSinceEpoch()
                : (column == AuditTableModel::Version ? e.version.value_or(-1) : e.statusCode.value_or(0));
        }
    } else {
        strings.resize(size_t(n));
        for (int r = 0; r < n; ++r)
            strings[size_t(r)] = f.model.index(r, column).data().toString().toLower().toStdString();
    }
    Samples samples;
    for (auto _ : state) {
        std::vector<quint32> order(static_cast<size_t>(n));
        for (quint32 r = 0; r < quint32(n); ++r)
            order[r] = r;
        const Stopwatch watch;
        if (numeric)
            std::stable_sort(order.begin(), order.end(),
                             [&numbers](quint32 a, quint32 b) { return numbers[a] < numbers[b]; });
        else
            std::stable_sort(order.begin(), order.end(),
                             [&strings](quint32 a, quint32 b) { return strings[a] < strings[b]; });
        benchmark::DoNotOptimize(order.data());
        samples.add(state, watch);
    }
    samples.report(state, "sort baseline column " + std::to_string(column));
}

// (c) for scale: a QSortFilterProxyModel over the compact model, 100,000 rows.
void BM_Sort_ProxyModel100k(benchmark::State &state)
{
    ModelFixture &f = modelWith(100'000 * g_rows / 1'000'000);
    f.view.sortByColumn(-1, Qt::AscendingOrder);
    QApplication::processEvents();
    const int column = int(state.range(0));
    Samples samples;
    for (auto _ : state) {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&f.model);
        const Stopwatch watch;
        proxy.sort(column, Qt::AscendingOrder);
        samples.add(state, watch);
    }
    samples.report(state, "sort proxy 100k column " + std::to_string(column));
    g_values["proxy rows"] = f.model.rowCount();
}

// (d) memory per event against a QList<AuditEvent> holding the same events (measured on
// 100,000 events: the heap growth, `raw` filled in as the client's parser does).
void BM_Memory(benchmark::State &state)
{
    const qint64 rows = g_rows;
    ModelFixture &f = modelWith(rows);
    double listPerEvent = 0;
    double listNoRawPerEvent = 0;
    for (auto _ : state) {
        EventGenerator generator(99);
        const int n = 100'000;
        {
            const qint64 before = heapBytes();
            QList<AuditEvent> list;
            for (int i = 0; i < n; i += 10'000) {
                QList<AuditEvent> page = generator.page(10'000);
                for (AuditEvent &e : page)
                    e.raw = auditEventToJson(e);
                list.append(std::move(page));
            }
            listPerEvent = double(heapBytes() - before) / n;
        }
        {
            const qint64 before = heapBytes();
            QList<AuditEvent> list;
            for (int i = 0; i < n; i += 10'000)
                list.append(generator.page(10'000));
            listNoRawPerEvent = double(heapBytes() - before) / n;
        }
    }
    state.counters["model_bytes_per_event"] = f.bytesPerEvent;
    state.counters["model_heap_per_event"] = f.heapPerEvent;
    state.counters["model_resident_per_event"] = f.residentPerEvent;
    state.counters["list_bytes_per_event"] = listPerEvent;
    state.counters["list_no_raw_bytes_per_event"] = listNoRawPerEvent;
    g_values["model bytes/event"] = f.bytesPerEvent;
    g_values["model heap/event"] = f.heapPerEvent;
    g_values["model resident/event"] = f.residentPerEvent;
    g_values["list bytes/event"] = listPerEvent;
    g_values["list no raw bytes/event"] = listNoRawPerEvent;
}

void verdict(const std::string &what, double value, double limit, const char *unit)
{
    std::printf("%-62s %9.2f %s (target <= %g %s) %s\n", what.c_str(), value, unit, limit, unit,
                value <= limit ? "PASS" : "FAIL");
}

const char *columnName(int column)
{
    static const char *names[] = {"time", "actor", "action", "version", "job", "idempotency key", "status", "changes"};
    return column >= 0 && column < AuditTableModel::ColumnCount ? names[column] : "?";
}

void summary()
{
    const auto get = [](const std::string &name) {
        const auto it = g_results.find(name);
        return it == g_results.end() ? Stats {} : it->second;
    };
    std::printf("\n== page insert: 200 events, GUI-thread time until laid out and painted (wall / thread CPU) ==\n");
    for (qint64 base : {qint64(0), qint64(100'000), qint64(1'000'000)}) {
        const qint64 rows = base * g_rows / 1'000'000;
        for (bool sorted : {false, true}) {
            const Stats m = get(pageName("model", rows, sorted));
            const Stats p = get(pageName("plain", rows, sorted));
            if (m.median < 0)
                continue;
            std::printf("%s: model median %.2f / %.2f ms, p99 %.2f / %.2f ms (appendEvents alone %.2f ms) | plain%s "
                        "median %.2f / %.2f ms, p99 %.2f / %.2f ms | ratio median %.2fx p99 %.2fx (wall)\n",
                        pageName("insert", rows, sorted).c_str(), m.median, m.cpuMedian, m.p99, m.cpuP99,
                        g_values[pageName("append only", rows, sorted)], sorted ? "+proxy" : "", p.median, p.cpuMedian,
                        p.p99, p.cpuP99, p.median > 0 ? m.median / p.median : 0.0, p.p99 > 0 ? m.p99 / p.p99 : 0.0);
            verdict(pageName("  median wall", rows, sorted), m.median, 8, "ms");
            verdict(pageName("  p99 wall", rows, sorted), m.p99, 16, "ms");
            verdict(pageName("  median CPU", rows, sorted), m.cpuMedian, 8, "ms");
            verdict(pageName("  p99 CPU", rows, sorted), m.cpuP99, 16, "ms");
        }
    }
    std::printf("\n== jump to a random row + repaint (wall / thread CPU) ==\n");
    for (int column : {-1, int(AuditTableModel::Changes)}) {
        const std::string bigName = "jump N=" + std::to_string(g_rows) + " sort column " + std::to_string(column);
        const Stats big = get(bigName);
        const Stats small = get("jump N=1000 sort column " + std::to_string(column));
        if (big.median < 0)
            continue;
        std::printf("%s: %.0f rows median %.2f / %.2f ms, p99 %.2f / %.2f ms | 1000 rows median %.2f / %.2f ms, p99 "
                    "%.2f / %.2f ms | ratio median %.2fx\n",
                    column < 0 ? "server order" : "sorted by changes", g_values[bigName + " rows"], big.median,
                    big.cpuMedian, big.p99, big.cpuP99, small.median, small.cpuMedian, small.p99, small.cpuP99,
                    small.median > 0 ? big.median / small.median : 0.0);
        verdict("  jump p99 wall", big.p99, 16, "ms");
        verdict("  jump p99 CPU", big.cpuP99, 16, "ms");
    }
    std::printf("\n== sort by column, %.0f rows (model: sort + relayout + repaint; wall / thread CPU) ==\n",
                g_values["sort rows"]);
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        const Stats m = get("sort model column " + std::to_string(column));
        const Stats b = get("sort baseline column " + std::to_string(column));
        if (m.median < 0)
            continue;
        std::printf("%-16s model median %6.1f / %6.1f ms, worst %6.1f / %6.1f | std::stable_sort of indices by a "
                    "precomputed key %6.1f / %6.1f ms | ratio %.2fx (wall) %.2fx (CPU)\n",
                    columnName(column), m.median, m.cpuMedian, m.p99, m.cpuP99, b.median, b.cpuMedian,
                    b.median > 0 ? m.median / b.median : 0.0, b.cpuMedian > 0 ? m.cpuMedian / b.cpuMedian : 0.0);
        verdict(std::string("  sort by ") + columnName(column) + " (wall)", m.median, 150, "ms");
        verdict(std::string("  sort by ") + columnName(column) + " (CPU)", m.cpuMedian, 150, "ms");
    }
    for (int column : {int(AuditTableModel::Time), int(AuditTableModel::Actor)}) {
        const Stats p = get("sort proxy 100k column " + std::to_string(column));
        if (p.median >= 0)
            std::printf("QSortFilterProxyModel over the same model, %.0f rows, by %s: %.1f / %.1f ms\n",
                        g_values["proxy rows"], columnName(column), p.median, p.cpuMedian);
    }
    if (g_values.count("model bytes/event")) {
        std::printf("\n== memory ==\n");
        const double model = g_values["model bytes/event"];
        const double resident = g_values["model resident/event"];
        std::printf("model: resident (RssAnon) growth/N %.1f B, bytesUsed()/N %.1f B, malloc heap growth/N %.1f B "
                    "(mapped, slack included) | QList<AuditEvent> %.1f B/event (%.1f without "
                    "raw) | ratio %.2fx (%.2fx)\n",
                    resident, model, g_values["model heap/event"], g_values["list bytes/event"],
                    g_values["list no raw bytes/event"], resident / g_values["list bytes/event"],
                    resident / g_values["list no raw bytes/event"]);
        verdict("  model resident bytes per event", resident, 300, "B");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CALIB_BENCH_AUDIT_ROWS"))
        g_rows = std::max(10'000, qEnvironmentVariableIntValue("CALIB_BENCH_AUDIT_ROWS"));

    // Sizes are given per million and scaled by CALIB_BENCH_AUDIT_ROWS.
    benchmark::RegisterBenchmark("BM_Memory", BM_Memory)->Iterations(1)->Unit(benchmark::kMillisecond);
    for (qint64 n : {0, 100'000, 1'000'000}) {
        for (int sorted : {0, 1}) {
            benchmark::RegisterBenchmark("BM_PageInsert_Model", BM_PageInsert_Model)
                ->Args({n, sorted})
                ->Iterations(kPagesPerRun)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark("BM_PageInsert_PlainBaseline", BM_PageInsert_PlainBaseline)
                ->Args({n, sorted})
                ->Iterations(kPagesPerRun)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    for (int column : {-1, int(AuditTableModel::Changes)}) {
        benchmark::RegisterBenchmark("BM_Jump_Model", BM_Jump_Model)
            ->Args({1'000'000, column})
            ->Iterations(200)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_Jump_SmallBaseline", BM_Jump_SmallBaseline)
            ->Args({0, column})
            ->Iterations(200)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        benchmark::RegisterBenchmark("BM_Sort_Model", BM_Sort_Model)
            ->Args({1'000'000, column})
            ->Iterations(6)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_Sort_StableSortBaseline", BM_Sort_StableSortBaseline)
            ->Args({1'000'000, column})
            ->Iterations(3)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    for (int column : {int(AuditTableModel::Time), int(AuditTableModel::Actor)})
        benchmark::RegisterBenchmark("BM_Sort_ProxyModel100k", BM_Sort_ProxyModel100k)
            ->Arg(column)
            ->Iterations(2)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    summary();
    g_models.clear();
    g_plain.clear();
    return 0;
}
