#include "sandbox/ratelimiter.h"

namespace calib::sandbox {

RateLimiter::RateLimiter(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{ }

std::optional<qint64> RateLimiter::tryAcquire(qint64 nowMs)
{
    if (m_limit <= 0)
        return std::nullopt;
    while (!m_stamps.empty() && m_stamps.front() <= nowMs - m_windowMs)
        m_stamps.pop_front();
    if (int(m_stamps.size()) >= m_limit)
        return m_stamps.front() + m_windowMs - nowMs;
    m_stamps.push_back(nowMs);
    return std::nullopt;
}

} // namespace calib::sandbox
