#pragma once

#include "api/tenantclient.h"

#include <QProcessEnvironment>
#include <QString>

namespace calib {

// Client settings an automation run may adjust through the environment:
//   CALIBCTL_MAX_ATTEMPTS  attempts per request, 1..20 (default: the client's 5)
//   CALIBCTL_TIME_SCALE    multiplies every retry and poll wait, (0, 1] (for tests)
// Values out of range are reported in plain words and leave the option unchanged.
struct ClientTuning
{
    static constexpr const char *MaxAttemptsVariable = "CALIBCTL_MAX_ATTEMPTS";
    static constexpr const char *TimeScaleVariable = "CALIBCTL_TIME_SCALE";

    // Applies the environment to `options`; returns the problems found (empty when fine).
    static QStringList apply(const QProcessEnvironment &environment, TenantClientOptions &options);
};

} // namespace calib
