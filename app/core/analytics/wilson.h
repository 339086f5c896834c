#pragma once

#include <QtGlobal>

#include <optional>

namespace calib {

struct WilsonInterval
{
    double lower = 0.0;
    double upper = 1.0;
};

// z for a two-sided 95% interval.
inline constexpr double wilsonZ95 = 1.959963984540054;

// Wilson score interval for a proportion of `successes` out of `trials`; nothing when
// there are no trials (no data, not "0%"). successes is clamped to [0, trials].
[[nodiscard]] std::optional<WilsonInterval> wilson(qint64 successes, qint64 trials, double z = wilsonZ95);

} // namespace calib
