#include "core/rfc3339.h"

#include <QDate>

namespace calib {

namespace {

// Reads `count` decimal digits at `pos`; -1 when one is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<QDateTime> parseRfc3339(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS is 19 characters, the shortest offset ("Z") one more.
    if (text.size() < 20 || text.size() > 64)
        return std::nullopt;
    if (text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (text[pos] == u'.') {
        ++pos;
        const qsizetype first = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (pos - first < 3)
                millis = millis * 10 + int(text[pos].unicode() - u'0');
            ++pos;
        }
        const qsizetype count = pos - first;
        if (count == 0)
            return std::nullopt;
        for (qsizetype i = count; i < 3; ++i)
            millis *= 10;
        if (pos >= text.size())
            return std::nullopt;
    }

    int offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z') {
        if (pos + 1 != text.size())
            return std::nullopt;
    } else if (zone == u'+' || zone == u'-') {
        if (pos + 6 != text.size() || text[pos + 3] != u':')
            return std::nullopt;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secondsOfDay = qint64(hour) * 3600 + minute * 60 + second;
    const qint64 msecs = (days * 86400 + secondsOfDay - offsetSeconds) * 1000 + millis;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace calib
