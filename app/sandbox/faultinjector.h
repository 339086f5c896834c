#pragma once

#include "sandbox/deterministicrandom.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib::sandbox {

enum class Fault { None, Reset, Stall, Trickle, Http500, Http502, Truncated, Malformed, Http429, Http503 };

// Decides, request by request, whether to misbehave. The sequence of decisions follows
// only from the seed and the order of eligible requests, so a failing client test can be
// replayed. The token endpoint is exempt unless the list names "token".
class FaultInjector
{
public:
    // Parses "reset,stall,trickle,500,502,truncated,malformed,429,503[,token]"; an empty
    // list means all faults. nullopt with *error on an unknown name.
    static std::optional<FaultInjector> create(quint64 seed, double rate, const QStringList &names, QString *error);
    FaultInjector() = default;

    [[nodiscard]] bool enabled() const { return m_rate > 0.0 && !m_faults.isEmpty(); }
    Fault next(bool tokenEndpoint);
    [[nodiscard]] static QString name(Fault fault);

private:
    DeterministicRandom m_random;
    double m_rate = 0.0;
    QList<Fault> m_faults;
    bool m_includeToken = false;
};

} // namespace calib::sandbox
