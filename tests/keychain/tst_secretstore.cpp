#include "store/secretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaEnum>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace calib;
using State = SecretStore::State;

namespace {

const QString kSecretsService = u"org.freedesktop.secrets"_s;

QString stateName(State s)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(s)));
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Child process modes, run with a broken session bus address (set by the parent):
//  no-bus   : write, then read back (session copy), then read another profile
//  hung-bus : read while the "bus" accepts the connection and never answers
int runChild(const QString &mode)
{
    auto *store = new SecretStore(qApp);
    store->setTimeout(std::chrono::milliseconds(mode == u"hung-bus"_s ? 300 : 8000));
    if (mode == u"no-bus"_s) {
        store->write(u"p"_s, u"child-secret"_s, qApp, [store](const SecretStore::Result &w) {
            printLine(
                u"write %1 session=%2 message=%3"_s.arg(stateName(w.state)).arg(int(w.sessionOnly)).arg(w.message()));
            store->read(u"p"_s, qApp, [store](const SecretStore::Result &r) {
                printLine(u"read %1 session=%2 secretOk=%3"_s.arg(stateName(r.state))
                              .arg(int(r.sessionOnly))
                              .arg(int(r.secret == u"child-secret"_s)));
                store->read(u"other"_s, qApp, [](const SecretStore::Result &o) {
                    printLine(u"other %1 message=%2"_s.arg(stateName(o.state), o.message()));
                    std::_Exit(0);
                });
            });
        });
    } else if (mode == u"hung-bus"_s) {
        store->read(u"p"_s, qApp, [store](const SecretStore::Result &r) {
            printLine(
                u"read %1 running=%2 message=%3"_s.arg(stateName(r.state)).arg(store->runningJobs()).arg(r.message()));
            std::_Exit(0); // the stuck job is never deleted; the process simply ends
        });
    } else {
        return 2;
    }
    return QCoreApplication::exec();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    bool m_haveSecretService = false;
    QString m_skipReason;
    QString m_prefix;

    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call, int timeoutMs = 15000)
    {
        SecretStore::Result result;
        bool done = false;
        call([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
        }();
        return result;
    }

    QString profile(const QString &name) const { return m_prefix + name; }

    QStringList runChildProcess(const QString &mode, const QString &busAddress)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus
        env.remove(u"XDG_CURRENT_DESKTOP"_s);
        env.remove(u"DESKTOP_SESSION"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode});
        // Keep this event loop running (the hung-bus server lives in it).
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 20000);
        }();
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished();
        }
        const QString err = QString::fromLocal8Bit(child.readAllStandardError());
        if (!err.trimmed().isEmpty())
            qInfo().noquote() << "child stderr:" << err.trimmed().left(2000);
        return QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    static QString defaultCollectionPath()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kSecretsService, u"/org/freedesktop/secrets"_s,
                                                           u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
        call << u"default"_s;
        const QDBusReply<QDBusObjectPath> reply = QDBusConnection::sessionBus().call(call);
        return reply.isValid() ? reply.value().path() : QString();
    }

    static std::optional<bool> collectionLocked(const QString &path)
    {
        QDBusMessage call
            = QDBusMessage::createMethodCall(kSecretsService, path, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(call);
        if (!reply.isValid())
            return std::nullopt;
        return reply.value().variant().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_prefix = u"tst-%1-"_s.arg(QRandomGenerator::global()->generate());
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !bus.isConnected()) {
            m_skipReason = u"no D-Bus session bus; run the keychain tests through ./scripts/test (dbus-run-session "
                           "with gnome-keyring-daemon --unlock --components=secrets)"_s;
        } else if (!bus.interface()->isServiceRegistered(kSecretsService).value()) {
            m_skipReason = u"no Secret Service (org.freedesktop.secrets) on the session bus; start "
                           "gnome-keyring-daemon --unlock --components=secrets"_s;
        } else if (defaultCollectionPath().isEmpty() || collectionLocked(defaultCollectionPath()).value_or(true)) {
            m_skipReason = u"the Secret Service has no unlocked default collection (use a throw-away HOME and "
                           "gnome-keyring-daemon --unlock)"_s;
        } else {
            m_haveSecretService = true;
        }
    }

    void storeReadDeleteRoundTrip()
    {
        if (!m_haveSecretService)
            QSKIP(qPrintable(m_skipReason));
        SecretStore store;
        const QString p = profile(u"Prod"_s);
        const QString secret = u"cs-%1-äöü"_s.arg(QRandomGenerator::global()->generate64());

        SecretStore::Result r = wait([&](auto cb) { store.write(p, secret, this, cb); });
        QCOMPARE(r.state, State::Stored);
        QVERIFY(r.ok());
        QVERIFY(!r.sessionOnly);
        QVERIFY(!store.hasSessionSecret(p));
        QVERIFY(r.message().contains(u"saved in the system keychain"_s));

        // A second store (a new run of the application) reads it from the keychain.
        SecretStore other;
        r = wait([&](auto cb) { other.read(p, this, cb); });
        QCOMPARE(r.state, State::Found);
        QCOMPARE(r.secret, secret);
        QVERIFY(!r.sessionOnly);

        r = wait([&](auto cb) { store.remove(p, this, cb); });
        QCOMPARE(r.state, State::Deleted);
        r = wait([&](auto cb) { other.read(p, this, cb); });
        QCOMPARE(r.state, State::NotFound);
        QVERIFY(r.secret.isEmpty());
        QCOMPARE(store.runningJobs(), 0);
    }

    void notFound()
    {
        if (!m_haveSecretService)
            QSKIP(qPrintable(m_skipReason));
        SecretStore store;
        const SecretStore::Result r = wait([&](auto cb) { store.read(profile(u"never-saved"_s), this, cb); });
        QCOMPARE(r.state, State::NotFound);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(u"No client secret is saved"_s), qPrintable(r.message()));
        // Removing what is not there is fine.
        QCOMPARE(wait([&](auto cb) { store.remove(profile(u"never-saved"_s), this, cb); }).state, State::Deleted);
    }

    void callbackIsDroppedWithItsContext()
    {
        if (!m_haveSecretService)
            QSKIP(qPrintable(m_skipReason));
        SecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(profile(u"ctx"_s), context, [&](const SecretStore::Result &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(store.runningJobs(), 0, 15000);
        QVERIFY(!called);
    }

    void noBusGivesNoBackendAndSessionFallback()
    {
        const QStringList lines = runChildProcess(u"no-bus"_s, u"unix:path=/nonexistent/calib-test-bus"_s);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"write NoBackend session=1 "_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(u"in memory for this session only"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1) == u"read Found session=1 secretOk=1"_s, qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"other NoBackend "_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(u"No system keychain is available"_s), qPrintable(lines.at(2)));
    }

    void stuckKeychainTimesOutWithoutKillingTheJob()
    {
        // A "bus" that accepts connections and never says a word: the keychain job hangs.
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(u"bus"_s)));
        QList<QLocalSocket *> held;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = server.nextPendingConnection())
                held << s;
        });
        const QStringList lines = runChildProcess(u"hung-bus"_s, u"unix:path="_s + server.fullServerName());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(u"read TimedOut running=1 "_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(u"did not answer in time"_s), qPrintable(lines.at(0)));
    }

    // Last: the default collection cannot be unlocked again without a prompt.
    void lockedKeyringIsReportedAsLocked()
    {
        if (!m_haveSecretService)
            QSKIP(qPrintable(m_skipReason));
        SecretStore store;
        store.setTimeout(std::chrono::milliseconds(5000));
        const QString p = profile(u"Locked"_s);
        QCOMPARE(wait([&](auto cb) { store.write(p, u"locked-secret"_s, this, cb); }).state, State::Stored);

        const QString collection = defaultCollectionPath();
        QDBusMessage lock = QDBusMessage::createMethodCall(kSecretsService, u"/org/freedesktop/secrets"_s,
                                                           u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        lock << QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(collection)});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(collectionLocked(collection), std::optional<bool>(true));

        SecretStore fresh; // nothing cached
        fresh.setTimeout(std::chrono::milliseconds(5000));
        const SecretStore::Result r = wait([&](auto cb) { fresh.read(p, this, cb); });
        QVERIFY2(r.state == State::Locked, qPrintable(stateName(r.state) + u": "_s + r.detail));
        QVERIFY(r.secret.isEmpty());
        QVERIFY2(r.message().contains(u"keychain is locked"_s), qPrintable(r.message()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
