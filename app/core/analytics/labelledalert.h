#pragma once

#include "core/emotion.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace calib {

// One alert with its ground truth: did the engine's alert match what a reviewer saw?
struct LabelledAlert
{
    QString interactionId;
    Emotion emotion = Emotion::Anger;
    double confidence = 0.0; // in [0, 1]
    bool label = false; // true = true positive, false = false positive
    std::optional<QDateTime> timestamp; // UTC
    QString text;
    std::optional<Directive> directive;

    friend bool operator==(const LabelledAlert &, const LabelledAlert &) = default;
};

} // namespace calib
