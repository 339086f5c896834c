// The precision chart updated from 100,000 underlying points per curve (line, lower and
// upper Wilson bound) to screen: PrecisionChart::setCurves() (LTTB to maxPoints() and one
// replace() per series) and a synchronous repaint of the chart view, shown offscreen.
// Baseline in the same run: a bare QChartView with the same series whose points are
// replaced by the already-downsampled points (drawn the same way: no markers, no
// antialiasing, band thinned), and the same repaint. For scale, the same bare chart given
// all 100,000 points without downsampling. Target: <= 16 ms per update.
#include "bench/benchtiming.h"
#include "core/analytics/lttb.h"
#include "review/precisionchart.h"
#include "services/precisionseries.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace calib;
using namespace calib::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPoints = 100'000;
constexpr int kWidth = 1200;
constexpr int kHeight = 500;

std::map<std::string, Stats> g_results;
qsizetype g_maxPoints = 0;

// Wall and GUI-thread CPU time of one update, given to the benchmark as the iteration's time.
class Recorder
{
public:
    void start()
    {
        m_cpu = threadCpuMs();
        m_wall.start();
    }
    void stop(benchmark::State &state)
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e6;
        m_walls.push_back(wall);
        m_cpus.push_back(threadCpuMs() - m_cpu);
        state.SetIterationTime(wall / 1000.0);
    }
    void report(benchmark::State &state, const std::string &name) const
    {
        const Stats s {quantile(m_walls, 0.5), quantile(m_walls, 0.99), quantile(m_cpus, 0.5), quantile(m_cpus, 0.99)};
        state.counters["median_ms"] = s.median;
        state.counters["p99_ms"] = s.p99;
        state.counters["cpu_median_ms"] = s.cpuMedian;
        state.counters["cpu_p99_ms"] = s.cpuP99;
        g_results[name] = s;
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
    std::vector<double> m_walls;
    std::vector<double> m_cpus;
};

// Two data sets (so that every update changes the points): an hourly precision series with
// a slow wave, noise and its interval.
struct Curves
{
    QList<QPointF> line;
    QList<QPointF> lower;
    QList<QPointF> upper;
};

Curves makeCurves(int variant)
{
    Curves c;
    c.line.reserve(kPoints);
    c.lower.reserve(kPoints);
    c.upper.reserve(kPoints);
    const qint64 start = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    quint32 noise = 12345U + quint32(variant);
    for (int i = 0; i < kPoints; ++i) {
        noise = noise * 1664525U + 1013904223U;
        const double x = double(start + qint64(i) * 3600 * 1000);
        const double y
            = std::clamp(70.0 + 20.0 * std::sin(i / (700.0 + variant * 50)) + double(noise >> 28), 0.0, 100.0);
        const double half = 2.0 + double((noise >> 24) & 7U);
        c.line.append({x, y});
        c.lower.append({x, std::max(0.0, y - half)});
        c.upper.append({x, std::min(100.0, y + half)});
    }
    return c;
}

const std::vector<Curves> &data()
{
    static const std::vector<Curves> curves {makeCurves(0), makeCurves(1)};
    return curves;
}

// Real data over the same span first: the chart and its view exist and are shown, and the
// time axis covers the 100,000 points, as for the bare chart.
void prime(PrecisionChart &chart)
{
    QList<PrecisionSample> samples;
    for (int day = 0; day <= kPoints / 24 + 1; day += 10)
        samples.append(
            {Emotion::Anger, QDateTime(QDate(2015, 1, 1).addDays(day), QTime(10, 0), Qt::UTC), day % 3 != 0});
    chart.setData(precisionSeries(samples, PrecisionBucket::Day), {});
    QApplication::processEvents();
}

void BM_PrecisionChart_SetCurves100k(benchmark::State &state)
{
    PrecisionChart chart;
    chart.resize(kWidth, kHeight);
    chart.show();
    prime(chart);
    auto *view = chart.findChild<QChartView *>(u"precisionChartView"_s);
    g_maxPoints = chart.maxPoints();
    Recorder recorder;
    size_t i = 0;
    for (auto _ : state) {
        const Curves &c = data()[i++ % 2];
        recorder.start();
        chart.setCurves(Emotion::Anger, c.line, c.lower, c.upper);
        view->viewport()->repaint();
        QApplication::processEvents();
        recorder.stop(state);
    }
    recorder.report(state, "chart");
    state.counters["points_shown"] = double(chart.lineSeries(Emotion::Anger)->count());
}

// The same series structure in a bare QChartView.
struct BareChart
{
    QChartView view;
    QChart *chart = new QChart;
    QLineSeries *line = new QLineSeries;
    QLineSeries *lower = new QLineSeries;
    QLineSeries *upper = new QLineSeries;

    BareChart()
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *band = new QAreaSeries(upper, lower);
        chart->addSeries(band);
        chart->addSeries(line);
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        const Curves &c = data()[0];
        x->setRange(c.line.first().x(), c.line.last().x());
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(line)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        // Drawn as PrecisionChart draws a long series: no markers, no antialiasing.
        view.setChart(chart);
        view.setRenderHint(QPainter::Antialiasing, false);
        view.resize(kWidth, kHeight);
        view.show();
        QApplication::processEvents();
    }
};

void BM_Baseline_ReplaceDownsampled(benchmark::State &state)
{
    BareChart bare;
    const qsizetype target = g_maxPoints > 0 ? g_maxPoints : 2 * kWidth;
    std::vector<Curves> sampled;
    for (const Curves &c : data()) {
        // The band thinned as the chart thins it (an envelope of target / 2 points).
        BandEdges band = bandEnvelope(c.lower, c.upper, target / 2);
        sampled.push_back({lttb(c.line, target), std::move(band.lower), std::move(band.upper)});
    }
    Recorder recorder;
    size_t i = 0;
    for (auto _ : state) {
        const Curves &c = sampled[i++ % 2];
        recorder.start();
        bare.line->replace(c.line);
        bare.lower->replace(c.lower);
        bare.upper->replace(c.upper);
        bare.view.viewport()->repaint();
        QApplication::processEvents();
        recorder.stop(state);
    }
    recorder.report(state, "baseline");
    state.counters["points_shown"] = double(bare.line->count());
}

void BM_Reference_ReplaceAll100k(benchmark::State &state)
{
    BareChart bare;
    Recorder recorder;
    size_t i = 0;
    for (auto _ : state) {
        const Curves &c = data()[i++ % 2];
        recorder.start();
        bare.line->replace(c.line);
        bare.lower->replace(c.lower);
        bare.upper->replace(c.upper);
        bare.view.viewport()->repaint();
        QApplication::processEvents();
        recorder.stop(state);
    }
    recorder.report(state, "all points");
}

void summary()
{
    const auto get = [](const char *name) {
        const auto it = g_results.find(name);
        return it == g_results.end() ? Stats {} : it->second;
    };
    const Stats chart = get("chart");
    const Stats baseline = get("baseline");
    const Stats all = get("all points");
    std::printf("\n== precision chart, %d points per curve, %d x %d, maxPoints %lld (wall / thread CPU) ==\n", kPoints,
                kWidth, kHeight, static_cast<long long>(g_maxPoints));
    std::printf("PrecisionChart::setCurves + repaint: median %.2f / %.2f ms, p99 %.2f / %.2f ms\n", chart.median,
                chart.cpuMedian, chart.p99, chart.cpuP99);
    std::printf("baseline, replace() of the downsampled points + repaint: median %.2f / %.2f ms, p99 %.2f / %.2f ms\n",
                baseline.median, baseline.cpuMedian, baseline.p99, baseline.cpuP99);
    std::printf("reference, replace() of all %d points + repaint: median %.2f / %.2f ms\n", kPoints, all.median,
                all.cpuMedian);
    if (baseline.median > 0)
        std::printf("ratio chart / baseline: %.2fx (wall) %.2fx (CPU); LTTB and bookkeeping cost %.2f ms CPU\n",
                    chart.median / baseline.median, chart.cpuMedian / baseline.cpuMedian,
                    chart.cpuMedian - baseline.cpuMedian);
    for (const auto &[what, value] :
         {std::pair {"update median (wall)", chart.median}, std::pair {"update median (CPU)", chart.cpuMedian},
          std::pair {"update p99 (wall)", chart.p99}, std::pair {"update p99 (CPU)", chart.cpuP99}})
        std::printf("  %-40s %8.2f ms (target <= 16 ms) %s\n", what, value, value <= 16 ? "PASS" : "FAIL");
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    data(); // generated before any timing
    benchmark::RegisterBenchmark("BM_PrecisionChart_SetCurves100k", BM_PrecisionChart_SetCurves100k)
        ->Iterations(200)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Baseline_ReplaceDownsampled", BM_Baseline_ReplaceDownsampled)
        ->Iterations(200)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Reference_ReplaceAll100k", BM_Reference_ReplaceAll100k)
        ->Iterations(3)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    summary();
    return 0;
}
