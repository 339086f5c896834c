#include "core/clock.h"

namespace calib {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime &now)
{
    m_now = now;
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

} // namespace calib
