#include "services/clienttuning.h"

#include <QCoreApplication>

namespace calib {

QStringList ClientTuning::apply(const QProcessEnvironment &environment, TenantClientOptions &options)
{
    QStringList problems;
    const QString attempts = environment.value(QLatin1StringView(MaxAttemptsVariable));
    if (!attempts.isEmpty()) {
        bool ok = false;
        const int value = attempts.toInt(&ok);
        if (ok && value >= 1 && value <= 20)
            options.retry.maxAttempts = value;
        else
            problems << QCoreApplication::translate("calib::ClientTuning", "%1 must be a whole number from 1 to 20.")
                            .arg(QLatin1StringView(MaxAttemptsVariable));
    }
    const QString scale = environment.value(QLatin1StringView(TimeScaleVariable));
    if (!scale.isEmpty()) {
        bool ok = false;
        const double value = scale.toDouble(&ok);
        if (ok && value > 0.0 && value <= 1.0)
            options.timeScale = value;
        else
            problems << QCoreApplication::translate("calib::ClientTuning", "%1 must be a number above 0 and at most 1.")
                            .arg(QLatin1StringView(TimeScaleVariable));
    }
    return problems;
}

} // namespace calib
