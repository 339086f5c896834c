#pragma once

#include <QDateTime>

namespace calib {

// Injected source of time, so token expiry, Retry-After, rate limits and job polling
// can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide wall clock.
    static Clock *system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

// A clock that only moves when told to; for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    [[nodiscard]] QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advanceMs(qint64 ms);
    void advanceSecs(qint64 secs) { advanceMs(secs * 1000); }

private:
    QDateTime m_now;
};

} // namespace calib
