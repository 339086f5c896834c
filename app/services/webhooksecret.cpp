#include "services/webhooksecret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace calib {

QString WebhookSecret::generate(Encoding encoding, int bits)
{
    const int bytes = (std::max(bits, MinimumBits) + 7) / 8;
    QByteArray raw(bytes, Qt::Uninitialized);
    const int words = (bytes + 3) / 4;
    QList<quint32> buffer(words);
    QRandomGenerator::system()->fillRange(buffer.data(), words);
    std::memcpy(raw.data(), buffer.constData(), size_t(bytes));
    std::fill(buffer.begin(), buffer.end(), 0U);
    const QByteArray text = encoding == Encoding::Hex
        ? raw.toHex()
        : raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    raw.fill('\0');
    return QString::fromLatin1(text);
}

QString WebhookSecret::check(const QString &secret, QString *warning)
{
    if (secret.size() < 8)
        return QCoreApplication::translate("calib::WebhookSecret",
                                           "The webhook secret must be at least 8 characters long.");
    if (secret.size() > 256)
        return QCoreApplication::translate("calib::WebhookSecret",
                                           "The webhook secret must be at most 256 characters long.");
    if (warning && secret.size() < RecommendedMinimumLength)
        *warning = QCoreApplication::translate(
                       "calib::WebhookSecret",
                       "The webhook secret is shorter than %1 characters; a generated one is stronger.")
                       .arg(RecommendedMinimumLength);
    return {};
}

} // namespace calib
