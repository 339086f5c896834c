#pragma once

#include "core/calibration.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace calib::sandbox {

enum class JobStatus { Queued, Running, Completed, Failed };

struct CalibrationJob
{
    QString id;
    QString actor; // client id that started it
    QString calibrationId;
    int version = 0;
    bool reweight = false;
    qint64 createdMs = 0;
    qint64 durationMs = 0;
    bool endRecorded = true; // reweight.completed written to the audit trail
};

struct JobSnapshot
{
    JobStatus status = JobStatus::Completed;
    double progress = 1.0;
    qint64 updatedMs = 0;
};

// What the tenant has in force: the calibration, its version and id, when it was applied,
// and the calibration jobs. Job progress is a pure function of the clock: a reweight job is
// queued for the first 10% of its duration (at most 1 s), then running with a progress
// fraction, then completed.
class TenantState
{
public:
    TenantState();

    [[nodiscard]] const Calibration &calibration() const { return m_calibration; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] QString calibrationId() const;
    [[nodiscard]] static QString calibrationIdFor(int version); // "cal_000042"
    // A tenant with a history: `version` applies happened before, the last at `atMs`.
    void setHistory(int version, qint64 atMs);
    [[nodiscard]] qint64 appliedAtMs() const { return m_appliedAtMs; }
    void setOrigin(qint64 ms) { m_appliedAtMs = ms; }

    // Applies `calibration` as the next version and returns the new version.
    int apply(const Calibration &calibration, qint64 nowMs);

    CalibrationJob &createJob(bool reweight, qint64 nowMs, qint64 durationMs);
    [[nodiscard]] const CalibrationJob *job(const QString &id) const;
    [[nodiscard]] static JobSnapshot snapshot(const CalibrationJob &job, qint64 nowMs);
    [[nodiscard]] static QString statusToWire(JobStatus status);
    // The reweight job that is queued or running at nowMs, if any.
    [[nodiscard]] const CalibrationJob *activeReweight(qint64 nowMs) const;
    // Reweight jobs that have finished but whose end is not yet recorded; marks them recorded.
    QList<CalibrationJob> takeFinishedReweights(qint64 nowMs);

    [[nodiscard]] QJsonObject toJson() const;
    void fromJson(const QJsonObject &object);

private:
    Calibration m_calibration;
    int m_version = 0;
    qint64 m_appliedAtMs = 0;
    qint64 m_jobCounter = 0;
    QHash<QString, CalibrationJob> m_jobs;
    QString m_activeReweightId;
};

} // namespace calib::sandbox
