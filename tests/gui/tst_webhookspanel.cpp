// The Webhooks panel against the in-process sandbox: register through the dialog (URL
// checked as typed, events required), the secret shown once and copied as a marked secret
// that is cleared again, the secret kept under the profile and webhook id, delete with
// confirmation (checked with a list call on the sandbox), F5/Del, and "Test delivery".
#include "common/dialogs.h"
#include "editor/calibrationeditor.h"
#include "mainwindow.h"
#include "services/inprocesssandbox.h"
#include "services/webhookmanager.h"
#include "services/workbenchsession.h"
#include "store/secretstore.h"
#include "webhooks/registerwebhookdialog.h"
#include "webhooks/webhooklistmodel.h"
#include "webhooks/webhooksecretdialog.h"
#include "webhooks/webhookspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

const QString kAlert = u"agentassist.alert.triggered"_s;
const QString kCalibration = u"sentiment.calibration.updated"_s;

QString screenshotPath(const QString &name)
{
    return QString::fromUtf8(CALIB_BINARY_DIR) + u"/screenshot-"_s + name + u".png"_s;
}

} // namespace

class TestWebhooksPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<WorkbenchSession> makeSession()
    {
        WorkbenchSession::Paths paths;
        paths.settingsFile = m_dir.filePath(u"settings-%1.ini"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        paths.databaseFile = m_dir.filePath(u"workbench-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = std::make_unique<WorkbenchSession>(paths);
        session->secrets().setTimeout(std::chrono::milliseconds(5000));
        return session;
    }

    // The webhooks the tenant itself lists (not the panel's model).
    QList<Webhook> listOnTenant(WorkbenchSession &session)
    {
        WebhookManager manager(session.client(), {});
        QList<Webhook> hooks;
        bool done = false;
        manager.list(this, [&](const WebhookManager::ListResult &r) {
            QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
            hooks = r.webhooks;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }();
        return hooks;
    }

    static bool listed(const QList<Webhook> &hooks, const QString &id)
    {
        return std::any_of(hooks.begin(), hooks.end(), [&id](const Webhook &h) { return h.id == id; });
    }

    SecretStore::Result readSecret(WorkbenchSession &session, const QString &key)
    {
        SecretStore::Result result;
        bool done = false;
        session.secrets().readKey(key, this, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }();
        return result;
    }

    // Opens the register dialog with the panel's button.
    static RegisterWebhookDialog *openRegisterDialog(WebhooksPanel &panel)
    {
        auto *button = panel.findChild<QPushButton *>(u"registerWebhookButton"_s);
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return panel.registerDialog();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registerCopyDeleteAndTestDelivery()
    {
        auto session = makeSession();
        QString error;
        QVERIFY2(session->openDatabase(&error), qPrintable(error));
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));

        WebhooksPanel panel(session.get());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1000, 440);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 5000);
        const int before = panel.model()->rowCount();
        QCOMPARE(before, int(listOnTenant(*session).size()));

        // --- Register through the dialog.
        RegisterWebhookDialog *dialog = openRegisterDialog(panel);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *urlEdit = dialog->findChild<QLineEdit *>(u"urlLineEdit"_s);
        auto *urlMessage = dialog->findChild<QLabel *>(u"urlMessageLabel"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(urlEdit && urlMessage && ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!urlMessage->isVisible()); // no complaint before the first keystroke
        QTest::keyClicks(urlEdit, u"http://127.0.0.1:9/coaching"_s);
        QVERIFY(!ok->isEnabled()); // no event yet
        auto *alertBox = dialog->findChild<QCheckBox *>(u"eventCheckBox_"_s + kAlert);
        QVERIFY(alertBox);
        QTest::mouseClick(alertBox, Qt::LeftButton);
        QVERIFY(alertBox->isChecked());
        QVERIFY(ok->isEnabled());
        QVERIFY(!urlMessage->isVisible());
        QTest::qWait(50);
        dialog->grab().save(screenshotPath(u"registerwebhookdialog"_s));

        QSignalSpy registered(&panel, &WebhooksPanel::registered);
        QSignalSpy stored(&panel, &WebhooksPanel::secretStored);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(registered.wait(5000));
        const QString id = registered.at(0).at(0).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(!panel.registerDialog()); // closed and deleted

        // The row is there, selected.
        const int row = panel.model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(panel.model()->rowCount(), before + 1);
        QCOMPARE(panel.model()->index(row, WebhookListModel::Url).data().toString(), u"http://127.0.0.1:9/coaching"_s);
        QCOMPARE(panel.model()->index(row, WebhookListModel::Events).data().toString(), kAlert);
        QCOMPARE(panel.model()->index(row, WebhookListModel::Active).data().toString(), u"Yes"_s);
        QVERIFY(!panel.model()->index(row, WebhookListModel::Created).data().toString().isEmpty());
        QVERIFY(listed(listOnTenant(*session), id));

        // --- The secret, shown once.
        WebhookSecretDialog *secretDialog = panel.secretDialog();
        QVERIFY(secretDialog);
        QTRY_VERIFY(secretDialog->isVisible());
        auto *secretEdit = secretDialog->findChild<QLineEdit *>(u"secretLineEdit"_s);
        QVERIFY(secretEdit->isReadOnly());
        const QString secret = secretEdit->text();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{32,}$"_s).match(secret).hasMatch(), qPrintable(secret));
        QVERIFY(secretDialog->findChild<QLabel *>(u"shownOnceLabel"_s)->text().contains(u"will not be shown again"_s));
        QVERIFY(secretDialog->findChild<QLabel *>(u"headlineLabel"_s)->text().contains(id));

        // Kept under the profile and webhook id (keychain, or this session's memory when
        // there is no keychain), and the dialog says which.
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);
        QCOMPARE(stored.at(0).at(1).toBool(), true);
        const QString key = SecretStore::webhookKeyFor(u"Sandbox"_s, id);
        QCOMPARE(key, u"profile/Sandbox/webhook/"_s + id + u"/secret"_s);
        SecretStore::Result kept = readSecret(*session, key);
        QCOMPARE(kept.state, SecretStore::State::Found);
        QCOMPARE(kept.secret, secret);
        auto *storage = secretDialog->findChild<QLabel *>(u"storageLabel"_s);
        QVERIFY(storage->isVisible());
        QVERIFY2(storage->text().contains(kept.sessionOnly ? u"this session only"_s : key),
                 qPrintable(storage->text()));

        // Copy: text plus the password-manager hint; cleared after the delay while it still
        // holds the secret.
        QClipboard *clipboard = QGuiApplication::clipboard();
        auto *copyButton = secretDialog->findChild<QPushButton *>(u"copySecretButton"_s);
        QCOMPARE(secretDialog->clipboardClearDelay(), std::chrono::milliseconds(30000));
        QTest::mouseClick(copyButton, Qt::LeftButton);
        const QMimeData *mime = clipboard->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), secret);
        QVERIFY(mime->hasFormat(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        auto *clipboardLabel = secretDialog->findChild<QLabel *>(u"clipboardLabel"_s);
        QVERIFY(clipboardLabel->isVisible());
        QVERIFY2(clipboardLabel->text().contains(u"30 second"_s), qPrintable(clipboardLabel->text()));
        QTest::qWait(50);
        secretDialog->grab().save(screenshotPath(u"webhooksecretdialog"_s));
        // With a short delay (the real one is 30 s), the clipboard is cleared while it still
        // holds the secret.
        secretDialog->setClipboardClearDelay(std::chrono::milliseconds(300));
        QTest::mouseClick(copyButton, Qt::LeftButton);
        QCOMPARE(clipboard->text(), secret);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
        // Something else copied in the meantime is left alone.
        QTest::mouseClick(copyButton, Qt::LeftButton);
        clipboard->setText(u"something the user copied"_s);
        QTest::qWait(500);
        QCOMPARE(clipboard->text(), u"something the user copied"_s);

        // Closing empties the field; the dialog is gone.
        QPointer<WebhookSecretDialog> guard = secretDialog;
        QTest::mouseClick(secretDialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QTRY_VERIFY(!guard);

        // A second webhook, https, both events (for the screenshot and the list).
        dialog = openRegisterDialog(panel);
        QVERIFY(dialog);
        dialog->setUrl(u"https://coaching.example.com/hooks/calibration"_s);
        dialog->setEventChecked(kAlert, true);
        dialog->setEventChecked(kCalibration, true);
        QVERIFY(dialog->isInputValid());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(registered.wait(5000));
        const QString second = registered.at(1).at(0).toString();
        QTRY_VERIFY(panel.secretDialog());
        panel.secretDialog()->close();
        QTRY_VERIFY(!panel.secretDialog());
        QCOMPARE(panel.model()->rowCount(), before + 2);

        // F5 refreshes from the tenant.
        QSignalSpy refreshed(&panel, &WebhooksPanel::refreshed);
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_F5);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.at(0).at(0).toBool(), true);
        QCOMPARE(panel.model()->rowCount(), before + 2);
        QVERIFY(panel.statusText().contains(u"registered"_s));

        // --- Test delivery: enabled on the sandbox, reports a valid signature.
        auto *testButton = panel.findChild<QPushButton *>(u"testDeliveryButton"_s);
        QVERIFY(testButton->isEnabled());
        QSignalSpy tested(&panel, &WebhooksPanel::testDeliveryFinished);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(!testButton->isEnabled()); // while it runs
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY2(panel.statusText().startsWith(u"Delivery arrived, signature valid ("_s),
                 qPrintable(panel.statusText()));
        QVERIFY(testButton->isEnabled());
        // The temporary webhook is gone again; the two registered ones stay.
        const QList<Webhook> afterTest = listOnTenant(*session);
        QCOMPARE(int(afterTest.size()), before + 2);
        QVERIFY(listed(afterTest, id) && listed(afterTest, second));

        panel.view()->selectRow(panel.model()->rowOf(second));
        QTest::qWait(50);
        panel.grab().save(screenshotPath(u"webhookspanel"_s));

        // --- Delete: Del asks first; "No" keeps it.
        panel.view()->selectRow(panel.model()->rowOf(id));
        panel.view()->setFocus();
        QSignalSpy deleted(&panel, &WebhooksPanel::deleted);
        dialogs::clearShownMessages();
        dialogs::setNextAnswer(QMessageBox::No);
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().constFirst().contains(id));
        QTest::qWait(200);
        QCOMPARE(deleted.size(), 0);
        QVERIFY(listed(listOnTenant(*session), id));

        // "Yes" deletes it on the tenant, and its stored secret with it.
        dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"deleteWebhookButton"_s), Qt::LeftButton);
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.at(0).at(0).toString(), id);
        QCOMPARE(panel.model()->rowOf(id), -1);
        QVERIFY(!listed(listOnTenant(*session), id));
        QVERIFY(listed(listOnTenant(*session), second));
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(*session, key).state != SecretStore::State::Found, 10000);
        QVERIFY(readSecret(*session, key).secret.isEmpty());
        QVERIFY2(panel.statusText().contains(u"deleted"_s), qPrintable(panel.statusText()));
        dialogs::clearShownMessages();
    }

    void keysInTheMainWindowReachThePanel()
    {
        // The window's F5 reloads the calibration; inside the Webhooks tab F5 refreshes the
        // webhooks and Del deletes the selected one instead.
        auto session = makeSession();
        MainWindow window(session.get());
        window.resize(1100, 750);
        window.show();
        QApplication::setActiveWindow(&window); // window shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::firstDataShown);
        QString error;
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));
        QVERIFY(shown.wait(10000));

        auto *panel = qobject_cast<WebhooksPanel *>(window.webhooksPanel());
        QVERIFY(panel);
        QCOMPARE(window.tabs()->indexOf(panel), 4);
        QVERIFY(window.tabs()->tabText(4).contains(u"hooks"_s));
        window.tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 5000);
        panel->registerWebhook(u"https://coaching.example.com/a"_s, {kAlert});
        QTRY_VERIFY_WITH_TIMEOUT(panel->secretDialog(), 5000);
        panel->secretDialog()->close();
        QTRY_VERIFY(!panel->secretDialog());
        QCOMPARE(panel->model()->rowCount(), 1);
        QApplication::setActiveWindow(&window); // the secret dialog had it
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QSignalSpy refreshed(panel, &WebhooksPanel::refreshed);
        auto *loadCurrent = window.findChild<QAction *>(u"loadCurrentAction"_s);
        QVERIFY(loadCurrent && loadCurrent->isEnabled());
        QSignalSpy reloaded(loadCurrent, &QAction::triggered);
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_F5);
        QVERIFY(refreshed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(reloaded.size(), 0);

        const QString id = panel->model()->webhook(0).id;
        panel->view()->selectRow(0);
        QSignalSpy deleted(panel, &WebhooksPanel::deleted);
        dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.at(0).at(0).toString(), id);
        QVERIFY(!listed(listOnTenant(*session), id));
        dialogs::clearShownMessages();

        // Outside the tab, F5 is the window's again.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentIndex(0);
        window.editor()->setFocus();
        refreshed.clear();
        QTest::keyClick(window.editor(), Qt::Key_F5);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(refreshed.size(), 0);
    }

    void urlIsCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("message"); // part of the message when not acceptable
        QTest::newRow("http to a remote host") << u"http://example.com"_s << false << u"Plain http"_s;
        QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080/x"_s << true << QString();
        QTest::newRow("http to localhost") << u"http://localhost:8080/x"_s << true << QString();
        QTest::newRow("http to ::1") << u"http://[::1]:8080/x"_s << true << QString();
        QTest::newRow("https anywhere") << u"https://hooks.example.com/x"_s << true << QString();
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false << u"https"_s;
        QTest::newRow("words") << u"just words"_s << false << u"not a complete web address"_s;
        QTest::newRow("no host") << u"https://"_s << false << u"not a complete web address"_s;
    }

    void urlIsCheckedAsTyped()
    {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        QFETCH(QString, message);
        RegisterWebhookDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setEventChecked(kAlert, true);
        auto *urlEdit = dialog.findChild<QLineEdit *>(u"urlLineEdit"_s);
        auto *urlMessage = dialog.findChild<QLabel *>(u"urlMessageLabel"_s);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QTest::keyClicks(urlEdit, url);
        QCOMPARE(ok->isEnabled(), acceptable);
        QCOMPARE(urlMessage->isVisible(), !acceptable);
        if (!acceptable) {
            QVERIFY2(urlMessage->text().contains(message), qPrintable(urlMessage->text()));
            QCOMPARE(urlEdit->property("problem").toString(), u"error"_s);
            // Enter does not get past it either.
            QTest::keyClick(urlEdit, Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            if (url == u"http://example.com") {
                QTest::qWait(50); // let the layout take the message in
                dialog.grab().save(screenshotPath(u"registerwebhookdialog-invalid"_s));
            }
        }
    }

    void atLeastOneEventIsRequired()
    {
        RegisterWebhookDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlLineEdit"_s), u"https://hooks.example.com/x"_s);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        auto *eventsMessage = dialog.findChild<QLabel *>(u"eventsMessageLabel"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(eventsMessage->isVisible());
        QVERIFY(eventsMessage->text().contains(u"at least one event"_s));
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), WebhookManager::knownEvents().size());
        dialog.setEventChecked(kCalibration, true);
        QVERIFY(ok->isEnabled());
        QVERIFY(!eventsMessage->isVisible());
        QCOMPARE(dialog.events(), QStringList {kCalibration});
        dialog.setEventChecked(kCalibration, false);
        QVERIFY(!ok->isEnabled());
    }

    void testDeliveryNeedsTheSandbox()
    {
        // Not connected: everything but the table is disabled, and the tooltip says why.
        auto session = makeSession();
        WebhooksPanel panel(session.get());
        auto *testButton = panel.findChild<QPushButton *>(u"testDeliveryButton"_s);
        QVERIFY(!testButton->isEnabled());
        QVERIFY(testButton->toolTip().contains(u"sandbox"_s));
        QVERIFY(!panel.findChild<QPushButton *>(u"registerWebhookButton"_s)->isEnabled());
        QVERIFY(panel.statusText().contains(u"Not connected"_s));

        // Connected to a tenant that is not the built-in sandbox (a separate sandbox server
        // reached like any remote tenant): listing works, test delivery stays off.
        InProcessSandbox other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        QVERIFY2(session->connectConfig(other.connectionConfig(), u"Other"_s, &error), qPrintable(error));
        QVERIFY(!session->isSandbox());
        QSignalSpy refreshed(&panel, &WebhooksPanel::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
        QVERIFY(panel.findChild<QPushButton *>(u"registerWebhookButton"_s)->isEnabled());
        QVERIFY(!testButton->isEnabled());
        QVERIFY2(testButton->toolTip().contains(u"needs the built-in sandbox"_s), qPrintable(testButton->toolTip()));

        // Switching to the sandbox turns it on.
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));
        QVERIFY(testButton->isEnabled());
        session->disconnectFromTenant();
        QVERIFY(!testButton->isEnabled());
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void listModel()
    {
        WebhookListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(WebhookListModel::ColumnCount));
        QCOMPARE(model.headerData(WebhookListModel::Url, Qt::Horizontal).toString(), u"URL"_s);

        Webhook a;
        a.id = u"wh_1"_s;
        a.url = QUrl(u"https://a.example.com/h"_s);
        a.events = {kAlert, kCalibration};
        a.active = false;
        a.createdAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
        Webhook b = a;
        b.id = u"wh_2"_s;
        b.active = true;
        model.setWebhooks({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, WebhookListModel::Id).data().toString(), u"wh_1"_s);
        QCOMPARE(model.index(0, WebhookListModel::Events).data().toString(), kAlert + u", "_s + kCalibration);
        QCOMPARE(model.index(0, WebhookListModel::Active).data().toString(), u"No"_s);
        QCOMPARE(model.index(1, WebhookListModel::Active).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(1, WebhookListModel::Url).data(WebhookListModel::WebhookIdRole).toString(), u"wh_2"_s);
        QCOMPARE(model.index(0, WebhookListModel::Created).data(Qt::ToolTipRole).toString(), u"2026-11-18T11:06:40Z"_s);

        Webhook c = a;
        c.id = u"wh_3"_s;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addWebhook(c);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(u"wh_3"_s), 2);
        c.active = true;
        model.addWebhook(c); // the same id updates its row
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, WebhookListModel::Active).data().toString(), u"Yes"_s);

        QVERIFY(model.removeWebhook(u"wh_1"_s));
        QVERIFY(!model.removeWebhook(u"wh_1"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"wh_2"_s), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestWebhooksPanel)
#include "tst_webhookspanel.moc"
