#include "core/analytics/replay.h"

#include "core/analytics/dataset.h"
#include "core/calibration.h"

#include <algorithm>

namespace calib {

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

ThresholdSet thresholdsOf(const Calibration &calibration)
{
    ThresholdSet set;
    for (const AlertTrigger &trigger : calibration.alertTriggers) {
        const auto it = set.find(trigger.emotion);
        if (it == set.end())
            set.insert(trigger.emotion, trigger.threshold);
        else
            *it = std::min(*it, trigger.threshold);
    }
    return set;
}

EmotionReplay replayEmotion(const ThresholdCurve &curve, Emotion emotion, double oldThreshold, double newThreshold,
                            bool fullyLabelled)
{
    EmotionReplay r;
    r.emotion = emotion;
    r.oldThreshold = oldThreshold;
    r.newThreshold = newThreshold;
    r.rows = curve.rows();
    const QString name = toWire(emotion);
    if (curve.isEmpty()) {
        r.status = EmotionReplay::Status::NoData;
        r.message = QStringLiteral("%1: no labelled alerts to replay.").arg(name);
        return r;
    }
    r.before = curve.query(oldThreshold);
    if (newThreshold < oldThreshold && !fullyLabelled) {
        r.status = EmotionReplay::Status::NeedsFullyLabelled;
        r.kept = r.before.alerts;
        r.message = QStringLiteral("%1: lowering the threshold from %2 to %3 needs a fully labelled dataset; reviewed "
                                   "alerts only exist above the old threshold.")
                        .arg(name, num(oldThreshold), num(newThreshold));
        return r;
    }
    r.after = curve.query(newThreshold);
    if (newThreshold >= oldThreshold) {
        r.kept = r.after.alerts;
        r.dropped = r.before.alerts - r.after.alerts;
        r.truePositivesLost = r.before.truePositives - r.after.truePositives;
        r.falsePositivesAvoided = r.before.falsePositives - r.after.falsePositives;
        r.message = QStringLiteral("%1: %2 -> %3 keeps %4 of %5 alerts, loses %6 true positives, avoids %7 false "
                                   "positives.")
                        .arg(name, num(oldThreshold), num(newThreshold))
                        .arg(r.kept)
                        .arg(r.before.alerts)
                        .arg(r.truePositivesLost)
                        .arg(r.falsePositivesAvoided);
    } else {
        r.kept = r.before.alerts;
        r.added = r.after.alerts - r.before.alerts;
        r.truePositivesGained = r.after.truePositives - r.before.truePositives;
        r.falsePositivesAdded = r.after.falsePositives - r.before.falsePositives;
        r.message = QStringLiteral("%1: %2 -> %3 adds %4 alerts: %5 more true positives, %6 more false positives.")
                        .arg(name, num(oldThreshold), num(newThreshold))
                        .arg(r.added)
                        .arg(r.truePositivesGained)
                        .arg(r.falsePositivesAdded);
    }
    return r;
}

ReplayResult replay(const Dataset &dataset, const ThresholdSet &oldThresholds, const ThresholdSet &newThresholds)
{
    ReplayResult result;
    for (const Emotion emotion : allEmotions()) {
        const bool inOld = oldThresholds.contains(emotion);
        const bool inNew = newThresholds.contains(emotion);
        if (!inOld && !inNew)
            continue;
        if (inOld != inNew) {
            EmotionReplay r;
            r.emotion = emotion;
            r.status = EmotionReplay::Status::Unchanged;
            r.rows = dataset.rowCount(emotion);
            r.message = inOld ? QStringLiteral("%1: the proposed calibration has no trigger.").arg(toWire(emotion))
                              : QStringLiteral("%1: no trigger in force to compare with.").arg(toWire(emotion));
            result.emotions.append(r);
            continue;
        }
        const ThresholdCurve curve = ThresholdCurve::compute(dataset.columns(emotion));
        const EmotionReplay r = replayEmotion(curve, emotion, oldThresholds.value(emotion),
                                              newThresholds.value(emotion), dataset.fullyLabelled());
        result.kept += r.kept;
        result.dropped += r.dropped;
        result.added += r.added;
        result.truePositivesLost += r.truePositivesLost;
        result.falsePositivesAvoided += r.falsePositivesAvoided;
        result.truePositivesGained += r.truePositivesGained;
        result.falsePositivesAdded += r.falsePositivesAdded;
        result.needsFullyLabelled = result.needsFullyLabelled || r.status == EmotionReplay::Status::NeedsFullyLabelled;
        result.emotions.append(r);
    }
    return result;
}

} // namespace calib
