#include "core/analytics/datasetimport.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace calib;

namespace {

QString dataset(const char *name)
{
    return test::dataPath(QStringLiteral("datasets/") + QLatin1StringView(name));
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

ImportResult importBytes(const QByteArray &bytes, const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importDataset(buffer, options);
}

bool sameColumns(const Dataset &a, const Dataset &b)
{
    for (const Emotion e : allEmotions()) {
        const EmotionColumns &x = a.columns(e);
        const EmotionColumns &y = b.columns(e);
        if (x.scores != y.scores || x.labels != y.labels || x.timestamps != y.timestamps || x.texts != y.texts
            || x.interactionIds != y.interactionIds)
            return false;
    }
    return true;
}

QByteArray generatedCsv(int rows)
{
    QByteArray csv = "interaction_id,emotion,confidence,label,timestamp,text\n";
    for (int i = 0; i < rows; ++i) {
        csv += "id-" + QByteArray::number(i) + ",anger," + QByteArray::number((i % 997) / 997.0, 'g', 17) + ","
            + (i % 3 ? "tp" : "fp") + ",2024-05-01T12:00:00Z,\"some text, " + QByteArray::number(i) + "\"\n";
    }
    return csv;
}

} // namespace

class TestDatasetImport : public QObject
{
    Q_OBJECT

private slots:
    void csvWithQuotesNewlinesCrlfAndBom()
    {
        ImportOptions options;
        options.keepText = true;
        const ImportResult r = importDatasetFile(dataset("valid.csv"), options);
        QVERIFY2(r.ok(), qPrintable(r.fatalError));
        QVERIFY2(r.errorCount == 0, qPrintable(r.errorSummary()));
        QCOMPARE(r.rowsImported, 7);
        const EmotionColumns &anger = r.dataset.columns(Emotion::Anger);
        QCOMPARE(anger.size(), 4);
        QCOMPARE(anger.scores, (std::vector<double> {0.91, 0.42, 0.0, 0.7}));
        QCOMPARE(anger.labels, (std::vector<std::uint8_t> {1, 0, 0, 1}));
        QCOMPARE(anger.texts.value(0), QStringLiteral("Customer said \"this is unacceptable\", twice"));
        QCOMPARE(anger.texts.value(2), QStringLiteral("quoted \"only\""));
        QCOMPARE(anger.interactionIds.value(1), QStringLiteral("int-002"));
        QCOMPARE(anger.timestamps[0], ms("2024-03-01T10:00:00Z"));
        QCOMPARE(anger.timestamps[1], ms("2024-03-01T10:30:00Z")); // +01:00 offset
        QCOMPARE(anger.timestamps[2], ms("2024-03-04T08:00:00Z"));
        QCOMPARE(anger.timestamps[3], EmotionColumns::noTimestamp);

        const EmotionColumns &frustration = r.dataset.columns(Emotion::Frustration);
        QCOMPARE(frustration.texts.value(0), QStringLiteral("line one\r\nline two, with comma"));
        QCOMPARE(frustration.timestamps[0], ms("2024-03-02T09:15:30.250Z"));
        QCOMPARE(r.dataset.columns(Emotion::Confusion).scores, (std::vector<double> {1.0}));
        QCOMPARE(r.dataset.columns(Emotion::Confusion).timestamps[0], ms("2024-03-03T00:00:00Z"));
        QCOMPARE(r.dataset.columns(Emotion::Satisfaction).labels, (std::vector<std::uint8_t> {0}));
        QVERIFY(!r.dataset.fullyLabelled());
    }

    void errorsNameLineColumnAndName()
    {
        const ImportResult r = importDatasetFile(dataset("errors.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.rowsImported, 2);
        QCOMPARE(r.errorCount, 12);
        QStringList got;
        for (const ImportError &e : r.errors)
            got << e.toString();
        const QStringList expected {
            QStringLiteral("line 2, column 3 (confidence): confidence is not a number (NaN)"),
            QStringLiteral("line 3, column 3 (confidence): confidence 1.5 is outside [0, 1]"),
            QStringLiteral("line 4, column 3 (confidence): confidence -0.1 is outside [0, 1]"),
            QStringLiteral("line 5, column 3 (confidence): confidence \"abc\" is not a number"),
            QStringLiteral("line 6, column 4 (label): label \"maybe\" is not true/false, 1/0 or tp/fp"),
            QStringLiteral("line 7, column 2 (emotion): unknown emotion \"joy\" (anger, frustration, satisfaction or "
                           "confusion)"),
            QStringLiteral("line 8: expected 5 fields, found 3"),
            QStringLiteral("line 9, column 5 (timestamp): timestamp \"yesterday\" is not an ISO 8601 date and time"),
            QStringLiteral("line 10, column 1 (interaction_id): interaction id is empty"),
            QStringLiteral("line 12, column 2 (emotion): unexpected text after a closing quote"),
            QStringLiteral("line 13, column 3 (confidence): confidence inf is outside [0, 1]"),
            QStringLiteral("line 15, column 5 (timestamp): unterminated quoted field"),
        };
        QCOMPARE(got, expected);
        QCOMPARE(r.dataset.columns(Emotion::Anger).scores, (std::vector<double> {0.6}));
        QCOMPARE(r.dataset.columns(Emotion::Confusion).scores, (std::vector<double> {0.3}));
    }

    void listedErrorsAreCapped()
    {
        QByteArray csv = "interaction_id,emotion,confidence,label\n";
        for (int i = 0; i < 50; ++i)
            csv += "x,anger,2,true\n";
        csv += "y,anger,0.5,true\n";
        ImportResult r = importBytes(csv);
        QCOMPARE(r.errors.size(), 20);
        QCOMPARE(r.errorCount, 50);
        QCOMPARE(r.rowsImported, 1);
        QCOMPARE(r.errors.last().line, 21);
        ImportOptions options;
        options.maxListedErrors = 5;
        r = importBytes(csv, options);
        QCOMPARE(r.errors.size(), 5);
        QVERIFY2(r.errorSummary().endsWith(QStringLiteral("... and 45 more errors (50 rows rejected in all)")),
                 qPrintable(r.errorSummary()));
    }

    void headerProblemsAreFatal()
    {
        ImportResult r = importDatasetFile(dataset("missing_column.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.fatalError, QStringLiteral("the header has no \"confidence\" column"));
        r = importBytes("id,emotion,confidence,label,Score\n", {});
        QVERIFY(r.fatalError.contains(QStringLiteral("appears twice")));
        r = importBytes(QByteArray(), {});
        QVERIFY(!r.ok());
        r = importDatasetFile(QStringLiteral("/nonexistent/file.csv"));
        QVERIFY(r.fatalError.startsWith(QStringLiteral("cannot open")));
    }

    void chunkBoundariesDoNotMatter()
    {
        ImportOptions big;
        big.keepText = true;
        for (const char *name : {"valid.csv", "errors.csv", "valid.jsonl", "errors.jsonl"}) {
            const ImportResult whole = importDatasetFile(dataset(name), big);
            for (qint64 chunk = 1; chunk <= 17; ++chunk) {
                ImportOptions small = big;
                small.chunkSize = chunk;
                const ImportResult part = importDatasetFile(dataset(name), small);
                QVERIFY2(sameColumns(whole.dataset, part.dataset), name);
                QCOMPARE(part.errorCount, whole.errorCount);
                QCOMPARE(part.errorSummary(), whole.errorSummary());
            }
        }
    }

    void jsonLines()
    {
        ImportOptions options;
        options.keepText = true;
        const ImportResult r = importDatasetFile(dataset("valid.jsonl"), options);
        QVERIFY2(r.errorCount == 0, qPrintable(r.errorSummary()));
        QCOMPARE(r.rowsImported, 4);
        const EmotionColumns &anger = r.dataset.columns(Emotion::Anger);
        QCOMPARE(anger.scores, (std::vector<double> {0.93, 0.75}));
        QCOMPARE(anger.labels, (std::vector<std::uint8_t> {1, 1}));
        QCOMPARE(anger.texts.value(0), QStringLiteral("Sehr \u00e4rgerlich, wirklich"));
        QCOMPARE(anger.interactionIds.value(1), QStringLiteral("j3"));
        QCOMPARE(anger.timestamps[1], EmotionColumns::noTimestamp);
        QCOMPARE(r.dataset.columns(Emotion::Confusion).timestamps[0], ms("2024-03-01T22:00:00Z"));
        QCOMPARE(r.dataset.columns(Emotion::Frustration).labels, (std::vector<std::uint8_t> {0}));
    }

    void jsonLinesErrors()
    {
        const ImportResult r = importDatasetFile(dataset("errors.jsonl"));
        QCOMPARE(r.rowsImported, 2);
        QCOMPARE(r.errorCount, 7);
        QCOMPARE(r.errors[0].line, 2);
        QCOMPARE(r.errors[0].columnName, QStringLiteral("confidence"));
        QCOMPARE(r.errors[0].column, 42); // where "confidence" starts on the line
        QCOMPARE(r.errors[0].message, QStringLiteral("confidence 1.5 is outside [0, 1]"));
        QCOMPARE(r.errors[1].line, 3);
        QCOMPARE(r.errors[1].message, QStringLiteral("confidence is not a number (NaN)"));
        QCOMPARE(r.errors[2].columnName, QStringLiteral("label"));
        QCOMPARE(r.errors[3].line, 5);
        QVERIFY(r.errors[3].column > 1); // the parser's offset
        QCOMPARE(r.errors[4].message, QStringLiteral("a line must hold one JSON object"));
        QCOMPARE(r.errors[5].message, QStringLiteral("confidence is missing"));
        QCOMPARE(r.errors[6].columnName, QStringLiteral("emotion"));
    }

    void formatIsDetected()
    {
        const QByteArray jsonl = "{\"id\":\"a\",\"emotion\":\"anger\",\"confidence\":0.5,\"label\":true}\n";
        QCOMPARE(importBytes(jsonl).rowsImported, 1);
        QCOMPARE(importBytes("\xEF\xBB\xBF" + jsonl).rowsImported, 1);
        ImportOptions csv;
        csv.format = DatasetFormat::Csv;
        QVERIFY(!importBytes(jsonl, csv).ok()); // read as CSV: no usable header
    }

    void sampleDatasetImportsCleanly()
    {
        ImportOptions options;
        options.keepText = true;
        const ImportResult csv
            = importDatasetFile(test::sourcePath(QStringLiteral("resources/datasets/sample-labelled.csv")), options);
        const ImportResult jsonl
            = importDatasetFile(test::sourcePath(QStringLiteral("resources/datasets/sample-labelled.jsonl")), options);
        QVERIFY2(csv.ok() && csv.errorCount == 0, qPrintable(csv.fatalError + csv.errorSummary()));
        QVERIFY2(jsonl.ok() && jsonl.errorCount == 0, qPrintable(jsonl.fatalError + jsonl.errorSummary()));
        QCOMPARE(csv.rowsImported, 2500);
        QVERIFY(sameColumns(csv.dataset, jsonl.dataset));
        for (const Emotion e : allEmotions())
            QVERIFY(csv.dataset.daysCovered(e).value_or(0) > 29);
    }

    void fullyLabelledFlagIsCarried()
    {
        ImportOptions options;
        options.fullyLabelled = true;
        QVERIFY(importDatasetFile(dataset("valid.csv"), options).dataset.fullyLabelled());
    }

    void progressCanCancel()
    {
        const QByteArray csv = generatedCsv(20000);
        int calls = 0;
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.chunkSize = 4096;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        const ImportResult r = importDataset(buffer, options, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return ++calls < 3;
        });
        QCOMPARE(lastTotal, qint64(csv.size()));
        QCOMPARE(lastDone, 3 * 4096);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(calls, 3);
        QVERIFY(r.rowsImported > 0);
        QVERIFY(r.rowsImported < 20000);
    }

    void asyncImportReportsProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(generatedCsv(50000));
        }
        ImportOptions options;
        options.chunkSize = 64 * 1024;
        QFutureWatcher<ImportResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<ImportResult>::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<ImportResult>::finished);
        watcher.setFuture(importDatasetAsync(path, options));
        QVERIFY(finished.wait(10000));
        const ImportResult r = watcher.result();
        QCOMPARE(r.rowsImported, 50000);
        QCOMPARE(r.errorCount, 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(watcher.progressMaximum(), 1000);
        QCOMPARE(watcher.progressValue(), 1000);
    }

    void asyncImportCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(generatedCsv(50000));
        }
        ImportOptions options;
        options.chunkSize = 1024;
        QFuture<ImportResult> future = importDatasetAsync(path, options);
        future.cancel();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"
