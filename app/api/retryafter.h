#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace calib {

// Parsing of the HTTP `Retry-After` header (RFC 9110 §10.2.3) and of HTTP-dates
// (RFC 9110 §5.6.7). Pure functions; `now` is injected so tests need no real clock.
//
// An HTTP-date is accepted in all three forms a recipient must understand:
//   IMF-fixdate  "Sun, 06 Nov 1994 08:49:37 GMT"
//   RFC 850      "Sunday, 06-Nov-94 08:49:37 GMT" (two-digit year: a year more than 50
//                years in the future of `now` is taken to be in the past century)
//   asctime      "Sun Nov  6 08:49:37 1994"
// QDateTime's Qt::RFC2822Date is not used: it rejects some of these.
class RetryAfter
{
public:
    // The delay in whole seconds `value` asks for, relative to `now`: delay-seconds as is,
    // an HTTP-date as the seconds from `now` (0 when it lies in the past). Huge values are
    // clamped to `maxSeconds`. nullopt for anything that is neither (garbage, negative
    // numbers, fractions, empty).
    [[nodiscard]] static std::optional<qint64> parse(QByteArrayView value, const QDateTime &now,
                                                     qint64 maxSeconds = 365LL * 24 * 3600);

    // An HTTP-date in any of the three forms, as UTC; invalid QDateTime when malformed.
    [[nodiscard]] static QDateTime parseHttpDate(QByteArrayView text, const QDateTime &now);

    // IMF-fixdate of `time` (what a server sends).
    [[nodiscard]] static QByteArray formatHttpDate(const QDateTime &time);
};

} // namespace calib
