#pragma once

#include <QString>

namespace calib {

// An inclusive numeric range with the message used when a value falls outside it.
struct NumberBound
{
    const char *field; // wire path, e.g. "polarity_matrix.negative"
    double min;
    double max;
    double step; // editor step
    int decimals; // editor decimals
    [[nodiscard]] bool contains(double v) const { return v >= min && v <= max; }
    [[nodiscard]] QString message() const; // "must be between -1.0 and 0.0"
};

// The one table of engine constraints (openapi.yaml, "Engine constraints"). The
// validator, the editors' ranges and tooltips, and the sandbox all read it.
namespace constraints {

inline constexpr NumberBound polarityNegative {"polarity_matrix.negative", -1.0, 0.0, 0.05, 2};
inline constexpr NumberBound polarityNeutral {"polarity_matrix.neutral", -0.5, 0.5, 0.05, 2};
inline constexpr NumberBound polarityPositive {"polarity_matrix.positive", 0.0, 1.0, 0.05, 2};
inline constexpr NumberBound triggerThreshold {"alert_triggers[].threshold", 0.0, 0.95, 0.01, 2};
inline constexpr NumberBound sensitivityLevel {"sensitivity_level", 0.05, 0.95, 0.01, 2};

inline constexpr double blockMinThreshold = 0.7;
inline constexpr int interactionIdsMin = 1;
inline constexpr int interactionIdsMax = 50;
inline constexpr int interactionIdMaxLength = 128;
inline constexpr int maxPresetBytes = 1024 * 1024;
inline constexpr const char *formatVersionHeader = "2.1";

// Messages shared by client and server (same words on both sides).
QString blockThresholdMessage(); // "Block directives require a minimum threshold of 0.7"
QString duplicateTriggerMessage(); // one trigger per (emotion, directive)
QString interactionIdsCountMessage(); // "must contain 1 to 50 interaction ids"
QString interactionIdLengthMessage(); // "must be 1 to 128 characters"
QString emotionEnumMessage();
QString directiveEnumMessage();
QString notFiniteMessage(); // NaN and Infinity are not numbers the engine accepts
// Warnings (non-blocking).
QString duplicateInteractionIdMessage(int firstIndex); // "duplicate of interaction_ids[2]"
QString noTriggersMessage(); // "no alert triggers: no alert will ever fire"
QString interactionIdsTooManyItemsMessage(); // reader: "at most 50 items"

// Tooltip text for an editor: range and meaning.
QString tooltipFor(const NumberBound &bound);

} // namespace constraints
} // namespace calib
