#include "core/analytics/datasetimport.h"

#include "core/rfc3339.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace calib {

namespace {

using namespace Qt::StringLiterals;

enum class Column { InteractionId, Emotion, Confidence, Label, Timestamp, Text, Directive, Count };
constexpr int columnCount = int(Column::Count);

const char *const canonicalNames[columnCount]
    = {"interaction_id", "emotion", "confidence", "label", "timestamp", "text", "directive"};

std::optional<Column> columnFromHeader(QByteArrayView raw)
{
    const QByteArray name = raw.trimmed().toByteArray().toLower();
    if (name == "interaction_id" || name == "interactionid" || name == "id")
        return Column::InteractionId;
    if (name == "emotion")
        return Column::Emotion;
    if (name == "confidence" || name == "score")
        return Column::Confidence;
    if (name == "label")
        return Column::Label;
    if (name == "timestamp" || name == "time")
        return Column::Timestamp;
    if (name == "text")
        return Column::Text;
    if (name == "directive")
        return Column::Directive;
    return std::nullopt;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

bool equalsNoCase(QByteArrayView v, const char *lower)
{
    qsizetype i = 0;
    for (; lower[i]; ++i) {
        if (i >= v.size())
            return false;
        char c = v[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return i == v.size();
}

// ---- field parsers (shared by CSV and JSONL) -----------------------------------------

struct FieldError
{
    QString message;
};

std::optional<Emotion> parseEmotion(QByteArrayView v)
{
    v = trimmed(v);
    for (const Emotion e : allEmotions()) {
        if (equalsNoCase(v, toWire(e).toLatin1().constData()))
            return e;
    }
    return std::nullopt;
}

std::optional<Directive> parseDirective(QByteArrayView v)
{
    v = trimmed(v);
    for (const Directive d : allDirectives()) {
        if (equalsNoCase(v, toWire(d).toLatin1().constData()))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> parseLabel(QByteArrayView v)
{
    v = trimmed(v);
    if (equalsNoCase(v, "true") || equalsNoCase(v, "1") || equalsNoCase(v, "tp"))
        return true;
    if (equalsNoCase(v, "false") || equalsNoCase(v, "0") || equalsNoCase(v, "fp"))
        return false;
    return std::nullopt;
}

// A confidence, or the reason it is rejected.
std::optional<QString> checkConfidence(double value)
{
    if (std::isnan(value))
        return u"confidence is not a number (NaN)"_s;
    if (!std::isfinite(value) || value < 0.0 || value > 1.0)
        return u"confidence %1 is outside [0, 1]"_s.arg(value);
    return std::nullopt;
}

std::optional<QString> parseConfidence(QByteArrayView raw, double &out)
{
    const QByteArrayView v = trimmed(raw);
    if (v.isEmpty())
        return u"confidence is empty"_s;
    const char *first = v.data();
    const char *last = v.data() + v.size();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, out);
    if (ec == std::errc::result_out_of_range)
        return u"confidence \"%1\" is outside [0, 1]"_s.arg(QString::fromUtf8(v));
    if (ec != std::errc() || ptr != last)
        return u"confidence \"%1\" is not a number"_s.arg(QString::fromUtf8(v));
    return checkConfidence(out);
}

bool digits(const char *p, int count, int &out)
{
    out = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        out = out * 10 + (p[i] - '0');
    }
    return true;
}

// Fast path for YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM] (no offset = UTC).
std::optional<qint64> parseIsoFast(QByteArrayView v)
{
    const char *p = v.data();
    const qsizetype n = v.size();
    int year, month, day, hour = 0, minute = 0, second = 0, millis = 0;
    if (n < 10 || !digits(p, 4, year) || p[4] != '-' || !digits(p + 5, 2, month) || p[7] != '-'
        || !digits(p + 8, 2, day))
        return std::nullopt;
    qsizetype i = 10;
    if (i < n) {
        if ((p[i] != 'T' && p[i] != 't' && p[i] != ' ') || n < i + 6 || !digits(p + i + 1, 2, hour) || p[i + 3] != ':'
            || !digits(p + i + 4, 2, minute))
            return std::nullopt;
        i += 6;
        if (i < n && p[i] == ':') {
            if (n < i + 3 || !digits(p + i + 1, 2, second))
                return std::nullopt;
            i += 3;
            if (i < n && (p[i] == '.' || p[i] == ',')) {
                ++i;
                int scale = 100;
                const qsizetype start = i;
                while (i < n && p[i] >= '0' && p[i] <= '9') {
                    millis += (p[i] - '0') * scale;
                    scale /= 10;
                    ++i;
                }
                if (i == start)
                    return std::nullopt;
            }
        }
    }
    int offsetMinutes = 0;
    if (i < n) {
        if (p[i] == 'Z' || p[i] == 'z') {
            ++i;
        } else if (p[i] == '+' || p[i] == '-') {
            const int sign = p[i] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (n < i + 3 || !digits(p + i + 1, 2, oh))
                return std::nullopt;
            i += 3;
            if (i < n && p[i] == ':')
                ++i;
            if (i < n) {
                if (n < i + 2 || !digits(p + i, 2, om))
                    return std::nullopt;
                i += 2;
            }
            offsetMinutes = sign * (oh * 60 + om);
        }
    }
    if (i != n)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || (month == 2 && day == 29 && !leap)
        || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000 + qint64(second) * 1000 + millis;
}

std::optional<qint64> parseTimestamp(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (const auto fast = parseIsoFast(v))
        return fast;
    QDateTime dt = QDateTime::fromString(QString::fromUtf8(v), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

// ---- the import loop -----------------------------------------------------------------

class Importer
{
public:
    Importer(QIODevice &device, const ImportOptions &options, const ImportProgress &progress)
        : m_device(device)
        , m_options(options)
        , m_progress(progress)
        , m_total(device.isSequential() ? -1 : device.size())
    {
        m_result.dataset = Dataset(options.keepText);
        m_result.dataset.setFullyLabelled(options.fullyLabelled);
    }

    ImportResult run(DatasetFormat format)
    {
        // Enough bytes to see the byte order mark and the first character.
        while (m_buffer.size() < 4096 && fill()) { }
        if (m_result.cancelled || !m_result.fatalError.isEmpty())
            return finish();
        if (m_buffer.isEmpty()) {
            m_result.fatalError = u"the file is empty"_s;
            return finish();
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        if (format == DatasetFormat::Auto) {
            qsizetype i = m_pos;
            while (i < m_buffer.size() && (isSpace(m_buffer[i]) || m_buffer[i] == '\r' || m_buffer[i] == '\n'))
                ++i;
            format = i < m_buffer.size() && m_buffer[i] == '{' ? DatasetFormat::JsonLines : DatasetFormat::Csv;
        }
        if (format == DatasetFormat::JsonLines)
            runJsonLines();
        else
            runCsv();
        return finish();
    }

private:
    struct Field
    {
        qsizetype start = 0; // in m_arena
        qsizetype length = 0;
    };
    enum class RecordStatus { Complete, NeedMore, End };

    // Reads the next chunk after the unparsed rest; false at the end of the data or when
    // cancelled.
    bool fill()
    {
        if (m_eof || m_result.cancelled)
            return false;
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype old = m_buffer.size();
        const qint64 want = std::max<qint64>(m_options.chunkSize, old); // grows for huge records
        m_buffer.resize(old + qsizetype(want));
        const qint64 got = m_device.read(m_buffer.data() + old, want);
        m_buffer.resize(old + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0 && m_result.fatalError.isEmpty())
            m_result.fatalError = u"read error: %1"_s.arg(m_device.errorString());
        if (got <= 0)
            m_eof = true;
        else
            m_read += got;
        if (m_progress && !m_progress(m_read, m_total))
            m_result.cancelled = true;
        return got > 0 && !m_result.cancelled;
    }

    void addError(qint64 line, int column, const QString &columnName, const QString &message)
    {
        ++m_result.errorCount;
        if (m_result.errors.size() < m_options.maxListedErrors)
            m_result.errors.append(ImportError {line, column, columnName, message});
    }

    // ---- CSV ----

    // Parses one record starting at m_pos. Fields go to m_fields / m_arena.
    RecordStatus parseRecord(qsizetype &end, int &newlines, int &badField, QString &badMessage)
    {
        m_fields.clear();
        m_arena.clear();
        newlines = 0;
        badField = -1;
        const char *const base = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype p = m_pos;
        if (p >= size)
            return m_eof ? RecordStatus::End : RecordStatus::NeedMore;
        for (;;) {
            Field field;
            field.start = qsizetype(m_arena.size());
            if (p < size && base[p] == '"') {
                ++p;
                for (;;) {
                    const void *hit = std::memchr(base + p, '"', std::size_t(size - p));
                    const qsizetype q = hit ? qsizetype(static_cast<const char *>(hit) - base) : size;
                    for (qsizetype k = p; k < q; ++k)
                        newlines += base[k] == '\n' ? 1 : 0;
                    m_arena.append(base + p, std::size_t(q - p));
                    if (q >= size) {
                        if (!m_eof)
                            return RecordStatus::NeedMore;
                        badField = int(m_fields.size());
                        badMessage = u"unterminated quoted field"_s;
                        p = size;
                        break;
                    }
                    if (q + 1 >= size && !m_eof)
                        return RecordStatus::NeedMore; // a doubled quote may straddle chunks
                    if (q + 1 < size && base[q + 1] == '"') {
                        m_arena.push_back('"');
                        p = q + 2;
                        continue;
                    }
                    p = q + 1;
                    break;
                }
                // Anything between the closing quote and the delimiter is an error; keep it.
                const qsizetype stray = p;
                while (p < size && base[p] != ',' && base[p] != '\n' && base[p] != '\r')
                    ++p;
                if (p > stray && badField < 0) {
                    badField = int(m_fields.size());
                    badMessage = u"unexpected text after a closing quote"_s;
                }
                m_arena.append(base + stray, std::size_t(p - stray));
            } else {
                const qsizetype start = p;
                while (p < size && base[p] != ',' && base[p] != '\n' && base[p] != '\r')
                    ++p;
                m_arena.append(base + start, std::size_t(p - start));
            }
            field.length = qsizetype(m_arena.size()) - field.start;
            m_fields.push_back(field);
            if (p >= size) {
                if (!m_eof)
                    return RecordStatus::NeedMore;
                end = p;
                return RecordStatus::Complete;
            }
            const char c = base[p];
            if (c == ',') {
                ++p;
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= size && !m_eof)
                    return RecordStatus::NeedMore;
                p += (p + 1 < size && base[p + 1] == '\n') ? 2 : 1;
            } else {
                ++p; // '\n'
            }
            ++newlines;
            end = p;
            return RecordStatus::Complete;
        }
    }

    bool nextRecord(int &newlines, int &badField, QString &badMessage)
    {
        for (;;) {
            qsizetype end = 0;
            const RecordStatus status = parseRecord(end, newlines, badField, badMessage);
            if (status == RecordStatus::Complete) {
                m_pos = end;
                return true;
            }
            if (status == RecordStatus::End)
                return false;
            if (!fill()) {
                if (m_result.cancelled)
                    return false;
                m_eof = true; // parse the rest as the last record
            }
        }
    }

    QByteArrayView field(int column) const
    {
        const Field &f = m_fields[std::size_t(column)];
        return QByteArrayView(m_arena.data() + f.start, f.length);
    }

    bool blankRecord() const { return m_fields.size() == 1 && trimmed(field(0)).isEmpty(); }

    void runCsv()
    {
        int newlines = 0;
        int badField = -1;
        QString badMessage;
        qint64 line = 1;
        // Header: the first non-blank record.
        for (;;) {
            if (!nextRecord(newlines, badField, badMessage)) {
                if (!m_result.cancelled)
                    m_result.fatalError = u"the file is empty: a header row is needed"_s;
                return;
            }
            line += newlines;
            if (!blankRecord())
                break;
        }
        std::array<int, columnCount> index;
        index.fill(-1);
        m_headerNames.clear();
        for (int i = 0; i < int(m_fields.size()); ++i) {
            m_headerNames.append(QString::fromUtf8(trimmed(field(i))));
            const auto column = columnFromHeader(field(i));
            if (!column)
                continue;
            if (index[std::size_t(*column)] >= 0) {
                m_result.fatalError = u"line %1: column \"%2\" appears twice in the header"_s.arg(line - newlines)
                                          .arg(m_headerNames.last());
                return;
            }
            index[std::size_t(*column)] = i;
        }
        for (const Column required : {Column::InteractionId, Column::Emotion, Column::Confidence, Column::Label}) {
            if (index[std::size_t(required)] < 0) {
                m_result.fatalError
                    = u"the header has no \"%1\" column"_s.arg(QLatin1StringView(canonicalNames[int(required)]));
                return;
            }
        }
        const int expected = int(m_fields.size());
        m_index = index;

        while (nextRecord(newlines, badField, badMessage)) {
            const qint64 recordLine = line;
            line += newlines;
            if (blankRecord())
                continue;
            if (badField >= 0) {
                addError(recordLine, badField + 1, headerName(badField), badMessage);
                continue;
            }
            if (int(m_fields.size()) != expected) {
                addError(recordLine, 0, QString(),
                         u"expected %1 fields, found %2"_s.arg(expected).arg(m_fields.size()));
                continue;
            }
            importCsvRow(recordLine);
        }
    }

    QString headerName(int column) const { return column < m_headerNames.size() ? m_headerNames[column] : QString(); }

    void importCsvRow(qint64 line)
    {
        auto fail = [&](Column c, const QString &message) {
            const int i = m_index[std::size_t(c)];
            addError(line, i + 1, headerName(i), message);
        };
        auto get = [&](Column c) {
            const int i = m_index[std::size_t(c)];
            return i < 0 ? QByteArrayView() : field(i);
        };

        const QByteArrayView id = trimmed(get(Column::InteractionId));
        if (id.isEmpty())
            return fail(Column::InteractionId, u"interaction id is empty"_s);
        const auto emotion = parseEmotion(get(Column::Emotion));
        if (!emotion)
            return fail(Column::Emotion, unknownEmotion(get(Column::Emotion)));
        double confidence = 0.0;
        if (const auto problem = parseConfidence(get(Column::Confidence), confidence))
            return fail(Column::Confidence, *problem);
        const auto label = parseLabel(get(Column::Label));
        if (!label)
            return fail(Column::Label, badLabel(get(Column::Label)));
        qint64 timestamp = EmotionColumns::noTimestamp;
        if (const QByteArrayView ts = trimmed(get(Column::Timestamp)); !ts.isEmpty()) {
            const auto parsed = parseTimestamp(ts);
            if (!parsed)
                return fail(Column::Timestamp,
                            u"timestamp \"%1\" is not an ISO 8601 date and time"_s.arg(QString::fromUtf8(ts)));
            timestamp = *parsed;
        }
        if (const QByteArrayView d = trimmed(get(Column::Directive)); !d.isEmpty() && !parseDirective(d))
            return fail(Column::Directive, u"unknown directive \"%1\""_s.arg(QString::fromUtf8(d)));

        add(*emotion, confidence, *label, timestamp, id, get(Column::Text));
    }

    static QString unknownEmotion(QByteArrayView v)
    {
        return u"unknown emotion \"%1\" (anger, frustration, satisfaction or confusion)"_s.arg(
            QString::fromUtf8(trimmed(v)));
    }

    static QString badLabel(QByteArrayView v)
    {
        return u"label \"%1\" is not true/false, 1/0 or tp/fp"_s.arg(QString::fromUtf8(trimmed(v)));
    }

    void add(Emotion emotion, double confidence, bool label, qint64 timestamp, QByteArrayView id, QByteArrayView text)
    {
        if (m_options.keepText) {
            LabelledAlert alert;
            alert.interactionId = QString::fromUtf8(id);
            alert.emotion = emotion;
            alert.confidence = confidence;
            alert.label = label;
            if (timestamp != EmotionColumns::noTimestamp)
                alert.timestamp = QDateTime::fromMSecsSinceEpoch(timestamp, Qt::UTC);
            alert.text = QString::fromUtf8(text);
            m_result.dataset.append(alert);
        } else {
            m_result.dataset.append(emotion, confidence, label, timestamp);
        }
        ++m_result.rowsImported;
    }

    // ---- JSON Lines ----

    void runJsonLines()
    {
        qint64 line = 0;
        for (;;) {
            const char *base = m_buffer.constData();
            const void *hit = std::memchr(base + m_pos, '\n', std::size_t(m_buffer.size() - m_pos));
            if (!hit && !m_eof) {
                if (!fill() && m_result.cancelled)
                    return;
                continue;
            }
            const qsizetype end = hit ? qsizetype(static_cast<const char *>(hit) - base) : m_buffer.size();
            if (!hit && end == m_pos)
                return;
            QByteArrayView text(base + m_pos, end - m_pos);
            if (text.endsWith('\r'))
                text.chop(1);
            ++line;
            importJsonLine(line, text);
            m_pos = hit ? end + 1 : end;
        }
    }

    void importJsonLine(qint64 line, QByteArrayView text)
    {
        if (trimmed(text).isEmpty())
            return;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return addError(line, parseError.offset + 1, QString(), parseError.errorString());
        if (!doc.isObject())
            return addError(line, 1, QString(), u"a line must hold one JSON object"_s);
        const QJsonObject o = doc.object();
        auto keyColumn = [&](const QString &key) {
            const qsizetype at = text.indexOf(QByteArray('"' + key.toUtf8() + '"'));
            return at < 0 ? 0 : int(at + 1);
        };
        auto fail = [&](const QString &key, const QString &message) {
            addError(line, keyColumn(key), key, message);
        };
        auto find = [&](std::initializer_list<QString> keys) -> std::pair<QString, QJsonValue> {
            for (const QString &k : keys) {
                if (o.contains(k))
                    return {k, o.value(k)};
            }
            return {*keys.begin(), QJsonValue(QJsonValue::Undefined)};
        };

        const auto [idKey, idValue] = find({u"interaction_id"_s, u"interactionId"_s, u"id"_s});
        const QString id = idValue.isDouble() ? QString::number(idValue.toDouble(), 'g', 17) : idValue.toString();
        if (id.trimmed().isEmpty())
            return fail(idKey, u"interaction id is missing or empty"_s);

        const auto [emotionKey, emotionValue] = find({u"emotion"_s});
        const QByteArray emotionText = emotionValue.toString().toUtf8();
        const auto emotion = parseEmotion(emotionText);
        if (!emotion)
            return fail(emotionKey, emotionValue.isUndefined() ? u"emotion is missing"_s : unknownEmotion(emotionText));

        const auto [confidenceKey, confidenceValue] = find({u"confidence"_s, u"score"_s});
        double confidence = 0.0;
        if (confidenceValue.isDouble()) {
            confidence = confidenceValue.toDouble();
            if (const auto problem = checkConfidence(confidence))
                return fail(confidenceKey, *problem);
        } else if (confidenceValue.isString()) {
            if (const auto problem = parseConfidence(confidenceValue.toString().toUtf8(), confidence))
                return fail(confidenceKey, *problem);
        } else {
            return fail(confidenceKey,
                        confidenceValue.isUndefined() ? u"confidence is missing"_s : u"confidence is not a number"_s);
        }

        const auto [labelKey, labelValue] = find({u"label"_s});
        std::optional<bool> label;
        if (labelValue.isBool())
            label = labelValue.toBool();
        else if (labelValue.isDouble() && (labelValue.toDouble() == 0.0 || labelValue.toDouble() == 1.0))
            label = labelValue.toDouble() == 1.0;
        else if (labelValue.isString())
            label = parseLabel(labelValue.toString().toUtf8());
        if (!label)
            return fail(labelKey,
                        labelValue.isUndefined() ? u"label is missing"_s : u"label is not true/false, 1/0 or tp/fp"_s);

        qint64 timestamp = EmotionColumns::noTimestamp;
        const auto [tsKey, tsValue] = find({u"timestamp"_s, u"time"_s});
        if (!tsValue.isUndefined() && !tsValue.isNull()) {
            const QByteArray ts = tsValue.toString().toUtf8();
            const auto parsed = tsValue.isString() && !ts.trimmed().isEmpty() ? parseTimestamp(ts) : std::nullopt;
            if (!parsed && !(tsValue.isString() && ts.trimmed().isEmpty()))
                return fail(tsKey, u"timestamp \"%1\" is not an ISO 8601 date and time"_s.arg(tsValue.toString()));
            if (parsed)
                timestamp = *parsed;
        }

        const auto [directiveKey, directiveValue] = find({u"directive"_s});
        if (directiveValue.isString() && !directiveValue.toString().trimmed().isEmpty()
            && !parseDirective(directiveValue.toString().toUtf8()))
            return fail(directiveKey, u"unknown directive \"%1\""_s.arg(directiveValue.toString()));

        add(*emotion, confidence, *label, timestamp, id.toUtf8(), o.value(u"text"_s).toString().toUtf8());
    }

    ImportResult finish() { return std::move(m_result); }

    QIODevice &m_device;
    const ImportOptions &m_options;
    const ImportProgress &m_progress;
    qint64 m_total = -1;
    qint64 m_read = 0;
    bool m_eof = false;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    std::vector<Field> m_fields;
    std::string m_arena;
    QStringList m_headerNames;
    std::array<int, columnCount> m_index {};
    ImportResult m_result;
};

DatasetFormat formatOf(const QString &path, DatasetFormat requested)
{
    if (requested != DatasetFormat::Auto)
        return requested;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return DatasetFormat::Csv;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return DatasetFormat::JsonLines;
    return DatasetFormat::Auto;
}

} // namespace

QString ImportError::toString() const
{
    QString where = u"line %1"_s.arg(line);
    if (column > 0)
        where += u", column %1"_s.arg(column);
    if (!columnName.isEmpty())
        where += u" (%1)"_s.arg(columnName);
    return where + u": "_s + message;
}

QString ImportResult::errorSummary() const
{
    QStringList lines;
    for (const ImportError &e : errors)
        lines << e.toString();
    if (errorCount > errors.size())
        lines << u"... and %1 more errors (%2 rows rejected in all)"_s.arg(errorCount - errors.size()).arg(errorCount);
    return lines.join(u'\n');
}

ImportResult importDataset(QIODevice &device, const ImportOptions &options, const ImportProgress &progress)
{
    Importer importer(device, options, progress);
    return importer.run(options.format);
}

ImportResult importDatasetFile(const QString &path, const ImportOptions &options, const ImportProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatalError = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return result;
    }
    ImportOptions effective = options;
    effective.format = formatOf(path, options.format);
    Importer importer(file, effective, progress);
    return importer.run(effective.format);
}

QFuture<ImportResult> importDatasetAsync(const QString &path, const ImportOptions &options)
{
    return QtConcurrent::run(
        [](QPromise<ImportResult> &promise, const QString &file, const ImportOptions &opts) {
            constexpr int scale = 1000;
            promise.setProgressRange(0, scale);
            const auto progress = [&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(std::min<qint64>(scale, done * scale / total)));
                return !promise.isCanceled();
            };
            ImportResult result = importDatasetFile(file, opts, progress);
            promise.setProgressValue(scale);
            promise.addResult(std::move(result));
        },
        path, options);
}

} // namespace calib
