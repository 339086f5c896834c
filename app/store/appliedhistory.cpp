#include "store/appliedhistory.h"

#include "store/localdatabase.h"
#include "store/storejson.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace calib {

AppliedHistory::AppliedHistory(const LocalDatabase &database)
    : m_db(database)
{ }

StoreResult<AppliedRecord> AppliedHistory::add(const AppliedRecord &record)
{
    if (record.profile.isEmpty() || record.calibrationId.isEmpty())
        return StoreResult<AppliedRecord>::failure(tr("A history entry needs a profile and a calibration id."));
    StoreResult<QSqlQuery> q = m_db.exec(
        u"INSERT INTO applied_history (profile, calibration_id, version, applied_at, payload, latency_ms, outbox_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {record.profile, record.calibrationId, record.version, storejson::formatTime(record.appliedAt),
         storejson::format(record.payload), record.latencyMs ? QVariant(*record.latencyMs) : QVariant(),
         record.outboxId ? QVariant(*record.outboxId) : QVariant()});
    if (!q)
        return StoreResult<AppliedRecord>::failure(q.error());
    AppliedRecord stored = record;
    stored.id = q.value().lastInsertId().toLongLong();
    stored.appliedAt = storejson::parseTime(storejson::formatTime(record.appliedAt));
    return stored;
}

StoreResult<QList<AppliedRecord>> AppliedHistory::list(const QString &profile, int limit) const
{
    const QString p = profile.isNull() ? u""_s : profile;
    StoreResult<QSqlQuery> q
        = m_db.exec(u"SELECT id, profile, calibration_id, version, applied_at, payload, latency_ms, outbox_id "
                    "FROM applied_history WHERE (? = '' OR profile = ?) ORDER BY applied_at DESC, id DESC LIMIT ?"_s,
                    {p, p, qMax(0, limit)});
    if (!q)
        return StoreResult<QList<AppliedRecord>>::failure(q.error());
    QList<AppliedRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AppliedRecord rec;
        rec.id = r.value(0).toLongLong();
        rec.profile = r.value(1).toString();
        rec.calibrationId = r.value(2).toString();
        rec.version = r.value(3).toLongLong();
        rec.appliedAt = storejson::parseTime(r.value(4).toString());
        StoreResult<QJsonObject> payload = storejson::parse(r.value(5).toString());
        if (!payload)
            return StoreResult<QList<AppliedRecord>>::failure(
                tr("History entry %1: %2").arg(rec.id).arg(payload.error()));
        rec.payload = payload.value();
        if (!r.value(6).isNull())
            rec.latencyMs = r.value(6).toLongLong();
        if (!r.value(7).isNull())
            rec.outboxId = r.value(7).toLongLong();
        out << rec;
    }
    return out;
}

} // namespace calib
