#pragma once

#include "core/analytics/thresholdcurve.h"
#include "core/emotion.h"

#include <QString>

#include <optional>

namespace calib {

class Dataset;

struct RecommendationOptions
{
    double targetPrecision = 0.9;
    // Also require the Wilson 95% lower bound of the precision to reach the target.
    bool conservative = false;
    // The directive of the trigger being tuned; Block raises the floor to
    // constraints::blockMinThreshold.
    Directive directive = Directive::Notify;
    // The threshold in force, to report what the change gains and loses.
    std::optional<double> currentThreshold;
    // Candidate thresholds: multiples of step (the editor's grid, 0.01 by default) inside
    // the allowed range. 0 = every distinct score in the data.
    double step = 0.01;
};

// The change from the threshold in force to the recommended one (positive = fewer).
struct ThresholdChange
{
    double fromThreshold = 0.0;
    SweepPoint from;
    qint64 alertsDropped = 0; // negative: more alerts
    qint64 truePositivesLost = 0; // negative: true positives gained
    qint64 falsePositivesAvoided = 0; // negative: false positives added
};

struct Recommendation
{
    bool reachable = false;
    double threshold = 0.0; // meaningful when reachable
    SweepPoint expected; // the counts at threshold
    std::optional<double> precisionLowerBound; // Wilson 95% lower bound at threshold
    std::optional<double> alertsPerDay; // when every row has a timestamp
    std::optional<ThresholdChange> change; // when a current threshold was given
    double minAllowed = 0.0; // the range the candidates were taken from
    double maxAllowed = 0.95;
    // True when a lower threshold outside the allowed range would have reached the
    // target (e.g. below 0.7 for a block directive).
    bool clamped = false;
    // True when lowering below the current threshold was not considered because the
    // dataset holds reviewed alerts only.
    bool loweringNeedsFullLabels = false;
    QStringList notes; // plain sentences: clamping, unreachable target, data caveats
};

// The lowest threshold (highest recall) whose precision reaches the target, within the
// engine's constraints. `days` (Dataset::daysCovered) turns alert counts into alerts/day.
[[nodiscard]] Recommendation recommendThreshold(const ThresholdCurve &curve, const RecommendationOptions &options,
                                                std::optional<double> days = std::nullopt, bool fullyLabelled = true);
[[nodiscard]] Recommendation recommendThreshold(const Dataset &dataset, Emotion emotion,
                                                const RecommendationOptions &options);

} // namespace calib
