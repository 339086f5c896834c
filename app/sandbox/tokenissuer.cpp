#include "sandbox/tokenissuer.h"

#include "core/clock.h"

#include <QRandomGenerator>

namespace calib::sandbox {

TokenIssuer::TokenIssuer(const Clock *clock)
    : m_clock(clock)
{ }

QString TokenIssuer::issue(const QString &clientId, const QStringList &scopes, int ttlSeconds)
{
    purgeExpired();
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, TokenInfo {clientId, scopes, m_clock->nowMs() + qint64(ttlSeconds) * 1000});
    return token;
}

std::optional<TokenInfo> TokenIssuer::lookup(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expiresAtMs <= m_clock->nowMs())
        return std::nullopt;
    return *it;
}

void TokenIssuer::purgeExpired()
{
    const qint64 now = m_clock->nowMs();
    m_tokens.removeIf([now](const auto &it) { return it.value().expiresAtMs <= now; });
}

} // namespace calib::sandbox
