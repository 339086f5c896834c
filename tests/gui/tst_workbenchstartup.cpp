// The calibration-workbench executable on a first start (fresh HOME and XDG directories,
// offscreen): the first frame comes before the local database and the sandbox connection,
// which start right after it and still lead to the calibration in force being shown; a
// panel shown first (--tab) gets its database before the window is built.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString workbenchPath = QStringLiteral(CALIB_BINARY_DIR "/bin/calibration-workbench");

struct Run
{
    int exitCode = -1;
    QStringList phases; // startup-phase-ms lines, in order
    QByteArray output;
    QByteArray errors;
};

} // namespace

class TestWorkbenchStartup : public QObject
{
    Q_OBJECT

private:
    static Run run(const QTemporaryDir &home, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(workbenchPath, args);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = process.readAllStandardOutput();
        result.errors = process.readAllStandardError();
        for (const QByteArray &line : result.output.split('\n')) {
            if (line.startsWith("startup-phase-ms "))
                result.phases.append(QString::fromLatin1(line.split(' ').value(1)));
        }
        return result;
    }

    static bool hasDatabase(const QTemporaryDir &home)
    {
        QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("*.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(workbenchPath), qPrintable(workbenchPath)); }

    void firstFrameComesBeforeDatabaseAndConnection()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run r = run(home, {QStringLiteral("--exit-after-first-paint")});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        QVERIFY(r.output.startsWith("first-paint-monotonic-ns "));
        QVERIFY(r.phases.contains(QStringLiteral("window")));
        QCOMPARE(r.phases.last(), QStringLiteral("first-paint"));
        QVERIFY(!r.phases.contains(QStringLiteral("database")));
        QVERIFY(!r.phases.contains(QStringLiteral("sandbox")));
        QVERIFY(!hasDatabase(home));
    }

    void databaseAndSandboxFollowTheFirstFrame()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run r = run(home, {QStringLiteral("--exit-after-first-data")});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        QVERIFY(r.output.startsWith("first-data-monotonic-ns "));
        const qsizetype paint = r.phases.indexOf(QStringLiteral("first-paint"));
        const qsizetype database = r.phases.indexOf(QStringLiteral("database"));
        const qsizetype sandbox = r.phases.indexOf(QStringLiteral("sandbox"));
        const qsizetype data = r.phases.indexOf(QStringLiteral("first-data"));
        QVERIFY2(paint >= 0 && paint < database && database < sandbox && sandbox < data,
                 qPrintable(r.phases.join(QLatin1Char(' '))));
        QVERIFY(hasDatabase(home));
    }

    void panelShownFirstGetsItsDatabaseBeforeTheWindow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run r = run(
            home, {QStringLiteral("--tab"), QStringLiteral("review"), QStringLiteral("--exit-after-first-paint")});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        const qsizetype database = r.phases.indexOf(QStringLiteral("database"));
        QVERIFY2(database >= 0 && database < r.phases.indexOf(QStringLiteral("window")),
                 qPrintable(r.phases.join(QLatin1Char(' '))));
        QVERIFY(hasDatabase(home));
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchStartup)
#include "tst_workbenchstartup.moc"
