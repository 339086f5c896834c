#include "core/analytics/wilson.h"

#include <algorithm>
#include <cmath>

namespace calib {

std::optional<WilsonInterval> wilson(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return std::nullopt;
    const double n = double(trials);
    const double p = double(std::clamp<qint64>(successes, 0, trials)) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    WilsonInterval interval;
    interval.lower = std::clamp(centre - half, 0.0, 1.0);
    interval.upper = std::clamp(centre + half, 0.0, 1.0);
    // Exact ends: no success means the lower bound is 0, all successes the upper is 1.
    if (successes <= 0)
        interval.lower = 0.0;
    if (successes >= trials)
        interval.upper = 1.0;
    return interval;
}

} // namespace calib
