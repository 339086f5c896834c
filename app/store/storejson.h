#pragma once

#include "store/storeresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Conversions between stored text and values, shared by the database tables.
namespace calib::storejson {

// Compact UTF-8 JSON text.
[[nodiscard]] QString format(const QJsonObject &object);
// Strict: the text must be one JSON object.
[[nodiscard]] StoreResult<QJsonObject> parse(const QString &text);
// ISO-8601 UTC with milliseconds, e.g. 2026-11-18T09:13:20.000Z.
[[nodiscard]] QString formatTime(const QDateTime &time);
[[nodiscard]] QDateTime parseTime(const QString &text);

} // namespace calib::storejson
