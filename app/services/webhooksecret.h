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
    // The contract accepts 8..256 characters; shorter than this draws a warning.
    static constexpr int RecommendedMinimumLength = 16;

    // `bits` is raised to MinimumBits and rounded up to whole bytes.
    [[nodiscard]] static QString generate(Encoding encoding = Encoding::Hex, int bits = DefaultBits);
    // Plain-words problem with a user-supplied secret ("" when acceptable); `warning` is
    // set for secrets that are accepted but short.
    [[nodiscard]] static QString check(const QString &secret, QString *warning = nullptr);
};

} // namespace calib
