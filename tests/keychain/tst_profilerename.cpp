// Renaming a connection profile in the profiles dialog, with the real keychain: the stored
// client secret moves to the new name, and so do the profile's local data (draft, review
// labels); the profile in use cannot be renamed while connected.
#include "connection/connectionprofilesdialog.h"
#include "sandbox/sandboxserver.h"
#include "services/workbenchsession.h"
#include "store/draftstore.h"
#include "store/profilestore.h"
#include "store/reviewstore.h"
#include "store/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

class TestProfileRename : public QObject
{
    Q_OBJECT

private:
    QString m_skipReason;

    // The keychain's answer for `profile` (a Failed result when none came in time).
    static SecretStore::Result readSecret(SecretStore &store, const QString &profile)
    {
        std::optional<SecretStore::Result> answer;
        QObject context;
        store.read(profile, &context, [&answer](const SecretStore::Result &r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return SecretStore::Result {};
        return *answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !bus.isConnected())
            m_skipReason = u"no D-Bus session bus; run the keychain tests through ./scripts/test"_s;
        else if (!bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value())
            m_skipReason = u"no Secret Service on the session bus"_s;
    }

    void renameTakesTheSecretAndTheLocalDataAlong()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
        const QString suffix = QString::number(QRandomGenerator::global()->generate());
        const QString before = u"Team A "_s + suffix;
        const QString after = u"Team B "_s + suffix;
        QTemporaryDir dir;
        WorkbenchSession::Paths paths;
        paths.settingsFile = dir.filePath(u"settings.ini"_s);
        paths.databaseFile = dir.filePath(u"workbench.sqlite"_s);
        WorkbenchSession session(paths);
        QString error;
        QVERIFY2(session.openDatabase(&error), qPrintable(error));

        ConnectionProfilesDialog dialog(&session);
        QSignalSpy secretState(&dialog, &ConnectionProfilesDialog::secretStateChanged);
        dialog.findChild<QPushButton *>(u"newProfileButton"_s)->click();
        auto *name = dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s);
        name->setText(before);
        dialog.findChild<QLineEdit *>(u"baseUrlLineEdit"_s)->setText(u"https://team.invalid/api/v1"_s);
        dialog.findChild<QLineEdit *>(u"clientIdLineEdit"_s)->setText(u"team-client"_s);
        dialog.findChild<QLineEdit *>(u"clientSecretLineEdit"_s)->setText(u"s3cret-"_s + suffix);
        QVERIFY(dialog.saveCurrent());
        QVERIFY(secretState.wait(10000));
        const SecretStore::Result stored = readSecret(session.secrets(), before);
        if (stored.state != SecretStore::State::Found)
            QSKIP(qPrintable(u"the keychain did not keep the secret: "_s + stored.message()));

        // Local data under the old name.
        QVERIFY(session.drafts().save(before, QJsonObject {{u"sensitivity_level"_s, 0.4}}));
        AlertReview review;
        review.tenant = before;
        review.alertId = u"al_1"_s;
        review.label = AlertReview::Label::TruePositive;
        review.reviewedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(session.reviews().upsert(review));

        secretState.clear();
        dialog.selectProfile(before);
        name->setText(after);
        QVERIFY(dialog.saveCurrent());
        QVERIFY(secretState.wait(10000));
        QVERIFY(!session.profiles().get(before));
        QVERIFY(session.profiles().get(after));

        // The move is asynchronous (read, write, remove): wait for it to land.
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(session.secrets(), after).state, SecretStore::State::Found, 10000);
        QCOMPARE(readSecret(session.secrets(), after).secret, u"s3cret-"_s + suffix);
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(session.secrets(), before).state, SecretStore::State::NotFound, 10000);

        QVERIFY(session.drafts().load(after).value().has_value());
        QVERIFY(!session.drafts().load(before).value().has_value());
        QCOMPARE(session.reviews().list(after).value().size(), 1);
        QVERIFY(session.reviews().list(before).value().isEmpty());

        session.secrets().remove(after, this, [](const SecretStore::Result &) {});
    }

    void theProfileInUseIsNotRenamed()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir dir;
        WorkbenchSession::Paths paths;
        paths.settingsFile = dir.filePath(u"settings.ini"_s);
        paths.databaseFile = dir.filePath(u"workbench.sqlite"_s);
        WorkbenchSession session(paths);
        ConnectionProfile profile;
        profile.name = u"Live"_s;
        profile.baseUrl = server.baseUrl();
        profile.clientId = server.options().clientId;
        QVERIFY(session.profiles().add(profile));
        QVERIFY2(session.connectProfile(profile, server.options().clientSecret, &error), qPrintable(error));

        ConnectionProfilesDialog dialog(&session);
        dialog.selectProfile(u"Live"_s);
        dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s)->setText(u"Renamed"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(dialog.findChild<QLabel *>(u"profileStatusLabel"_s)->text().contains(u"disconnect"_s));
        QVERIFY(session.profiles().get(u"Live"_s));
        QVERIFY(!session.profiles().get(u"Renamed"_s));
    }
};

QTEST_MAIN(TestProfileRename)
#include "tst_profilerename.moc"
