#include "services/webhookverifier.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <cstdlib>

namespace calib {

QString WebhookVerification::toString() const
{
    switch (verdict) {
    case Verdict::Valid: {
        // Computed apart: Qt 6.4's lupdate loops on a template call among translate()'s arguments.
        const int seconds = ageSeconds > 1000000000 ? 1000000000 : int(ageSeconds);
        return QCoreApplication::translate("WebhookVerifier", "signature valid (%n s old)", nullptr, seconds);
    }
    case Verdict::MissingHeader: return QCoreApplication::translate("WebhookVerifier", "no X-Cognigy-Signature header");
    case Verdict::Malformed: return QCoreApplication::translate("WebhookVerifier", "malformed signature header");
    case Verdict::Stale:
        return QCoreApplication::translate("WebhookVerifier", "signature timestamp outside the tolerance (%1 s)")
            .arg(ageSeconds);
    case Verdict::BadSignature:
        return QCoreApplication::translate("WebhookVerifier", "signature does not match the body");
    }
    return {};
}

WebhookVerifier::WebhookVerifier(QByteArray secret, Clock *clock, qint64 toleranceSeconds)
    : m_secret(std::move(secret))
    , m_clock(clock ? clock : Clock::system())
    , m_toleranceSeconds(toleranceSeconds)
{ }

QByteArray WebhookVerifier::sign(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    const QByteArray prefix = QByteArray::number(timestamp) + '.';
    mac.addData(prefix.constData(), prefix.size());
    mac.addData(body.data(), body.size());
    return mac.result().toHex();
}

QByteArray WebhookVerifier::signatureHeader(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + sign(secret, timestamp, body);
}

std::optional<WebhookSignatureHeader> WebhookVerifier::parseHeader(QByteArrayView header)
{
    WebhookSignatureHeader parsed;
    bool haveTimestamp = false;
    const QList<QByteArray> parts = header.toByteArray().split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "t") {
            bool ok = false;
            const qint64 t = value.toLongLong(&ok);
            if (!ok || haveTimestamp || t < 0)
                return std::nullopt;
            parsed.timestamp = t;
            haveTimestamp = true;
        } else if (key == "v1") {
            if (value.size() != 64)
                return std::nullopt;
            parsed.v1.append(value.toLower());
        }
        // Other schemes (v0, future versions) are ignored.
    }
    if (!haveTimestamp || parsed.v1.isEmpty())
        return std::nullopt;
    return parsed;
}

bool WebhookVerifier::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

WebhookVerification WebhookVerifier::verify(QByteArrayView signatureHeaderValue, QByteArrayView body) const
{
    WebhookVerification result;
    if (signatureHeaderValue.trimmed().isEmpty()) {
        result.verdict = WebhookVerification::Verdict::MissingHeader;
        return result;
    }
    const std::optional<WebhookSignatureHeader> parsed = parseHeader(signatureHeaderValue);
    if (!parsed) {
        result.verdict = WebhookVerification::Verdict::Malformed;
        return result;
    }
    result.timestamp = parsed->timestamp;
    result.ageSeconds = m_clock->now().toSecsSinceEpoch() - parsed->timestamp;
    if (std::llabs(result.ageSeconds) > m_toleranceSeconds) {
        result.verdict = WebhookVerification::Verdict::Stale;
        return result;
    }
    const QByteArray expected = sign(m_secret, parsed->timestamp, body);
    bool matched = false;
    for (const QByteArray &candidate : parsed->v1)
        matched = constantTimeEquals(expected, candidate) || matched; // every entry is compared
    result.verdict = matched ? WebhookVerification::Verdict::Valid : WebhookVerification::Verdict::BadSignature;
    return result;
}

} // namespace calib
