#include "sandbox/faultinjector.h"

#include <algorithm>
#include <array>

namespace calib::sandbox {

namespace {

constexpr std::array<std::pair<Fault, const char *>, 9> faultNames {{
    {Fault::Reset, "reset"},
    {Fault::Stall, "stall"},
    {Fault::Trickle, "trickle"},
    {Fault::Http500, "500"},
    {Fault::Http502, "502"},
    {Fault::Truncated, "truncated"},
    {Fault::Malformed, "malformed"},
    {Fault::Http429, "429"},
    {Fault::Http503, "503"},
}};

} // namespace

std::optional<FaultInjector> FaultInjector::create(quint64 seed, double rate, const QStringList &names, QString *error)
{
    FaultInjector injector;
    injector.m_random = DeterministicRandom(seed ^ 0xFA017ULL);
    injector.m_rate = std::clamp(rate, 0.0, 1.0);
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (name == QLatin1StringView("token")) {
            injector.m_includeToken = true;
            continue;
        }
        bool found = false;
        for (const auto &[fault, text] : faultNames) {
            if (name == QLatin1StringView(text)) {
                if (!injector.m_faults.contains(fault))
                    injector.m_faults.append(fault);
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error = QStringLiteral("unknown fault \"%1\" (known: reset, stall, trickle, 500, 502, truncated, "
                                        "malformed, 429, 503, token)")
                             .arg(name);
            return std::nullopt;
        }
    }
    if (injector.m_faults.isEmpty()) {
        for (const auto &entry : faultNames)
            injector.m_faults.append(entry.first);
    }
    return injector;
}

Fault FaultInjector::next(bool tokenEndpoint)
{
    if (!enabled() || (tokenEndpoint && !m_includeToken))
        return Fault::None;
    const double roll = m_random.nextDouble();
    const quint64 pick = m_random.next();
    if (roll >= m_rate)
        return Fault::None;
    return m_faults.at(int(pick % quint64(m_faults.size())));
}

QString FaultInjector::name(Fault fault)
{
    for (const auto &[value, text] : faultNames) {
        if (value == fault)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("none");
}

} // namespace calib::sandbox
