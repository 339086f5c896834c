// The calibration-workbench executable on a first start (fresh HOME and XDG directories,
// offscreen): the first frame comes before the local database and the sandbox connection,
// which start right after it and still lead to the calibration in force being shown; a
// panel shown first (--tab) gets its backend and database before the first frame. The
// executable leaves the session's libraries to the backend module, and says so when that
// module is missing or carries its own copy of the classes it shares. The command line:
// --screenshot, --profile and --sandbox, and the connection used last.
#include "store/appsettings.h"
#include "store/connectionprofile.h"
#include "store/profilestore.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSet>
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
    static Run run(const QTemporaryDir &home, const QStringList &args, const QString &program = workbenchPath)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, args);
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

    static QString settingsFile(const QTemporaryDir &home)
    {
        return home.filePath(QStringLiteral("config/calibration-workbench/calibration-workbench.ini"));
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
        QVERIFY(!r.phases.contains(QStringLiteral("backend")));
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
        const qsizetype backend = r.phases.indexOf(QStringLiteral("backend"));
        const qsizetype database = r.phases.indexOf(QStringLiteral("database"));
        const qsizetype sandbox = r.phases.indexOf(QStringLiteral("sandbox"));
        const qsizetype data = r.phases.indexOf(QStringLiteral("first-data"));
        QVERIFY2(paint >= 0 && paint < backend && backend < database && database < sandbox && sandbox < data,
                 qPrintable(r.phases.join(QLatin1Char(' '))));
        QVERIFY(hasDatabase(home));
    }

    // The panel needs the backend and the database for its first frame.
    void panelShownFirstGetsItsDatabaseBeforeTheFirstFrame()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run r = run(
            home, {QStringLiteral("--tab"), QStringLiteral("review"), QStringLiteral("--exit-after-first-paint")});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        const qsizetype backend = r.phases.indexOf(QStringLiteral("backend"));
        const qsizetype database = r.phases.indexOf(QStringLiteral("database"));
        QVERIFY2(backend >= 0 && backend < database && database < r.phases.indexOf(QStringLiteral("show"))
                     && database < r.phases.indexOf(QStringLiteral("first-paint")),
                 qPrintable(r.phases.join(QLatin1Char(' '))));
        QVERIFY(hasDatabase(home));
    }

    // --screenshot renders the window once the calibration in force is shown; the sandbox
    // is then the connection used last.
    void screenshotOfTheLoadedWindow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("window.png"));
        const Run r = run(home, {QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 800 && image.height() >= 500,
                 qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the screenshot is (nearly) blank");
        calib::AppSettings settings(settingsFile(home));
        QCOMPARE(calib::ProfileStore(settings).lastUsed(), calib::ProfileStore::sandboxName());
    }

    void profileAndSandboxCannotBeCombined()
    {
        QTemporaryDir home;
        const Run r = run(home,
                          {QStringLiteral("--sandbox"), QStringLiteral("--profile"), QStringLiteral("acme"),
                           QStringLiteral("--screenshot"), home.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errors.contains("--profile and --sandbox"), r.errors.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("x.png"))));
    }

    void anUnknownProfileIsNamed()
    {
        QTemporaryDir home;
        const Run r = run(home,
                          {QStringLiteral("--profile"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
                           home.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errors.contains("nowhere"), r.errors.constData());
    }

    // Without --profile or --sandbox the workbench connects where it was connected last:
    // here a saved profile whose secret is not in the keychain, so the start says so
    // instead of silently showing the sandbox.
    void theLastConnectionIsUsedAgain()
    {
        QTemporaryDir home;
        {
            calib::AppSettings settings(settingsFile(home));
            calib::ProfileStore profiles(settings);
            calib::ConnectionProfile acme;
            acme.name = QStringLiteral("acme");
            acme.baseUrl = QUrl(QStringLiteral("https://acme.invalid/api/v1"));
            acme.clientId = QStringLiteral("workbench");
            QVERIFY(profiles.add(acme).ok());
            profiles.setLastUsed(QStringLiteral("acme"));
            QVERIFY(settings.sync().ok());
        }
        const QString png = home.filePath(QStringLiteral("x.png"));
        const Run r = run(home, {QStringLiteral("--screenshot"), png});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY(!QFile::exists(png));
        // --sandbox still gets there, and becomes the last connection.
        const Run sandbox = run(home, {QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), png});
        QVERIFY2(sandbox.exitCode == 0, sandbox.errors.constData());
        calib::AppSettings settings(settingsFile(home));
        QCOMPARE(calib::ProfileStore(settings).lastUsed(), calib::ProfileStore::sandboxName());
    }

    // A cold start loads the window's libraries only: the session's network, storage and
    // keychain libraries come with the backend module after the first frame.
    void theExecutableLeavesTheSessionLibrariesToTheBackend()
    {
        QProcess objdump;
        objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), workbenchPath});
        QVERIFY(objdump.waitForFinished(30000));
        QCOMPARE(objdump.exitCode(), 0);
        QStringList needed;
        for (const QByteArray &line : objdump.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() == 2 && fields.first() == "NEEDED")
                needed.append(QString::fromLatin1(fields.last()));
        }
        QVERIFY2(needed.contains(QStringLiteral("libQt6Widgets.so.6")), qPrintable(needed.join(u' ')));
        const QStringList session {QStringLiteral("libQt6Network"), QStringLiteral("libQt6Sql"),
                                   QStringLiteral("libqt6keychain"), QStringLiteral("libQt6HttpServer"),
                                   QStringLiteral("libQt6Charts")};
        for (const QString &library : session) {
            for (const QString &entry : std::as_const(needed))
                QVERIFY2(!entry.startsWith(library + u'.'), qPrintable(entry));
        }
    }

    // Without its backend module the window still comes up and says why nothing connects;
    // a run that needs a connection (--screenshot) fails with the reason.
    void aMissingBackendModuleIsExplained()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("bin")));
        const QString alone = home.filePath(QStringLiteral("bin/calibration-workbench"));
        QVERIFY(QFile::copy(workbenchPath, alone));
        const Run painted = run(home, {QStringLiteral("--exit-after-first-paint")}, alone);
        QVERIFY2(painted.exitCode == 0, painted.errors.constData());
        const QString png = home.filePath(QStringLiteral("x.png"));
        const Run r = run(home, {QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), png}, alone);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errors.contains("backend module not available:")
                     && r.errors.contains("calibration-workbench-backend"),
                 r.errors.constData());
        QVERIFY(!QFile::exists(png));
        // A run that waits for the calibration says so at once instead of waiting it out.
        const Run data = run(home, {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-first-data")}, alone);
        QCOMPARE(data.exitCode, 2);
        QVERIFY2(data.errors.contains("backend module could not be loaded"), data.errors.constData());
    }

    // A module built with its own copy of the classes it must share (its own meta-objects)
    // is refused with that reason: as the backend, and as the chart module beside the real
    // backend, whose tab then says why.
    void aModuleWithItsOwnCopyOfTheClassesIsRefused()
    {
        const QString selfContained = QStringLiteral(CALIB_BINARY_DIR "/tests/modules/selfcontained-module.so");
        const QString realBackend
            = QStringLiteral(CALIB_BINARY_DIR "/lib/calibration-workbench/calibration-workbench-backend.so");
        QVERIFY2(QFile::exists(selfContained), qPrintable(selfContained));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("lib/calibration-workbench")));
        const QString workbench = home.filePath(QStringLiteral("bin/calibration-workbench"));
        const QString backend
            = home.filePath(QStringLiteral("lib/calibration-workbench/calibration-workbench-backend.so"));
        const QString charts
            = home.filePath(QStringLiteral("lib/calibration-workbench/calibration-workbench-charts.so"));
        QVERIFY(QFile::copy(workbenchPath, workbench));

        QVERIFY(QFile::copy(selfContained, backend));
        const Run data = run(home, {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-first-data")}, workbench);
        QCOMPARE(data.exitCode, 2);
        QVERIFY2(data.errors.contains("own copy of the window's classes"), data.errors.constData());

        QVERIFY(QFile::remove(backend));
        QVERIFY(QFile::copy(realBackend, backend));
        QVERIFY(QFile::copy(selfContained, charts));
        const Run review
            = run(home, {QStringLiteral("--tab"), QStringLiteral("review"), QStringLiteral("--exit-after-first-paint")},
                  workbench);
        QVERIFY2(review.exitCode == 0, review.errors.constData());
        QVERIFY2(review.errors.contains("chart panels not available")
                     && review.errors.contains("own copy of the session's classes"),
                 review.errors.constData());
        // With the real backend the window's own run still works: the calibration is shown.
        const Run shown
            = run(home, {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-first-data")}, workbench);
        QVERIFY2(shown.exitCode == 0, shown.errors.constData());
    }

    // Edit > Language stores an override; the next start loads that translation.
    void theLanguageOverrideIsLoaded()
    {
        QTemporaryDir home;
        {
            calib::AppSettings settings(settingsFile(home));
            settings.setLanguage(QStringLiteral("de"));
            QVERIFY(settings.sync().ok());
        }
        const Run r = run(home, {QStringLiteral("--exit-after-first-paint")});
        QVERIFY2(r.exitCode == 0, r.errors.constData());
        QVERIFY2(r.errors.contains("translation loaded:") && r.errors.contains("calibration-workbench_de.qm"),
                 r.errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchStartup)
#include "tst_workbenchstartup.moc"
