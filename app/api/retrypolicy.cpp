#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace calib {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Config {})
{ }

RetryPolicy::RetryPolicy(Config config, std::function<double()> random)
    : m_config(config)
{
    setRandom(std::move(random));
}

void RetryPolicy::setRandom(std::function<double()> random)
{
    if (random)
        m_random = std::move(random);
    else
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    qint64 delay = std::max<qint64>(m_config.baseBackoffMs, 0);
    for (int i = 1; i < attempt && delay < m_config.maxBackoffMs; ++i)
        delay *= 2;
    return std::min(delay, m_config.maxBackoffMs);
}

qint64 RetryPolicy::jittered(qint64 delayMs) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const auto extra = qint64(double(delayMs) * m_config.jitterFraction * r);
    return std::min(delayMs + extra, m_config.maxDelayMs);
}

bool RetryPolicy::isNeverRetriedStatus(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 409 && httpStatus != 429;
}

RetryDecision RetryPolicy::decide(const AttemptOutcome &outcome) const
{
    RetryDecision decision;
    const bool attemptsLeft = outcome.attempt < m_config.maxAttempts;

    auto retryAfter = [&](const QString &reason) {
        decision.reason = reason;
        if (!attemptsLeft)
            return;
        decision.retry = true;
        if (outcome.retryAfterSeconds) {
            const qint64 seconds = std::clamp<qint64>(*outcome.retryAfterSeconds, 0, m_config.maxRetryAfterSeconds);
            decision.delayMs = jittered(seconds * 1000);
        } else {
            decision.delayMs = jittered(backoffMs(outcome.attempt));
        }
    };
    auto backoff = [&](const QString &reason, bool allowed) {
        decision.reason = reason;
        if (!attemptsLeft || !allowed)
            return;
        decision.retry = true;
        decision.delayMs = jittered(backoffMs(outcome.attempt));
    };

    switch (outcome.transport) {
    case AttemptOutcome::Transport::Fatal: decision.reason = QStringLiteral("not retryable"); return decision;
    case AttemptOutcome::Transport::ConnectionError:
        backoff(QStringLiteral("connection error"), outcome.idempotent);
        return decision;
    case AttemptOutcome::Transport::Timeout: backoff(QStringLiteral("timeout"), outcome.idempotent); return decision;
    case AttemptOutcome::Transport::Ok: break;
    }

    const int status = outcome.httpStatus;
    if (status == 429) {
        retryAfter(QStringLiteral("rate limited"));
    } else if (status == 503) {
        retryAfter(QStringLiteral("service busy"));
    } else if (status == 409) {
        backoff(QStringLiteral("request still in progress"), true);
    } else if (status == 502 || status == 504) {
        backoff(QStringLiteral("gateway error"), outcome.idempotent);
    } else {
        decision.reason = QStringLiteral("final answer");
    }
    return decision;
}

} // namespace calib
