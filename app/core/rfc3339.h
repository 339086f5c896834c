#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace calib {

// Reads an RFC 3339 date-time ("2026-11-24T09:15:00Z", "2026-11-24T10:15:00.250+01:00")
// into a UTC QDateTime. A date, the "T", a time and an offset ("Z" or +-HH:MM) are all
// required; fractions of a second are kept to the millisecond. Faster than
// QDateTime::fromString, which matters when a million audit events are read; returns
// nothing for anything it does not accept (including leap seconds, which QDateTime cannot
// hold).
[[nodiscard]] std::optional<QDateTime> parseRfc3339(QStringView text);

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
[[nodiscard]] qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);

} // namespace calib
