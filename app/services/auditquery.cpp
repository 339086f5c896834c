#include "services/auditquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString timestampText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return actions.isEmpty() && actor.isEmpty() && !since.isValid() && !until.isValid();
}

bool AuditFilter::hasServerPart() const
{
    return !actor.isEmpty() || since.isValid() || until.isValid();
}

bool AuditFilter::matches(qint64 timestampMs, QStringView eventActor, QStringView action) const
{
    if (!actions.isEmpty() && !actions.contains(action.toString()))
        return false;
    if (!actor.isEmpty() && eventActor != actor)
        return false;
    if (since.isValid() && timestampMs < since.toMSecsSinceEpoch())
        return false;
    if (until.isValid() && timestampMs >= until.toMSecsSinceEpoch())
        return false;
    return true;
}

bool AuditFilter::matches(const AuditEvent &event) const
{
    return matches(event.timestamp.toMSecsSinceEpoch(), event.actor, event.action);
}

AuditQuery AuditFilter::toQuery(int limit, bool serverSide) const
{
    AuditQuery query;
    query.limit = limit;
    if (serverSide) {
        query.since = since;
        query.until = until;
        query.actor = actor;
    }
    return query;
}

QString auditChangesSummary(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject() && (value.toObject().contains(u"from"_s) || value.toObject().contains(u"to"_s))) {
            const QJsonObject change = value.toObject();
            parts.append(it.key() % u' ' % jsonValueText(change.value(u"from"_s)) % u" \u2192 "_s
                         % jsonValueText(change.value(u"to"_s)));
        } else {
            parts.append(it.key() % u": "_s % jsonValueText(value));
        }
    }
    return parts.join(u"; "_s);
}

QJsonObject auditEventToJson(const AuditEvent &event)
{
    QJsonObject object;
    object.insert(u"id"_s, event.id);
    object.insert(u"timestamp"_s, timestampText(event.timestamp));
    object.insert(u"actor"_s, event.actor);
    object.insert(u"action"_s, event.action);
    if (!event.calibrationId.isEmpty())
        object.insert(u"calibration_id"_s, event.calibrationId);
    if (event.version)
        object.insert(u"version"_s, *event.version);
    if (!event.jobId.isEmpty())
        object.insert(u"job_id"_s, event.jobId);
    if (!event.idempotencyKey.isEmpty())
        object.insert(u"idempotency_key"_s, event.idempotencyKey);
    if (event.statusCode)
        object.insert(u"status_code"_s, *event.statusCode);
    if (!event.changes.isEmpty())
        object.insert(u"changes"_s, event.changes);
    return object;
}

} // namespace calib
