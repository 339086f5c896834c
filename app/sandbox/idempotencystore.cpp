#include "sandbox/idempotencystore.h"

#include <QJsonObject>

namespace calib::sandbox {

IdempotencyStore::Lookup IdempotencyStore::begin(const QString &key, const QByteArray &canonicalBody, qint64 nowMs)
{
    purge(nowMs);
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend()) {
        if (it->canonicalBody != canonicalBody)
            return {Outcome::Mismatch, *it};
        if (it->inFlight)
            return {Outcome::InFlight, *it};
        return {Outcome::Replay, *it};
    }
    Entry entry;
    entry.canonicalBody = canonicalBody;
    entry.inFlight = true;
    entry.createdMs = nowMs;
    m_entries.insert(key, entry);
    return {Outcome::New, entry};
}

void IdempotencyStore::complete(const QString &key, int status, const QByteArray &responseBody)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->inFlight = false;
    it->status = status;
    it->responseBody = responseBody;
}

void IdempotencyStore::abandon(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend() && it->inFlight)
        m_entries.erase(it);
}

void IdempotencyStore::purge(qint64 nowMs)
{
    m_entries.removeIf(
        [nowMs](const auto &it) { return !it.value().inFlight && it.value().createdMs + retentionMs <= nowMs; });
}

QJsonArray IdempotencyStore::toJson() const
{
    QJsonArray array;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->inFlight)
            continue;
        array.append(QJsonObject {
            {QStringLiteral("key"), it.key()},
            {QStringLiteral("body"), QString::fromUtf8(it->canonicalBody)},
            {QStringLiteral("created_ms"), double(it->createdMs)},
            {QStringLiteral("status"), it->status},
            {QStringLiteral("response"), QString::fromUtf8(it->responseBody)},
            {QStringLiteral("applied"), m_appliedCounts.value(it.key())},
        });
    }
    return array;
}

void IdempotencyStore::fromJson(const QJsonArray &array)
{
    m_entries.clear();
    m_appliedCounts.clear();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QStringLiteral("key")).toString();
        if (key.isEmpty())
            continue;
        Entry entry;
        entry.canonicalBody = object.value(QStringLiteral("body")).toString().toUtf8();
        entry.createdMs = qint64(object.value(QStringLiteral("created_ms")).toDouble());
        entry.status = object.value(QStringLiteral("status")).toInt();
        entry.responseBody = object.value(QStringLiteral("response")).toString().toUtf8();
        m_entries.insert(key, entry);
        const int applied = object.value(QStringLiteral("applied")).toInt();
        if (applied > 0)
            m_appliedCounts.insert(key, applied);
    }
}

} // namespace calib::sandbox
