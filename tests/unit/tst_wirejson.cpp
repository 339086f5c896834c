#include "core/constraints.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace calib;

namespace {

QByteArray validPayload()
{
    return QByteArrayLiteral(R"({"interaction_ids":["a","b"],"polarity_matrix":{"negative":-0.6,"neutral":0,)"
                             R"("positive":0.6},"alert_triggers":[{"emotion":"anger","threshold":0.8,)"
                             R"("directive":"block"}],"sensitivity_level":0.5,"trigger_model_reweight":true})");
}

QStringList describe(const QList<ParseError> &errors)
{
    QStringList out;
    for (const ParseError &e : errors)
        out << e.toString();
    return out;
}

QString randomId(QRandomGenerator &rng)
{
    static const QList<QString> pieces {
        QStringLiteral("a"),
        QStringLiteral("Z"),
        QStringLiteral("7"),
        QStringLiteral("-"),
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("\n"),
        QStringLiteral("\t"),
        QStringLiteral("/"),
        QString(QChar(1)),
        QStringLiteral("\u00e9"),
        QStringLiteral("\u4e2d"),
        QString::fromUtf8("\xF0\x9F\x98\x80"),
    };
    const int length = 1 + int(rng.bounded(40));
    QString id;
    for (int i = 0; i < length; ++i)
        id += pieces.at(rng.bounded(int(pieces.size())));
    return id;
}

double randomIn(QRandomGenerator &rng, const NumberBound &b)
{
    switch (rng.bounded(6)) {
    case 0: return b.min;
    case 1: return b.max;
    case 2: return std::round((b.min + (b.max - b.min) * rng.generateDouble()) * 100.0) / 100.0;
    default: return b.min + (b.max - b.min) * rng.generateDouble(); // full 53-bit precision
    }
}

Calibration randomCalibration(QRandomGenerator &rng)
{
    Calibration c;
    const int ids = 1 + int(rng.bounded(constraints::interactionIdsMax));
    for (int i = 0; i < ids; ++i)
        c.interactionIds << randomId(rng);
    c.polarityMatrix.negative = randomIn(rng, constraints::polarityNegative);
    c.polarityMatrix.neutral = randomIn(rng, constraints::polarityNeutral);
    c.polarityMatrix.positive = randomIn(rng, constraints::polarityPositive);
    for (Emotion e : allEmotions()) {
        for (Directive d : allDirectives()) {
            if (rng.bounded(3) != 0)
                continue;
            double threshold = randomIn(rng, constraints::triggerThreshold);
            if (d == Directive::Block && threshold < constraints::blockMinThreshold)
                threshold = constraints::blockMinThreshold + (0.95 - 0.7) * rng.generateDouble();
            c.alertTriggers.append({e, threshold, d});
        }
    }
    c.sensitivityLevel = randomIn(rng, constraints::sensitivityLevel);
    c.triggerModelReweight = rng.bounded(2) == 1;
    return c;
}

} // namespace

class TestWireJson : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrors_data();
    void syntaxErrors();
    void acceptsValidJson_data();
    void acceptsValidJson();
    void agreesWithQtOnValidDocuments();
    void sameAsReference();
    void nestingLimit();
    void duplicateKeysAreAllReported();
    void numbersKeepFullPrecision();
    void neverCrashesOnTruncations();
    void readerErrors_data();
    void readerErrors();
    void readerCollectsEveryError();
    void readerRejectsNonFiniteJsonValues();
    void readerPathPrefix();
    void readerDefaultsReweightToFalse();
    void topLevelMustBeAnObject();
    void writesTheExactContractPayload();
    void roundTripIsExact();
    void validationErrorBodyMatchesContract();
};

void TestWireJson::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    auto row
        = [](const char *name, const QByteArray &input, const char *path, const char *message, int line, int column) {
              QTest::newRow(name) << input << QString::fromUtf8(path) << QString::fromUtf8(message) << line << column;
          };
    row("empty", "", "", "unexpected end of input, expected a value", 1, 1);
    row("whitespace only", " \n ", "", "unexpected end of input, expected a value", 2, 2);
    row("bare word", "tru", "", "unexpected 't', expected a value", 1, 1);
    row("single quotes", "{'a':1}", "", "unexpected ''', expected a string key", 1, 2);
    row("trailing comma object", R"({"a":1,})", "a", "trailing comma in object", 1, 8);
    row("trailing comma array", "[1,]", "[1]", "trailing comma in array", 1, 4);
    row("missing comma", R"({"a":1 "b":2})", "a", "unexpected '\"', expected ',' or '}'", 1, 8);
    row("missing colon", R"({"a" 1})", "a", "unexpected '1', expected ':'", 1, 6);
    row("unclosed object", R"({"a":1)", "a", "unexpected end of input, expected ',' or '}'", 1, 7);
    row("unclosed array", "[1, 2", "[1]", "unexpected end of input, expected ',' or ']'", 1, 6);
    row("double comma", "{\n  \"a\": [1,\n  2,,]}", "a[2]", "unexpected ',', expected a value", 3, 5);
    row("trailing garbage", "{} x", "", "unexpected 'x' after the JSON value", 1, 4);
    row("two documents", "1 2", "", "unexpected '2' after the JSON value", 1, 3);
    row("leading zero", R"({"a":01})", "a", "invalid number: leading zeros are not allowed", 1, 6);
    row("negative leading zero", "[-00.5]", "[0]", "invalid number: leading zeros are not allowed", 1, 2);
    row("plus sign", "[+1]", "[0]", "unexpected '+', expected a value", 1, 2);
    row("lone minus", "[-]", "[0]", "invalid number: expected a digit after '-'", 1, 3);
    row("dot without digits", "[1.]", "[0]", "invalid number: expected a digit after '.'", 1, 4);
    row("leading dot", "[.5]", "[0]", "unexpected '.', expected a value", 1, 2);
    row("empty exponent", "[1e]", "[0]", "invalid number: expected a digit in the exponent", 1, 4);
    row("signed empty exponent", "[1e+]", "[0]", "invalid number: expected a digit in the exponent", 1, 5);
    row("hex number", "[0x10]", "[0]", "unexpected 'x', expected ',' or ']'", 1, 3);
    row("overflow", "[1e400]", "[0]", "number is too large", 1, 2);
    row("long overflow", "[-1234567890e300]", "[0]", "number is too large", 1, 2);
    row("underflow", "[1e-400]", "[0]", "number is too small (it would round to zero)", 1, 2);
    row("long underflow", "[0.000001e-320]", "[0]", "number is too small (it would round to zero)", 1, 2);
    row("NaN", R"({"a":NaN})", "a", "NaN and Infinity are not valid JSON numbers", 1, 6);
    row("Infinity", "[Infinity]", "[0]", "NaN and Infinity are not valid JSON numbers", 1, 2);
    row("-Infinity", R"({"x":{"y":-Infinity}})", "x.y", "NaN and Infinity are not valid JSON numbers", 1, 11);
    row("unterminated string", "[\"abc", "[0]", "unterminated string", 1, 2);
    row("control char", "[\"a\tb\"]", "[0]", "control character U+0009 in string must be escaped", 1, 4);
    row("raw newline", "[\"a\nb\"]", "[0]", "control character U+000A in string must be escaped", 1, 4);
    row("invalid escape", R"(["\x"])", "[0]", "invalid escape sequence in string", 1, 3);
    row("short unicode escape", R"(["\u12"])", "[0]", "invalid \\u escape: expected 4 hex digits", 1, 5);
    row("bad hex", R"(["\u12G4"])", "[0]", "invalid \\u escape: expected 4 hex digits", 1, 5);
    row("lone high surrogate", R"(["\uD800"])", "[0]", "invalid \\u escape: unpaired high surrogate", 1, 3);
    row("high + non-low", R"(["\uD800\u0041"])", "[0]", "invalid \\u escape: unpaired high surrogate", 1, 3);
    row("lone low surrogate", R"(["\uDC00"])", "[0]", "invalid \\u escape: unpaired low surrogate", 1, 3);
    row("invalid utf-8", "[\"\xC3\x28\"]", "[0]", "invalid UTF-8 in string", 1, 3);
    row("overlong utf-8", "[\"\xC0\xAF\"]", "[0]", "invalid UTF-8 in string", 1, 3);
    row("utf-8 surrogate", "[\"\xED\xA0\x80\"]", "[0]", "invalid UTF-8 in string", 1, 3);
    row("above U+10FFFF", "[\"\xF4\x90\x80\x80\"]", "[0]", "invalid UTF-8 in string", 1, 3);
    row("truncated utf-8", "[\"\xE2\x82", "[0]", "invalid UTF-8 in string (truncated sequence)", 1, 3);
    row("stray continuation", "[\"\x80\"]", "[0]", "invalid UTF-8 in string", 1, 3);
    row("utf-8 outside string", "[\xC3\xA9]", "[0]", "unexpected byte 0xc3, expected a value", 1, 2);
    row("column counts characters", "[\"\xC3\xA9\xC3\xA9\", x]", "[1]", "unexpected 'x', expected a value", 1, 8);
    row("key error path", R"({"outer":{"in\"ner":[true, nul]}})", "outer.in\"ner[1]",
        "unexpected 'n', expected a value", 1, 28);
}

void TestWireJson::syntaxErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const ParseResult<QJsonValue> r = parseStrictJson(input);
    QVERIFY(!r.ok());
    QVERIFY(!r.value.has_value());
    QCOMPARE(r.errors.size(), 1);
    const ParseError &e = r.errors.first();
    QCOMPARE(e.message, message);
    QCOMPARE(e.path, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(e.toString().contains(QStringLiteral("line %1, column %2").arg(line).arg(column)));
}

void TestWireJson::acceptsValidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("surrogate pair escape")
        << QByteArray(R"("\uD83D\uDE00")") << QJsonValue(QString::fromUtf8("\xF0\x9F\x98\x80"));
    QTest::newRow("raw 4-byte utf-8") << QByteArray("\"\xF0\x9F\x98\x80\"")
                                      << QJsonValue(QString::fromUtf8("\xF0\x9F\x98\x80"));
    QTest::newRow("escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t\u00e9\u0000")")
                             << QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t\u00e9") + QChar(u'\0'));
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[true]") << QJsonValue(QJsonArray {true});
    QTest::newRow("integer beyond 2^53 stays exact")
        << QByteArray("[678901901234567890, -9223372036854775808]")
        << QJsonValue(QJsonArray {qint64(678901901234567890), std::numeric_limits<qint64>::min()});
    QTest::newRow("integer beyond 64 bits is a double")
        << QByteArray("18446744073709551616") << QJsonValue(18446744073709551616.0);
    QTest::newRow("negative zero") << QByteArray("-0") << QJsonValue(-0.0);
    QTest::newRow("exponent") << QByteArray("-1.5E+2") << QJsonValue(-150.0);
    QTest::newRow("zero with a huge exponent") << QByteArray("0e-400") << QJsonValue(0.0);
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << QJsonValue(5e-324);
    QTest::newRow("null") << QByteArray(" null ") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty containers") << QByteArray(R"({"a":[],"b":{}})")
                                      << QJsonValue(QJsonObject {{QStringLiteral("a"), QJsonArray()},
                                                                 {QStringLiteral("b"), QJsonObject()}});
}

void TestWireJson::acceptsValidJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonValue, expected);
    const ParseResult<QJsonValue> r = parseStrictJson(input);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
    QCOMPARE(*r.value, expected);
}

void TestWireJson::agreesWithQtOnValidDocuments()
{
    const QList<QByteArray> docs {
        validPayload(),
        R"({"z":1,"a":[1,2.5,-3e-7,"x",null,true,false,{"k":"v"}],"m":{"n":{"o":[]}}})",
        R"([{"b":1,"a":2},{"a":"\u00fc\u4e2d"}])",
        // Whole numbers written as doubles are stored the way Qt stores them (found by fuzzing).
        "[0,-7e00,17e16,1e18,-0.0,678901901234567890,1.5,5e-324]",
    };
    for (const QByteArray &doc : docs) {
        const ParseResult<QJsonValue> r = parseStrictJson(doc);
        QVERIFY(r.ok());
        const QJsonDocument qt = QJsonDocument::fromJson(doc);
        QCOMPARE(*r.value, qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()));
    }
}

// parseStrictJson checks without building and lets QJsonDocument build; it must give
// exactly what the reference (building every value itself) gives: values and errors.
void TestWireJson::sameAsReference()
{
    QList<QByteArray> docs {
        validPayload(),
        R"({"z":1,"a":[1,2.5,-3e-7,"x",null,true,false,{"k":"v"}],"m":{"n":{"o":[]}}})",
        R"([{"b":1,"a":2},{"a":"\u00fc\u4e2d"}])",
        "[0,-7e00,17e16,1e18,-0.0,-0,678901901234567890,1.5,5e-324,18446744073709551616]",
        "\xEF\xBB\xBF{\"bom\":true}",
        R"({"a":1,"a":2})",
        R"({"k\u0065y":1,"key":2})",
        R"({"\u00e9":1,"é":2})",
        R"({"x":{"a":1,"b":[1,{"a":1,"a":1}]}})",
        R"({"a":NaN})",
        R"({"a":1e400})",
        R"({"a":"\ud800"})",
        "{\"a\":\"\xC3\x28\"}",
        R"([1,2,])",
        "\"scalar\"",
        "42",
        "{}",
        "[]",
    };
    // An object with more keys than the small-object path handles, with duplicates.
    QByteArray big = "{";
    for (int i = 0; i < 40; ++i)
        big += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i % 30) + "\":" + QByteArray::number(i);
    docs.append(big + "}");
    QByteArray bigUnique = "{";
    for (int i = 0; i < 40; ++i)
        bigUnique
            += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(39 - i) + "\":[" + QByteArray::number(i) + "]";
    docs.append(bigUnique + "}");
    // Every truncation of a real payload.
    const QByteArray payload = validPayload();
    for (qsizetype n = 0; n < payload.size(); n += 7)
        docs.append(payload.left(n));

    for (const QByteArray &doc : std::as_const(docs)) {
        const ParseResult<QJsonValue> fast = parseStrictJson(doc);
        const ParseResult<QJsonValue> reference = parseStrictJsonReference(doc);
        QVERIFY2(fast.value.has_value() == reference.value.has_value(), doc.constData());
        if (fast.value)
            QCOMPARE(*fast.value, *reference.value);
        QCOMPARE(describe(fast.errors), describe(reference.errors));
    }
}

void TestWireJson::nestingLimit()
{
    const QByteArray ok64 = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(parseStrictJson(ok64).ok());
    const QByteArray deep = QByteArray(65, '[') + QByteArray(65, ']');
    const ParseResult<QJsonValue> r = parseStrictJson(deep);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().message, QStringLiteral("nesting deeper than 64 levels"));
    QCOMPARE(r.errors.first().column, 65);
    // Far deeper input must not exhaust the stack.
    QVERIFY(!parseStrictJson(QByteArray(1000000, '[')).ok());
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += R"({"a":)";
    QVERIFY(!parseStrictJson(objects).ok());
}

void TestWireJson::duplicateKeysAreAllReported()
{
    const QByteArray input = "{\"a\":{\"b\":1,\"b\":2},\n\"c\":[{\"d\":0,\"d\":1,\"d\":2}],\"a\":3}";
    const ParseResult<QJsonValue> r = parseStrictJson(input);
    QVERIFY(!r.ok());
    QCOMPARE(describe(r.errors),
             QStringList({
                 QStringLiteral("line 1, column 13 (a.b): duplicate key"),
                 QStringLiteral("line 2, column 13 (c[0].d): duplicate key"),
                 QStringLiteral("line 2, column 19 (c[0].d): duplicate key"),
                 QStringLiteral("line 2, column 27 (a): duplicate key"),
             }));
    // Many duplicates are capped rather than reported one by one forever.
    QByteArray many = "{";
    for (int i = 0; i < 1000; ++i)
        many += R"("k":1,)";
    many += R"("k":1})";
    const ParseResult<QJsonValue> capped = parseStrictJson(many);
    QCOMPARE(capped.errors.size(), 101);
    QVERIFY(capped.errors.last().message.startsWith(QStringLiteral("too many errors")));
}

void TestWireJson::numbersKeepFullPrecision()
{
    const QList<double> values {0.1,
                                0.7,
                                0.95,
                                1.0 / 3.0,
                                std::nextafter(0.7, 0.0),
                                std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::denorm_min(),
                                -2.2250738585072014e-308,
                                123456789012345678.0};
    for (double v : values) {
        const QByteArray text = QByteArray::number(v, 'g', 17);
        const ParseResult<QJsonValue> r = parseStrictJson(text);
        QVERIFY2(r.ok(), text.constData());
        QCOMPARE(r.value->toDouble(), v);
    }
}

void TestWireJson::neverCrashesOnTruncations()
{
    // Every prefix of a valid payload is either valid or reported, never a crash.
    const QByteArray payload = validPayload();
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const ParseResult<Calibration> r = calibrationFromBytes(payload.left(i));
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
    }
    QVERIFY(calibrationFromBytes(payload).ok());
}

void TestWireJson::readerErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const char *from, const char *to, const char *path, const QString &message) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromUtf8(path) << message;
    };
    auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    row("number as string", R"("threshold":0.8)", R"("threshold":"0.8")", "alert_triggers[0].threshold",
        s("expected a number, got a string"));
    row("boolean as number", R"("trigger_model_reweight":true)", R"("trigger_model_reweight":1)",
        "trigger_model_reweight", s("expected a boolean, got a number"));
    row("boolean as string", R"("trigger_model_reweight":true)", R"("trigger_model_reweight":"true")",
        "trigger_model_reweight", s("expected a boolean, got a string"));
    row("null number", R"("sensitivity_level":0.5)", R"("sensitivity_level":null)", "sensitivity_level",
        s("expected a number, got null"));
    row("unknown top-level field", R"("sensitivity_level":0.5)", R"("sensitivity_level":0.5,"mode":"x")", "mode",
        s("unknown field"));
    row("unknown matrix field", R"("neutral":0)", R"("neutral":0,"mixed":0)", "polarity_matrix.mixed",
        s("unknown field"));
    row("unknown trigger field", R"("directive":"block")", R"("directive":"block","color":"red")",
        "alert_triggers[0].color", s("unknown field"));
    row("missing top-level field", R"("sensitivity_level":0.5,)", "", "sensitivity_level", s("missing required field"));
    row("missing matrix field", R"("neutral":0,)", "", "polarity_matrix.neutral", s("missing required field"));
    row("missing trigger field", R"("threshold":0.8,)", "", "alert_triggers[0].threshold", s("missing required field"));
    row("unknown emotion", R"("anger")", R"("rage")", "alert_triggers[0].emotion",
        s("unknown value \"rage\": ") + constraints::emotionEnumMessage());
    row("unknown directive", R"("block")", R"("page")", "alert_triggers[0].directive",
        s("unknown value \"page\": ") + constraints::directiveEnumMessage());
    row("enum is case-sensitive", R"("anger")", R"("Anger")", "alert_triggers[0].emotion",
        s("unknown value \"Anger\": ") + constraints::emotionEnumMessage());
    row("id as number", R"("b")", "7", "interaction_ids[1]", s("expected a string, got a number"));
    row("ids as string", R"(["a","b"])", R"("a")", "interaction_ids", s("expected an array, got a string"));
    row("matrix as array", R"({"negative":-0.6,"neutral":0,"positive":0.6})", "[-0.6,0,0.6]", "polarity_matrix",
        s("expected an object, got an array"));
    row("triggers as object", R"([{"emotion":"anger","threshold":0.8,"directive":"block"}])", "{}", "alert_triggers",
        s("expected an array, got an object"));
    row("trigger as string", R"({"emotion":"anger","threshold":0.8,"directive":"block"})", R"("anger")",
        "alert_triggers[0]", s("expected an object, got a string"));
    row("duplicate key", R"("neutral":0)", R"("neutral":0,"neutral":0.1)", "polarity_matrix.neutral",
        s("duplicate key"));
    row("NaN literal", R"("sensitivity_level":0.5)", R"("sensitivity_level":NaN)", "sensitivity_level",
        s("NaN and Infinity are not valid JSON numbers"));
    QByteArray ids = "[";
    for (int i = 0; i < 51; ++i)
        ids += (i ? ",\"" : "\"") + QByteArray::number(i) + '"';
    ids += ']';
    QTest::newRow("51 interaction ids") << QByteArray(R"(["a","b"])") << ids << QStringLiteral("interaction_ids")
                                        << QStringLiteral("at most 50 items");
}

void TestWireJson::readerErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QByteArray input = validPayload();
    QVERIFY(input.contains(from));
    input.replace(from, to);
    const ParseResult<Calibration> r = calibrationFromBytes(input);
    QVERIFY(!r.ok());
    QVERIFY(!r.value.has_value());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, path);
    QCOMPARE(r.errors.first().message, message);
}

void TestWireJson::readerCollectsEveryError()
{
    const QByteArray input = R"({"interaction_ids":[1,"ok",true],"polarity_matrix":{"negative":"-0.6","x":1},)"
                             R"("alert_triggers":[{"emotion":"joy","threshold":"high","directive":0}],)"
                             R"("trigger_model_reweight":0,"extra":{}})";
    const ParseResult<Calibration> r = calibrationFromBytes(input);
    QStringList paths;
    for (const ParseError &e : r.errors)
        paths << e.path;
    QCOMPARE(paths,
             QStringList({QStringLiteral("extra"), QStringLiteral("interaction_ids[0]"),
                          QStringLiteral("interaction_ids[2]"), QStringLiteral("polarity_matrix.x"),
                          QStringLiteral("polarity_matrix.negative"), QStringLiteral("polarity_matrix.neutral"),
                          QStringLiteral("polarity_matrix.positive"), QStringLiteral("alert_triggers[0].emotion"),
                          QStringLiteral("alert_triggers[0].threshold"), QStringLiteral("alert_triggers[0].directive"),
                          QStringLiteral("sensitivity_level"), QStringLiteral("trigger_model_reweight")}));
}

void TestWireJson::readerRejectsNonFiniteJsonValues()
{
    // A QJsonObject built in code can hold NaN; the reader still refuses it.
    QJsonObject o = toWireJson(Calibration::tenantDefault());
    o.insert(QStringLiteral("sensitivity_level"), std::numeric_limits<double>::quiet_NaN());
    const ParseResult<Calibration> r = calibrationFromJson(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("sensitivity_level"));
}

void TestWireJson::readerPathPrefix()
{
    QJsonObject o = toWireJson(Calibration::tenantDefault());
    o.remove(QStringLiteral("polarity_matrix"));
    const ParseResult<Calibration> r = calibrationFromJson(o, QStringLiteral("calibration."));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("calibration.polarity_matrix"));
}

void TestWireJson::readerDefaultsReweightToFalse()
{
    QJsonObject o = toWireJson(Calibration::tenantDefault());
    o.remove(QStringLiteral("trigger_model_reweight"));
    const ParseResult<Calibration> r = calibrationFromJson(o);
    QVERIFY(r.ok());
    QCOMPARE(r.value->triggerModelReweight, false);
    QCOMPARE(*r.value, Calibration::tenantDefault());
}

void TestWireJson::topLevelMustBeAnObject()
{
    const ParseResult<Calibration> r = calibrationFromBytes("[]");
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().message, QStringLiteral("expected an object, got an array"));
}

void TestWireJson::writesTheExactContractPayload()
{
    const QByteArray expected = R"({"alert_triggers":[{"directive":"notify","emotion":"anger","threshold":0.8},)"
                                R"({"directive":"log","emotion":"frustration","threshold":0.75}],)"
                                R"("interaction_ids":["default"],)"
                                R"("polarity_matrix":{"negative":-0.6,"neutral":0,"positive":0.6},)"
                                R"("sensitivity_level":0.5,"trigger_model_reweight":false})";
    QCOMPARE(toWireBytes(Calibration::tenantDefault()), expected);
    QCOMPARE(toWireJson(Calibration::tenantDefault()).keys(),
             QStringList({QStringLiteral("alert_triggers"), QStringLiteral("interaction_ids"),
                          QStringLiteral("polarity_matrix"), QStringLiteral("sensitivity_level"),
                          QStringLiteral("trigger_model_reweight")}));
}

void TestWireJson::roundTripIsExact()
{
    QRandomGenerator rng(20261124);
    for (int i = 0; i < 3000; ++i) {
        const Calibration c = randomCalibration(rng);
        QVERIFY(validate(c).ok());
        const QByteArray bytes = toWireBytes(c);
        const ParseResult<Calibration> r = calibrationFromBytes(bytes);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
        if (!(*r.value == c)) {
            qWarning() << "mismatch at" << i << bytes;
            QFAIL("round trip changed the calibration");
        }
        QCOMPARE(toWireBytes(*r.value), bytes); // stable bytes, too
    }
}

void TestWireJson::validationErrorBodyMatchesContract()
{
    const QList<Violation> violations {
        {QStringLiteral("alert_triggers[1].threshold"), constraints::blockThresholdMessage(), Severity::Error},
        {QStringLiteral("alert_triggers"), constraints::noTriggersMessage(), Severity::Warning},
    };
    const QJsonObject body = validationErrorBody(violations);
    const QByteArray expected = R"({"code":"schema_validation_failed","details":[{"field":"alert_triggers[1].)"
                                R"(threshold","message":"Block directives require a minimum threshold of 0.7"}],)"
                                R"("error":"Schema validation failed"})";
    QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);
}

QTEST_GUILESS_MAIN(TestWireJson)
#include "tst_wirejson.moc"
