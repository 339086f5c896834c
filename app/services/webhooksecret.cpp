#include "services/webhooksecret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace calib {

QString WebhookSecret::generate(Encoding encoding, int bits)
{
    // Hex takes 2 characters per byte, unpadded Base64Url 4 per 3 bytes.
    const int maxBytes = encoding == Encoding::Hex ? MaximumLength / 2 : MaximumLength / 4 * 3;
    const int bytes = std::min((std::clamp(bits, MinimumBits, maxBytes * 8) + 7) / 8, maxBytes);
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
    if (warning)
        warning->clear();
    if (!QStringView(secret).isValidUtf16())
        return QCoreApplication::translate("calib::WebhookSecret",
                                           "The webhook secret contains characters that are not valid text.");
    const qsizetype length = QStringView(secret).toUcs4().size(); // code points, as the contract counts
    if (length < MinimumLength)
        return QCoreApplication::translate("calib::WebhookSecret",
                                           "The webhook secret must be at least 8 characters long.");
    if (length > MaximumLength)
        return QCoreApplication::translate("calib::WebhookSecret",
                                           "The webhook secret must be at most 256 characters long.");
    if (warning && length < RecommendedMinimumLength)
        *warning = QCoreApplication::translate(
                       "calib::WebhookSecret",
                       "The webhook secret is shorter than %1 characters; a generated one is stronger.")
                       .arg(RecommendedMinimumLength);
    return {};
}

} // namespace calib
