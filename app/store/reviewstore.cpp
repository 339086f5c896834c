#include "store/reviewstore.h"

#include "store/localdatabase.h"
#include "store/storejson.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace calib {

QString AlertReview::labelName(Label label)
{
    switch (label) {
    case Label::TruePositive: return u"tp"_s;
    case Label::FalsePositive: return u"fp"_s;
    case Label::Skip: return u"skip"_s;
    }
    return u"skip"_s;
}

std::optional<AlertReview::Label> AlertReview::labelFromName(const QString &name)
{
    for (Label l : {Label::TruePositive, Label::FalsePositive, Label::Skip}) {
        if (labelName(l) == name)
            return l;
    }
    return std::nullopt;
}

ReviewStore::ReviewStore(const LocalDatabase &database)
    : m_db(database)
{ }

StoreStatus ReviewStore::write(const AlertReview &r)
{
    if (r.tenant.isEmpty() || r.alertId.isEmpty())
        return StoreStatus::failure(tr("A review needs a tenant and an alert id."));
    return StoreStatus::from(
        m_db.exec(u"INSERT INTO alert_reviews (tenant, alert_id, label, reviewed_at, alert) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (tenant, alert_id) DO UPDATE SET label = excluded.label, "
                  "reviewed_at = excluded.reviewed_at, alert = excluded.alert"_s,
                  {r.tenant, r.alertId, AlertReview::labelName(r.label), storejson::formatTime(r.reviewedAt),
                   r.alert.isEmpty() ? QVariant() : QVariant(storejson::format(r.alert))}));
}

StoreStatus ReviewStore::upsert(const AlertReview &review)
{
    return write(review);
}

StoreStatus ReviewStore::upsertMany(const QList<AlertReview> &reviews)
{
    return update(reviews, {}, {});
}

StoreStatus ReviewStore::update(const QList<AlertReview> &reviews, const QString &tenant, const QStringList &removedIds)
{
    return m_db.transaction([&]() -> StoreStatus {
        for (const AlertReview &r : reviews) {
            if (StoreStatus st = write(r); !st)
                return st;
        }
        for (const QString &id : removedIds) {
            if (StoreStatus st = remove(tenant, id); !st)
                return st;
        }
        return {};
    });
}

StoreStatus ReviewStore::remove(const QString &tenant, const QString &alertId)
{
    return StoreStatus::from(
        m_db.exec(u"DELETE FROM alert_reviews WHERE tenant = ? AND alert_id = ?"_s, {tenant, alertId}));
}

namespace {

StoreResult<QList<AlertReview>> readReviews(StoreResult<QSqlQuery> q)
{
    if (!q)
        return StoreResult<QList<AlertReview>>::failure(q.error());
    QList<AlertReview> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        AlertReview r;
        r.tenant = row.value(0).toString();
        r.alertId = row.value(1).toString();
        const std::optional<AlertReview::Label> label = AlertReview::labelFromName(row.value(2).toString());
        if (!label)
            return StoreResult<QList<AlertReview>>::failure(
                ReviewStore::tr("The review of alert %1 has an unknown label.").arg(r.alertId));
        r.label = *label;
        r.reviewedAt = storejson::parseTime(row.value(3).toString());
        if (!row.value(4).isNull()) {
            StoreResult<QJsonObject> alert = storejson::parse(row.value(4).toString());
            if (!alert)
                return StoreResult<QList<AlertReview>>::failure(
                    ReviewStore::tr("The review of alert %1: %2").arg(r.alertId, alert.error()));
            r.alert = alert.value();
        }
        out << r;
    }
    return out;
}

} // namespace

StoreResult<std::optional<AlertReview>> ReviewStore::get(const QString &tenant, const QString &alertId) const
{
    StoreResult<QList<AlertReview>> all = readReviews(m_db.exec(
        u"SELECT tenant, alert_id, label, reviewed_at, alert FROM alert_reviews WHERE tenant = ? AND alert_id = ?"_s,
        {tenant, alertId}));
    if (!all)
        return StoreResult<std::optional<AlertReview>>::failure(all.error());
    if (all.value().isEmpty())
        return std::optional<AlertReview>();
    return std::optional<AlertReview>(all.value().constFirst());
}

StoreResult<QList<AlertReview>> ReviewStore::list(const QString &tenant) const
{
    return readReviews(m_db.exec(u"SELECT tenant, alert_id, label, reviewed_at, alert FROM alert_reviews "
                                 "WHERE tenant = ? ORDER BY reviewed_at, alert_id"_s,
                                 {tenant}));
}

} // namespace calib
