#pragma once

#include "core/analytics/thresholdcurve.h"
#include "core/emotion.h"

#include <QList>
#include <QMap>
#include <QString>

namespace calib {

class Dataset;
struct Calibration;

// One threshold per emotion: an alert is raised when confidence >= threshold.
using ThresholdSet = QMap<Emotion, double>;

// The lowest trigger threshold of each emotion (an alert is raised when any trigger of
// the emotion fires). Emotions without a trigger are absent.
[[nodiscard]] ThresholdSet thresholdsOf(const Calibration &calibration);

struct EmotionReplay
{
    enum class Status {
        Computed,
        NoData, // no labelled rows for the emotion
        NeedsFullyLabelled, // lowering a threshold over reviewed alerts only
        Unchanged, // the emotion is missing from one of the two sets
    };

    Emotion emotion = Emotion::Anger;
    Status status = Status::Computed;
    double oldThreshold = 0.0;
    double newThreshold = 0.0;
    qint64 rows = 0;
    SweepPoint before; // alerts at the old threshold
    SweepPoint after; // alerts at the new threshold (Computed only)
    qint64 kept = 0; // alerts raised under both thresholds
    qint64 dropped = 0; // raised before, not after
    qint64 added = 0; // raised after, not before (lowering, fully labelled data)
    qint64 truePositivesLost = 0;
    qint64 falsePositivesAvoided = 0;
    qint64 truePositivesGained = 0;
    qint64 falsePositivesAdded = 0;
    QString message; // one plain sentence
};

struct ReplayResult
{
    QList<EmotionReplay> emotions;
    qint64 kept = 0;
    qint64 dropped = 0;
    qint64 added = 0;
    qint64 truePositivesLost = 0;
    qint64 falsePositivesAvoided = 0;
    qint64 truePositivesGained = 0;
    qint64 falsePositivesAdded = 0;
    bool needsFullyLabelled = false; // some emotion could not be replayed
};

// Replays a proposed threshold set against the labelled rows: which alerts would still be
// raised. Over reviewed alerts only (Dataset::fullyLabelled() false) a lowered threshold
// cannot be judged and is reported as such.
[[nodiscard]] ReplayResult replay(const Dataset &dataset, const ThresholdSet &oldThresholds,
                                  const ThresholdSet &newThresholds);
[[nodiscard]] EmotionReplay replayEmotion(const ThresholdCurve &curve, Emotion emotion, double oldThreshold,
                                          double newThreshold, bool fullyLabelled);

} // namespace calib
