// Verification pipeline over 1,000,000 short alert texts: the lexicon compiled once (the
// pipeline) against compiling the same QRegularExpression for every text (the baseline),
// measured in the same run. Prints the speed-up at the end; the target is >= 20x.
#include "core/verification.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>

using namespace calib;

namespace {

constexpr int textCount = 1'000'000;

const QList<QString> &texts()
{
    static const QList<QString> all = [] {
        static const QStringList words {
            QStringLiteral("the"),      QStringLiteral("customer"), QStringLiteral("says"),
            QStringLiteral("invoice"),  QStringLiteral("is"),       QStringLiteral("wrong"),
            QStringLiteral("again"),    QStringLiteral("slash"),    QStringLiteral("please"),
            QStringLiteral("cancel"),   QStringLiteral("my"),       QStringLiteral("account"),
            QStringLiteral("Billing"),  QStringLiteral("outage"),   QStringLiteral("REFUND"),
            QStringLiteral("latency,"), QStringLiteral("SLA!"),     QStringLiteral("\u00fcberweisung"),
        };
        QRandomGenerator rng(1234567);
        QList<QString> out;
        out.reserve(textCount);
        for (int i = 0; i < textCount; ++i) {
            const int length = 6 + int(rng.bounded(10));
            QString text;
            for (int w = 0; w < length; ++w) {
                if (w)
                    text += u' ';
                text += words.at(rng.bounded(int(words.size())));
            }
            out.append(text);
        }
        return out;
    }();
    return all;
}

// CPU time of this thread: the machine may be shared, so wall time would mostly measure
// the neighbours.
double cpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

double g_pipelineNsPerText = 0;
double g_baselineNsPerText = 0;
qsizetype g_sink = 0;

void BM_Pipeline_CompiledOnce(benchmark::State &state)
{
    const QList<QString> &all = texts();
    for (auto _ : state) {
        const double start = cpuNs();
        const VerificationPipeline pipeline; // compiles the lexicon once
        qsizetype passed = 0;
        for (const QString &text : all)
            passed += pipeline.verify({QStringLiteral("anger"), 0.9, text}).passed ? 1 : 0;
        g_pipelineNsPerText = (cpuNs() - start) / double(all.size());
        g_sink += passed;
        benchmark::DoNotOptimize(passed);
    }
    state.counters["ns_per_text"] = g_pipelineNsPerText;
    state.SetItemsProcessed(state.iterations() * all.size());
}

// The same matching work, but with the expression compiled for every text.
void BM_Baseline_CompilePerText(benchmark::State &state)
{
    const QList<QString> &all = texts();
    const Lexicon lexicon;
    const QString pattern = lexicon.pattern().pattern();
    const QRegularExpression::PatternOptions options = lexicon.pattern().patternOptions();
    for (auto _ : state) {
        const double start = cpuNs();
        qsizetype matched = 0;
        for (const QString &text : all) {
            const QRegularExpression perText(pattern, options);
            QRegularExpressionMatchIterator it = perText.globalMatch(text);
            QList<int> groups;
            while (it.hasNext()) {
                const int group = it.next().lastCapturedIndex();
                if (!groups.contains(group))
                    groups.append(group);
            }
            matched += groups.isEmpty() ? 0 : 1;
        }
        g_baselineNsPerText = (cpuNs() - start) / double(all.size());
        g_sink += matched;
        benchmark::DoNotOptimize(matched);
    }
    state.counters["ns_per_text"] = g_baselineNsPerText;
    state.SetItemsProcessed(state.iterations() * all.size());
}

} // namespace

// For reference: the lexical match alone, without the emotion check and the summary.
void BM_LexiconMatchOnly(benchmark::State &state)
{
    const QList<QString> &all = texts();
    const Lexicon lexicon;
    for (auto _ : state) {
        qsizetype matched = 0;
        for (const QString &text : all)
            matched += lexicon.match(text).size();
        benchmark::DoNotOptimize(matched);
    }
    state.SetItemsProcessed(state.iterations() * all.size());
}

BENCHMARK(BM_LexiconMatchOnly)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Pipeline_CompiledOnce)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Baseline_CompilePerText)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    (void)texts(); // build the input outside the timed runs
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_pipelineNsPerText > 0 && g_baselineNsPerText > 0) {
        const double ratio = g_baselineNsPerText / g_pipelineNsPerText;
        std::printf("verification over %d texts (thread CPU time): pipeline %.0f ns/text, compile-per-text baseline "
                    "%.0f ns/text, "
                    "speed-up %.1fx (target >= 20x) %s\n",
                    textCount, g_pipelineNsPerText, g_baselineNsPerText, ratio, ratio >= 20 ? "OK" : "BELOW TARGET");
    }
    return 0;
}
