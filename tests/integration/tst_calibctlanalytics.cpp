// calibctl sweep and verify: the real executable over small datasets written by the test.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString calibctlPath = QStringLiteral(CALIB_BINARY_DIR "/bin/calibctl");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCalibctl(const QStringList &args)
{
    QProcess process;
    process.start(calibctlPath, args);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCalibctlAnalytics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(calibctlPath))
            QSKIP("calibctl is not built");
        QVERIFY(m_dir.isValid());
        // anger: scores 0.9 T, 0.8 T, 0.8 F, 0.7 T, 0.6 F; frustration: 0.95 T
        m_dataset = write(QStringLiteral("small.csv"),
                          "interaction_id,emotion,confidence,label,text\r\n"
                          "a1,anger,0.9,true,\"billing is wrong, again\"\r\n"
                          "a2,anger,0.8,tp,the outage hurts\r\n"
                          "a3,anger,0.8,fp,all fine\r\n"
                          "a4,anger,0.7,1,refund now\r\n"
                          "a5,anger,0.6,0,\"slash, not sla\"\r\n"
                          "f1,frustration,0.95,true,SLA breached\r\n");
    }

    void sweepJsonNumbersAreExact()
    {
        const Run run
            = runCalibctl({QStringLiteral("sweep"), m_dataset, QStringLiteral("--emotion"), QStringLiteral("anger"),
                           QStringLiteral("--step"), QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!report.isEmpty(), run.out.constData());
        const QJsonArray points = report.value(QStringLiteral("points")).toArray();
        QVERIFY(!points.isEmpty());
        // At threshold 0.8 (inclusive): 3 alerts, 2 TP, 1 FP.
        bool seen = false;
        for (const QJsonValue &value : points) {
            const QJsonObject p = value.toObject();
            if (qFuzzyCompare(p.value(QStringLiteral("threshold")).toDouble(), 0.8)) {
                seen = true;
                QCOMPARE(p.value(QStringLiteral("alerts")).toInteger(), 3);
                QCOMPARE(p.value(QStringLiteral("true_positives")).toInteger(), 2);
                QCOMPARE(p.value(QStringLiteral("false_positives")).toInteger(), 1);
            }
        }
        QVERIFY2(seen, run.out.constData());
    }

    void sweepTableAndCsv()
    {
        Run run = runCalibctl({QStringLiteral("sweep"), m_dataset, QStringLiteral("--emotion"), QStringLiteral("anger"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("threshold"));
        run = runCalibctl({QStringLiteral("sweep"), m_dataset, QStringLiteral("--emotion"), QStringLiteral("anger"),
                           QStringLiteral("--target-precision"), QStringLiteral("0.99")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("anger"), run.out.constData());
    }

    void sweepErrors()
    {
        // Usage errors: exit 2.
        QCOMPARE(runCalibctl({QStringLiteral("sweep"), m_dataset}).exitCode, 2);
        QCOMPARE(runCalibctl({QStringLiteral("sweep"), m_dataset, QStringLiteral("--emotion"), QStringLiteral("joy")})
                     .exitCode,
                 2);
        QCOMPARE(runCalibctl({QStringLiteral("sweep"), m_dataset, QStringLiteral("--emotion"), QStringLiteral("anger"),
                              QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        // A bad row: exit 1, and the message names the line.
        const QString bad = write(QStringLiteral("bad.csv"),
                                  "interaction_id,emotion,confidence,label\na,anger,0.5,true\nb,anger,NaN,false\n");
        const Run run
            = runCalibctl({QStringLiteral("sweep"), bad, QStringLiteral("--emotion"), QStringLiteral("anger")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 3"), run.err.constData());
        // A missing file: exit 1, and the message names the path.
        const Run missing = runCalibctl({QStringLiteral("sweep"), m_dir.filePath(QStringLiteral("none.csv")),
                                         QStringLiteral("--emotion"), QStringLiteral("anger")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.csv"));
    }

    void verifySummary()
    {
        const Run run = runCalibctl({QStringLiteral("verify"), m_dataset, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("rows")).toInteger(), 6);
        // Confidence >= 0.8 and a whole-word lexicon match: a1 (billing), a2 (outage), f1 (SLA).
        QCOMPARE(summary.value(QStringLiteral("passed")).toInteger(), 3);
        const QJsonObject terms = summary.value(QStringLiteral("terms")).toObject();
        // Terms are counted on every row they match: "slash" is not "sla", but "not sla" is.
        QCOMPARE(terms.value(QStringLiteral("sla")).toInteger(), 2);
        QCOMPARE(terms.value(QStringLiteral("refund")).toInteger(), 1);
    }

    void verifyWithLexiconFileAndMinimum()
    {
        const QString lexicon = write(QStringLiteral("lexicon.txt"), "# terms\nfine\n\n");
        const Run run
            = runCalibctl({QStringLiteral("verify"), m_dataset, QStringLiteral("--lexicon"), lexicon,
                           QStringLiteral("--min-confidence"), QStringLiteral("0.5"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("passed")).toInteger(), 1); // a3 "all fine"
        QCOMPARE(runCalibctl({QStringLiteral("verify"), m_dataset, QStringLiteral("--lexicon"),
                              m_dir.filePath(QStringLiteral("missing.txt"))})
                     .exitCode,
                 1);
        QCOMPARE(
            runCalibctl({QStringLiteral("verify"), m_dataset, QStringLiteral("--min-confidence"), QStringLiteral("2")})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCalibctlAnalytics)
#include "tst_calibctlanalytics.moc"
