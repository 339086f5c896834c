#include "services/applypreview.h"

#include "api/apicall.h"
#include "api/tenantclient.h"

#include <QTimer>

namespace calib {

ExitCode ApplyPreviewResult::exitCode() const
{
    if (!validation.ok())
        return ExitCode::Invalid;
    if (error.isError() && error.kind != ApiError::Kind::NotSupported)
        return exitCodeFor(error);
    return ExitCode::Ok;
}

ApplyPreview::ApplyPreview(TenantClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<ApplyPreviewResult>();
}

void ApplyPreview::start(const Calibration &calibration)
{
    m_calibration = calibration;
    QTimer::singleShot(0, this, &ApplyPreview::run);
}

void ApplyPreview::run()
{
    m_result = {};
    m_result.validation = validate(m_calibration);
    if (!m_result.validation.ok()) {
        Q_EMIT finished(m_result);
        return;
    }
    if (!m_client) {
        m_result.error = ApiError::make(ApiError::Kind::Network, tr("Not connected to a tenant."));
        Q_EMIT finished(m_result);
        return;
    }
    m_call = m_client->getCalibration();
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_call = nullptr;
        if (!result.ok()) {
            m_result.error = result.error;
        } else {
            m_result.inForce = result.as<CalibrationInForce>();
            m_result.changes = diff(m_result.inForce->calibration, m_calibration);
        }
        Q_EMIT finished(m_result);
    });
}

void ApplyPreview::cancel()
{
    if (m_call)
        m_call->cancel();
}

} // namespace calib
