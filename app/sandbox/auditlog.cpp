#include "sandbox/auditlog.h"

#include "sandbox/deterministicrandom.h"
#include "sandbox/tenantstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>

namespace calib::sandbox {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 7> actionNames {{
    {AuditAction::CalibrationApplied, "calibration.applied"},
    {AuditAction::CalibrationRejected, "calibration.rejected"},
    {AuditAction::ReweightStarted, "reweight.started"},
    {AuditAction::ReweightCompleted, "reweight.completed"},
    {AuditAction::ReweightFailed, "reweight.failed"},
    {AuditAction::WebhookRegistered, "webhook.registered"},
    {AuditAction::WebhookDeleted, "webhook.deleted"},
}};

QString timestampToWire(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject change(const QString &path, const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject {{path, QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}}};
}

} // namespace

QString AuditLog::actionToWire(AuditAction action)
{
    for (const auto &[value, name] : actionNames) {
        if (value == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AuditAction> AuditLog::actionFromWire(const QString &text)
{
    for (const auto &[value, name] : actionNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

qint64 AuditLog::append(AuditEvent event)
{
    event.seq = size() + 1;
    if (!event.changes.isEmpty() && event.changesJson.isEmpty())
        event.changesJson = QJsonDocument(event.changes).toJson(QJsonDocument::Compact);
    if (!m_events.isEmpty())
        event.timestampMs = std::max(event.timestampMs, m_events.constLast().timestampMs);
    m_events.append(std::move(event));
    return m_events.constLast().seq;
}

AuditPage AuditLog::page(const AuditQuery &query) const
{
    AuditPage result;
    qint64 index = size() - 1;
    if (query.afterSeq)
        index = std::min(index, *query.afterSeq - 2);
    if (query.untilMs) {
        // Timestamps are non-decreasing with seq: skip everything at or after `until`.
        const auto begin = m_events.cbegin();
        const auto end = begin + (index + 1);
        const auto it = std::lower_bound(begin, end, *query.untilMs,
                                         [](const AuditEvent &e, qint64 until) { return e.timestampMs < until; });
        index = (it - begin) - 1;
    }
    const auto matches = [&query](const AuditEvent &event) {
        return query.actor.isEmpty() || event.actor == query.actor;
    };
    const auto tooOld = [&query](const AuditEvent &event) {
        return query.sinceMs && event.timestampMs < *query.sinceMs;
    };

    // Now and then a page is deliberately short while more items follow.
    int limit = query.limit;
    if (limit >= 4 && index >= 0 && DeterministicRandom::mix(quint64(index) * 31 + quint64(limit)) % 5 == 0)
        limit = limit / 2;

    result.indexes.reserve(limit);
    for (; index >= 0 && result.indexes.size() < limit; --index) {
        const AuditEvent &event = m_events.at(index);
        if (tooOld(event)) {
            index = -1;
            break;
        }
        if (matches(event))
            result.indexes.append(index);
    }
    if (result.indexes.isEmpty())
        return result;
    for (; index >= 0; --index) {
        const AuditEvent &event = m_events.at(index);
        if (tooOld(event))
            break;
        if (matches(event)) {
            result.nextAfterSeq = m_events.at(result.indexes.constLast()).seq;
            break;
        }
    }
    return result;
}

QJsonObject AuditLog::toJson(const AuditEvent &event)
{
    QJsonObject object {
        {QStringLiteral("id"), QStringLiteral("evt_%1").arg(event.seq)},
        {QStringLiteral("timestamp"), timestampToWire(event.timestampMs)},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("action"), actionToWire(event.action)},
    };
    if (!event.calibrationId.isEmpty())
        object.insert(QStringLiteral("calibration_id"), event.calibrationId);
    if (event.version >= 0)
        object.insert(QStringLiteral("version"), event.version);
    if (!event.jobId.isEmpty())
        object.insert(QStringLiteral("job_id"), event.jobId);
    if (!event.idempotencyKey.isEmpty())
        object.insert(QStringLiteral("idempotency_key"), event.idempotencyKey);
    if (event.statusCode != 0)
        object.insert(QStringLiteral("status_code"), event.statusCode);
    if (!event.changes.isEmpty())
        object.insert(QStringLiteral("changes"), event.changes);
    return object;
}

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

void appendTwoDigits(QByteArray &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

} // namespace

void AuditLog::appendTimestamp(QByteArray &out, qint64 ms)
{
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    qint64 seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    out += QByteArray::number(year).rightJustified(4, '0');
    out += '-';
    appendTwoDigits(out, month);
    out += '-';
    appendTwoDigits(out, day);
    out += 'T';
    appendTwoDigits(out, int(secondOfDay / 3600));
    out += ':';
    appendTwoDigits(out, int(secondOfDay / 60 % 60));
    out += ':';
    appendTwoDigits(out, int(secondOfDay % 60));
    out += 'Z';
}

void AuditLog::appendJson(QByteArray &out, const AuditEvent &event)
{
    // Keys in the order QJsonObject would write them (alphabetical), so both forms match.
    out += "{\"action\":\"";
    for (const auto &[value, name] : actionNames) {
        if (value == event.action)
            out += name;
    }
    out += "\",\"actor\":";
    appendJsonString(out, event.actor);
    if (!event.calibrationId.isEmpty()) {
        out += ",\"calibration_id\":";
        appendJsonString(out, event.calibrationId);
    }
    if (!event.changesJson.isEmpty()) {
        out += ",\"changes\":";
        out += event.changesJson;
    }
    out += ",\"id\":\"evt_";
    out += QByteArray::number(event.seq);
    out += '"';
    if (!event.idempotencyKey.isEmpty()) {
        out += ",\"idempotency_key\":";
        appendJsonString(out, event.idempotencyKey);
    }
    if (!event.jobId.isEmpty()) {
        out += ",\"job_id\":";
        appendJsonString(out, event.jobId);
    }
    if (event.statusCode != 0) {
        out += ",\"status_code\":";
        out += QByteArray::number(event.statusCode);
    }
    out += ",\"timestamp\":\"";
    appendTimestamp(out, event.timestampMs);
    out += '"';
    if (event.version >= 0) {
        out += ",\"version\":";
        out += QByteArray::number(event.version);
    }
    out += '}';
}

QJsonArray AuditLog::toJsonArray() const
{
    QJsonArray array;
    for (const auto &event : m_events) {
        QJsonObject object = toJson(event);
        object.insert(QStringLiteral("timestamp_ms"), double(event.timestampMs));
        array.append(object);
    }
    return array;
}

void AuditLog::fromJsonArray(const QJsonArray &array)
{
    m_events.clear();
    m_events.reserve(array.size());
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        AuditEvent event;
        event.timestampMs = qint64(object.value(QStringLiteral("timestamp_ms")).toDouble());
        event.actor = object.value(QStringLiteral("actor")).toString();
        event.action = actionFromWire(object.value(QStringLiteral("action")).toString())
                           .value_or(AuditAction::CalibrationApplied);
        event.calibrationId = object.value(QStringLiteral("calibration_id")).toString();
        event.version = object.value(QStringLiteral("version")).toInt(-1);
        event.jobId = object.value(QStringLiteral("job_id")).toString();
        event.idempotencyKey = object.value(QStringLiteral("idempotency_key")).toString();
        event.statusCode = object.value(QStringLiteral("status_code")).toInt();
        event.changes = object.value(QStringLiteral("changes")).toObject();
        append(std::move(event));
    }
}

AuditLog::SeededHistory AuditLog::seed(int count, qint64 endMs, quint64 seed, const Calibration &inForce)
{
    SeededHistory history;
    if (count <= 0)
        return history;
    const QStringList actors {QStringLiteral("qa-analyst-1"), QStringLiteral("qa-analyst-2"),
                              QStringLiteral("supervisor"), QStringLiteral("ci-pipeline"), QStringLiteral("sandbox")};
    const QList<int> rejectedStatuses {400, 400, 400, 422, 429, 503};
    DeterministicRandom random(seed ^ 0xA0D17ULL);
    const qint64 spacingMs = 60 * 1000; // one event a minute on average
    qint64 t = endMs - qint64(count) * spacingMs - 3600 * 1000;
    reserve(size() + count);
    QList<qint64> applied; // indices of the seeded applies, oldest first
    qint64 job = 0;
    for (int i = 0; i < count; ++i) {
        t += qint64(random.nextDouble() * 2 * spacingMs);
        AuditEvent event;
        event.timestampMs = std::min(t, endMs - 1000);
        event.actor = actors.at(int(random.next() % quint64(actors.size())));
        const double kind = random.nextDouble();
        const qint64 n = size() + 1;
        if (kind < 0.55) {
            event.action = AuditAction::CalibrationApplied;
            event.version = ++history.version;
            event.calibrationId = TenantState::calibrationIdFor(history.version);
            event.idempotencyKey = QStringLiteral("seed-%1").arg(n);
            event.statusCode = 200;
            history.lastAppliedMs = event.timestampMs;
            applied.append(size());
        } else if (kind < 0.80) {
            event.action = AuditAction::CalibrationRejected;
            event.idempotencyKey = QStringLiteral("seed-%1").arg(n);
            event.statusCode = rejectedStatuses.at(int(random.next() % quint64(rejectedStatuses.size())));
        } else if (kind < 0.88) {
            event.action = AuditAction::ReweightStarted;
            event.jobId = QStringLiteral("job_h%1").arg(++job);
        } else if (kind < 0.95) {
            event.action = random.nextDouble() < 0.9 ? AuditAction::ReweightCompleted : AuditAction::ReweightFailed;
            event.jobId = QStringLiteral("job_h%1").arg(std::max<qint64>(job, 1));
        } else {
            event.action = random.nextDouble() < 0.6 ? AuditAction::WebhookRegistered : AuditAction::WebhookDeleted;
        }
        append(std::move(event));
    }

    // The applies' diffs, newest first, walking back from the calibration in force: each
    // one changes a field to the value the next state has, from a nearby value, so the chain
    // of diffs leads to what is in force.
    struct Field
    {
        QString path;
        double value;
        double low;
        double high;
    };
    QList<Field> fields;
    for (qsizetype i = 0; i < inForce.alertTriggers.size(); ++i)
        fields.append(
            {QStringLiteral("alert_triggers[%1].threshold").arg(i), inForce.alertTriggers.at(i).threshold, 0.5, 0.95});
    fields.append({QStringLiteral("sensitivity_level"), inForce.sensitivityLevel, 0.2, 0.9});
    fields.append({QStringLiteral("polarity_matrix.negative"), inForce.polarityMatrix.negative, -0.9, -0.3});
    const std::array<double, 4> steps {-0.1, -0.05, 0.05, 0.1};
    QHash<QByteArray, QByteArray> diffs; // "path from to" -> compact JSON, shared by equal diffs
    for (qsizetype a = applied.size(); a-- > 0;) {
        Field &field = fields[qsizetype(random.next() % quint64(fields.size()))];
        double from = field.value;
        for (int attempt = 0; attempt < 8 && (from == field.value || from < field.low || from > field.high); ++attempt)
            from = std::round((field.value + steps.at(size_t(random.next() % steps.size()))) * 100) / 100;
        if (from == field.value || from < field.low || from > field.high)
            from = std::round((field.value > (field.low + field.high) / 2 ? field.value - 0.05 : field.value + 0.05)
                              * 100)
                / 100;
        AuditEvent &event = m_events[applied.at(a)];
        event.changes = change(field.path, from, field.value);
        const QByteArray key
            = field.path.toUtf8() + ' ' + QByteArray::number(from) + ' ' + QByteArray::number(field.value);
        auto it = diffs.find(key);
        if (it == diffs.end())
            it = diffs.insert(key, QJsonDocument(event.changes).toJson(QJsonDocument::Compact));
        event.changesJson = *it;
        field.value = from;
    }
    return history;
}

} // namespace calib::sandbox
