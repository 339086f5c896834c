#include "store/outbox.h"

#include "core/clock.h"
#include "store/localdatabase.h"
#include "store/storejson.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

const QString kColumns = u"id, profile, idempotency_key, payload, created_at, attempts, last_error, state, "
                         "outcome, updated_at"_s;

// A null QString binds as SQL NULL; the filters compare with ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

std::optional<OutboxEntry::State> stateFromName(const QString &name)
{
    for (OutboxEntry::State s : {OutboxEntry::State::Pending, OutboxEntry::State::Sending, OutboxEntry::State::Done,
                                 OutboxEntry::State::Failed}) {
        if (OutboxEntry::stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

StoreResult<OutboxEntry> readRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.profile = q.value(1).toString();
    e.idempotencyKey = q.value(2).toString();
    StoreResult<QJsonObject> payload = storejson::parse(q.value(3).toString());
    if (!payload)
        return StoreResult<OutboxEntry>::failure(Outbox::tr("Outbox row %1: %2").arg(e.id).arg(payload.error()));
    e.payload = payload.value();
    e.createdAt = storejson::parseTime(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.lastError = q.value(6).toString();
    const std::optional<OutboxEntry::State> state = stateFromName(q.value(7).toString());
    if (!state)
        return StoreResult<OutboxEntry>::failure(Outbox::tr("Outbox row %1 has an unknown state.").arg(e.id));
    e.state = *state;
    if (!q.value(8).isNull()) {
        StoreResult<QJsonObject> outcome = storejson::parse(q.value(8).toString());
        if (!outcome)
            return StoreResult<OutboxEntry>::failure(Outbox::tr("Outbox row %1: %2").arg(e.id).arg(outcome.error()));
        e.outcome = outcome.value();
    }
    e.updatedAt = storejson::parseTime(q.value(9).toString());
    return e;
}

StoreResult<QList<OutboxEntry>> readAll(StoreResult<QSqlQuery> q)
{
    if (!q)
        return StoreResult<QList<OutboxEntry>>::failure(q.error());
    QList<OutboxEntry> out;
    while (q.value().next()) {
        StoreResult<OutboxEntry> e = readRow(q.value());
        if (!e)
            return StoreResult<QList<OutboxEntry>>::failure(e.error());
        out << e.value();
    }
    return out;
}

StoreResult<std::optional<OutboxEntry>> readOne(StoreResult<QSqlQuery> q)
{
    StoreResult<QList<OutboxEntry>> all = readAll(std::move(q));
    if (!all)
        return StoreResult<std::optional<OutboxEntry>>::failure(all.error());
    if (all.value().isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(all.value().constFirst());
}

} // namespace

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Sending: return u"sending"_s;
    case State::Done: return u"done"_s;
    case State::Failed: return u"failed"_s;
    }
    return u"pending"_s;
}

Outbox::Outbox(const LocalDatabase &database, const Clock *clock)
    : m_db(database)
    , m_clock(clock ? clock : Clock::system())
{ }

QString Outbox::now() const
{
    return storejson::formatTime(m_clock->now());
}

StoreResult<OutboxEntry> Outbox::enqueue(const QString &profile, const QString &idempotencyKey,
                                         const QJsonObject &payload)
{
    if (idempotencyKey.trimmed().isEmpty())
        return StoreResult<OutboxEntry>::failure(tr("An apply needs an idempotency key."));
    if (StoreResult<std::optional<OutboxEntry>> existing = findByKey(idempotencyKey); !existing)
        return StoreResult<OutboxEntry>::failure(existing.error());
    else if (existing.value())
        return StoreResult<OutboxEntry>::failure(tr("The idempotency key %1 is already in the outbox (row %2).")
                                                     .arg(idempotencyKey)
                                                     .arg(existing.value()->id));
    const QString t = now();
    StoreResult<QSqlQuery> q = m_db.exec(u"INSERT INTO outbox (profile, idempotency_key, payload, created_at, "
                                         "attempts, state, updated_at) VALUES (?, ?, ?, ?, 0, 'pending', ?)"_s,
                                         {profile, idempotencyKey, storejson::format(payload), t, t});
    if (!q)
        return StoreResult<OutboxEntry>::failure(q.error());
    const qint64 id = q.value().lastInsertId().toLongLong();
    StoreResult<std::optional<OutboxEntry>> row = get(id);
    if (!row || !row.value())
        return StoreResult<OutboxEntry>::failure(row ? tr("The new outbox row could not be read back.") : row.error());
    return *row.value();
}

StoreResult<OutboxEntry> Outbox::update(qint64 id, const QString &sql, const QVariantList &params)
{
    StoreResult<QSqlQuery> q = m_db.exec(sql, params);
    if (!q)
        return StoreResult<OutboxEntry>::failure(q.error());
    if (q.value().numRowsAffected() != 1) {
        StoreResult<std::optional<OutboxEntry>> row = get(id);
        if (row && row.value())
            return StoreResult<OutboxEntry>::failure(
                tr("Outbox row %1 is already closed (%2).").arg(id).arg(OutboxEntry::stateName(row.value()->state)));
        return StoreResult<OutboxEntry>::failure(tr("There is no outbox row %1.").arg(id));
    }
    StoreResult<std::optional<OutboxEntry>> row = get(id);
    if (!row || !row.value())
        return StoreResult<OutboxEntry>::failure(row ? tr("There is no outbox row %1.").arg(id) : row.error());
    return *row.value();
}

StoreResult<OutboxEntry> Outbox::markSending(qint64 id)
{
    return update(id,
                  u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                  "WHERE id = ? AND state IN ('pending', 'sending')"_s,
                  {now(), id});
}

StoreResult<OutboxEntry> Outbox::markAttempt(qint64 id, const QString &error)
{
    return update(id,
                  u"UPDATE outbox SET state = 'pending', last_error = ?, updated_at = ? "
                  "WHERE id = ? AND state IN ('pending', 'sending')"_s,
                  {error, now(), id});
}

StoreResult<OutboxEntry> Outbox::close(qint64 id, OutboxEntry::State finalState, const QJsonObject &outcome,
                                       const QString &error)
{
    if (finalState != OutboxEntry::State::Done && finalState != OutboxEntry::State::Failed)
        return StoreResult<OutboxEntry>::failure(tr("An outbox row can only be closed as done or failed."));
    return update(id,
                  u"UPDATE outbox SET state = ?, outcome = ?, last_error = COALESCE(?, last_error), updated_at = ? "
                  "WHERE id = ? AND state IN ('pending', 'sending')"_s,
                  {OutboxEntry::stateName(finalState), storejson::format(outcome),
                   error.isEmpty() ? QVariant() : QVariant(error), now(), id});
}

StoreResult<std::optional<OutboxEntry>> Outbox::get(qint64 id) const
{
    return readOne(m_db.exec(u"SELECT "_s + kColumns + u" FROM outbox WHERE id = ?"_s, {id}));
}

StoreResult<std::optional<OutboxEntry>> Outbox::findByKey(const QString &idempotencyKey) const
{
    return readOne(m_db.exec(u"SELECT "_s + kColumns + u" FROM outbox WHERE idempotency_key = ?"_s, {idempotencyKey}));
}

StoreResult<QList<OutboxEntry>> Outbox::pending(const QString &profile) const
{
    return readAll(m_db.exec(u"SELECT "_s + kColumns
                                 + u" FROM outbox WHERE state IN ('pending', 'sending') AND (? = '' OR profile = ?) "
                                   "ORDER BY id"_s,
                             {nonNull(profile), nonNull(profile)}));
}

StoreResult<QList<OutboxEntry>> Outbox::recent(int limit, const QString &profile) const
{
    return readAll(
        m_db.exec(u"SELECT "_s + kColumns + u" FROM outbox WHERE (? = '' OR profile = ?) ORDER BY id DESC LIMIT ?"_s,
                  {nonNull(profile), nonNull(profile), qMax(0, limit)}));
}

} // namespace calib
