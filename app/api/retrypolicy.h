#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace calib {

// What one attempt of a request ended with; the input of RetryPolicy::decide().
struct AttemptOutcome
{
    enum class Transport {
        Ok, // an HTTP response arrived (see httpStatus)
        ConnectionError, // refused, reset, closed early, DNS, temporary network failure
        Timeout, // inactivity timeout or overall deadline
        Fatal, // TLS failure, redirect refused, oversized or malformed response: never retried
    };

    int attempt = 1; // 1-based number of the attempt that just ended
    Transport transport = Transport::Ok;
    int httpStatus = 0;
    bool idempotent = false; // GET, DELETE, or a PUT carrying its idempotency key
    std::optional<qint64> retryAfterSeconds; // parsed Retry-After, if any
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0; // wait before the next attempt (jitter included)
    QString reason; // "rate limited", "engine busy", ... for logs and the UI

    // Whole seconds to show in a "retrying in N s" countdown (rounded up).
    [[nodiscard]] int delaySeconds() const { return int((delayMs + 999) / 1000); }
};

// The retry rules of the tenant client, as a pure class so every decision is unit-tested.
//
// * 429 and 503 honour Retry-After (seconds or HTTP-date, parsed by RetryAfter) capped at
//   `maxRetryAfterSeconds`; without the header they back off exponentially. Any method.
// * 409 (the same key still in flight) is retried unchanged with exponential backoff.
// * 400, 401, 403, 404, 405, 422 and every other 4xx: never retried.
// * Connection errors, timeouts, 502 and 504: retried with exponential backoff, but only
//   for idempotent requests. 500 and other 5xx are final.
// * Fatal transport outcomes (TLS, refused redirect, oversized/malformed body): final.
// * At most `maxAttempts` attempts in total.
// Every delay is jittered upwards by up to `jitterFraction` (a random value in [0,1) from
// the injectable `random`) and then capped at `maxDelayMs`.
class RetryPolicy
{
public:
    struct Config
    {
        int maxAttempts = 5;
        qint64 baseBackoffMs = 500; // first exponential delay; doubles per attempt
        qint64 maxBackoffMs = 30'000; // cap of the exponential delay
        qint64 maxRetryAfterSeconds = 120; // cap of an honoured Retry-After
        qint64 maxDelayMs = 130'000; // cap of any delay including jitter
        double jitterFraction = 0.1;
    };

    RetryPolicy();
    explicit RetryPolicy(Config config, std::function<double()> random = {});

    [[nodiscard]] RetryDecision decide(const AttemptOutcome &outcome) const;
    [[nodiscard]] const Config &config() const { return m_config; }
    void setConfig(const Config &config) { m_config = config; }
    void setRandom(std::function<double()> random);

    // Exponential delay before attempt `attempt + 1`, without jitter.
    [[nodiscard]] qint64 backoffMs(int attempt) const;

    [[nodiscard]] static bool isNeverRetriedStatus(int httpStatus);

private:
    [[nodiscard]] qint64 jittered(qint64 delayMs) const;

    Config m_config;
    std::function<double()> m_random;
};

} // namespace calib
