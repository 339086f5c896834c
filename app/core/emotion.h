#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace calib {

enum class Emotion { Anger, Frustration, Satisfaction, Confusion };
enum class Directive { Block, Notify, Escalate, Log };

// Wire names ("anger", "block", ...), in contract order.
[[nodiscard]] QString toWire(Emotion emotion);
[[nodiscard]] QString toWire(Directive directive);
[[nodiscard]] std::optional<Emotion> emotionFromWire(QStringView text);
[[nodiscard]] std::optional<Directive> directiveFromWire(QStringView text);
[[nodiscard]] const QList<Emotion> &allEmotions();
[[nodiscard]] const QList<Directive> &allDirectives();

// Human-readable, translatable names for display.
[[nodiscard]] QString displayName(Emotion emotion);
[[nodiscard]] QString displayName(Directive directive);

} // namespace calib
