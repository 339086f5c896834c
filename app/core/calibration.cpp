#include "core/calibration.h"

namespace calib {

Calibration Calibration::tenantDefault()
{
    Calibration c;
    c.interactionIds = {QStringLiteral("default")};
    c.polarityMatrix = PolarityMatrix {-0.6, 0.0, 0.6};
    c.alertTriggers = {
        AlertTrigger {Emotion::Anger, 0.8, Directive::Notify},
        AlertTrigger {Emotion::Frustration, 0.75, Directive::Log},
    };
    c.sensitivityLevel = 0.5;
    c.triggerModelReweight = false;
    return c;
}

} // namespace calib
