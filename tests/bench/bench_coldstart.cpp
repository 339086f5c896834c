// Cold start to the first painted main window, a fresh process per run:
//  * baseline: coldstart_baseline, a bare QMainWindow with a menu bar and a status bar;
//  * workbench: calibration-workbench --exit-after-first-paint, which starts as on a first
//    start (no settings, no local database yet, the built-in sandbox as the connection).
// Both run offscreen (QT_QPA_PLATFORM=offscreen) with the same environment and their own
// throw-away HOME and XDG directories, alternating which goes first. "First painted" is
// defined once, in ui/common/firstpaintprobe.h: the end of the event-loop turn in which
// the main window got its first paint event (the first frame painted and flushed). Each
// child prints the steady clock at that moment; the time is measured from just before
// posix_spawn, so process creation, dynamic linking and static initialisation count.
//
// Reports the medians of both, their ratio (target: workbench <= 1.4x baseline), and, from a
// third run per iteration (--exit-after-first-data), the time until the calibration in force
// is shown with the workbench's own start-up phases (main.cpp's StartupTrace). Runs: CALIB_BENCH_COLDSTART_RUNS
// (default 20 pairs, after 2 warm-up pairs). Executables: CALIB_BENCH_BASELINE_EXE and
// CALIB_BENCH_WORKBENCH_EXE override the ones built alongside.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char **environ;

namespace {

constexpr double kTargetRatio = 1.4;

struct Program
{
    std::string path;
    std::vector<std::string> args;
};

struct RunResult
{
    bool ok = false;
    double paintMs = 0; // spawn -> first painted frame
    double dataMs = 0; // spawn -> calibration in force shown (--exit-after-first-data)
    double inMainMs = 0; // top of main() -> first painted frame, as the child measured it
    std::vector<std::pair<std::string, double>> phases; // the workbench's, in order
    std::string error;
};

std::string envOr(const char *name, const char *fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? std::string(value) : std::string(fallback);
}

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The parent's environment with HOME, the XDG directories and the platform replaced.
std::vector<std::string> childEnvironment(const QString &home)
{
    static const char *const replaced[] = {"HOME=",           "XDG_CONFIG_HOME=", "XDG_DATA_HOME=",  "XDG_CACHE_HOME=",
                                           "XDG_STATE_HOME=", "XDG_RUNTIME_DIR=", "QT_QPA_PLATFORM="};
    std::vector<std::string> env;
    for (char **entry = environ; *entry; ++entry) {
        const bool skip = std::any_of(std::begin(replaced), std::end(replaced), [entry](const char *prefix) {
            return std::strncmp(*entry, prefix, std::strlen(prefix)) == 0;
        });
        if (!skip)
            env.emplace_back(*entry);
    }
    const QDir dir(home);
    for (const char *sub : {"config", "data", "cache", "state", "runtime"})
        dir.mkpath(QString::fromLatin1(sub));
    ::chmod(dir.filePath(QStringLiteral("runtime")).toLocal8Bit().constData(), 0700);
    const std::string root = home.toStdString();
    env.push_back("HOME=" + root);
    env.push_back("XDG_CONFIG_HOME=" + root + "/config");
    env.push_back("XDG_DATA_HOME=" + root + "/data");
    env.push_back("XDG_CACHE_HOME=" + root + "/cache");
    env.push_back("XDG_STATE_HOME=" + root + "/state");
    env.push_back("XDG_RUNTIME_DIR=" + root + "/runtime");
    env.emplace_back("QT_QPA_PLATFORM=offscreen");
    return env;
}

void parseOutput(const std::string &output, qint64 spawnedAtNs, RunResult &result)
{
    size_t start = 0;
    bool painted = false;
    while (start < output.size()) {
        size_t end = output.find('\n', start);
        if (end == std::string::npos)
            end = output.size();
        const std::string line = output.substr(start, end - start);
        start = end + 1;
        char name[64] = {};
        long long ns = 0;
        double ms = 0;
        if (std::sscanf(line.c_str(), "first-paint-monotonic-ns %lld", &ns) == 1) {
            result.paintMs = double(ns - spawnedAtNs) / 1e6;
            painted = true;
        } else if (std::sscanf(line.c_str(), "first-data-monotonic-ns %lld", &ns) == 1) {
            result.dataMs = double(ns - spawnedAtNs) / 1e6;
            painted = true;
        } else if (std::sscanf(line.c_str(), "startup-phase-ms %63s %lf", name, &ms) == 2) {
            result.phases.emplace_back(name, ms);
        } else if (std::sscanf(line.c_str(), "startup-total-ms %lf", &ms) == 1) {
            result.inMainMs = ms;
        }
    }
    if (!painted)
        result.error = "no first-paint or first-data line in the output";
}

RunResult runOnce(const Program &program)
{
    RunResult result;
    QTemporaryDir home;
    if (!home.isValid()) {
        result.error = "no temporary directory";
        return result;
    }
    std::vector<std::string> env = childEnvironment(home.path());
    std::vector<char *> envp;
    for (std::string &entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> args {program.path};
    args.insert(args.end(), program.args.begin(), program.args.end());
    std::vector<char *> argv;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const std::string stderrPath = home.filePath(QStringLiteral("stderr.txt")).toStdString();

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        result.error = std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    pid_t pid = 0;
    const qint64 spawnedAt = steadyNowNs();
    const int spawned = posix_spawn(&pid, program.path.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        result.error = program.path + ": " + std::strerror(spawned);
        return result;
    }
    std::string output;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0)
            output.append(buffer, size_t(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }

    parseOutput(output, spawnedAt, result);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile errors(QString::fromStdString(stderrPath));
        QByteArray text;
        if (errors.open(QIODevice::ReadOnly))
            text = errors.readAll().right(400);
        result.error
            = program.path + " exited with status " + std::to_string(WEXITSTATUS(status)) + ": " + text.toStdString();
    }
    result.ok = result.error.empty();
    return result;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

struct Samples
{
    std::vector<double> baselinePaint, workbenchPaint, workbenchData, baselineMain, workbenchMain, ratios;
    // Phases of the first-data runs (they include what starts after the first frame).
    std::map<std::string, std::vector<double>> phases;
    std::vector<std::string> phaseOrder;
};

Samples g_samples;

struct Programs
{
    Program baseline, workbenchPaint, workbenchData;
};

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

void BM_ColdStartToFirstPaint(benchmark::State &state, const Programs &programs)
{
    // Warm-up runs fill the page cache with the libraries, as on any start after the first
    // one since boot.
    for (int i = 0; i < 2; ++i) {
        for (const Program *program : {&programs.baseline, &programs.workbenchPaint, &programs.workbenchData}) {
            const RunResult r = runOnce(*program);
            if (!r.ok) {
                state.SkipWithError(r.error.c_str());
                return;
            }
        }
    }
    Samples &s = g_samples;
    int index = 0;
    for (auto _ : state) {
        // Alternate the order so that neither side always runs right after the other.
        const bool baselineFirst = index++ % 2 == 0;
        RunResult b, w;
        if (baselineFirst) {
            b = runOnce(programs.baseline);
            w = runOnce(programs.workbenchPaint);
        } else {
            w = runOnce(programs.workbenchPaint);
            b = runOnce(programs.baseline);
        }
        const RunResult d = runOnce(programs.workbenchData);
        for (const RunResult *r : {&std::as_const(b), &std::as_const(w), &d}) {
            if (!r->ok) {
                state.SkipWithError(r->error.c_str());
                return;
            }
        }
        state.SetIterationTime(w.paintMs / 1000.0);
        s.baselinePaint.push_back(b.paintMs);
        s.workbenchPaint.push_back(w.paintMs);
        s.workbenchData.push_back(d.dataMs);
        s.baselineMain.push_back(b.inMainMs);
        s.workbenchMain.push_back(w.inMainMs);
        s.ratios.push_back(w.paintMs / b.paintMs);
        for (const auto &[phase, ms] : d.phases) {
            if (!s.phases.count(phase))
                s.phaseOrder.push_back(phase);
            s.phases[phase].push_back(ms);
        }
    }
    const double base = median(s.baselinePaint);
    const double bench = median(s.workbenchPaint);
    state.counters["baseline_ms"] = base;
    state.counters["workbench_ms"] = bench;
    state.counters["ratio"] = base > 0 ? bench / base : 0;
    state.counters["ratio_pairs_median"] = median(s.ratios);
    state.counters["baseline_min_ms"] = minimum(s.baselinePaint);
    state.counters["workbench_min_ms"] = minimum(s.workbenchPaint);
    state.counters["first_data_ms"] = median(s.workbenchData);
}

void printSummary()
{
    const Samples &s = g_samples;
    if (s.workbenchPaint.empty())
        return;
    const double base = median(s.baselinePaint);
    const double bench = median(s.workbenchPaint);
    const double ratio = bench / base;
    std::printf("\nCold start, %zu runs each (medians; minimum in brackets; \"in main()\" is the part after the "
                "process reached main()):\n",
                s.workbenchPaint.size());
    std::printf("  baseline, bare QMainWindow:      first paint %6.1f ms [%6.1f], in main() %6.1f ms\n", base,
                minimum(s.baselinePaint), median(s.baselineMain));
    std::printf("  calibration-workbench:           first paint %6.1f ms [%6.1f], in main() %6.1f ms\n", bench,
                minimum(s.workbenchPaint), median(s.workbenchMain));
    std::printf("  calibration-workbench:           calibration in force shown %6.1f ms [%6.1f]\n",
                median(s.workbenchData), minimum(s.workbenchData));
    std::printf("  workbench phases up to the calibration shown (median ms):");
    for (const std::string &phase : s.phaseOrder)
        std::printf(" %s %.1f", phase.c_str(), median(s.phases.at(phase)));
    std::printf("\nRATIO cold start to first paint: workbench %.1f ms, baseline %.1f ms, workbench/baseline %.2f "
                "(median of per-pair ratios %.2f; target <= %.1f): %s\n",
                bench, base, ratio, median(s.ratios), kTargetRatio, ratio <= kTargetRatio ? "pass" : "FAIL");
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    const std::string workbench = envOr("CALIB_BENCH_WORKBENCH_EXE", CALIB_WORKBENCH_EXE);
    const Programs programs {{envOr("CALIB_BENCH_BASELINE_EXE", CALIB_COLDSTART_BASELINE_EXE), {}},
                             {workbench, {"--exit-after-first-paint"}},
                             {workbench, {"--exit-after-first-data"}}};
    const int runs = std::max(1, std::atoi(envOr("CALIB_BENCH_COLDSTART_RUNS", "20").c_str()));
    benchmark::RegisterBenchmark("BM_ColdStartToFirstPaint", BM_ColdStartToFirstPaint, programs)
        ->UseManualTime()
        ->Iterations(runs)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary();
    return 0;
}
