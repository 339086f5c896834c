// Threshold sweep over 10,000,000 rows: the engine (radix sort, histogram fast path,
// binary-search queries) against the stable comparison-sort reference, in the same run.
#include "core/analytics/largeallocator.h"
#include "core/analytics/thresholdcurve.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace calib;

namespace {

constexpr std::size_t rows = 10'000'000;

struct Data
{
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
};

Data makeData(int decimals)
{
    std::mt19937_64 rng(20240501);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Data d;
    d.scores.resize(rows);
    d.labels.resize(rows);
    const double scale = decimals > 0 ? std::pow(10.0, decimals) : 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        double s = uniform(rng);
        if (decimals > 0)
            s = std::round(s * scale) / scale;
        d.scores[i] = s;
        d.labels[i] = uniform(rng) < s ? 1 : 0; // higher scores are more often right
    }
    return d;
}

const Data &fullPrecision()
{
    static const Data d = makeData(0);
    return d;
}

const Data &quantised4()
{
    static const Data d = makeData(4);
    return d;
}

// The reference: stable sort by score descending, cumulative sums at distinct scores.
std::size_t referenceSweep(const Data &d, std::vector<double> &thresholds, std::vector<std::uint32_t> &tps,
                           std::vector<std::uint32_t> &fps)
{
    struct Row
    {
        double score;
        std::uint8_t label;
    };
    // Same memory as the engine (huge-page backed); std::stable_sort's own buffer is its own.
    LargeVector<Row> sorted(d.scores.size());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        sorted[i] = {d.scores[i], d.labels[i]};
    std::stable_sort(sorted.begin(), sorted.end(), [](const Row &a, const Row &b) { return a.score > b.score; });
    thresholds.clear();
    tps.clear();
    fps.clear();
    std::uint32_t tp = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        tp += sorted[i].label;
        if (i + 1 == sorted.size() || sorted[i + 1].score != sorted[i].score) {
            thresholds.push_back(sorted[i].score);
            tps.push_back(tp);
            fps.push_back(std::uint32_t(i + 1) - tp);
        }
    }
    return thresholds.size();
}

void BM_Sweep10M_StableSortReference(benchmark::State &state)
{
    const Data &d = fullPrecision();
    std::vector<double> thresholds;
    std::vector<std::uint32_t> tps;
    std::vector<std::uint32_t> fps;
    for (auto _ : state)
        benchmark::DoNotOptimize(referenceSweep(d, thresholds, tps, fps));
    state.counters["distinct"] = double(thresholds.size());
}

void BM_Sweep10M_FullPrecision(benchmark::State &state)
{
    const Data &d = fullPrecision();
    qsizetype distinct = 0;
    for (auto _ : state) {
        const ThresholdCurve curve = ThresholdCurve::compute(d.scores, d.labels);
        distinct = curve.size();
        benchmark::DoNotOptimize(distinct);
    }
    state.counters["distinct"] = double(distinct);
}

void BM_Sweep10M_Quantised4(benchmark::State &state)
{
    const Data &d = quantised4();
    bool histogram = false;
    for (auto _ : state) {
        const ThresholdCurve curve = ThresholdCurve::compute(d.scores, d.labels);
        histogram = curve.usedHistogram();
        benchmark::DoNotOptimize(histogram);
    }
    state.counters["histogram"] = histogram ? 1 : 0;
}

void BM_Query_AfterPrecompute(benchmark::State &state)
{
    static const ThresholdCurve curve = ThresholdCurve::compute(fullPrecision().scores, fullPrecision().labels);
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> probes(4096);
    for (double &p : probes)
        p = uniform(rng);
    std::size_t i = 0;
    for (auto _ : state) {
        const SweepPoint p = curve.query(probes[i++ & 4095]);
        benchmark::DoNotOptimize(p);
    }
}

BENCHMARK(BM_Sweep10M_StableSortReference)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Sweep10M_FullPrecision)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_Sweep10M_Quantised4)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_Query_AfterPrecompute)->Unit(benchmark::kMillisecond);

// Keeps the mean real time of every benchmark (ms) to print the ratios and targets.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, double> ms;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration)
                ms[run.benchmark_name()] = run.GetAdjustedRealTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

void verdict(const char *what, double value, double limit, const char *unit)
{
    std::printf("%-55s %10.4f %s (target <= %g %s) %s\n", what, value, unit, limit, unit,
                value <= limit ? "PASS" : "FAIL");
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    auto get = [&](const char *name) {
        const auto it = reporter.ms.find(name);
        return it == reporter.ms.end() ? -1.0 : it->second;
    };
    const double reference = get("BM_Sweep10M_StableSortReference/iterations:3");
    const double engine = get("BM_Sweep10M_FullPrecision/iterations:5");
    const double quantised = get("BM_Sweep10M_Quantised4/iterations:10");
    const double query = get("BM_Query_AfterPrecompute");
    std::printf("\n");
    if (engine > 0)
        verdict("sweep 10M full-precision scores", engine / 1000.0, 1.0, "s");
    if (engine > 0 && reference > 0) {
        std::printf("stable_sort reference: %.1f ms, engine: %.1f ms\n", reference, engine);
        verdict("ratio engine / stable_sort reference", engine / reference, 0.35, "x");
    }
    if (quantised > 0)
        verdict("sweep 10M scores quantised to 4 decimals", quantised, 100.0, "ms");
    if (query > 0)
        verdict("threshold query after precompute", query, 1.0, "ms");
    return 0;
}
