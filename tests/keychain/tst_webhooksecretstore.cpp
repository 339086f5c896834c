// Webhook signing secrets in the real keychain: kept per profile and webhook id under
// "profile/<name>/webhook/<id>/secret", apart from the profile's client secret; and, with
// no keychain at all, held for the session only.
//
// The keychain round trip runs in a child process inside its own private D-Bus session with
// its own unlocked gnome-keyring (dbus-run-session + scripts/lib/with-keyring, throw-away
// HOME), so other keychain tests that lock the shared test keyring cannot disturb it.
#include "store/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaEnum>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace calib;
using State = SecretStore::State;

namespace {

QString stateName(State s)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(s)));
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs `steps` one after another; each gets a callback that starts the next.
using Step = std::function<void(std::function<void()> next)>;
void runSteps(std::shared_ptr<QList<Step>> steps, qsizetype index = 0)
{
    if (index >= steps->size()) {
        std::_Exit(0);
        return;
    }
    steps->at(index)([steps, index] { runSteps(steps, index + 1); });
}

// --keychain: the round trip against the Secret Service of this (private) session.
// --no-bus  : run with a broken bus address; no keychain at all.
int runChild(const QString &mode)
{
    auto *store = new SecretStore(qApp);
    auto *other = new SecretStore(qApp); // a second run of the application: nothing cached
    store->setTimeout(std::chrono::milliseconds(8000));
    other->setTimeout(std::chrono::milliseconds(8000));
    const QString profile = u"Prod"_s;
    const QString key = SecretStore::webhookKeyFor(profile, u"wh_1"_s);
    const QString hookSecret = u"whsec-0123456789abcdef"_s;
    const QString clientSecret = u"client-secret-äöü"_s;
    const auto report = [](const QString &step, const SecretStore::Result &r, bool match) {
        printLine(u"%1 %2 match=%3 explicit=%4 session=%5"_s.arg(step, stateName(r.state))
                      .arg(int(match))
                      .arg(int(r.explicitKey))
                      .arg(int(r.sessionOnly)));
    };
    auto steps = std::make_shared<QList<Step>>();
    if (mode == u"--keychain"_s) {
        *steps << [=](auto next) {
            store->write(profile, clientSecret, qApp, [=](const SecretStore::Result &r) {
                report(u"write-client"_s, r, true);
                next();
            });
        } << [=](auto next) {
            store->writeKey(key, hookSecret, qApp, [=](const SecretStore::Result &r) {
                report(u"write-hook"_s, r, r.profile == key && r.message().startsWith(u"The secret was saved"_s));
                next();
            });
        } << [=](auto next) {
            other->readKey(key, qApp, [=](const SecretStore::Result &r) {
                report(u"read-hook"_s, r, r.secret == hookSecret);
                next();
            });
        } << [=](auto next) {
            other->read(profile, qApp, [=](const SecretStore::Result &r) {
                report(u"read-client"_s, r, r.secret == clientSecret);
                next();
            });
        } << [=](auto next) {
            store->removeKey(key, qApp, [=](const SecretStore::Result &r) {
                report(u"remove-hook"_s, r, true);
                next();
            });
        } << [=](auto next) {
            other->readKey(key, qApp, [=](const SecretStore::Result &r) {
                report(u"read-hook"_s, r, r.secret.isEmpty());
                next();
            });
        } << [=](auto next) {
            other->read(profile, qApp, [=](const SecretStore::Result &r) {
                report(u"read-client"_s, r, r.secret == clientSecret);
                next();
            });
        };
    } else if (mode == u"--no-bus"_s) {
        *steps << [=](auto next) {
            store->writeKey(key, hookSecret, qApp, [=](const SecretStore::Result &r) {
                report(u"write-hook"_s, r,
                       store->hasSessionSecretForKey(key) && !store->hasSessionSecret(profile)
                           && r.message().contains(u"kept in memory for this session only"_s));
                next();
            });
        } << [=](auto next) {
            store->readKey(key, qApp, [=](const SecretStore::Result &r) {
                report(u"read-hook"_s, r, r.secret == hookSecret);
                next();
            });
        } << [=](auto next) {
            store->removeKey(key, qApp, [=](const SecretStore::Result &r) {
                report(u"remove-hook"_s, r, !store->hasSessionSecretForKey(key));
                next();
            });
        };
    } else {
        return 2;
    }
    runSteps(steps);
    return QCoreApplication::exec();
}

} // namespace

class TestWebhookSecretStore : public QObject
{
    Q_OBJECT

private:
    static QStringList output(QProcess &child)
    {
        const QString err = QString::fromLocal8Bit(child.readAllStandardError());
        if (!err.trimmed().isEmpty())
            qInfo().noquote() << "child stderr:" << err.trimmed().right(2000);
        return QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void keyNames()
    {
        QCOMPARE(SecretStore::webhookKeyFor(u"Prod"_s, u"wh_42"_s), u"profile/Prod/webhook/wh_42/secret"_s);
        QVERIFY(SecretStore::webhookKeyFor(u"Prod"_s, u"wh_42"_s) != SecretStore::keyFor(u"Prod"_s));
    }

    void webhookSecretRoundTripBesideTheClientSecret()
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        if (dbusRunSession.isEmpty() || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed (./scripts/deps installs them)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString runtime = home.filePath(u"runtime"_s);
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"GNOME_KEYRING_CONTROL"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(dbusRunSession,
                    {u"--"_s, QStringLiteral(CALIB_SOURCE_DIR) + u"/scripts/lib/with-keyring"_s,
                     QCoreApplication::applicationFilePath(), u"--child"_s, u"--keychain"_s});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForFinished(60000));
        const QStringList lines = output(child);
        QCOMPARE(child.exitCode(), 0);
        const QStringList expected {
            u"write-client Stored match=1 explicit=0 session=0"_s, u"write-hook Stored match=1 explicit=1 session=0"_s,
            u"read-hook Found match=1 explicit=1 session=0"_s,     u"read-client Found match=1 explicit=0 session=0"_s,
            u"remove-hook Deleted match=1 explicit=1 session=0"_s, u"read-hook NotFound match=1 explicit=1 session=0"_s,
            u"read-client Found match=1 explicit=0 session=0"_s,
        };
        QCOMPARE(lines, expected);
    }

    void noKeychainKeepsItForTheSessionOnly()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/calib-test-bus"_s);
        env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, u"--no-bus"_s});
        QVERIFY(child.waitForFinished(30000));
        const QStringList lines = output(child);
        QCOMPARE(child.exitCode(), 0);
        const QStringList expected {
            u"write-hook NoBackend match=1 explicit=1 session=1"_s,
            u"read-hook Found match=1 explicit=1 session=1"_s,
            u"remove-hook NoBackend match=1 explicit=1 session=0"_s,
        };
        QCOMPARE(lines, expected);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestWebhookSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webhooksecretstore.moc"
