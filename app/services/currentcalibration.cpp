#include "services/currentcalibration.h"

#include "api/apicall.h"
#include "api/tenantclient.h"
#include "core/clock.h"

#include <QTimer>

namespace calib {

CurrentCalibration::CurrentCalibration(TenantClient *client, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : Clock::system())
{ }

Preset CurrentCalibration::presetFor(const CalibrationInForce &inForce, const QString &tenantLabel,
                                     const QDateTime &now)
{
    Preset preset;
    preset.name = tr("Calibration in force, version %1").arg(inForce.version);
    preset.description = tr("Read from %1 (calibration %2, applied %3).")
                             .arg(tenantLabel, inForce.calibrationId, inForce.appliedAt.toUTC().toString(Qt::ISODate));
    preset.createdAt = now.toUTC();
    preset.calibration = inForce.calibration;
    return preset;
}

void CurrentCalibration::start(const QString &presetPath)
{
    m_path = presetPath;
    QTimer::singleShot(0, this, &CurrentCalibration::run);
}

void CurrentCalibration::run()
{
    if (!m_client) {
        Q_EMIT finished(ApiError::make(ApiError::Kind::Network, tr("Not connected to a tenant.")));
        return;
    }
    ApiCall *call = m_client->getCalibration();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT finished(result.error);
            return;
        }
        m_inForce = result.as<CalibrationInForce>();
        if (!m_path.isEmpty()) {
            const QString label = m_client ? m_client->config().baseUrl.host() : QString();
            const QString problem = savePresetFile(m_path, presetFor(*m_inForce, label, m_clock->now()));
            if (!problem.isEmpty()) {
                Q_EMIT finished(ApiError::make(ApiError::Kind::InvalidInput, problem));
                return;
            }
        }
        Q_EMIT finished(ApiError {});
    });
}

} // namespace calib
