#include "sandbox/tenantstate.h"

#include "core/wirejson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace calib::sandbox {

TenantState::TenantState()
    : m_calibration(Calibration::tenantDefault())
{ }

QString TenantState::calibrationId() const
{
    return calibrationIdFor(m_version);
}

QString TenantState::calibrationIdFor(int version)
{
    return QStringLiteral("cal_%1").arg(version, 6, 10, QLatin1Char('0'));
}

void TenantState::setHistory(int version, qint64 atMs)
{
    m_version = version;
    m_appliedAtMs = atMs;
}

int TenantState::apply(const Calibration &calibration, qint64 nowMs)
{
    m_calibration = calibration;
    ++m_version;
    m_appliedAtMs = nowMs;
    return m_version;
}

CalibrationJob &TenantState::createJob(bool reweight, qint64 nowMs, qint64 durationMs)
{
    CalibrationJob job;
    job.id = QStringLiteral("job_%1").arg(++m_jobCounter, 6, 10, QLatin1Char('0'));
    job.reweight = reweight;
    job.createdMs = nowMs;
    job.durationMs = reweight ? std::max<qint64>(durationMs, 1) : 0;
    job.endRecorded = !reweight;
    if (reweight)
        m_activeReweightId = job.id;
    return *m_jobs.insert(job.id, job);
}

const CalibrationJob *TenantState::job(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &*it;
}

JobSnapshot TenantState::snapshot(const CalibrationJob &job, qint64 nowMs)
{
    JobSnapshot snapshot;
    if (!job.reweight) {
        snapshot.updatedMs = job.createdMs;
        return snapshot;
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - job.createdMs);
    const qint64 queuedMs = std::min<qint64>(job.durationMs / 10, 1000);
    if (elapsed >= job.durationMs) {
        snapshot.status = JobStatus::Completed;
        snapshot.progress = 1.0;
        snapshot.updatedMs = job.createdMs + job.durationMs;
    } else if (elapsed < queuedMs) {
        snapshot.status = JobStatus::Queued;
        snapshot.progress = 0.0;
        snapshot.updatedMs = job.createdMs;
    } else {
        snapshot.status = JobStatus::Running;
        snapshot.progress = double(elapsed - queuedMs) / double(job.durationMs - queuedMs);
        snapshot.progress = std::round(snapshot.progress * 1000.0) / 1000.0;
        snapshot.updatedMs = nowMs;
    }
    return snapshot;
}

QString TenantState::statusToWire(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued: return QStringLiteral("queued");
    case JobStatus::Running: return QStringLiteral("running");
    case JobStatus::Completed: return QStringLiteral("completed");
    case JobStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

const CalibrationJob *TenantState::activeReweight(qint64 nowMs) const
{
    const CalibrationJob *active = job(m_activeReweightId);
    if (!active)
        return nullptr;
    const JobStatus status = snapshot(*active, nowMs).status;
    return (status == JobStatus::Queued || status == JobStatus::Running) ? active : nullptr;
}

QList<CalibrationJob> TenantState::takeFinishedReweights(qint64 nowMs)
{
    QList<CalibrationJob> finished;
    for (auto &job : m_jobs) {
        if (!job.endRecorded && snapshot(job, nowMs).status == JobStatus::Completed) {
            job.endRecorded = true;
            finished.append(job);
        }
    }
    std::sort(finished.begin(), finished.end(),
              [](const CalibrationJob &a, const CalibrationJob &b) { return a.createdMs < b.createdMs; });
    return finished;
}

QJsonObject TenantState::toJson() const
{
    QJsonArray jobs;
    for (const auto &job : m_jobs) {
        jobs.append(QJsonObject {
            {QStringLiteral("id"), job.id},
            {QStringLiteral("actor"), job.actor},
            {QStringLiteral("calibration_id"), job.calibrationId},
            {QStringLiteral("version"), job.version},
            {QStringLiteral("reweight"), job.reweight},
            {QStringLiteral("created_ms"), double(job.createdMs)},
            {QStringLiteral("duration_ms"), double(job.durationMs)},
            {QStringLiteral("end_recorded"), job.endRecorded},
        });
    }
    return QJsonObject {
        {QStringLiteral("calibration"), toWireJson(m_calibration)},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("applied_at_ms"), double(m_appliedAtMs)},
        {QStringLiteral("job_counter"), double(m_jobCounter)},
        {QStringLiteral("active_reweight"), m_activeReweightId},
        {QStringLiteral("jobs"), jobs},
    };
}

void TenantState::fromJson(const QJsonObject &object)
{
    const auto parsed = calibrationFromJson(object.value(QStringLiteral("calibration")).toObject());
    if (parsed.ok())
        m_calibration = *parsed.value;
    m_version = object.value(QStringLiteral("version")).toInt();
    m_appliedAtMs = qint64(object.value(QStringLiteral("applied_at_ms")).toDouble());
    m_jobCounter = qint64(object.value(QStringLiteral("job_counter")).toDouble());
    m_activeReweightId = object.value(QStringLiteral("active_reweight")).toString();
    m_jobs.clear();
    for (const auto &value : object.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject o = value.toObject();
        CalibrationJob job;
        job.id = o.value(QStringLiteral("id")).toString();
        job.actor = o.value(QStringLiteral("actor")).toString();
        job.calibrationId = o.value(QStringLiteral("calibration_id")).toString();
        job.version = o.value(QStringLiteral("version")).toInt();
        job.reweight = o.value(QStringLiteral("reweight")).toBool();
        job.createdMs = qint64(o.value(QStringLiteral("created_ms")).toDouble());
        job.durationMs = qint64(o.value(QStringLiteral("duration_ms")).toDouble());
        job.endRecorded = o.value(QStringLiteral("end_recorded")).toBool(true);
        if (!job.id.isEmpty())
            m_jobs.insert(job.id, job);
    }
}

} // namespace calib::sandbox
