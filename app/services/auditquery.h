#pragma once

#include "api/apitypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace calib {

// What the audit browser shows: a filter over audit events (actions, actor, date range)
// and the export formats of the filtered rows. Pure functions.
struct AuditFilter
{
    QSet<QString> actions; // empty: every action
    QString actor; // exact match; empty: every actor
    QDateTime since; // inclusive; invalid: open
    QDateTime until; // exclusive; invalid: open

    [[nodiscard]] bool isEmpty() const;
    // True when any part can be asked of the server (since/until/actor extensions).
    [[nodiscard]] bool hasServerPart() const;
    [[nodiscard]] bool matches(const AuditEvent &event) const;
    // The same on the fields the audit table keeps per row.
    [[nodiscard]] bool matches(qint64 timestampMs, QStringView actor, QStringView action) const;
    // The page query carrying the server-side part (or none when `serverSide` is false).
    [[nodiscard]] AuditQuery toQuery(int limit, bool serverSide) const;

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

// "alert_triggers[0].threshold 0.8 → 0.75; sensitivity_level 0.5 → 0.55" (values as JSON).
[[nodiscard]] QString auditChangesSummary(const QJsonObject &changes);
// The event as the API sends it (fields that are absent are left out).
[[nodiscard]] QJsonObject auditEventToJson(const AuditEvent &event);

} // namespace calib
