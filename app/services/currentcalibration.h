#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/preset.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace calib {

class ApiCall;
class Clock;
class TenantClient;

// Reads the calibration in force and, when a path is given, writes it as a preset file
// (atomically) that loads and validates like any other preset.
class CurrentCalibration final : public QObject
{
    Q_OBJECT
public:
    CurrentCalibration(TenantClient *client, Clock *clock, QObject *parent = nullptr);

    // Starts on the next event-loop turn; `presetPath` empty = only read.
    void start(const QString &presetPath = {});

    [[nodiscard]] const std::optional<CalibrationInForce> &inForce() const { return m_inForce; }
    [[nodiscard]] const QString &presetPath() const { return m_path; }

    // The preset written for a calibration in force read from `tenantLabel`.
    [[nodiscard]] static Preset presetFor(const CalibrationInForce &inForce, const QString &tenantLabel,
                                          const QDateTime &now);

Q_SIGNALS:
    // Once; error kind None on success (a file error is Kind::InvalidInput).
    void finished(const calib::ApiError &error);

private:
    void run();

    QPointer<TenantClient> m_client;
    Clock *m_clock;
    QString m_path;
    std::optional<CalibrationInForce> m_inForce;
};

} // namespace calib
