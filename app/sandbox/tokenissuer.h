#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib {
class Clock;
}

namespace calib::sandbox {

struct TokenInfo
{
    QString clientId;
    QStringList scopes;
    qint64 expiresAtMs = 0;
};

// Issues random bearer tokens and answers who holds one; expiry follows the injected clock.
// Tokens live in memory only (a restart invalidates them, as a real tenant may).
class TokenIssuer
{
public:
    explicit TokenIssuer(const Clock *clock);

    QString issue(const QString &clientId, const QStringList &scopes, int ttlSeconds);
    // nullopt for an unknown or expired token.
    [[nodiscard]] std::optional<TokenInfo> lookup(const QString &token) const;
    void purgeExpired();
    [[nodiscard]] int size() const { return int(m_tokens.size()); }

private:
    const Clock *m_clock;
    QHash<QString, TokenInfo> m_tokens;
};

} // namespace calib::sandbox
