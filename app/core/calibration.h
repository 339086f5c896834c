#pragma once

#include "core/emotion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace calib {

struct PolarityMatrix
{
    double negative = -0.6;
    double neutral = 0.0;
    double positive = 0.6;

    friend bool operator==(const PolarityMatrix &, const PolarityMatrix &) = default;
};

struct AlertTrigger
{
    Emotion emotion = Emotion::Anger;
    double threshold = 0.8;
    Directive directive = Directive::Notify;

    friend bool operator==(const AlertTrigger &, const AlertTrigger &) = default;
};

// The calibration payload of the contract (CalibrationPayload in openapi.yaml).
struct Calibration
{
    QStringList interactionIds;
    PolarityMatrix polarityMatrix;
    QList<AlertTrigger> alertTriggers;
    double sensitivityLevel = 0.5;
    bool triggerModelReweight = false;

    friend bool operator==(const Calibration &, const Calibration &) = default;

    // The tenant default that a fresh tenant (version 0) has in force.
    static Calibration tenantDefault();
};

} // namespace calib
