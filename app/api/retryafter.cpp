#include "api/retryafter.h"

#include <QList>
#include <QTimeZone>

#include <array>

namespace calib {

namespace {

constexpr std::array<const char *, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<const char *, 12> kMonths
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Parses exactly `digits` ASCII digits (or 1..digits when `exact` is false).
std::optional<int> number(QByteArrayView text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits || !isDigits(text))
        return std::nullopt;
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

int indexIn(QByteArrayView name, const auto &names)
{
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i) {
        if (name == QByteArrayView(names[size_t(i)]))
            return int(i);
    }
    return -1;
}

// "08:49:37"
std::optional<QTime> timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const auto h = number(text.sliced(0, 2), 2, 2);
    const auto m = number(text.sliced(3, 2), 2, 2);
    const auto s = number(text.sliced(6, 2), 2, 2);
    // A leap second (60) is accepted by RFC 9110's grammar; fold it into :59.
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;
    return QTime(*h, *m, std::min(*s, 59));
}

QDateTime makeUtc(int year, int month, int day, QTime time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// Splits on single spaces, keeping empty fields (asctime pads the day with a space).
QList<QByteArrayView> fields(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            out.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
QDateTime parseImfFixdate(QByteArrayView text)
{
    const auto f = fields(text);
    if (f.size() != 6 || f[5] != "GMT" || !f[0].endsWith(','))
        return {};
    if (indexIn(f[0].chopped(1), kShortDays) < 0)
        return {};
    const auto day = number(f[1], 2, 2);
    const int month = indexIn(f[2], kMonths);
    const auto year = number(f[3], 4, 4);
    const auto time = timeOfDay(f[4]);
    if (!day || month < 0 || !year || !time)
        return {};
    return makeUtc(*year, month + 1, *day, *time);
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
QDateTime parseRfc850(QByteArrayView text, const QDateTime &now)
{
    const auto f = fields(text);
    if (f.size() != 4 || f[3] != "GMT" || !f[0].endsWith(','))
        return {};
    if (indexIn(f[0].chopped(1), kLongDays) < 0)
        return {};
    const QByteArrayView date = f[1];
    if (date.size() != 9 || date[2] != '-' || date[6] != '-')
        return {};
    const auto day = number(date.sliced(0, 2), 2, 2);
    const int month = indexIn(date.sliced(3, 3), kMonths);
    const auto yy = number(date.sliced(7, 2), 2, 2);
    const auto time = timeOfDay(f[2]);
    if (!day || month < 0 || !yy || !time)
        return {};
    // RFC 9110 §5.6.7: a two-digit year that appears to be more than 50 years in the
    // future is the most recent past year with the same last two digits.
    const int nowYear = (now.isValid() ? now.toUTC().date().year() : 2000);
    int year = (nowYear / 100) * 100 + *yy;
    if (year > nowYear + 50)
        year -= 100;
    return makeUtc(year, month + 1, *day, *time);
}

// "Sun Nov  6 08:49:37 1994" (day is two characters: space-padded or two digits)
QDateTime parseAsctime(QByteArrayView text)
{
    if (text.size() != 24 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[19] != ' ')
        return {};
    if (indexIn(text.sliced(0, 3), kShortDays) < 0)
        return {};
    const int month = indexIn(text.sliced(4, 3), kMonths);
    QByteArrayView dayText = text.sliced(8, 2);
    if (dayText[0] == ' ')
        dayText = dayText.sliced(1);
    const auto day = number(dayText, 1, 2);
    const auto time = timeOfDay(text.sliced(11, 8));
    const auto year = number(text.sliced(20, 4), 4, 4);
    if (month < 0 || !day || !time || !year)
        return {};
    return makeUtc(*year, month + 1, *day, *time);
}

} // namespace

QDateTime RetryAfter::parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.size() < 24 || trimmed.size() > 40)
        return {};
    if (trimmed.size() == 29 && trimmed[3] == ',')
        return parseImfFixdate(trimmed);
    if (trimmed.size() == 24 && trimmed[3] == ' ')
        return parseAsctime(trimmed);
    return parseRfc850(trimmed, now);
}

std::optional<qint64> RetryAfter::parse(QByteArrayView value, const QDateTime &now, qint64 maxSeconds)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (isDigits(trimmed)) {
        qint64 seconds = 0;
        for (char c : trimmed) {
            seconds = seconds * 10 + (c - '0');
            if (seconds >= maxSeconds)
                return maxSeconds;
        }
        return seconds;
    }
    const QDateTime when = parseHttpDate(trimmed, now);
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(when);
    if (ms <= 0)
        return 0;
    // Round up: retrying a fraction of a second early would only meet the limit again.
    return std::min<qint64>((ms + 999) / 1000, maxSeconds);
}

QByteArray RetryAfter::formatHttpDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QByteArray(kShortDays[size_t(d.dayOfWeek() - 1)]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0')
        + ' ' + QByteArray(kMonths[size_t(d.month() - 1)]) + ' ' + QByteArray::number(d.year()).rightJustified(4, '0')
        + ' ' + QByteArray::number(t.hour()).rightJustified(2, '0') + ':'
        + QByteArray::number(t.minute()).rightJustified(2, '0') + ':'
        + QByteArray::number(t.second()).rightJustified(2, '0') + " GMT";
}

} // namespace calib
