#pragma once

#include <QString>

namespace calib {

// Webhook signing secrets drawn from the system CSPRNG (QRandomGenerator::system()).
class WebhookSecret final
{
public:
    enum class Encoding { Hex, Base64Url };

    static constexpr int MinimumBits = 128;
    static constexpr int DefaultBits = 256;
    // The contract accepts 8..256 characters (Unicode code points, as JSON Schema counts
    // them); shorter than RecommendedMinimumLength draws a warning.
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 256;
    static constexpr int RecommendedMinimumLength = 16;

    // `bits` is raised to MinimumBits, rounded up to whole bytes and lowered to what fits
    // in MaximumLength characters (1024 bits as Hex, 1536 bits as Base64Url).
    [[nodiscard]] static QString generate(Encoding encoding = Encoding::Hex, int bits = DefaultBits);
    // Plain-words problem with a user-supplied secret ("" when acceptable): too short, too
    // long, or not valid Unicode text (an unpaired surrogate, which cannot be sent as
    // UTF-8). `warning` is cleared, then set for secrets that are accepted but short.
    [[nodiscard]] static QString check(const QString &secret, QString *warning = nullptr);
};

} // namespace calib
