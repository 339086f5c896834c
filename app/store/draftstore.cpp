#include "store/draftstore.h"

#include "core/clock.h"
#include "store/localdatabase.h"
#include "store/storejson.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace calib {

DraftStore::DraftStore(const LocalDatabase &database, const Clock *clock)
    : m_db(database)
    , m_clock(clock ? clock : Clock::system())
{ }

StoreStatus DraftStore::save(const QString &profile, const QJsonObject &payload)
{
    if (profile.isEmpty())
        return StoreStatus::failure(tr("A draft needs a profile."));
    return StoreStatus::from(m_db.exec(u"INSERT INTO drafts (profile, payload, saved_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (profile) DO UPDATE SET payload = excluded.payload, "
                                       "saved_at = excluded.saved_at"_s,
                                       {profile, storejson::format(payload), storejson::formatTime(m_clock->now())}));
}

StoreResult<std::optional<Draft>> DraftStore::load(const QString &profile) const
{
    StoreResult<QSqlQuery> q = m_db.exec(u"SELECT payload, saved_at FROM drafts WHERE profile = ?"_s, {profile});
    if (!q)
        return StoreResult<std::optional<Draft>>::failure(q.error());
    if (!q.value().next())
        return std::optional<Draft>();
    StoreResult<QJsonObject> payload = storejson::parse(q.value().value(0).toString());
    if (!payload)
        return StoreResult<std::optional<Draft>>::failure(tr("The draft of %1: %2").arg(profile, payload.error()));
    return std::optional<Draft>(Draft {payload.value(), storejson::parseTime(q.value().value(1).toString())});
}

StoreStatus DraftStore::clear(const QString &profile)
{
    return StoreStatus::from(m_db.exec(u"DELETE FROM drafts WHERE profile = ?"_s, {profile}));
}

} // namespace calib
