#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/calibrationdiff.h"
#include "core/validation.h"
#include "services/exitcodes.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace calib {

class ApiCall;
class TenantClient;

struct ApplyPreviewResult
{
    ValidationResult validation;
    std::optional<CalibrationInForce> inForce; // empty when it could not be read
    QList<FieldChange> changes; // from the calibration in force to the new one
    ApiError error; // reading the calibration in force failed (NotSupported: no diff)

    // Invalid when validation failed; the error's code when reading failed (except
    // NotSupported, where the preview is still a successful validation); Ok otherwise.
    [[nodiscard]] ExitCode exitCode() const;
};

// A dry run of an apply: validates the calibration with the engine rules and, when it
// is valid, reads the calibration in force and computes the field-by-field difference.
// Sends nothing that changes the tenant.
class ApplyPreview final : public QObject
{
    Q_OBJECT
public:
    explicit ApplyPreview(TenantClient *client, QObject *parent = nullptr);

    // Starts on the next event-loop turn; finished() follows once.
    void start(const Calibration &calibration);
    void cancel();

Q_SIGNALS:
    void finished(const calib::ApplyPreviewResult &result);

private:
    void run();

    QPointer<TenantClient> m_client;
    QPointer<ApiCall> m_call;
    Calibration m_calibration;
    ApplyPreviewResult m_result;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::ApplyPreviewResult)
