#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace calib::sandbox {

// Opaque pagination cursors: base64url("<kind>.<seq>.<tag>") where seq is the sequence
// number of the last item returned and tag a truncated HMAC-SHA256 over kind and seq, so
// a cursor cannot be forged, is bound to its feed, and stays valid while new items arrive.
class PageCursor
{
public:
    explicit PageCursor(QByteArray key);

    [[nodiscard]] QString encode(const QByteArray &kind, qint64 seq) const;
    // nullopt when malformed, tampered with or of another kind.
    [[nodiscard]] std::optional<qint64> decode(const QByteArray &kind, const QString &cursor) const;

private:
    [[nodiscard]] QByteArray tag(const QByteArray &kind, qint64 seq) const;
    QByteArray m_key;
};

} // namespace calib::sandbox
