#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

class Clock;

// The parsed "X-Cognigy-Signature: t=<unix seconds>,v1=<hex>" header. Several v1 entries
// may be present (secret rotation); any one matching is enough.
struct WebhookSignatureHeader
{
    qint64 timestamp = 0;
    QList<QByteArray> v1; // lower-case hex as sent
};

struct WebhookVerification
{
    enum class Verdict {
        Valid,
        MissingHeader,
        Malformed, // the header could not be parsed
        Stale, // the timestamp is more than the tolerance away from now (past or future)
        BadSignature, // no v1 entry matches the body
    };

    Verdict verdict = Verdict::MissingHeader;
    qint64 timestamp = 0;
    qint64 ageSeconds = 0; // now - t

    [[nodiscard]] bool ok() const { return verdict == Verdict::Valid; }
    // Plain words for a UI or a log ("signature valid (3 s old)").
    [[nodiscard]] QString toString() const;
};

// Verifies webhook deliveries the way coaching platforms are told to: HMAC-SHA256 with the
// shared secret over "<t>.<raw body>", hex encoded, compared in constant time, and rejected
// when the timestamp is more than `toleranceSeconds` away from the injected clock's now.
class WebhookVerifier final
{
public:
    static constexpr qint64 defaultToleranceSeconds = 300;

    WebhookVerifier(QByteArray secret, Clock *clock, qint64 toleranceSeconds = defaultToleranceSeconds);

    [[nodiscard]] WebhookVerification verify(QByteArrayView signatureHeader, QByteArrayView body) const;

    // Lower-case hex HMAC-SHA256(secret, "<t>.<body>").
    [[nodiscard]] static QByteArray sign(QByteArrayView secret, qint64 timestamp, QByteArrayView body);
    // "t=<t>,v1=<hex>" as a sender puts it into X-Cognigy-Signature.
    [[nodiscard]] static QByteArray signatureHeader(QByteArrayView secret, qint64 timestamp, QByteArrayView body);
    [[nodiscard]] static std::optional<WebhookSignatureHeader> parseHeader(QByteArrayView header);
    // Compares without an early exit, so the time taken does not tell how much matched.
    [[nodiscard]] static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_secret;
    Clock *m_clock;
    qint64 m_toleranceSeconds;
};

} // namespace calib
