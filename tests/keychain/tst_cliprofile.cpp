// calibctl profile add / set-secret / --profile / remove (with the profile's local data)
// against the real keychain (Secret Service under a private D-Bus session, see ./scripts/test).
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString calibctlPath = QStringLiteral(CALIB_BINARY_DIR "/bin/calibctl");
const QString sandboxPath = QStringLiteral(CALIB_BINARY_DIR "/bin/calibration-sandbox");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_skip;
    const QString m_secret = u"cli-profile-secret-%1"_s.arg(QRandomGenerator::global()->generate64());
    const QString m_profile = u"tst-cli-%1"_s.arg(QRandomGenerator::global()->generate());

    Run run(const QStringList &args, const QByteArray &input = {}, bool withEnvSecret = false)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"COGNIGY_CLIENT_SECRET"_s);
        env.remove(u"COGNIGY_TENANT"_s);
        env.remove(u"COGNIGY_CLIENT_ID"_s);
        if (withEnvSecret)
            env.insert(u"COGNIGY_CLIENT_SECRET"_s, m_secret);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"CALIBCTL_TIME_SCALE"_s, u"0.001"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(calibctlPath, args);
        Run r;
        if (!process.waitForStarted(5000))
            return r;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            process.kill();
        process.waitForFinished(2000);
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(calibctlPath) || !QFile::exists(sandboxPath))
            QSKIP("calibctl or calibration-sandbox is not built");
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !bus.isConnected())
            QSKIP("no D-Bus session bus; run the keychain tests through ./scripts/test");
        if (!bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value())
            QSKIP("no Secret Service on the session bus");
        m_sandbox.start(sandboxPath, {u"--port"_s, u"0"_s, u"--client-secret"_s, m_secret, u"--audit"_s, u"3"_s});
        QVERIFY(m_sandbox.waitForStarted(5000));
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 10000) {
            m_sandbox.waitForReadyRead(200);
            line += m_sandbox.readAllStandardOutput();
        }
        QVERIFY2(line.startsWith("listening on "), line.constData());
        m_baseUrl = QString::fromUtf8(line.mid(13).trimmed());
    }
    void cleanupTestCase()
    {
        run({u"profile"_s, u"remove"_s, m_profile});
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void profileWithKeychainSecret()
    {
        Run r = run({u"profile"_s, u"add"_s, m_profile, u"--base-url"_s, m_baseUrl, u"--client-id"_s, u"sandbox"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Without a stored secret: an authentication problem naming the fix.
        r = run({u"current"_s, u"--profile"_s, m_profile});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.err.contains("set-secret"));

        // Piped stdin: read as is, one line end removed.
        r = run({u"profile"_s, u"set-secret"_s, m_profile}, m_secret.toUtf8() + '\n');
        if (r.exitCode == 3 && (r.err.contains("locked") || r.err.contains("No keychain")))
            QSKIP(qPrintable(u"keychain not usable: "_s + QString::fromUtf8(r.err)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains(m_secret.toUtf8()) && !r.err.contains(m_secret.toUtf8()));

        r = run({u"--json"_s, u"--profile"_s, m_profile, u"current"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"calibration"_s).isObject());

        // An apply leaves local data under the profile: its outbox row and history entry.
        r = run({u"--profile"_s, m_profile, u"apply"_s,
                 QStringLiteral(CALIB_SOURCE_DIR "/resources/presets/balanced.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto outboxRows = [this] {
            const Run list = run({u"--json"_s, u"--profile"_s, m_profile, u"outbox"_s, u"list"_s, u"--all"_s});
            return list.exitCode == 0 ? QJsonDocument::fromJson(list.out).object().value(u"entries"_s).toArray().size()
                                      : -1;
        };
        QCOMPARE(outboxRows(), 1);

        r = run({u"--json"_s, u"profile"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool listed = false;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object().value(u"profiles"_s).toArray())
            listed = listed || p.toObject().value(u"name"_s).toString() == m_profile;
        QVERIFY(listed);

        // A wrong stored secret: the tenant refuses it.
        r = run({u"profile"_s, u"set-secret"_s, m_profile}, "not-the-secret");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({u"current"_s, u"--profile"_s, m_profile});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));

        // The settings never hold the secret.
        QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(m_secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains("not-the-secret"), qPrintable(f.fileName()));
        }

        // An apply that never got its final answer (as after a crash), written to the same file.
        QString databaseFile;
        for (QDirIterator files(m_home.filePath(u"data"_s), {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
             files.hasNext();)
            databaseFile = files.next();
        QVERIFY2(!databaseFile.isEmpty(), "the apply left no local database");
        {
            calib::LocalDatabase database(databaseFile);
            QVERIFY(database.open());
            calib::Outbox outbox(database);
            QVERIFY(outbox.enqueue(m_profile, u"cut-off-apply"_s, QJsonObject {{u"sensitivity_level"_s, 0.5}}));
        }
        QCOMPARE(outboxRows(), 2);

        // Without --force the profile is kept, and the answer says why and what to do.
        r = run({u"profile"_s, u"remove"_s, m_profile});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("1 apply of this profile did not get a final answer") && r.err.contains("--force"),
                 qPrintable(r.describe()));
        QCOMPARE(outboxRows(), 2);

        // With --force the profile goes with all of its local data, and the answer says what.
        r = run({u"profile"_s, u"remove"_s, m_profile, u"--force"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Its local data was deleted: 1 unfinished apply, 1 finished apply")
                     && r.out.contains("1 applied calibration in the history"),
                 qPrintable(r.describe()));
        QCOMPARE(outboxRows(), 0);
        r = run({u"current"_s, u"--profile"_s, m_profile});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
