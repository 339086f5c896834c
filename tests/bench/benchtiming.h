#pragma once

// Timing helpers shared by the GUI benchmarks: the calling thread's CPU time, and the
// median / p99 of a set of samples.
#include <algorithm>
#include <ctime>
#include <vector>

namespace calib::bench {

// CPU time of the calling thread in ms (CLOCK_THREAD_CPUTIME_ID).
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU median and p99 of one measurement (-1: not measured).
struct Stats
{
    double median = -1;
    double p99 = -1;
    double cpuMedian = -1;
    double cpuP99 = -1;
};

// The q-quantile (0..1) of the samples by nearest rank; -1 for none.
inline double quantile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, size_t(q * double(samples.size() - 1) + 0.5))];
}

} // namespace calib::bench
