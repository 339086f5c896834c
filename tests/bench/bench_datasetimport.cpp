// Import of a 1,000,000-row labelled CSV against reading the same file line by line
// without parsing, in the same run.
#include "core/analytics/datasetimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <random>
#include <string>

using namespace calib;

namespace {

constexpr int rows = 1'000'000;

const QString &csvPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("labelled-1m.csv"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            std::abort();
        const char *emotions[] = {"anger", "frustration", "satisfaction", "confusion"};
        const char *directives[] = {"block", "notify", "escalate", "log"};
        const char *texts[] = {"\"I want to cancel, now\"", "still not working", "\"He said \"\"never again\"\"\"",
                               "\"thanks, that fixed it\"", "\"which button, exactly?\""};
        std::mt19937_64 rng(99);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        QByteArray buffer = "interaction_id,emotion,confidence,label,timestamp,text,directive\n";
        char line[256];
        for (int i = 0; i < rows; ++i) {
            const double score = uniform(rng);
            const int n = std::snprintf(line, sizeof line, "int-%07d,%s,%.6f,%s,2024-05-%02dT%02d:%02d:%02dZ,%s,%s\n",
                                        i, emotions[i % 4], score, uniform(rng) < score ? "true" : "false", 1 + i % 28,
                                        i % 24, i % 60, (i * 7) % 60, i % 2 ? texts[i % 5] : "", directives[i % 4]);
            buffer.append(line, n);
            if (buffer.size() > (1 << 20)) {
                out.write(buffer);
                buffer.clear();
            }
        }
        out.write(buffer);
        return file;
    }();
    return path;
}

void BM_ReadLines_1M_Baseline(benchmark::State &state)
{
    const QString path = csvPath();
    qint64 lines = 0;
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        char line[4096];
        lines = 0;
        while (file.readLine(line, sizeof line) > 0)
            ++lines;
        benchmark::DoNotOptimize(lines);
    }
    state.counters["lines"] = double(lines);
}

void BM_ImportCsv_1M(benchmark::State &state)
{
    const QString path = csvPath();
    qint64 imported = 0;
    for (auto _ : state) {
        const ImportResult result = importDatasetFile(path);
        imported = result.rowsImported;
        if (result.errorCount != 0 || !result.ok()) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(result.fatalError), qPrintable(result.errorSummary()));
            state.SkipWithError("import reported errors");
        }
    }
    state.counters["rows"] = double(imported);
}

BENCHMARK(BM_ReadLines_1M_Baseline)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ImportCsv_1M)->Unit(benchmark::kMillisecond)->Iterations(5);

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

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    csvPath(); // write the file before timing anything
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const double baseline = reporter.ms["BM_ReadLines_1M_Baseline/iterations:5"];
    const double import = reporter.ms["BM_ImportCsv_1M/iterations:5"];
    std::printf("\nfile: %lld bytes\n", static_cast<long long>(QFile(csvPath()).size()));
    if (import > 0) {
        std::printf("%-55s %10.4f s (target <= 1.5 s) %s\n", "import 1,000,000-row CSV", import / 1000.0,
                    import <= 1500.0 ? "PASS" : "FAIL");
    }
    if (import > 0 && baseline > 0)
        std::printf("ratio import / line-by-line read without parsing: %.2f x (baseline %.1f ms)\n", import / baseline,
                    baseline);
    return 0;
}
