#include "core/wirejson.h"

#include "core/constraints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>
#include <utility>

namespace calib {

QString ParseError::toString() const
{
    QString where;
    if (line > 0)
        where = QStringLiteral("line %1, column %2").arg(line).arg(column);
    if (!path.isEmpty())
        where = where.isEmpty() ? path : where + QStringLiteral(" (") + path + u')';
    if (!file.isEmpty())
        where = where.isEmpty() ? file : file + QStringLiteral(": ") + where;
    if (where.isEmpty())
        return message;
    return where + QStringLiteral(": ") + message;
}

namespace {

constexpr int maxDepth = 64;
constexpr qsizetype smallObject = 16; // objects up to this many keys skip the sort
constexpr qsizetype maxReportedErrors = 100;

// ---------------------------------------------------------------------------------------
// Strict recursive-descent JSON parser.
// ---------------------------------------------------------------------------------------
class StrictParser
{
public:
    // `build` false: only check the document (no values are made); run() then reads the
    // checked document with QJsonDocument, which builds the same values faster.
    StrictParser(const QByteArray &bytes, bool build)
        : m_bytes(bytes)
        , m_data(bytes.constData())
        , m_size(bytes.size())
        , m_build(build)
    { }

    ParseResult<QJsonValue> run();

private:
    struct Segment
    {
        QString key;
        QByteArrayView rawKey; // a plain ASCII key, not yet turned into a QString
        qsizetype index = -1; // >= 0: array index, else object key
    };
    struct PendingError
    {
        qsizetype offset;
        QString path;
        QString message;
    };
    struct Member
    {
        QString key; // empty when rawKey holds it
        QByteArrayView rawKey;
        QJsonValue value;
        qsizetype offset;

        [[nodiscard]] QString keyString() const { return rawKey.isNull() ? key : QString::fromLatin1(rawKey); }
    };

    bool fail(qsizetype offset, const QString &message);
    void addError(qsizetype offset, const QString &path, const QString &message);
    [[nodiscard]] QString currentPath() const;
    [[nodiscard]] QString describeByte(qsizetype offset) const;
    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    [[nodiscard]] unsigned char peek() const { return static_cast<unsigned char>(m_data[m_pos]); }
    void skipWhitespace();
    bool parseValue(QJsonValue &out);
    bool parseObject(QJsonValue &out);
    bool parseArray(QJsonValue &out);
    bool parseString(QString &out);
    bool parseKey(QString &out, QByteArrayView &raw);
    bool parseNumber(QJsonValue &out);
    bool parseLiteral(QJsonValue &out);
    bool parseHex4(qsizetype at, char32_t &out);
    bool decodeUtf8(qsizetype &pos);

    QByteArray m_bytes;
    const char *m_data;
    qsizetype m_size;
    bool m_build;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QList<Segment> m_path;
    QList<PendingError> m_errors;
    bool m_fatal = false;
    bool m_tooManyErrors = false;
};

QString StrictParser::currentPath() const
{
    QString path;
    for (const Segment &s : m_path) {
        if (s.index >= 0) {
            path += u'[' + QString::number(s.index) + u']';
        } else {
            if (!path.isEmpty())
                path += u'.';
            path += s.rawKey.isNull() ? s.key : QString::fromLatin1(s.rawKey);
        }
    }
    return path;
}

QString StrictParser::describeByte(qsizetype offset) const
{
    if (offset >= m_size)
        return QStringLiteral("end of input");
    const auto c = static_cast<unsigned char>(m_data[offset]);
    if (c >= 0x21 && c < 0x7f)
        return u'\'' + QChar(char16_t(c)) + u'\'';
    return QStringLiteral("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

void StrictParser::addError(qsizetype offset, const QString &path, const QString &message)
{
    if (m_errors.size() >= maxReportedErrors) {
        m_tooManyErrors = true;
        return;
    }
    m_errors.append(PendingError {offset, path, message});
}

bool StrictParser::fail(qsizetype offset, const QString &message)
{
    m_fatal = true;
    // A syntax error is always reported, even past the cap.
    m_errors.append(PendingError {offset, currentPath(), message});
    return false;
}

void StrictParser::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

ParseResult<QJsonValue> StrictParser::run()
{
    // Tolerate a UTF-8 byte order mark that some editors write.
    if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF')
        m_pos = 3;
    skipWhitespace();
    QJsonValue value;
    if (parseValue(value)) {
        skipWhitespace();
        if (!atEnd())
            fail(m_pos, QStringLiteral("unexpected %1 after the JSON value").arg(describeByte(m_pos)));
    }
    if (m_tooManyErrors)
        m_errors.append(
            PendingError {m_size, QString(),
                          QStringLiteral("too many errors; only the first %1 are reported").arg(maxReportedErrors)});

    ParseResult<QJsonValue> result;
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const PendingError &a, const PendingError &b) { return a.offset < b.offset; });
    // One pass to turn byte offsets into 1-based line:column (column counts code points).
    int line = 1;
    int column = 1;
    qsizetype pos = 0;
    for (const PendingError &e : std::as_const(m_errors)) {
        const qsizetype target = std::min(e.offset, m_size);
        for (; pos < target; ++pos) {
            const auto c = static_cast<unsigned char>(m_data[pos]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
        result.errors.append(ParseError {e.path, e.message, line, column, {}});
    }
    if (result.errors.isEmpty()) {
        if (m_build) {
            result.value = value;
        } else {
            // The document is valid JSON by the stricter rules above, so Qt's reader
            // accepts it and yields the same values (integers kept exactly, as above).
            const qsizetype bom = m_size >= 3 && m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
            QJsonParseError error {};
            const QJsonDocument document = QJsonDocument::fromJson(bom ? m_bytes.sliced(bom) : m_bytes, &error);
            if (error.error == QJsonParseError::NoError && document.isObject())
                result.value = QJsonValue(document.object());
            else if (error.error == QJsonParseError::NoError && document.isArray())
                result.value = QJsonValue(document.array());
            else
                return StrictParser(m_bytes, true).run(); // a scalar document
        }
    }
    return result;
}

bool StrictParser::parseValue(QJsonValue &out)
{
    if (atEnd())
        return fail(m_pos, QStringLiteral("unexpected end of input, expected a value"));
    const unsigned char c = peek();
    switch (c) {
    case '{': return parseObject(out);
    case '[': return parseArray(out);
    case '"': {
        QString s;
        if (!parseString(s))
            return false;
        if (m_build)
            out = QJsonValue(s);
        return true;
    }
    case 't':
    case 'f':
    case 'n':
    case 'N':
    case 'I': return parseLiteral(out);
    default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parseNumber(out);
    return fail(m_pos, QStringLiteral("unexpected %1, expected a value").arg(describeByte(m_pos)));
}

bool StrictParser::parseLiteral(QJsonValue &out)
{
    auto startsWith = [this](const char *word) {
        const auto len = qsizetype(qstrlen(word));
        return m_size - m_pos >= len && std::equal(word, word + len, m_data + m_pos);
    };
    if (startsWith("true")) {
        m_pos += 4;
        out = QJsonValue(true);
        return true;
    }
    if (startsWith("false")) {
        m_pos += 5;
        out = QJsonValue(false);
        return true;
    }
    if (startsWith("null")) {
        m_pos += 4;
        out = QJsonValue(QJsonValue::Null);
        return true;
    }
    if (startsWith("NaN") || startsWith("Infinity"))
        return fail(m_pos, QStringLiteral("NaN and Infinity are not valid JSON numbers"));
    return fail(m_pos, QStringLiteral("unexpected %1, expected a value").arg(describeByte(m_pos)));
}

bool StrictParser::parseNumber(QJsonValue &out)
{
    const qsizetype start = m_pos;
    auto isDigit = [this](qsizetype p) {
        return p < m_size && m_data[p] >= '0' && m_data[p] <= '9';
    };
    if (m_data[m_pos] == '-') {
        ++m_pos;
        if (m_size - m_pos >= 8 && std::equal(m_data + m_pos, m_data + m_pos + 8, "Infinity"))
            return fail(start, QStringLiteral("NaN and Infinity are not valid JSON numbers"));
        if (!isDigit(m_pos))
            return fail(m_pos, QStringLiteral("invalid number: expected a digit after '-'"));
    }
    qsizetype significantIntDigits = 0;
    if (m_data[m_pos] == '0') {
        ++m_pos;
        if (isDigit(m_pos))
            return fail(start, QStringLiteral("invalid number: leading zeros are not allowed"));
    } else {
        while (isDigit(m_pos)) {
            ++significantIntDigits;
            ++m_pos;
        }
    }
    qsizetype leadingFractionZeros = 0;
    bool fractionNonZero = false;
    if (m_pos < m_size && m_data[m_pos] == '.') {
        ++m_pos;
        if (!isDigit(m_pos))
            return fail(m_pos, QStringLiteral("invalid number: expected a digit after '.'"));
        while (isDigit(m_pos)) {
            if (!fractionNonZero) {
                if (m_data[m_pos] == '0')
                    ++leadingFractionZeros;
                else
                    fractionNonZero = true;
            }
            ++m_pos;
        }
    }
    long long exponent = 0;
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        bool negativeExponent = false;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-')) {
            negativeExponent = m_data[m_pos] == '-';
            ++m_pos;
        }
        if (!isDigit(m_pos))
            return fail(m_pos, QStringLiteral("invalid number: expected a digit in the exponent"));
        while (isDigit(m_pos)) {
            if (exponent < 1000000000)
                exponent = exponent * 10 + (m_data[m_pos] - '0');
            ++m_pos;
        }
        if (negativeExponent)
            exponent = -exponent;
    }

    // Integers that fit in 64 bits are kept exactly, as Qt's own parser does (ids and
    // versions above 2^53 would otherwise change); everything else is a double.
    const bool integerLiteral
        = std::none_of(m_data + start, m_data + m_pos, [](char c) { return c == '.' || c == 'e' || c == 'E'; });
    if (integerLiteral && !(m_pos - start == 2 && m_data[start] == '-' && m_data[start + 1] == '0')) {
        qint64 integer = 0;
        const auto [iptr, iec] = std::from_chars(m_data + start, m_data + m_pos, integer);
        if (iec == std::errc() && iptr == m_data + m_pos) {
            out = QJsonValue(integer);
            return true;
        }
    }

    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(m_data + start, m_data + m_pos, value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        // Tell overflow from underflow by the decimal magnitude of the literal.
        const long long magnitude
            = (significantIntDigits > 0 ? significantIntDigits : -leadingFractionZeros) + exponent;
        // A non-zero literal that would round to zero is refused like one that would
        // overflow (Qt's own parser does the same), rather than silently read as 0.
        return fail(start,
                    magnitude > 0 ? QStringLiteral("number is too large")
                                  : QStringLiteral("number is too small (it would round to zero)"));
    }
    if (ec != std::errc() || ptr != m_data + m_pos) {
        return fail(start, QStringLiteral("invalid number"));
    }
    if (!std::isfinite(value))
        return fail(start, QStringLiteral("number is too large"));
    // Like Qt's parser, keep whole numbers in the 64-bit range as integers, so a value
    // read here compares equal to the same document read by QJsonDocument.
    constexpr double twoTo63 = 9223372036854775808.0;
    if (value == std::floor(value) && value >= -twoTo63 && value < twoTo63)
        out = QJsonValue(qint64(value));
    else
        out = QJsonValue(value);
    return true;
}

bool StrictParser::parseHex4(qsizetype at, char32_t &out)
{
    if (m_size - at < 4)
        return fail(at, QStringLiteral("invalid \\u escape: expected 4 hex digits"));
    char32_t v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = m_data[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= char32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= char32_t(c - 'A' + 10);
        else
            return fail(at, QStringLiteral("invalid \\u escape: expected 4 hex digits"));
    }
    out = v;
    return true;
}

// Validates one UTF-8 sequence starting at pos (a byte >= 0x80) and advances past it.
bool StrictParser::decodeUtf8(qsizetype &pos)
{
    const auto b0 = static_cast<unsigned char>(m_data[pos]);
    int extra = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        extra = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        extra = 2;
        if (b0 == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (b0 == 0xED)
            hi = 0x9F; // no UTF-16 surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        extra = 3;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return fail(pos, QStringLiteral("invalid UTF-8 in string"));
    }
    for (int i = 1; i <= extra; ++i) {
        if (pos + i >= m_size)
            return fail(pos, QStringLiteral("invalid UTF-8 in string (truncated sequence)"));
        const auto b = static_cast<unsigned char>(m_data[pos + i]);
        const unsigned char min = i == 1 ? lo : 0x80;
        const unsigned char max = i == 1 ? hi : 0xBF;
        if (b < min || b > max)
            return fail(pos, QStringLiteral("invalid UTF-8 in string"));
    }
    pos += extra + 1;
    return true;
}

bool StrictParser::parseString(QString &out)
{
    const qsizetype start = m_pos;
    ++m_pos; // opening quote
    out.clear();
    qsizetype runStart = m_pos;
    auto flush = [&] {
        if (m_build && m_pos > runStart)
            out += QString::fromUtf8(m_data + runStart, m_pos - runStart);
    };
    while (true) {
        if (atEnd())
            return fail(start, QStringLiteral("unterminated string"));
        const unsigned char c = peek();
        if (c == '"') {
            flush();
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(m_pos,
                        QStringLiteral("control character U+%1 in string must be escaped")
                            .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')));
        if (c >= 0x80) {
            if (!decodeUtf8(m_pos))
                return false;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        const qsizetype escapeAt = m_pos;
        if (m_pos + 1 >= m_size)
            return fail(start, QStringLiteral("unterminated string"));
        const char e = m_data[m_pos + 1];
        m_pos += 2;
        switch (e) {
        case '"': out += u'"'; break;
        case '\\': out += u'\\'; break;
        case '/': out += u'/'; break;
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char32_t unit = 0;
            if (!parseHex4(m_pos, unit))
                return false;
            m_pos += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail(escapeAt, QStringLiteral("invalid \\u escape: unpaired low surrogate"));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                char32_t low = 0;
                if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return fail(escapeAt, QStringLiteral("invalid \\u escape: unpaired high surrogate"));
                if (!parseHex4(m_pos + 2, low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(escapeAt, QStringLiteral("invalid \\u escape: unpaired high surrogate"));
                m_pos += 6;
                out += QChar(char16_t(unit));
                out += QChar(char16_t(low));
            } else {
                out += QChar(char16_t(unit));
            }
            break;
        }
        default: return fail(escapeAt, QStringLiteral("invalid escape sequence in string"));
        }
        runStart = m_pos;
    }
}

// A key without escapes or non-ASCII bytes (nearly all keys) is kept as a view of the
// input, so no QString is made for it; anything else goes through parseString.
bool StrictParser::parseKey(QString &out, QByteArrayView &raw)
{
    qsizetype end = m_pos + 1;
    while (end < m_size) {
        const auto c = static_cast<unsigned char>(m_data[end]);
        if (c == '"') {
            raw = QByteArrayView(m_data + m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return true;
        }
        if (c < 0x20 || c >= 0x80 || c == '\\')
            break;
        ++end;
    }
    raw = QByteArrayView();
    // Keys are always read in full: errors name them, and duplicates compare them.
    const bool build = std::exchange(m_build, true);
    const bool ok = parseString(out);
    m_build = build;
    return ok;
}

bool StrictParser::parseArray(QJsonValue &out)
{
    const qsizetype open = m_pos;
    if (++m_depth > maxDepth)
        return fail(open, QStringLiteral("nesting deeper than %1 levels").arg(maxDepth));
    ++m_pos;
    QJsonArray array;
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        --m_depth;
        out = array;
        return true;
    }
    m_path.append(Segment {QString(), {}, 0});
    qsizetype count = 0;
    while (true) {
        m_path.last().index = count;
        skipWhitespace();
        if (!atEnd() && peek() == ']' && count > 0)
            return fail(m_pos, QStringLiteral("trailing comma in array"));
        QJsonValue element;
        if (!parseValue(element))
            return false;
        if (m_build)
            array.append(element);
        ++count;
        skipWhitespace();
        if (atEnd())
            return fail(m_pos, QStringLiteral("unexpected end of input, expected ',' or ']'"));
        const unsigned char c = peek();
        ++m_pos;
        if (c == ']')
            break;
        if (c != ',')
            return fail(m_pos - 1, QStringLiteral("unexpected %1, expected ',' or ']'").arg(describeByte(m_pos - 1)));
    }
    m_path.removeLast();
    --m_depth;
    out = array;
    return true;
}

bool StrictParser::parseObject(QJsonValue &out)
{
    const qsizetype open = m_pos;
    if (++m_depth > maxDepth)
        return fail(open, QStringLiteral("nesting deeper than %1 levels").arg(maxDepth));
    ++m_pos;
    QVarLengthArray<Member, smallObject> members;
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
        ++m_pos;
        --m_depth;
        out = QJsonObject();
        return true;
    }
    m_path.append(Segment {});
    while (true) {
        skipWhitespace();
        if (atEnd())
            return fail(m_pos, QStringLiteral("unexpected end of input, expected a string key"));
        if (peek() != '"') {
            if (peek() == '}' && !members.isEmpty())
                return fail(m_pos, QStringLiteral("trailing comma in object"));
            return fail(m_pos, QStringLiteral("unexpected %1, expected a string key").arg(describeByte(m_pos)));
        }
        const qsizetype keyOffset = m_pos;
        Member member {{}, {}, {}, keyOffset};
        if (!parseKey(member.key, member.rawKey))
            return false;
        m_path.last().key = member.key;
        m_path.last().rawKey = member.rawKey;
        skipWhitespace();
        if (atEnd() || peek() != ':')
            return fail(m_pos, QStringLiteral("unexpected %1, expected ':'").arg(describeByte(m_pos)));
        ++m_pos;
        skipWhitespace();
        if (!parseValue(member.value))
            return false;
        members.append(std::move(member));
        skipWhitespace();
        if (atEnd())
            return fail(m_pos, QStringLiteral("unexpected end of input, expected ',' or '}'"));
        const unsigned char c = peek();
        ++m_pos;
        if (c == '}')
            break;
        if (c != ',')
            return fail(m_pos - 1, QStringLiteral("unexpected %1, expected ',' or '}'").arg(describeByte(m_pos - 1)));
    }

    QJsonObject object;
    const auto duplicate = [this](const Member &m) {
        m_path.last().key = m.key;
        m_path.last().rawKey = m.rawKey;
        addError(m.offset, currentPath(), QStringLiteral("duplicate key"));
    };
    if (!m_build && members.size() <= smallObject) {
        // Checking only: compare the few keys with each other.
        for (qsizetype i = 1; i < members.size(); ++i) {
            const Member &m = members.at(i);
            for (qsizetype j = 0; j < i; ++j) {
                const Member &other = members.at(j);
                const bool same = !m.rawKey.isNull() && !other.rawKey.isNull() ? m.rawKey == other.rawKey
                                                                               : m.keyString() == other.keyString();
                if (same) {
                    duplicate(m);
                    break;
                }
            }
        }
    } else if (members.size() <= smallObject) {
        // Few keys: QJsonObject keeps its keys ordered, so inserting in any order is
        // cheap, and contains() finds duplicates (the first occurrence stays).
        for (const Member &m : std::as_const(members)) {
            if (m.rawKey.isNull()) {
                if (object.contains(m.key))
                    duplicate(m);
                else
                    object.insert(m.key, m.value);
            } else {
                const QLatin1StringView key(m.rawKey);
                if (object.contains(key))
                    duplicate(m);
                else
                    object.insert(key, m.value);
            }
        }
    } else {
        // Many keys: sort (stable: the first occurrence stays first) so that duplicates
        // are neighbours and QJsonObject receives keys in order (no quadratic insert).
        for (Member &m : members) {
            if (!m.rawKey.isNull()) {
                m.key = QString::fromLatin1(m.rawKey);
                m.rawKey = QByteArrayView();
            }
        }
        std::stable_sort(members.begin(), members.end(),
                         [](const Member &a, const Member &b) { return a.key < b.key; });
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i > 0 && members.at(i).key == members.at(i - 1).key) {
                duplicate(members.at(i));
                continue;
            }
            if (m_build)
                object.insert(members.at(i).key, members.at(i).value);
        }
    }
    m_path.removeLast();
    --m_depth;
    out = object;
    return true;
}

// ---------------------------------------------------------------------------------------
// Calibration reader.
// ---------------------------------------------------------------------------------------
} // namespace

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("an unknown value");
}

namespace {

class Reader
{
public:
    explicit Reader(QList<ParseError> &errors)
        : m_errors(errors)
    { }

    void error(const QString &path, const QString &message) { m_errors.append(ParseError {path, message, 0, 0, {}}); }

    void wrongType(const QString &path, const QString &expected, const QJsonValue &got)
    {
        error(path, QStringLiteral("expected %1, got %2").arg(expected, jsonTypeName(got)));
    }

    // Reports unknown keys of an object.
    void checkKeys(const QJsonObject &object, const QString &prefix, std::initializer_list<QLatin1StringView> known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::find(known.begin(), known.end(), key) == known.end())
                error(prefix + key, QStringLiteral("unknown field"));
        }
    }

    // Fetches a required member; reports it when missing.
    std::optional<QJsonValue> required(const QJsonObject &object, const QString &prefix, QLatin1StringView key)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            error(prefix + key, QStringLiteral("missing required field"));
            return std::nullopt;
        }
        return it.value();
    }

    std::optional<double> number(const QJsonValue &v, const QString &path)
    {
        if (!v.isDouble()) {
            wrongType(path, QStringLiteral("a number"), v);
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            error(path, constraints::notFiniteMessage());
            return std::nullopt;
        }
        return d;
    }

    std::optional<QString> string(const QJsonValue &v, const QString &path)
    {
        if (!v.isString()) {
            wrongType(path, QStringLiteral("a string"), v);
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<double> requiredNumber(const QJsonObject &object, const QString &prefix, QLatin1StringView key)
    {
        const auto v = required(object, prefix, key);
        if (!v)
            return std::nullopt;
        return number(*v, prefix + key);
    }

private:
    QList<ParseError> &m_errors;
};

} // namespace

ParseResult<QJsonValue> parseStrictJson(const QByteArray &bytes)
{
    StrictParser parser(bytes, false);
    return parser.run();
}

ParseResult<QJsonValue> parseStrictJsonReference(const QByteArray &bytes)
{
    StrictParser parser(bytes, true);
    return parser.run();
}

QJsonObject toWireJson(const Calibration &calibration)
{
    QJsonObject matrix;
    matrix.insert(QLatin1StringView("negative"), calibration.polarityMatrix.negative);
    matrix.insert(QLatin1StringView("neutral"), calibration.polarityMatrix.neutral);
    matrix.insert(QLatin1StringView("positive"), calibration.polarityMatrix.positive);

    QJsonArray triggers;
    for (const AlertTrigger &t : calibration.alertTriggers) {
        QJsonObject trigger;
        trigger.insert(QLatin1StringView("emotion"), toWire(t.emotion));
        trigger.insert(QLatin1StringView("threshold"), t.threshold);
        trigger.insert(QLatin1StringView("directive"), toWire(t.directive));
        triggers.append(trigger);
    }

    QJsonObject object;
    object.insert(QLatin1StringView("interaction_ids"), QJsonArray::fromStringList(calibration.interactionIds));
    object.insert(QLatin1StringView("polarity_matrix"), matrix);
    object.insert(QLatin1StringView("alert_triggers"), triggers);
    object.insert(QLatin1StringView("sensitivity_level"), calibration.sensitivityLevel);
    object.insert(QLatin1StringView("trigger_model_reweight"), calibration.triggerModelReweight);
    return object;
}

QByteArray toWireBytes(const Calibration &calibration)
{
    return QJsonDocument(toWireJson(calibration)).toJson(QJsonDocument::Compact);
}

ParseResult<Calibration> calibrationFromJson(const QJsonObject &object, const QString &pathPrefix)
{
    ParseResult<Calibration> result;
    Reader r(result.errors);
    const QString &p = pathPrefix;
    Calibration c;

    r.checkKeys(object, p,
                {QLatin1StringView("interaction_ids"), QLatin1StringView("polarity_matrix"),
                 QLatin1StringView("alert_triggers"), QLatin1StringView("sensitivity_level"),
                 QLatin1StringView("trigger_model_reweight")});

    // interaction_ids
    if (const auto ids = r.required(object, p, QLatin1StringView("interaction_ids"))) {
        const QString path = p + QLatin1StringView("interaction_ids");
        if (!ids->isArray()) {
            r.wrongType(path, QStringLiteral("an array"), *ids);
        } else {
            const QJsonArray array = ids->toArray();
            if (array.size() > constraints::interactionIdsMax) {
                r.error(path, constraints::interactionIdsTooManyItemsMessage());
            } else {
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (const auto s = r.string(array.at(i), path + QStringLiteral("[%1]").arg(i)))
                        c.interactionIds.append(*s);
                }
            }
        }
    }

    // polarity_matrix
    if (const auto matrix = r.required(object, p, QLatin1StringView("polarity_matrix"))) {
        const QString path = p + QLatin1StringView("polarity_matrix");
        if (!matrix->isObject()) {
            r.wrongType(path, QStringLiteral("an object"), *matrix);
        } else {
            const QJsonObject m = matrix->toObject();
            const QString prefix = path + u'.';
            r.checkKeys(m, prefix,
                        {QLatin1StringView("negative"), QLatin1StringView("neutral"), QLatin1StringView("positive")});
            if (const auto v = r.requiredNumber(m, prefix, QLatin1StringView("negative")))
                c.polarityMatrix.negative = *v;
            if (const auto v = r.requiredNumber(m, prefix, QLatin1StringView("neutral")))
                c.polarityMatrix.neutral = *v;
            if (const auto v = r.requiredNumber(m, prefix, QLatin1StringView("positive")))
                c.polarityMatrix.positive = *v;
        }
    }

    // alert_triggers
    if (const auto triggers = r.required(object, p, QLatin1StringView("alert_triggers"))) {
        const QString path = p + QLatin1StringView("alert_triggers");
        if (!triggers->isArray()) {
            r.wrongType(path, QStringLiteral("an array"), *triggers);
        } else {
            const QJsonArray array = triggers->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString itemPath = path + QStringLiteral("[%1]").arg(i);
                const QJsonValue item = array.at(i);
                if (!item.isObject()) {
                    r.wrongType(itemPath, QStringLiteral("an object"), item);
                    continue;
                }
                const QJsonObject t = item.toObject();
                const QString prefix = itemPath + u'.';
                r.checkKeys(
                    t, prefix,
                    {QLatin1StringView("emotion"), QLatin1StringView("threshold"), QLatin1StringView("directive")});
                AlertTrigger trigger;
                if (const auto e = r.required(t, prefix, QLatin1StringView("emotion"))) {
                    const QString ePath = prefix + QLatin1StringView("emotion");
                    if (const auto s = r.string(*e, ePath)) {
                        if (const auto emotion = emotionFromWire(*s))
                            trigger.emotion = *emotion;
                        else
                            r.error(ePath,
                                    QStringLiteral("unknown value \"%1\": %2")
                                        .arg(s->left(64), constraints::emotionEnumMessage()));
                    }
                }
                if (const auto v = r.requiredNumber(t, prefix, QLatin1StringView("threshold")))
                    trigger.threshold = *v;
                if (const auto d = r.required(t, prefix, QLatin1StringView("directive"))) {
                    const QString dPath = prefix + QLatin1StringView("directive");
                    if (const auto s = r.string(*d, dPath)) {
                        if (const auto directive = directiveFromWire(*s))
                            trigger.directive = *directive;
                        else
                            r.error(dPath,
                                    QStringLiteral("unknown value \"%1\": %2")
                                        .arg(s->left(64), constraints::directiveEnumMessage()));
                    }
                }
                c.alertTriggers.append(trigger);
            }
        }
    }

    // sensitivity_level
    if (const auto v = r.requiredNumber(object, p, QLatin1StringView("sensitivity_level")))
        c.sensitivityLevel = *v;

    // trigger_model_reweight (optional, default false)
    const auto reweight = object.constFind(QLatin1StringView("trigger_model_reweight"));
    if (reweight != object.constEnd()) {
        if (reweight.value().isBool())
            c.triggerModelReweight = reweight.value().toBool();
        else
            r.wrongType(p + QLatin1StringView("trigger_model_reweight"), QStringLiteral("a boolean"), reweight.value());
    }

    if (result.errors.isEmpty())
        result.value = std::move(c);
    return result;
}

ParseResult<Calibration> calibrationFromBytes(const QByteArray &bytes)
{
    ParseResult<Calibration> result;
    const ParseResult<QJsonValue> json = parseStrictJson(bytes);
    if (!json.ok()) {
        result.errors = json.errors;
        return result;
    }
    if (!json.value->isObject()) {
        result.errors.append(ParseError {
            QString(), QStringLiteral("expected an object, got %1").arg(jsonTypeName(*json.value)), 0, 0, {}});
        return result;
    }
    return calibrationFromJson(json.value->toObject());
}

QJsonObject validationErrorBody(const QList<Violation> &violations)
{
    QJsonArray details;
    for (const Violation &v : violations) {
        if (v.severity != Severity::Error)
            continue;
        QJsonObject d;
        d.insert(QLatin1StringView("field"), v.path);
        d.insert(QLatin1StringView("message"), v.message);
        details.append(d);
    }
    QJsonObject body;
    body.insert(QLatin1StringView("error"), QStringLiteral("Schema validation failed"));
    body.insert(QLatin1StringView("code"), QStringLiteral("schema_validation_failed"));
    body.insert(QLatin1StringView("details"), details);
    return body;
}

} // namespace calib
