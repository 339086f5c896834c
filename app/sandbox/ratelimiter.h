#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace calib::sandbox {

// A rolling-window counter: at most `limit` accepted requests in any `windowMs`.
// Rejected requests do not count, so a client that waits Retry-After always gets through.
class RateLimiter
{
public:
    explicit RateLimiter(int limit = 10, qint64 windowMs = 60000);

    // Records a request at nowMs and returns nullopt when allowed; otherwise returns the
    // milliseconds until the oldest counted request leaves the window. limit <= 0: unlimited.
    std::optional<qint64> tryAcquire(qint64 nowMs);
    [[nodiscard]] int limit() const { return m_limit; }

private:
    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_stamps;
};

} // namespace calib::sandbox
