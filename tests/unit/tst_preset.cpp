#include "core/constraints.h"
#include "core/preset.h"
#include "core/validation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;

namespace {

QString presetsDir()
{
    return QStringLiteral(CALIB_SOURCE_DIR "/resources/presets");
}

Preset samplePreset()
{
    Preset p;
    p.name = QStringLiteral("Night shift \u00fcbersicht");
    p.description = QStringLiteral("Line one\nline \"two\"");
    p.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 15, 0), Qt::UTC);
    p.calibration = Calibration::tenantDefault();
    p.calibration.alertTriggers.append({Emotion::Anger, 0.9100000000000001, Directive::Block});
    p.calibration.triggerModelReweight = true;
    return p;
}

QByteArray presetJson(const QByteArray &extraTopLevel = {}, const QByteArray &version = "1")
{
    return "{\"format\":\"calibration-workbench-preset\",\"format_version\":" + version
        + ",\"name\":\"n\",\"calibration\":" + QJsonDocument(toWireJson(Calibration::tenantDefault())).toJson()
        + extraTopLevel + "}";
}

QStringList describe(const QList<ParseError> &errors)
{
    QStringList out;
    for (const ParseError &e : errors)
        out << e.toString();
    return out;
}

} // namespace

class TestPreset : public QObject
{
    Q_OBJECT

private slots:
    void samplePresetsImportAndValidate();
    void bytesRoundTrip();
    void fileRoundTrip();
    void writesReadableOrder();
    void bareCalibrationPayloadIsAccepted();
    void newerFormatVersionIsRefused();
    void presetErrors_data();
    void presetErrors();
    void createdAtAcceptsRfc3339Offsets();
    void oversizedBytesAreRefused();
    void oversizedFileIsRefusedByPath();
    void fileErrorsNameThePath();
    void saveReportsUnwritablePath();
};

void TestPreset::samplePresetsImportAndValidate()
{
    const QStringList files = QDir(presetsDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY2(files.size() >= 3, qPrintable(presetsDir()));
    for (const QString &name : files) {
        const QString path = presetsDir() + u'/' + name;
        const ParseResult<Preset> r = loadPresetFile(path);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
        QVERIFY(!r.value->name.isEmpty());
        QVERIFY(!r.value->description.isEmpty());
        QVERIFY(r.value->createdAt.isValid());
        QCOMPARE(r.value->createdAt.timeSpec(), Qt::UTC);
        const ValidationResult v = validate(r.value->calibration);
        QVERIFY2(v.violations.isEmpty(), qPrintable(name));
        // The shipped file is exactly what the workbench itself would write.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(presetToBytes(*r.value), file.readAll());
    }
}

void TestPreset::bytesRoundTrip()
{
    const Preset p = samplePreset();
    const ParseResult<Preset> r = presetFromBytes(presetToBytes(p));
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
    QCOMPARE(*r.value, p);

    Preset withMs = p;
    withMs.createdAt = withMs.createdAt.addMSecs(123);
    QVERIFY(presetToBytes(withMs).contains("\"created_at\": \"2026-11-24T09:15:00.123Z\""));
    QCOMPARE(*presetFromBytes(presetToBytes(withMs)).value, withMs);

    Preset noDate = p;
    noDate.createdAt = QDateTime();
    QVERIFY(!presetToBytes(noDate).contains("created_at"));
    QCOMPARE(*presetFromBytes(presetToBytes(noDate)).value, noDate);
}

void TestPreset::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("night shift.json"));
    const Preset p = samplePreset();
    QCOMPARE(savePresetFile(path, p), QString());
    const ParseResult<Preset> r = loadPresetFile(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
    QCOMPARE(*r.value, p);
    // Overwriting is atomic and leaves no temporary files behind.
    QCOMPARE(savePresetFile(path, p), QString());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("night shift.json")}));
}

void TestPreset::writesReadableOrder()
{
    const QByteArray bytes = presetToBytes(samplePreset());
    QVERIFY(bytes.startsWith("{\n    \"format\": \"calibration-workbench-preset\",\n    \"format_version\": 1,\n"));
    QVERIFY(bytes.indexOf("\"name\"") < bytes.indexOf("\"description\""));
    QVERIFY(bytes.indexOf("\"interaction_ids\"") < bytes.indexOf("\"polarity_matrix\""));
    QVERIFY(bytes.indexOf("\"polarity_matrix\"") < bytes.indexOf("\"alert_triggers\""));
    QVERIFY(bytes.indexOf("\"emotion\"") < bytes.indexOf("\"threshold\""));
    QVERIFY(bytes.indexOf("\"threshold\"") < bytes.indexOf("\"directive\""));
    QVERIFY(bytes.endsWith("}\n"));
}

void TestPreset::bareCalibrationPayloadIsAccepted()
{
    Calibration c = Calibration::tenantDefault();
    c.sensitivityLevel = 0.65;
    const ParseResult<Preset> r = presetFromBytes(toWireBytes(c));
    QVERIFY(r.ok());
    QVERIFY(r.value->name.isEmpty());
    QVERIFY(!r.value->createdAt.isValid());
    QCOMPARE(r.value->calibration, c);

    // A broken bare payload reports wire paths without a prefix.
    QByteArray broken = toWireBytes(c);
    broken.replace("0.65", "\"0.65\"");
    const ParseResult<Preset> bad = presetFromBytes(broken);
    QCOMPARE(bad.errors.size(), 1);
    QCOMPARE(bad.errors.first().path, QStringLiteral("sensitivity_level"));
}

void TestPreset::newerFormatVersionIsRefused()
{
    // Even with fields this version does not know, the one message is about the version.
    const ParseResult<Preset> r = presetFromBytes(presetJson(",\"signature\":\"abc\"", "2"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("format_version"));
    QCOMPARE(
        r.errors.first().message,
        QStringLiteral("made by a newer version of Calibration Workbench (format_version 2; this version reads 1)"));
}

void TestPreset::presetErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // toString() of every error

    auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    QTest::newRow("unknown top-level field")
        << presetJson(",\"author\":\"x\"") << QStringList {s("author: unknown field")};
    QTest::newRow("version 0") << presetJson({}, "0") << QStringList {s("format_version: must be a positive integer")};
    QTest::newRow("version 1.5") << presetJson({}, "1.5")
                                 << QStringList {s("format_version: must be a positive integer")};
    QTest::newRow("version as string") << presetJson({}, "\"1\"")
                                       << QStringList {s("format_version: expected a number, got a string")};
    QTest::newRow("version 1.0 is 1") << presetJson({}, "1.0") << QStringList {};
    QTest::newRow("wrong format") << QByteArray(presetJson()).replace("calibration-workbench-preset", "other")
                                  << QStringList {s("format: must be \"calibration-workbench-preset\"")};
    QTest::newRow("missing name") << QByteArray(presetJson()).replace("\"name\":\"n\",", "")
                                  << QStringList {s("name: missing required field")};
    QTest::newRow("name as number") << QByteArray(presetJson()).replace("\"name\":\"n\"", "\"name\":3")
                                    << QStringList {s("name: expected a string, got a number")};
    QTest::newRow("bad created_at") << presetJson(",\"created_at\":\"24.11.2026 09:15\"")
                                    << QStringList {
                                           s("created_at: must be an RFC 3339 date-time such as 2026-11-24T09:15:00Z")};
    QTest::newRow("created_at without zone")
        << presetJson(",\"created_at\":\"2026-11-24T09:15:00\"")
        << QStringList {s("created_at: must be an RFC 3339 date-time such as 2026-11-24T09:15:00Z")};
    QTest::newRow("impossible date") << presetJson(",\"created_at\":\"2026-02-30T09:15:00Z\"")
                                     << QStringList {s(
                                            "created_at: must be an RFC 3339 date-time such as 2026-11-24T09:15:00Z")};
    QTest::newRow("calibration error path")
        << QByteArray(presetJson()).replace("\"sensitivity_level\": 0.5", "\"sensitivity_level\": true")
        << QStringList {s("calibration.sensitivity_level: expected a number, got a boolean")};
    QTest::newRow("missing calibration") << QByteArrayLiteral(
        R"({"format":"calibration-workbench-preset","format_version":1,"name":"n"})")
                                         << QStringList {s("calibration: missing required field")};
    QTest::newRow("not an object") << QByteArrayLiteral("[1]")
                                   << QStringList {s("expected a preset or calibration object, got an array")};
    QTest::newRow("syntax error") << QByteArrayLiteral("{\"format\":}")
                                  << QStringList {s("line 1, column 11 (format): unexpected '}', expected a value")};
}

void TestPreset::presetErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const ParseResult<Preset> r = presetFromBytes(input);
    QCOMPARE(describe(r.errors), expected);
    QCOMPARE(r.ok(), expected.isEmpty());
}

void TestPreset::createdAtAcceptsRfc3339Offsets()
{
    const ParseResult<Preset> r = presetFromBytes(presetJson(",\"created_at\":\"2026-11-24T10:15:00.5+01:00\""));
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u'\n')));
    QCOMPARE(r.value->createdAt, QDateTime(QDate(2026, 11, 24), QTime(9, 15, 0, 500), Qt::UTC));
    QCOMPARE(r.value->createdAt.timeSpec(), Qt::UTC);
}

void TestPreset::oversizedBytesAreRefused()
{
    // Valid JSON padded with whitespace just past 1 MiB: refused for its size alone.
    QByteArray big = presetJson();
    const QByteArray atLimit = big + QByteArray(constraints::maxPresetBytes - big.size(), ' ');
    QVERIFY(presetFromBytes(atLimit).ok());
    const QByteArray over = atLimit + ' ';
    const ParseResult<Preset> r = presetFromBytes(over);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("larger than 1 MiB")));
}

void TestPreset::oversizedFileIsRefusedByPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(constraints::maxPresetBytes + 1)); // sparse, not even JSON
    file.close();
    const ParseResult<Preset> r = loadPresetFile(path);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().toString().startsWith(path + QStringLiteral(": ")));
    QVERIFY(r.errors.first().message.contains(QStringLiteral("larger than 1 MiB")));
}

void TestPreset::fileErrorsNameThePath()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const ParseResult<Preset> r1 = loadPresetFile(missing);
    QCOMPARE(describe(r1.errors), QStringList({missing + QStringLiteral(": the file does not exist")}));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"calibration-workbench-preset\",\n  \"format_version\": 1,,\n}");
    file.close();
    const ParseResult<Preset> r2 = loadPresetFile(broken);
    QCOMPARE(describe(r2.errors),
             QStringList({broken
                          + QStringLiteral(": line 3, column 23 (format_version): "
                                           "unexpected ',', expected a string key")}));
    QCOMPARE(r2.errors.first().file, broken);

    const ParseResult<Preset> r3 = loadPresetFile(dir.path());
    QVERIFY(describe(r3.errors).first().startsWith(dir.path()));
}

void TestPreset::saveReportsUnwritablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/p.json"));
    const QString error = savePresetFile(path, samplePreset());
    QVERIFY(error.startsWith(path + QStringLiteral(": ")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestPreset)
#include "tst_preset.moc"
