#include "services/recordwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

// A strict RFC 4180 reader (CRLF record ends, quoted fields may hold commas, quotes, CR
// and LF): what a spreadsheet or a script reading the export would see.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote in the middle of an unquoted field
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *ok = false; // a bare CR outside quotes
                continue;
            }
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n') {
            *ok = false; // a bare LF outside quotes would split the record
        } else {
            if (wasQuoted)
                *ok = false; // text after the closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}

QList<RecordWriter::Column> threeColumns()
{
    return {{u"id"_s, 6, true}, {u"raw"_s, 0, false}, {u"note"_s, 0, true}};
}

} // namespace

class TestRecordWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(exportFormatFromName(u"table"_s), ExportFormat::Table);
        QCOMPARE(exportFormatFromName(u"JSONL"_s), ExportFormat::Jsonl);
        QCOMPARE(exportFormatFromName(u"Csv"_s), ExportFormat::Csv);
        QVERIFY(!exportFormatFromName(u"json"_s).has_value());
        QVERIFY(!exportFormatFromName(u""_s).has_value());
        QVERIFY(!exportFormatFromName(u"csv "_s).has_value());
        for (ExportFormat f : {ExportFormat::Table, ExportFormat::Jsonl, ExportFormat::Csv})
            QCOMPARE(exportFormatFromName(exportFormatName(f)), f);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"alice"_s << u"alice"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept, not quoted") << u"  a b  "_s << u"  a b  "_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
        QTest::newRow("LF") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
        QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("non-ASCII") << u"Grüße, 東京"_s << u"\"Grüße, 東京\""_s;
        // Formula-looking text is written as it is (the export is RFC 4180 data, and
        // negative numbers must stay numbers); see the round trip below.
        QTest::newRow("formula") << u"=SUM(A1:A2)"_s << u"=SUM(A1:A2)"_s;
        QTest::newRow("negative number") << u"-0.25"_s << u"-0.25"_s;
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(RecordWriter::csvField(value), expected);
    }

    void csvLine()
    {
        QCOMPARE(RecordWriter::csvLine({}), QString());
        QCOMPARE(RecordWriter::csvLine({u"a"_s}), u"a"_s);
        QCOMPARE(RecordWriter::csvLine({u"a"_s, QString(), u"c,d"_s}), u"a,,\"c,d\""_s);
    }

    void csvRoundTripsEveryValue()
    {
        const QList<QStringList> rows = {
            {u"evt_1"_s, u"alice"_s, u"plain"_s},
            {u"evt_2"_s, u"o'brien, pat"_s, u"said \"ship it\""_s},
            {u"evt_3"_s, u"=cmd|' /C calc'!A0"_s, u"+1"_s},
            {u"evt_4"_s, u"-0.5"_s, u"@handle"_s},
            {u"evt_5"_s, u"multi\nline\r\nreason"_s, u"tab\there"_s},
            {u"evt_6"_s, QString(), u"\"\""_s},
        };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        RecordWriter writer(&buffer, ExportFormat::Csv, threeColumns());
        QVERIFY(writer.writeHeader());
        QCOMPARE(writer.records(), 0);
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRecord(row, {}));
        QCOMPARE(writer.records(), rows.size());
        QVERIFY(writer.errorString().isEmpty());

        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.startsWith(u"id,raw,note\r\n"_s)); // every column, also those not in the table
        QVERIFY(text.endsWith(u"\r\n"_s));
        bool ok = false;
        const QList<QStringList> parsed = parseCsv(text, &ok);
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(parsed.size(), rows.size() + 1);
        QCOMPARE(parsed.constFirst(), (QStringList {u"id"_s, u"raw"_s, u"note"_s}));
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(parsed.at(i + 1), rows.at(i));
    }

    void jsonlIsOneCompactObjectPerLine()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        RecordWriter writer(&buffer, ExportFormat::Jsonl, threeColumns());
        QVERIFY(writer.writeHeader());
        QCOMPARE(buffer.data(), QByteArray()); // no header line in JSONL

        QList<QJsonObject> objects;
        QJsonObject a;
        a.insert(u"event_id"_s, u"evt_1"_s);
        a.insert(u"reason"_s, u"first line\nsecond line\r\n, \"quoted\""_s);
        a.insert(u"actor"_s, u"Grüße 東京"_s);
        objects << a;
        QJsonObject b;
        b.insert(u"event_id"_s, u"12345678901234567890"_s); // ids stay strings
        b.insert(u"nested"_s, QJsonObject {{u"threshold"_s, 0.75}, {u"on"_s, true}});
        objects << b;
        objects << QJsonObject {};
        for (const QJsonObject &object : std::as_const(objects))
            QVERIFY(writer.writeRecord({u"ignored"_s, u"cells"_s, u"for jsonl"_s}, object));
        QCOMPARE(writer.records(), 3);

        const QByteArray data = buffer.data();
        QVERIFY(data.endsWith('\n'));
        QVERIFY(!data.contains('\r'));
        QVERIFY(!data.contains("ignored"));
        const QList<QByteArray> lines = data.chopped(1).split('\n');
        QCOMPARE(lines.size(), objects.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(!lines.at(i).contains(": ") && !lines.at(i).startsWith(' '), lines.at(i).constData());
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(document.isObject());
            QCOMPARE(document.object(), objects.at(i));
        }
        QCOMPARE(lines.at(2), QByteArray("{}"));
    }

    void tableAlignsTruncatesAndCleans()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        RecordWriter writer(&buffer, ExportFormat::Table, threeColumns());
        QVERIFY(writer.writeHeader());
        QVERIFY(writer.writeRecord({u"ab"_s, u"not shown"_s, u"note"_s}, {}));
        QVERIFY(writer.writeRecord({u"abcdefghij"_s, u"x"_s, u"two\nlines\tand tab"_s}, {}));
        QVERIFY(writer.writeRecord({u"abc"_s, u"x"_s, QString()}, {}));
        const QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n');
        QCOMPARE(lines.size(), 5); // 4 lines + the empty rest after the last LF
        QCOMPARE(lines.at(0), u"id      note"_s); // width 6 + two spaces; "raw" is not in the table
        QCOMPARE(lines.at(1), u"ab      note"_s);
        QCOMPARE(lines.at(2), u"abcde…  two lines and tab"_s); // cut to the width with an ellipsis
        QCOMPARE(lines.at(3), u"abc"_s); // no trailing blanks
        QCOMPARE(lines.at(4), QString());
    }

    void writeErrorNamesTheFile()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        // Unbuffered, so the failing write is the writer's own (a buffered QFile reports
        // it at flush or close, which the caller checks).
        QFile full(u"/dev/full"_s);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        RecordWriter writer(&full, ExportFormat::Csv, threeColumns());
        QVERIFY(!writer.writeHeader());
        QVERIFY2(writer.errorString().contains(u"/dev/full"_s), qPrintable(writer.errorString()));
        QVERIFY2(writer.errorString().contains(full.errorString()), qPrintable(writer.errorString()));
        QVERIFY(!writer.writeRecord({u"a"_s, u"b"_s, u"c"_s}, {}));
        QCOMPARE(writer.records(), 0);
    }

    void writeErrorOnAFileOpenedReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"audit export.csv"_s);
        {
            QFile create(path);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        RecordWriter writer(&file, ExportFormat::Jsonl, threeColumns());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QIODevice::write.*ReadOnly device"_s));
        QVERIFY(!writer.writeRecord({}, QJsonObject {{u"a"_s, 1}}));
        QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
        QCOMPARE(writer.records(), 0);
    }

    void writeErrorWithoutAFileName()
    {
        QBuffer buffer; // never opened
        RecordWriter writer(&buffer, ExportFormat::Csv, threeColumns());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QIODevice::write.*device not open"_s));
        QVERIFY(!writer.writeHeader());
        QVERIFY2(writer.errorString().startsWith(u"Could not write the output: "_s), qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().size() > int(qstrlen("Could not write the output: ")));
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
