// calibctl end to end: the real executable (QProcess) against the real sandbox
// executable over loopback sockets, with its own settings and database per test.
#include "core/calibration.h"
#include "core/preset.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace calib;

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
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

// The calibration-sandbox executable on a free port.
class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    bool start(const QStringList &args, QString *error)
    {
        m_process.setProgram(sandboxPath);
        QStringList all = args;
        if (!all.contains(QStringLiteral("--port")))
            all << QStringLiteral("--port") << QStringLiteral("0");
        m_process.setArguments(all);
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            line += m_process.readAllStandardOutput();
            m_err += m_process.readAllStandardError();
        }
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix)) {
            *error = QStringLiteral("sandbox did not start: ") + QString::fromUtf8(line + m_err);
            return false;
        }
        m_baseUrl = QString::fromUtf8(line.mid(prefix.size()).trimmed());
        return true;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    QByteArray log()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }
    [[nodiscard]] const QString &baseUrl() const { return m_baseUrl; }
    [[nodiscard]] quint16 port() const { return quint16(QUrl(m_baseUrl).port()); }

private:
    QProcess m_process;
    QString m_baseUrl;
    QByteArray m_err;
};

QByteArray presetBytes(double sensitivity)
{
    Preset preset;
    preset.name = QStringLiteral("test");
    preset.calibration = Calibration::tenantDefault();
    preset.calibration.sensitivityLevel = sensitivity;
    preset.calibration.triggerModelReweight = false;
    return presetToBytes(preset);
}

} // namespace

class TestCalibctl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QList<Run> m_runs;

    QString path(const QString &name) const { return m_home->filePath(name); }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    }

    QProcessEnvironment environment(const QString &secret) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("COGNIGY_CLIENT_SECRET"), QStringLiteral("COGNIGY_TENANT"),
                                    QStringLiteral("COGNIGY_CLIENT_ID"), QStringLiteral("CALIBCTL_MAX_ATTEMPTS")})
            env.remove(name);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("CALIBCTL_TIME_SCALE"), QStringLiteral("0.001"));
        if (!secret.isNull())
            env.insert(QStringLiteral("COGNIGY_CLIENT_SECRET"), secret);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
            int timeoutMs = 20000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(calibctlPath, args);
        Run result;
        if (!process.waitForStarted(5000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(2000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_runs << result;
        return result;
    }

    // calibctl with the sandbox's connection options after the command.
    Run cli(const SandboxProcess &sandbox, QStringList args, const QString &secret = QStringLiteral("sandbox-secret"),
            const QProcessEnvironment &extra = {})
    {
        args << QStringLiteral("--base-url") << sandbox.baseUrl() << QStringLiteral("--client-id")
             << QStringLiteral("sandbox");
        QProcessEnvironment env = environment(secret);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        return run(args, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(calibctlPath))
            QSKIP("calibctl is not built");
        if (!QFile::exists(sandboxPath))
            QSKIP("calibration-sandbox is not built");
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_runs.clear();
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")}, environment({}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("calibctl " CALIB_VERSION_STRING));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("apply without file") << QStringList {QStringLiteral("apply")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("validate"), QStringLiteral("x.json"),
                                                        QStringLiteral("--bogus")};
        QTest::newRow("option before command")
            << QStringList {QStringLiteral("--wait"), QStringLiteral("apply"), QStringLiteral("x.json")};
        QTest::newRow("bad format") << QStringList {QStringLiteral("audit"), QStringLiteral("--format"),
                                                    QStringLiteral("xml"), QStringLiteral("--sandbox")};
        QTest::newRow("no connection") << QStringList {QStringLiteral("current")};
        QTest::newRow("two connections") << QStringList {QStringLiteral("current"), QStringLiteral("--sandbox"),
                                                         QStringLiteral("--profile"), QStringLiteral("x")};
        QTest::newRow("missing value") << QStringList {QStringLiteral("current"), QStringLiteral("--base-url")};
        QTest::newRow("bad key") << QStringList {QStringLiteral("apply"), QStringLiteral("x.json"),
                                                 QStringLiteral("--idempotency-key"), QStringLiteral("a b")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args, environment({}));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
    }

    void validate()
    {
        const QString good = writeFile(QStringLiteral("good.json"), presetBytes(0.4));
        Run r = run({QStringLiteral("validate"), good}, environment({}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("valid"));

        const QString bad = writeFile(QStringLiteral("bad.json"), presetBytes(7.0));
        r = run({QStringLiteral("--json"), QStringLiteral("validate"), bad}, environment({}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("sensitivity_level")));

        const QString broken = writeFile(QStringLiteral("broken.json"), "{\"format\": ");
        r = run({QStringLiteral("validate"), broken}, environment({}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains("broken.json"));
    }

    void applyDryRunAndApply()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--audit"), QStringLiteral("5"), QStringLiteral("--alerts"),
                                QStringLiteral("5"), QStringLiteral("--reweight-seconds"), QStringLiteral("0.2")},
                               &error),
                 qPrintable(error));
        Run before = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("current")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
        const qint64 version = before.json().value(QStringLiteral("version")).toInteger();

        const QString file = writeFile(QStringLiteral("p.json"), presetBytes(0.83));
        // Global options after the command (cli() appends them), dry run first.
        Run dry = cli(sandbox, {QStringLiteral("apply"), file, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY2(dry.out.contains("sensitivity_level") && dry.out.contains("0.83"), qPrintable(dry.describe()));
        Run after = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("current")});
        QCOMPARE(after.json().value(QStringLiteral("version")).toInteger(), version);

        // Global options before the command.
        const QStringList global {QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--client-id"),
                                  QStringLiteral("sandbox"), QStringLiteral("--json")};
        Run applied = run(global + QStringList {QStringLiteral("apply"), file, QStringLiteral("--wait")},
                          environment(QStringLiteral("sandbox-secret")));
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QCOMPARE(applied.json().value(QStringLiteral("version")).toInteger(), version + 1);
        after = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("current")});
        QCOMPARE(after.json().value(QStringLiteral("version")).toInteger(), version + 1);

        // The diff against the new calibration in force is empty.
        dry = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("apply"), file, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY(dry.json().value(QStringLiteral("changes")).toArray().isEmpty());

        // An invalid file is refused before anything is sent: exit 1.
        const QString bad = writeFile(QStringLiteral("bad.json"), presetBytes(7.0));
        Run rejected = cli(sandbox, {QStringLiteral("apply"), bad});
        QVERIFY2(rejected.exitCode == 1, qPrintable(rejected.describe()));
        QVERIFY(rejected.err.contains("sensitivity_level"));
        after = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("current")});
        QCOMPARE(after.json().value(QStringLiteral("version")).toInteger(), version + 1);
    }

    void currentWritesAPresetThatValidates()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        const QString out = path(QStringLiteral("current.json"));
        Run r = cli(sandbox, {QStringLiteral("current"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const ParseResult<Preset> preset = loadPresetFile(out);
        QVERIFY(preset.ok());
        r = run({QStringLiteral("validate"), out}, environment({}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void badCredentialsExit3()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--client-secret"), QStringLiteral("the-right-one")}, &error),
                 qPrintable(error));
        Run r = cli(sandbox, {QStringLiteral("current")}, QStringLiteral("wrong"));
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        // No secret at all is an authentication problem too, found before connecting.
        r = cli(sandbox, {QStringLiteral("current")}, QString());
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(r.err.contains("COGNIGY_CLIENT_SECRET"));
    }

    void rateLimitedExit4()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("1")}, &error), qPrintable(error));
        const QString file = writeFile(QStringLiteral("p.json"), presetBytes(0.61));
        Run r = cli(sandbox, {QStringLiteral("apply"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString second = writeFile(QStringLiteral("q.json"), presetBytes(0.62));
        QProcessEnvironment capped;
        capped.insert(QStringLiteral("CALIBCTL_MAX_ATTEMPTS"), QStringLiteral("2"));
        r = cli(sandbox, {QStringLiteral("apply"), second}, QStringLiteral("sandbox-secret"), capped);
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("retrying in "), qPrintable(r.describe()));
        QVERIFY(r.err.contains("outbox resume"));
        // The apply is kept for a later resume.
        r = run({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")}, environment({}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().size(), 1);
    }

    void networkErrorExit5()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = environment(QStringLiteral("secret"));
        env.insert(QStringLiteral("CALIBCTL_MAX_ATTEMPTS"), QStringLiteral("2"));
        const Run r = run({QStringLiteral("current"), QStringLiteral("--base-url"),
                           QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port), QStringLiteral("--client-id"),
                           QStringLiteral("c")},
                          env);
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    }

    void plainHttpToRemoteHostIsUsageError()
    {
        const Run r
            = run({QStringLiteral("current"), QStringLiteral("--base-url"), QStringLiteral("http://example.com/api/v1"),
                   QStringLiteral("--client-id"), QStringLiteral("c")},
                  environment(QStringLiteral("secret")));
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void auditExports()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--audit"), QStringLiteral("40")}, &error), qPrintable(error));
        const QString csv = path(QStringLiteral("audit.csv"));
        Run r
            = cli(sandbox,
                  {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--max"),
                   QStringLiteral("25"), QStringLiteral("--limit"), QStringLiteral("7"), QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("id,timestamp,actor,action,calibration_id,version,job_id,status_code,"
                                 "idempotency_key,changes\r\n"));
        // Records end with CRLF; a quoted field may hold line breaks, so count records
        // by walking the quoting.
        int records = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '"')
                quoted = !quoted;
            else if (!quoted && bytes.at(i) == '\n')
                ++records;
        }
        QVERIFY(!quoted);
        QCOMPARE(records, 26);
        QVERIFY(bytes.contains("calibration.applied"));
        QVERIFY(bytes.contains("\"{\"\"")); // changes JSON quoted, quotes doubled

        r = cli(sandbox,
                {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--max"),
                 QStringLiteral("12")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 12);
        QSet<QString> ids;
        for (const QByteArray &line : lines) {
            QJsonParseError parseError;
            const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QVERIFY(event.contains(QStringLiteral("action")));
            ids.insert(event.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), 12);

        r = cli(sandbox,
                {QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--max"),
                 QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("id,triggered_at,emotion,"));
    }

    void webhooks()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        Run r = cli(sandbox,
                    {QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("add"),
                     QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("--event"),
                     QStringLiteral("sentiment.calibration.updated"), QStringLiteral("--event"),
                     QStringLiteral("agentassist.alert.triggered")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = r.json().value(QStringLiteral("id")).toString();
        const QString secret = r.json().value(QStringLiteral("secret")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(secret).hasMatch());

        QProcessEnvironment extra;
        extra.insert(QStringLiteral("HOOK_SECRET"), QStringLiteral("a-user-chosen-secret-123"));
        r = cli(sandbox,
                {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/other"),
                 QStringLiteral("--event"), QStringLiteral("agentassist.alert.triggered"),
                 QStringLiteral("--secret-env"), QStringLiteral("HOOK_SECRET")},
                QStringLiteral("sandbox-secret"), extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains("a-user-chosen-secret-123"));

        r = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("webhooks")).toArray().size(), 2);
        QVERIFY(!r.out.contains(secret.toUtf8()));

        r = cli(sandbox, {QStringLiteral("webhook"), QStringLiteral("delete"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli(sandbox, {QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("webhooks")).toArray().size(), 1);
        QVERIFY(!r.out.contains(id.toUtf8()));
        r = cli(sandbox, {QStringLiteral("webhook"), QStringLiteral("delete"), id});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));

        r = cli(sandbox,
                {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/x"),
                 QStringLiteral("--event"), QStringLiteral("nope")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }

    void killedApplyIsResumedOnce()
    {
        const QString state = path(QStringLiteral("tenant.json"));
        auto stalling = std::make_unique<SandboxProcess>();
        QString error;
        QVERIFY2(stalling->start({QStringLiteral("--state"), state, QStringLiteral("--fault-rate"), QStringLiteral("1"),
                                  QStringLiteral("--faults"), QStringLiteral("stall"), QStringLiteral("--audit"),
                                  QStringLiteral("3")},
                                 &error),
                 qPrintable(error));
        const QString baseUrl = stalling->baseUrl();
        const quint16 port = stalling->port();
        const QString key = QStringLiteral("kill-9-test-key-0001");
        const QString file = writeFile(QStringLiteral("p.json"), presetBytes(0.71));

        QProcess apply;
        apply.setProcessEnvironment(environment(QStringLiteral("sandbox-secret")));
        apply.start(calibctlPath,
                    {QStringLiteral("apply"), file, QStringLiteral("--idempotency-key"), key,
                     QStringLiteral("--base-url"), baseUrl, QStringLiteral("--client-id"), QStringLiteral("sandbox")});
        QVERIFY(apply.waitForStarted(5000));
        // The PUT reached the tenant (and stalls there): the outbox row exists by then.
        QTRY_VERIFY_WITH_TIMEOUT(stalling->log().contains("fault=stall"), 10000);
        {
            LocalDatabase database(path(QStringLiteral("data/calibration-workbench/workbench.sqlite")));
            QVERIFY(database.open().ok());
            Outbox outbox(database);
            const auto row = outbox.findByKey(key);
            QVERIFY(row.ok() && row.value().has_value());
            QVERIFY(row.value()->isOpen());
        }
        apply.kill(); // SIGKILL
        QVERIFY(apply.waitForFinished(5000));
        QCOMPARE(apply.exitStatus(), QProcess::CrashExit);
        stalling.reset(); // SIGTERM: the tenant is written to --state

        SandboxProcess healthy;
        QVERIFY2(
            healthy.start({QStringLiteral("--state"), state, QStringLiteral("--port"), QString::number(port)}, &error),
            qPrintable(error));
        QCOMPARE(healthy.baseUrl(), baseUrl);
        Run r = cli(healthy, {QStringLiteral("--json"), QStringLiteral("current")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 version = r.json().value(QStringLiteral("version")).toInteger();

        r = cli(healthy, {QStringLiteral("outbox"), QStringLiteral("resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(key.toUtf8()));
        // Nothing is left to resume, and a second resume sends nothing.
        r = cli(healthy, {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.trimmed().isEmpty());

        r = cli(healthy, {QStringLiteral("--json"), QStringLiteral("current")});
        QCOMPARE(r.json().value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(r.json().value(QStringLiteral("calibration")).toObject().value(QStringLiteral("sensitivity_level")),
                 QJsonValue(0.71));

        r = cli(healthy, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        int applied = 0;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("idempotency_key")).toString() == key
                && event.value(QStringLiteral("action")).toString() == QStringLiteral("calibration.applied"))
                ++applied;
        }
        QCOMPARE(applied, 1);
    }

    void sessionLeaksNoSecret()
    {
        const QString clientSecret = QStringLiteral("cs-9f1c2e7a-unique-client-secret-5d3b");
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--client-secret"), clientSecret, QStringLiteral("--audit"),
                                QStringLiteral("10"), QStringLiteral("--reweight-seconds"), QStringLiteral("0.1")},
                               &error),
                 qPrintable(error));
        const QString file = writeFile(QStringLiteral("p.json"), presetBytes(0.52));
        QList<Run> runs {
            cli(sandbox, {QStringLiteral("current")}, clientSecret),
            cli(sandbox, {QStringLiteral("apply"), file, QStringLiteral("--wait")}, clientSecret),
            cli(sandbox, {QStringLiteral("--json"), QStringLiteral("apply"), file}, clientSecret),
            cli(sandbox, {QStringLiteral("apply"), file, QStringLiteral("--dry-run")}, clientSecret),
            cli(sandbox, {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("jsonl")}, clientSecret),
            cli(sandbox, {QStringLiteral("webhook"), QStringLiteral("list")}, clientSecret),
            cli(sandbox, {QStringLiteral("current")}, QStringLiteral("a-wrong-secret-value")),
            run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("--base-url"),
                 sandbox.baseUrl(), QStringLiteral("--client-id"), QStringLiteral("sandbox")},
                environment(clientSecret)),
            run({QStringLiteral("current"), QStringLiteral("--profile"), QStringLiteral("acme")},
                environment(clientSecret)),
            run({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--all")}, environment({})),
        };
        for (int i = 0; i < 6; ++i)
            QVERIFY2(runs.at(i).exitCode == 0, qPrintable(runs.at(i).describe()));
        QCOMPARE(runs.at(6).exitCode, 3);

        // Every byte the session left behind: settings, database files, outputs.
        QList<QByteArray> blobs;
        for (const Run &r : std::as_const(m_runs))
            blobs << r.out << r.err;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().endsWith(QStringLiteral("p.json")))
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            blobs << f.readAll();
            ++files;
        }
        QVERIFY(files >= 2); // settings and database at least
        // Tokens are opaque random strings; none may appear, nor the client secret.
        static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_-]{40,}"));
        for (const QByteArray &blob : std::as_const(blobs)) {
            QVERIFY(!blob.contains(clientSecret.toUtf8()));
            QVERIFY(!blob.contains("a-wrong-secret-value"));
            QVERIFY(!blob.contains("Bearer"));
            QVERIFY(!blob.contains("access_token"));
            const QString text = QString::fromUtf8(blob);
            auto matches = tokenLike.globalMatch(text);
            while (matches.hasNext()) {
                // A random token mixes upper case, lower case and digits; schema names
                // and identifiers in the database do not.
                const QString match = matches.next().captured(0);
                const bool upper = match.contains(QRegularExpression(QStringLiteral("[A-Z]")));
                const bool lower = match.contains(QRegularExpression(QStringLiteral("[a-z]")));
                const bool digit = match.contains(QRegularExpression(QStringLiteral("[0-9]")));
                QVERIFY2(!(upper && lower && digit),
                         qPrintable(QStringLiteral("token-like string in the output: ") + match));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCalibctl)
#include "tst_calibctl.moc"
