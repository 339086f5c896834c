// The connection profiles dialog against the in-process sandbox: add, test (granted
// scopes, a wrong secret), the secret never shown again, remove (with the profile's local
// data, after a question that says what that is; never the connection in use).
#include "common/dialogs.h"
#include "connection/connectionprofilesdialog.h"
#include "sandbox/sandboxserver.h"
#include "services/inprocesssandbox.h"
#include "services/workbenchsession.h"
#include "store/draftstore.h"
#include "store/localdatabase.h"
#include "store/outbox.h"
#include "store/profilestore.h"
#include "store/reviewstore.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;

class TestConnectionProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dialogs::setSuppressed(true);
    }

    void addTestAndRemoveAProfile()
    {
        WorkbenchSession::Paths paths;
        paths.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        paths.databaseFile = m_dir.filePath(QStringLiteral("workbench.sqlite"));
        WorkbenchSession session(paths);
        QString error;
        QVERIFY2(session.connectSandbox(&error), qPrintable(error));
        const QUrl sandboxUrl = session.sandbox()->connectionConfig().baseUrl;

        ConnectionProfilesDialog dialog(&session);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileListWidget"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1); // the built-in sandbox
        QCOMPARE(dialog.selectedProfile(), ProfileStore::sandboxName());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeProfileButton"))->isEnabled());

        dialog.findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("profileNameLineEdit"))->setText(QStringLiteral("Local"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(sandboxUrl.toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(QStringLiteral("sandbox"));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // A wrong secret: the test fails and says so.
        secret->setText(QStringLiteral("wrong"));
        QSignalSpy tested(&dialog, &ConnectionProfilesDialog::testFinished);
        dialog.testCurrent();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().first().toBool(), false);

        // The right one: granted scopes are listed.
        secret->setText(session.sandbox()->connectionConfig().clientSecret);
        dialog.testCurrent();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("profileStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("sentiment:calibrate")), qPrintable(status->text()));

        QVERIFY(dialog.saveCurrent());
        QVERIFY(secret->text().isEmpty()); // never shown again
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.selectedProfile(), QStringLiteral("Local"));
        const auto stored = session.profiles().get(QStringLiteral("Local"));
        QVERIFY(stored);
        QCOMPARE(stored->baseUrl, sandboxUrl);
        // The settings file never holds the secret.
        QFile ini(paths.settingsFile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(session.sandbox()->connectionConfig().clientSecret.toUtf8()));

        // A profile with problems is refused with a reason.
        dialog.findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(!status->text().isEmpty());

        // Without the local database its data could not go with it: refused, nothing asked.
        dialog.selectProfile(QStringLiteral("Local"));
        dialogs::clearShownMessages();
        dialog.removeCurrent();
        QVERIFY(dialogs::shownMessages().isEmpty());
        QVERIFY2(status->text().contains(QStringLiteral("local database is not open")), qPrintable(status->text()));
        QVERIFY(session.profiles().get(QStringLiteral("Local")));

        QString dbError;
        QVERIFY2(session.openDatabase(&dbError), qPrintable(dbError));
        dialog.selectProfile(QStringLiteral("Local"));
        dialogs::setNextAnswer(QMessageBox::Yes);
        QSignalSpy removed(&dialog, &ConnectionProfilesDialog::removeFinished);
        dialog.removeCurrent();
        QVERIFY(removed.count() == 1 || removed.wait(10000));
        QCOMPARE(removed.takeFirst().first().toBool(), true);
        QCOMPARE(list->count(), 1);
        QVERIFY(!session.profiles().get(QStringLiteral("Local")));

        if (qEnvironmentVariableIsSet("CALIB_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("CALIB_SCREENSHOT_DIR") + QStringLiteral("/profiles.png"));
    }

    // Removing a profile deletes its unfinished applies, history, review labels and draft, so
    // that a later profile of the same name (perhaps for another tenant) starts clean; the
    // question lists them, "No" keeps everything, other profiles' data stays. The profile in
    // use is not removed.
    void removingAProfileDeletesItsLocalData()
    {
        QTemporaryDir dir;
        WorkbenchSession::Paths paths;
        paths.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        paths.databaseFile = dir.filePath(QStringLiteral("workbench.sqlite"));
        WorkbenchSession session(paths);
        QString error;
        QVERIFY2(session.openDatabase(&error), qPrintable(error));
        QVERIFY2(session.connectSandbox(&error), qPrintable(error));
        const ConnectionConfig sandbox = session.sandbox()->connectionConfig();

        ConnectionProfile old;
        old.name = QStringLiteral("Old");
        old.baseUrl = sandbox.baseUrl;
        old.clientId = sandbox.clientId;
        QVERIFY(session.profiles().add(old));
        const QJsonObject payload {{QStringLiteral("sensitivity_level"), 0.5}};
        QVERIFY(session.outbox().enqueue(QStringLiteral("Old"), QStringLiteral("key-old-1"), payload));
        QVERIFY(session.drafts().save(QStringLiteral("Old"), payload));
        QVERIFY(session.drafts().save(ProfileStore::sandboxName(), payload));
        for (const QString &id : {QStringLiteral("a1"), QStringLiteral("a2")}) {
            AlertReview review;
            review.tenant = QStringLiteral("Old");
            review.alertId = id;
            review.label = AlertReview::Label::TruePositive;
            review.reviewedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(session.reviews().upsert(review));
        }
        ProfileLocalData expected;
        expected.unfinishedApplies = 1;
        expected.reviews = 2;
        expected.draft = true;
        QCOMPARE(session.database().profileData(QStringLiteral("Old")).value(), expected);

        ConnectionProfilesDialog dialog(&session);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileListWidget"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("profileStatusLabel"));
        QCOMPARE(list->count(), 2);

        // "No": nothing changes; the question said what would go.
        dialogs::clearShownMessages();
        dialog.selectProfile(QStringLiteral("Old"));
        dialogs::setNextAnswer(QMessageBox::No);
        dialog.removeCurrent();
        const QString question = dialogs::shownMessages().join(u'\n');
        QVERIFY2(question.contains(QStringLiteral("never resumed")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 unfinished apply"))
                     && question.contains(QStringLiteral("2 alert review label"))
                     && question.contains(QStringLiteral("a saved draft")),
                 qPrintable(question));
        QVERIFY(session.profiles().get(QStringLiteral("Old")));
        QCOMPARE(session.database().profileData(QStringLiteral("Old")).value(), expected);

        // "Yes": the profile and its data go; the sandbox profile's draft stays.
        QSignalSpy removed(&dialog, &ConnectionProfilesDialog::removeFinished);
        dialogs::setNextAnswer(QMessageBox::Yes);
        dialog.removeCurrent();
        QVERIFY(removed.count() == 1 || removed.wait(10000));
        QCOMPARE(removed.takeFirst().first().toBool(), true);
        QVERIFY(!session.profiles().get(QStringLiteral("Old")));
        QCOMPARE(list->count(), 1);
        QVERIFY(session.database().profileData(QStringLiteral("Old")).value().isEmpty());
        QVERIFY(session.drafts().load(ProfileStore::sandboxName()).value().has_value());
        QVERIFY2(status->text().contains(QStringLiteral("Its local data was deleted")), qPrintable(status->text()));

        // A new profile of the same name has no unfinished applies to resume.
        QVERIFY(session.profiles().add(old));
        QVERIFY(session.outbox().pending(QStringLiteral("Old")).value().isEmpty());

        // The profile in use is not removed, whatever the answer would be.
        QVERIFY2(session.connectProfile(old, sandbox.clientSecret, &error), qPrintable(error));
        QVERIFY(session.drafts().save(QStringLiteral("Old"), payload));
        ConnectionProfilesDialog reopened(&session);
        reopened.show();
        reopened.selectProfile(QStringLiteral("Old"));
        QCOMPARE(reopened.selectedProfile(), QStringLiteral("Old"));
        QSignalSpy notRemoved(&reopened, &ConnectionProfilesDialog::removeFinished);
        dialogs::clearShownMessages();
        reopened.removeCurrent();
        QVERIFY(dialogs::shownMessages().isEmpty());
        const QString refusal = reopened.findChild<QLabel *>(QStringLiteral("profileStatusLabel"))->text();
        QVERIFY2(refusal.contains(QStringLiteral("disconnect before removing")), qPrintable(refusal));
        QVERIFY(session.profiles().get(QStringLiteral("Old")));
        QVERIFY(session.drafts().load(QStringLiteral("Old")).value().has_value());
        QCOMPARE(notRemoved.count(), 0);
    }

    // A client the tenant grants fewer scopes: the test names what is missing. Editing a
    // saved profile (a new name and client id) replaces it rather than adding another.
    void missingScopesAndEditingAProfile()
    {
        SandboxOptions options;
        options.scopes = {QStringLiteral("audit:read")};
        SandboxServer narrow(options);
        QString error;
        QVERIFY2(narrow.start(&error), qPrintable(error));
        QTemporaryDir dir;
        WorkbenchSession::Paths paths;
        paths.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        paths.databaseFile = dir.filePath(QStringLiteral("workbench.sqlite"));
        WorkbenchSession session(paths);

        ConnectionProfilesDialog dialog(&session);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileListWidget"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileNameLineEdit"));
        auto *clientId = dialog.findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"));
        dialog.findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
        name->setText(QStringLiteral("Auditors"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(narrow.baseUrl().toString());
        clientId->setText(options.clientId);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"))->setText(options.clientSecret);
        QSignalSpy tested(&dialog, &ConnectionProfilesDialog::testFinished);
        dialog.testCurrent();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("profileStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("Granted scopes: audit:read")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Missing scopes:"))
                     && status.contains(QStringLiteral("sentiment:calibrate")),
                 qPrintable(status));
        QVERIFY(dialog.saveCurrent());
        QCOMPARE(list->count(), 2);

        // Edit: select it, rename, change the client id, save.
        dialog.selectProfile(QStringLiteral("Auditors"));
        QCOMPARE(name->text(), QStringLiteral("Auditors"));
        name->setText(QStringLiteral("Audit team"));
        clientId->setText(QStringLiteral("audit-client"));
        QVERIFY(dialog.saveCurrent());
        QCOMPARE(list->count(), 2);
        QVERIFY(!session.profiles().get(QStringLiteral("Auditors")));
        const auto renamed = session.profiles().get(QStringLiteral("Audit team"));
        QVERIFY(renamed);
        QCOMPARE(renamed->clientId, QStringLiteral("audit-client"));
        QCOMPARE(renamed->baseUrl, narrow.baseUrl());
        QCOMPARE(dialog.selectedProfile(), QStringLiteral("Audit team"));

        // Renaming onto another profile's name is refused before any local data moves.
        QString dbError;
        QVERIFY2(session.openDatabase(&dbError), qPrintable(dbError));
        dialog.findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
        name->setText(QStringLiteral("Other"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(narrow.baseUrl().toString());
        clientId->setText(QStringLiteral("other-client"));
        QVERIFY(dialog.saveCurrent());
        QVERIFY(session.drafts().save(QStringLiteral("Audit team"), QJsonObject {{QStringLiteral("a"), 1}}));
        QVERIFY(session.drafts().save(QStringLiteral("Other"), QJsonObject {{QStringLiteral("b"), 2}}));
        dialog.selectProfile(QStringLiteral("Audit team"));
        name->setText(QStringLiteral("Other"));
        QVERIFY(!dialog.saveCurrent());
        QCOMPARE(session.drafts().load(QStringLiteral("Audit team")).value()->payload,
                 QJsonObject({{QStringLiteral("a"), 1}}));
        QCOMPARE(session.drafts().load(QStringLiteral("Other")).value()->payload,
                 QJsonObject({{QStringLiteral("b"), 2}}));
        QCOMPARE(session.profiles().get(QStringLiteral("Other"))->clientId, QStringLiteral("other-client"));
    }
};

QTEST_MAIN(TestConnectionProfilesDialog)
#include "tst_connectionprofilesdialog.moc"
