#include "sandbox/pagecursor.h"

#include <QList>
#include <QMessageAuthenticationCode>

namespace calib::sandbox {

PageCursor::PageCursor(QByteArray key)
    : m_key(std::move(key))
{ }

QByteArray PageCursor::tag(const QByteArray &kind, qint64 seq) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(kind + '.' + QByteArray::number(seq), m_key, QCryptographicHash::Sha256);
    return mac.left(6).toHex();
}

QString PageCursor::encode(const QByteArray &kind, qint64 seq) const
{
    const QByteArray raw = kind + '.' + QByteArray::number(seq) + '.' + tag(kind, seq);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> PageCursor::decode(const QByteArray &kind, const QString &cursor) const
{
    if (cursor.isEmpty() || cursor.size() > 128)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts.at(0) != kind)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = parts.at(1).toLongLong(&ok);
    if (!ok || seq < 1 || QByteArray::number(seq) != parts.at(1))
        return std::nullopt;
    if (parts.at(2) != tag(kind, seq))
        return std::nullopt;
    return seq;
}

} // namespace calib::sandbox
