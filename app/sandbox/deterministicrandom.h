#pragma once

#include <QtGlobal>

namespace calib::sandbox {

// SplitMix64: a tiny, fast generator whose whole sequence follows from the seed, so the
// sandbox's alerts and faults are reproducible under --seed.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed = 1);
    quint64 next();
    // Uniform in [0, 1).
    double nextDouble();
    // A well-mixed hash of one value (stateless).
    [[nodiscard]] static quint64 mix(quint64 value);
    // Uniform in [0, 1) from a hash value.
    [[nodiscard]] static double toUnit(quint64 value);

private:
    quint64 m_state;
};

} // namespace calib::sandbox
