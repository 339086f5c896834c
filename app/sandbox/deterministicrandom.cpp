#include "sandbox/deterministicrandom.h"

namespace calib::sandbox {

DeterministicRandom::DeterministicRandom(quint64 seed)
    : m_state(seed)
{ }

quint64 DeterministicRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    return mix(m_state);
}

double DeterministicRandom::nextDouble()
{
    return toUnit(next());
}

quint64 DeterministicRandom::mix(quint64 value)
{
    quint64 z = value;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double DeterministicRandom::toUnit(quint64 value)
{
    return static_cast<double>(value >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace calib::sandbox
