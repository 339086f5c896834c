// The workbench window end to end against the in-process sandbox: what the calibration tab
// says before there is a calibration, first load, apply with review, a 400 mapped onto the
// editor, the rate-limit countdown, preset round trip through a file, undo/redo, and draft
// restore after a restart.
#include "apply/reviewapplydialog.h"
#include "chartpanels.h"
#include "common/dialogs.h"
#include "core/preset.h"
#include "editor/calibrationeditor.h"
#include "mainwindow.h"
#include "review/alertreviewmodel.h"
#include "review/reviewpanel.h"
#include "sandbox/sandboxserver.h"
#include "services/inprocesssandbox.h"
#include "services/reviewqueue.h"
#include "services/workbenchsession.h"
#include "sessionbackend.h"
#include "store/appsettings.h"
#include "store/draftstore.h"
#include "store/outbox.h"
#include "store/profilestore.h"
#include "whatif/whatifpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace calib;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Each test function gets its own settings and database (named after the function), so
    // an outbox row or draft left by one cannot answer another's questions.
    std::unique_ptr<WorkbenchSession> makeSession()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        WorkbenchSession::Paths paths;
        paths.settingsFile = m_dir.filePath(tag + QStringLiteral(".ini"));
        paths.databaseFile = m_dir.filePath(tag + QStringLiteral(".sqlite"));
        auto session = std::make_unique<WorkbenchSession>(paths);
        QString error;
        if (!session->openDatabase(&error))
            qWarning() << error;
        return session;
    }

    // Connects the window's session to the sandbox and waits for the calibration in force.
    static bool connectAndLoad(WorkbenchSession &session, MainWindow &window)
    {
        QSignalSpy shown(&window, &MainWindow::firstDataShown);
        QString error;
        if (!session.connectSandbox(&error)) {
            qWarning() << error;
            return false;
        }
        return shown.wait(10000) && window.editor()->isEnabled();
    }

    // Connects the window's session to `server` under the profile name `name` and waits for
    // that tenant's calibration in force.
    static bool connectToServer(WorkbenchSession &session, MainWindow &window, const SandboxServer &server,
                                const QString &name)
    {
        QSignalSpy loaded(&session, &WorkbenchSession::calibrationInForceLoaded);
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.clientId = server.options().clientId;
        config.clientSecret = server.options().clientSecret;
        QString error;
        if (!session.connectConfig(config, name, &error)) {
            qWarning() << error;
            return false;
        }
        return loaded.wait(10000) && window.hasEditor() && window.editor()->isEnabled();
    }

    // The tenant default with this sensitivity, as a preset file; empty if it was not written.
    QString writeOfflinePreset(const QString &fileName, double sensitivity)
    {
        Preset preset;
        preset.name = QStringLiteral("offline");
        preset.calibration = Calibration::tenantDefault();
        preset.calibration.sensitivityLevel = sensitivity;
        const QString path = m_dir.filePath(fileName);
        return savePresetFile(path, preset).isEmpty() ? path : QString();
    }

    static ReviewApplyDialog *openApplyDialog(MainWindow &window)
    {
        QAction *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
        if (!apply || !apply->isEnabled())
            return nullptr;
        apply->trigger();
        // The newest one: a closed dialog is only deleted on a later event-loop turn.
        const auto dialogs = window.findChildren<ReviewApplyDialog *>(QStringLiteral("reviewApplyDialog"));
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dialogs::setSuppressed(true);
        MainWindow::setChartPanels(&linkedChartPanels());
    }

    void cleanup() { dialogs::clearShownMessages(); }

    void calibrationTabSaysWhatItWaitsFor()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("calibrationStatusLabel"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("calibrationStack"));
        QVERIFY(label && stack);
        QVERIFY(!window.hasEditor());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("calibrationStatusPage"));
        const auto button = [&window](const char *name) {
            return window.findChild<QPushButton *>(QString::fromLatin1(name));
        };

        // Nothing to wait for: say so and offer the ways forward; nothing to validate,
        // export or apply yet.
        QVERIFY(label->text().startsWith(QStringLiteral("Not connected")));
        QVERIFY(button("statusConnectSandboxButton")->isVisible());
        QVERIFY(button("statusProfilesButton")->isVisible());
        QVERIFY(button("statusImportPresetButton")->isVisible());
        QVERIFY(!button("statusRetryButton")->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("validateAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportPresetAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());

        window.setConnectingTo(QStringLiteral("acme-prod"));
        QCOMPARE(label->text(), QStringLiteral("Connecting to acme-prod..."));
        QVERIFY(!button("statusConnectSandboxButton")->isVisible());
        window.setConnectingTo({});
        QVERIFY(label->text().startsWith(QStringLiteral("Not connected")));
        if (const QString dir = qEnvironmentVariable("CALIB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("calibration-not-connected.png"))));

        // The button connects to the sandbox: "loading" until the calibration arrives, then
        // the editor replaces the page, holding the calibration in force.
        QSignalSpy shown(&window, &MainWindow::firstDataShown);
        QSignalSpy connected(session.get(), &WorkbenchSession::connectionChanged);
        button("statusConnectSandboxButton")->click();
        QVERIFY(!connected.isEmpty());
        QVERIFY(window.hasEditor() || label->text().startsWith(QStringLiteral("Loading the calibration in force")));
        QVERIFY(shown.wait(10000));
        QVERIFY(window.hasEditor());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("calibrationEditor"));
        QVERIFY(window.editor()->isEnabled());
        QCOMPARE(window.editor()->calibration(), session->calibrationInForce()->calibration);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("validateAction"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());
    }

    // The workbench builds and paints its window before the backend module is loaded: the
    // window says what it waits for, the panels wait too, and what needs a connection is
    // off until the backend is attached.
    void windowComesBeforeItsBackend()
    {
        auto session = makeSession();
        MainWindow window(session->settings());
        window.setConnectingTo(QStringLiteral("the sandbox"));
        window.tabs()->setCurrentIndex(1); // the audit trail, opened before the backend
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.backend());
        QVERIFY(!window.auditPanel());
        QVERIFY(!window.webhooksPanel());
        QVERIFY(!window.reviewPanel());
        const auto action = [&window](const char *name) {
            return window.findChild<QAction *>(QString::fromLatin1(name));
        };
        QVERIFY(!action("connectSandboxAction")->isEnabled());
        QVERIFY(!action("profilesAction")->isEnabled());
        QVERIFY(!action("loadCurrentAction")->isEnabled());
        auto *label = window.findChild<QLabel *>(QStringLiteral("calibrationStatusLabel"));
        QCOMPARE(label->text(), QStringLiteral("Connecting to the sandbox..."));

        auto *backend = new SessionBackend(session.get(), &window);
        window.setBackend(backend);
        QCOMPARE(window.backend(), backend);
        QVERIFY(action("connectSandboxAction")->isEnabled());
        // The open tab gets its panel as soon as there is a backend.
        QVERIFY(window.auditPanel());
        QCOMPARE(window.tabs()->currentWidget(), window.auditPanel());
        window.tabs()->setCurrentIndex(0);
        QVERIFY(connectAndLoad(*session, window));
        QCOMPARE(window.editor()->calibration(), session->calibrationInForce()->calibration);
        QVERIFY(action("applyAction")->isEnabled());
    }

    // Without the backend module the window says why nothing connects, and presets can
    // still be imported and edited.
    void aMissingBackendLeavesPresetsWorking()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("nobackend.ini")));
        MainWindow window(settings);
        window.setConnectingTo(QStringLiteral("the sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setBackendError(QStringLiteral("cannot open shared object file"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("calibrationStatusLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("connection and storage module"))
                     && label->text().contains(QStringLiteral("cannot open shared object file")),
                 qPrintable(label->text()));
        const auto button = [&window](const char *name) {
            return window.findChild<QPushButton *>(QString::fromLatin1(name));
        };
        QVERIFY(button("statusImportPresetButton")->isVisible());
        QVERIFY(!button("statusConnectSandboxButton")->isVisible());
        QVERIFY(!button("statusProfilesButton")->isVisible());
        QVERIFY(!button("statusRetryButton")->isVisible());
        if (const QString dir = qEnvironmentVariable("CALIB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("calibration-no-backend.png"))));
        // The panels that work on a tenant say why they are empty.
        for (const int tab : {1, 2, 4}) {
            auto *why = window.tabs()->widget(tab)->findChild<QLabel *>(QStringLiteral("panelUnavailableLabel"));
            QVERIFY2(why && why->text().contains(QStringLiteral("cannot open shared object file")),
                     qPrintable(window.tabs()->tabText(tab)));
        }

        const QString path = writeOfflinePreset(QStringLiteral("nobackend-preset.json"), 0.35);
        QVERIFY(!path.isEmpty());
        QVERIFY(window.importPreset(path));
        QVERIFY(window.editor()->isEnabled());
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.35);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportPresetAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());
        const QString exported = m_dir.filePath(QStringLiteral("offline-out.json"));
        QVERIFY(window.exportPreset(exported));
        QVERIFY(QFile::exists(exported));
    }

    void calibrationLoadFailureOffersTryAgain()
    {
        // A tenant whose every API answer (not the token) is malformed JSON.
        SandboxOptions options;
        options.faultRate = 1.0;
        options.faults = {QStringLiteral("malformed")};
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        auto session = makeSession();
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.clientId = options.clientId;
        config.clientSecret = options.clientSecret;
        QSignalSpy failed(session.get(), &WorkbenchSession::requestFailed);
        QVERIFY2(session->connectConfig(config, QStringLiteral("faulty"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("getCalibration"));

        auto *label = window.findChild<QLabel *>(QStringLiteral("calibrationStatusLabel"));
        QVERIFY2(label->text().startsWith(QStringLiteral("The calibration in force could not be loaded from")),
                 qPrintable(label->text()));
        QVERIFY(!window.hasEditor());
        auto *retry = window.findChild<QPushButton *>(QStringLiteral("statusRetryButton"));
        QVERIFY(retry->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("statusImportPresetButton"))->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("statusConnectSandboxButton"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());

        // Try Again asks the tenant again (and fails again here).
        const qsizetype before = failed.size();
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() > before, 10000);
        QVERIFY(retry->isVisible());
        QVERIFY(!window.hasEditor());
    }

    void presetImportBuildsTheEditorWithoutAConnection()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(!window.hasEditor());
        const QString path = writeOfflinePreset(QStringLiteral("offline.json"), 0.41);
        QVERIFY(!path.isEmpty());
        QVERIFY(window.importPreset(path));
        QVERIFY(window.hasEditor());
        QVERIFY(window.editor()->isEnabled());
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.41);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportPresetAction"))->isEnabled());
        // Not connected: nothing to apply to.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());
    }

    void firstStartShowsSandboxAndAppliesRaiseTheVersion()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        window.show();
        QVERIFY(connectAndLoad(*session, window));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("tenantBadgeLabel"));
        QVERIFY(badge);
        QVERIFY(badge->text().contains(QStringLiteral("SANDBOX")));
        const qint64 before = session->calibrationInForce()->version;

        auto *spin = window.findChild<QDoubleSpinBox *>(QStringLiteral("sensitivitySpinBox"));
        QVERIFY(spin);
        spin->setValue(0.62);
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.62);

        ReviewApplyDialog *dialog = openApplyDialog(window);
        QVERIFY(dialog);
        // The review names the changed field as the editor does, with both values.
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("diffTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Sensitivity"));
        QCOMPARE(tree->topLevelItem(0)->toolTip(0), QStringLiteral("sensitivity_level"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("0.62"));
        dialog->grab().save(QStringLiteral(CALIB_BINARY_DIR "/screenshot-reviewapplydialog-review.png"));
        QSignalSpy applied(dialog, &ReviewApplyDialog::applied);
        QSignalSpy loaded(session.get(), &WorkbenchSession::calibrationInForceLoaded);
        dialog->startApply();
        QVERIFY(applied.wait(10000));
        const auto outcome = applied.first().first().value<ApplyOutcome>();
        QCOMPARE(outcome.applied.version, before + 1);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("applyStateLabel"));
        QVERIFY(state->text().contains(QString::number(before + 1)));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        dialog->grab().save(QStringLiteral(CALIB_BINARY_DIR "/screenshot-reviewapplydialog-result.png"));
        QCOMPARE(session->calibrationInForce()->version, before + 1);
        QCOMPARE(session->calibrationInForce()->calibration.sensitivityLevel, 0.62);
        dialog->accept();
    }

    void applyDisabledWhileInvalid()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        QAction *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
        QVERIFY(apply->isEnabled());
        Calibration bad = window.editor()->calibration();
        bad.alertTriggers = {AlertTrigger {Emotion::Anger, 0.5, Directive::Block}};
        window.editor()->replaceCalibration(bad, QStringLiteral("bad"));
        QVERIFY(!window.editor()->isValid());
        QVERIFY(!apply->isEnabled());
        window.undoStack()->undo();
        QVERIFY(window.editor()->isValid());
        QVERIFY(apply->isEnabled());
    }

    void serverRejectionIsShownOnTheField()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        // A rejection the local validator cannot know about arrives as a 400 with details.
        const QList<Violation> errors {{QStringLiteral("alert_triggers[0].threshold"), QStringLiteral("rejected")}};
        window.editor()->setServerErrors(errors);
        QVERIFY(!window.editor()->isValid());
        QAction *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
        QVERIFY(!apply->isEnabled());
        bool named = false;
        for (const Violation &v : window.editor()->problems())
            named = named || v.path == QLatin1String("alert_triggers[0].threshold");
        QVERIFY(named);
    }

    void rateLimitShowsCountdown()
    {
        // A tenant that takes one calibration PUT per rolling minute.
        SandboxOptions options;
        options.rateLimit = 1;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectToServer(*session, window, server, QStringLiteral("limited")));
        const qint64 before = session->calibrationInForce()->version;

        auto *spin = window.findChild<QDoubleSpinBox *>(QStringLiteral("sensitivitySpinBox"));
        spin->setValue(0.70);
        ReviewApplyDialog *first = openApplyDialog(window);
        QVERIFY(first);
        QSignalSpy applied(first, &ReviewApplyDialog::applied);
        first->startApply();
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.first().first().value<ApplyOutcome>().applied.version, before + 1);
        first->accept();

        // The second one waits for the window to reopen, counting down the seconds.
        spin->setValue(0.71);
        ReviewApplyDialog *dialog = openApplyDialog(window);
        QVERIFY(dialog);
        dialog->startApply();
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("applyStateLabel"));
        const QRegularExpression countdown(QStringLiteral("Retrying in (\\d+) s"));
        QTRY_VERIFY2_WITH_TIMEOUT(countdown.match(state->text()).hasMatch(), qPrintable(state->text()), 10000);
        const int firstSeconds = countdown.match(state->text()).captured(1).toInt();
        QVERIFY2(firstSeconds > 1 && firstSeconds <= 90, qPrintable(state->text())); // 60 s and jitter
        QTRY_VERIFY_WITH_TIMEOUT(countdown.match(state->text()).captured(1).toInt() < firstSeconds, 3000);
        // The bar shows the wait draining: its value is the seconds left of the whole wait.
        auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("applyProgressBar"));
        // (the test may have seen the first label a tick late)
        QVERIFY2(bar->maximum() >= firstSeconds && bar->maximum() <= firstSeconds + 1,
                 qPrintable(QString::number(bar->maximum())));
        QCOMPARE(bar->value(), countdown.match(state->text()).captured(1).toInt());
        dialog->grab().save(QStringLiteral(CALIB_BINARY_DIR "/screenshot-reviewapplydialog-countdown.png"));
        QVERIFY(dialog->isApplying());
        // Cancel keeps the change in the outbox for a later resume.
        QMetaObject::invokeMethod(dialog, &QDialog::reject);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome().has_value(), 10000);
        QCOMPARE(dialog->outcome()->state, ApplyState::Cancelled);
        QVERIFY(dialog->outcome()->stillPending);
        QCOMPARE(session->applyWorkflow()->pending().size(), 1);
        QCOMPARE(session->calibrationInForce()->version, before + 1);
    }

    // Cancelling while the reweight job runs stops following the job, not the apply: the
    // result still shows the version, and the window reloads the calibration in force.
    void cancelDuringReweightStillReportsTheApply()
    {
        SandboxOptions options;
        options.reweightSeconds = 60;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectToServer(*session, window, server, QStringLiteral("reweighting")));
        const qint64 before = session->calibrationInForce()->version;
        Calibration next = window.editor()->calibration();
        next.sensitivityLevel = 0.64;
        next.triggerModelReweight = true;
        window.editor()->replaceCalibration(next, QStringLiteral("edit"));

        ReviewApplyDialog *dialog = openApplyDialog(window);
        QVERIFY(dialog);
        QSignalSpy applied(dialog, &ReviewApplyDialog::applied);
        QSignalSpy loaded(session.get(), &WorkbenchSession::calibrationInForceLoaded);
        dialog->startApply();
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("applyStateLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Model reweight running")), 10000);
        QMetaObject::invokeMethod(dialog, &QDialog::reject);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
        const auto outcome = applied.first().first().value<ApplyOutcome>();
        QCOMPARE(outcome.state, ApplyState::Cancelled);
        QVERIFY(outcome.landed());
        QCOMPARE(outcome.applied.version, before + 1);
        QCOMPARE(state->text(), QStringLiteral("Applied: version %1").arg(before + 1));
        auto *detail = dialog->findChild<QLabel *>(QStringLiteral("applyDetailLabel"));
        QVERIFY(detail->text().contains(outcome.applied.calibrationId));
        QVERIFY(detail->text().contains(outcome.applied.jobId));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QCOMPARE(session->calibrationInForce()->version, before + 1);
        QVERIFY(session->applyWorkflow()->pending().isEmpty());
        dialog->accept();
    }

    // Fields the apply is refused for (a 400's details, or the engine constraints checked
    // before sending) are named in the dialog and handed to the editor, which marks the cell.
    void rejectedFieldsAreMarkedOnTheirCells()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        Calibration refused = window.editor()->calibration();
        refused.alertTriggers = {AlertTrigger {Emotion::Anger, 0.8, Directive::Notify},
                                 AlertTrigger {Emotion::Frustration, 0.5, Directive::Block}};
        ReviewApplyDialog dialog(session->applyWorkflow(), session->calibrationInForce()->calibration, refused,
                                 &window);
        QSignalSpy rejected(&dialog, &ReviewApplyDialog::fieldsRejected);
        connect(&dialog, &ReviewApplyDialog::fieldsRejected, window.editor(), &CalibrationEditor::setServerErrors);
        dialog.startApply();
        QVERIFY(rejected.wait(10000));
        const auto errors = rejected.first().first().value<QList<Violation>>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().path, QStringLiteral("alert_triggers[1].threshold"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("applyDetailLabel"))
                    ->text()
                    .contains(QStringLiteral("Trigger 2 · threshold (alert_triggers[1].threshold)")));
        auto *table = window.editor()->findChild<QTableView *>(QStringLiteral("triggerTableView"));
        window.editor()->replaceCalibration(refused, QStringLiteral("as sent"));
        window.editor()->setServerErrors(errors);
        QCOMPARE(table->model()->index(1, 2).data(Qt::ToolTipRole).toString(), errors.first().message);
        QVERIFY(table->model()->index(1, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!table->model()->index(0, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(session->applyWorkflow()->pending().isEmpty()); // nothing was sent
    }

    // Each tenant keeps its own draft: connecting elsewhere saves the one in the editor,
    // shows the other tenant's calibration, and coming back offers the draft again.
    void switchingTenantsKeepsEachDraft()
    {
        SandboxOptions options;
        options.seed = 7;
        SandboxServer other(options);
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        Calibration draft = window.editor()->calibration();
        draft.sensitivityLevel = 0.37;
        window.editor()->replaceCalibration(draft, QStringLiteral("edit")); // autosave pending

        QVERIFY(connectToServer(*session, window, other, QStringLiteral("other tenant")));
        QCOMPARE(window.editor()->calibration(), session->calibrationInForce()->calibration);
        QVERIFY(window.editor()->calibration().sensitivityLevel != 0.37);
        const auto saved = session->drafts().load(ProfileStore::sandboxName());
        QVERIFY(saved && saved.value());
        QVERIFY(!session->drafts().load(QStringLiteral("other tenant")).value());

        dialogs::setNextAnswer(QMessageBox::Yes); // "Restore draft?"
        QSignalSpy loaded(session.get(), &WorkbenchSession::calibrationInForceLoaded);
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->calibration().sensitivityLevel, 0.37, 5000);
        QVERIFY(dialogs::shownMessages().last().contains(QStringLiteral("draft")));
    }

    // While another tenant's calibration is on its way (or fails to come), the editor is set
    // aside: the status page says why and nothing can be applied to the wrong tenant.
    void anotherTenantsFailedLoadSetsTheEditorAside()
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.faults = {QStringLiteral("malformed")};
        SandboxServer faulty(options);
        QString error;
        QVERIFY2(faulty.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        window.show();
        QVERIFY(connectAndLoad(*session, window));
        QAction *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
        QVERIFY(apply->isEnabled());

        ConnectionConfig config;
        config.baseUrl = faulty.baseUrl();
        config.clientId = options.clientId;
        config.clientSecret = options.clientSecret;
        QSignalSpy failed(session.get(), &WorkbenchSession::requestFailed);
        Calibration edited = window.editor()->calibration();
        edited.sensitivityLevel = 0.52;
        window.editor()->replaceCalibration(edited, QStringLiteral("edit"));
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(session->connectConfig(config, QStringLiteral("faulty"), &error), qPrintable(error));
        QVERIFY(!window.editor()->isEnabled());
        QVERIFY(!apply->isEnabled());
        QVERIFY(!undo->isEnabled()); // nothing to undo in a calibration set aside
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("calibrationStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("calibrationStatusPage"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("calibrationStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("The calibration in force could not be loaded")));
        QVERIFY(!apply->isEnabled());
        window.grab().save(QStringLiteral(CALIB_BINARY_DIR "/screenshot-mainwindow-load-failed.png"));

        // Back on the sandbox: its calibration, and the editor is in use again.
        QSignalSpy loaded(session.get(), &WorkbenchSession::calibrationInForceLoaded);
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(stack->currentWidget(), window.editor());
        QVERIFY(window.editor()->isEnabled());
        QVERIFY(apply->isEnabled());
    }

    // A preset imported before connecting stays in the editor; the tenant's saved draft is
    // still offered when it connects.
    void aPresetBeforeConnectingStillGetsTheDraftOffered()
    {
        {
            auto session = makeSession();
            MainWindow window(session.get());
            QVERIFY(connectAndLoad(*session, window));
            Calibration draft = window.editor()->calibration();
            draft.sensitivityLevel = 0.44;
            window.editor()->replaceCalibration(draft, QStringLiteral("edit"));
            QTRY_VERIFY_WITH_TIMEOUT(session->drafts().load(ProfileStore::sandboxName()).value().has_value(), 10000);
        }
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(window.importPreset(QStringLiteral(CALIB_SOURCE_DIR "/resources/presets/balanced.json")));
        const Calibration preset = window.editor()->calibration();
        dialogs::clearShownMessages();
        dialogs::setNextAnswer(QMessageBox::No); // keep the preset
        QSignalSpy loaded(session.get(), &WorkbenchSession::calibrationInForceLoaded);
        QString error;
        QVERIFY2(session->connectSandbox(&error), qPrintable(error));
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(dialogs::shownMessages().size(), 1, 5000);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("draft")));
        QCOMPARE(window.editor()->calibration(), preset);
    }

    // Applies left without a final answer are offered at the next connection and resumed
    // one at a time, oldest first, each landing once.
    void unfinishedAppliesAreResumedInOrder()
    {
        {
            // A tenant that never answers a PUT in time: both applies stay pending.
            SandboxOptions options;
            options.applyDelayMs = 60000;
            SandboxServer slow(options);
            QString error;
            QVERIFY2(slow.start(&error), qPrintable(error));
            auto session = makeSession();
            MainWindow window(session.get());
            QVERIFY(connectToServer(*session, window, slow, QStringLiteral("acme")));
            for (const double level : {0.51, 0.52}) {
                Calibration next = window.editor()->calibration();
                next.sensitivityLevel = level;
                ApplyOperation *op = session->applyWorkflow()->apply(next);
                QSignalSpy done(op, &ApplyOperation::finished);
                QTRY_COMPARE_WITH_TIMEOUT(op->state(), ApplyState::Sending, 5000);
                op->cancel();
                QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
            }
            QCOMPARE(session->applyWorkflow()->pending().size(), 2);
        }
        SandboxServer tenant;
        QString error;
        QVERIFY2(tenant.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        dialogs::setNextAnswer(QMessageBox::Yes); // "Resume now?"
        QVERIFY(connectToServer(*session, window, tenant, QStringLiteral("acme")));
        const qint64 before = session->calibrationInForce()->version;
        QTRY_VERIFY_WITH_TIMEOUT(session->applyWorkflow()->pending().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->calibrationInForce()->version, before + 2, 10000);
        // The newer one was sent last, so it is the calibration in force.
        QCOMPARE(session->calibrationInForce()->calibration.sensitivityLevel, 0.52);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("one by one")));
    }

    // A client without the calibration scope: Test Connection names the missing scopes, and
    // an apply refused with 403 says which scope to ask for.
    void missingScopesAreNamed()
    {
        SandboxOptions options;
        options.scopes = {QStringLiteral("agentassist:write"), QStringLiteral("audit:read")};
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectToServer(*session, window, server, QStringLiteral("read only")));

        window.findChild<QAction *>(QStringLiteral("testConnectionAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(dialogs::shownMessages().size(), 1, 10000);
        const QString report = dialogs::shownMessages().first();
        QVERIFY2(report.contains(QStringLiteral("Granted scopes: agentassist:write, audit:read")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Missing scopes:")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("sentiment:calibrate")));

        auto *spin = window.findChild<QDoubleSpinBox *>(QStringLiteral("sensitivitySpinBox"));
        spin->setValue(0.66);
        ReviewApplyDialog *dialog = openApplyDialog(window);
        QVERIFY(dialog);
        dialog->startApply();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome().has_value(), 10000);
        QCOMPARE(dialog->outcome()->state, ApplyState::Failed);
        const QString detail = dialog->findChild<QLabel *>(QStringLiteral("applyDetailLabel"))->text();
        QVERIFY2(detail.contains(QStringLiteral("lacks the scope \"sentiment:calibrate\"")), qPrintable(detail));
        QVERIFY(session->applyWorkflow()->pending().isEmpty()); // a final answer: nothing to resume
    }

    // Every control a screen reader can reach has a name: its own text or an accessible
    // name. All panels are built, so the whole window is checked.
    void everyControlHasAName()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        window.auditPanel();
        window.reviewPanel();
        window.whatIfPanel();
        window.webhooksPanel();
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QSlider *>(w) || qobject_cast<QTextEdit *>(w)
                || qobject_cast<QDateTimeEdit *>(w);
            if (!control || w->focusPolicy() == Qt::NoFocus)
                continue;
            QWidget *parent = w->parentWidget();
            QWidget *grandParent = parent ? parent->parentWidget() : nullptr;
            if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
                || qobject_cast<QAbstractItemView *>(grandParent) || qobject_cast<QComboBox *>(grandParent))
                continue; // parts of a named control (a spin box's line edit, a cell editor, a combo's list)
            const auto *button = qobject_cast<QAbstractButton *>(w);
            QString name = w->accessibleName().isEmpty() && button ? button->text() : w->accessibleName();
            if (name.remove(QLatin1Char('&')).trimmed().isEmpty())
                unnamed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                         : w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        for (const char *label : {"tenantBadgeLabel", "tokenStateLabel", "scopesLabel", "versionInForceLabel"})
            QVERIFY(!window.findChild<QLabel *>(QLatin1String(label))->accessibleName().isEmpty());
    }

    // Presets come back through File > Recent Presets and by dropping a file on the window;
    // a recent file that is gone is named and leaves the list, a broken drop is named too.
    void recentPresetsAndDroppedFiles()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        const Calibration inForce = window.editor()->calibration();
        Calibration first = inForce;
        first.sensitivityLevel = 0.31;
        window.editor()->replaceCalibration(first, QStringLiteral("edit"));
        const QString firstPath = m_dir.filePath(QStringLiteral("recent-first.json"));
        QVERIFY(window.exportPreset(firstPath));
        Calibration second = inForce;
        second.sensitivityLevel = 0.32;
        window.editor()->replaceCalibration(second, QStringLiteral("edit"));
        const QString secondPath = m_dir.filePath(QStringLiteral("recent-second.json"));
        QVERIFY(window.exportPreset(secondPath));

        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentPresetsMenu"));
        QVERIFY(recent->isEnabled());
        const auto entry = [recent](const QString &path) -> QAction * {
            for (QAction *a : recent->actions()) {
                if (a->text() == QDir::toNativeSeparators(path))
                    return a;
            }
            return nullptr;
        };
        QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(secondPath)); // newest first
        entry(firstPath)->trigger();
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.31);

        QVERIFY(QFile::remove(secondPath));
        entry(secondPath)->trigger();
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.31); // unchanged
        QVERIFY(dialogs::shownMessages().last().contains(QDir::toNativeSeparators(secondPath)));
        QVERIFY(!entry(secondPath));
        QVERIFY(entry(firstPath));

        // Dropping a preset file imports it as one undoable edit.
        const auto drop = [&window](const QString &path) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &dropped);
            return dropped.isAccepted();
        };
        window.editor()->replaceCalibration(inForce, QStringLiteral("back"));
        QVERIFY(drop(firstPath));
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.31);
        window.undoStack()->undo();
        QCOMPARE(window.editor()->calibration(), inForce);

        const QString broken = m_dir.filePath(QStringLiteral("broken-preset.json"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"name\": \"x\", \"calibration\": {\"sensitivity_level\": 2}}");
        }
        dialogs::clearShownMessages();
        QVERIFY(drop(broken));
        QCOMPARE(window.editor()->calibration(), inForce);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(QDir::toNativeSeparators(broken)));
    }

    // The German translation as built: the window's menus and status page speak German, and
    // Edit > Language stores the choice for the next start.
    void germanTranslationAndLanguageMenu()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(CALIB_BINARY_DIR "/share/calibration-workbench/translations/"
                                                            "calibration-workbench_de.qm")));
        QCoreApplication::installTranslator(&german);
        auto session = makeSession();
        {
            MainWindow window(session.get());
            QStringList titles;
            for (QAction *a : window.menuBar()->actions())
                titles.append(a->text());
            QVERIFY2(titles.contains(QStringLiteral("&Datei")) && titles.contains(QStringLiteral("&Bearbeiten")),
                     qPrintable(titles.join(QStringLiteral(", "))));
            auto *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
            for (QAction *a : language->actions()) {
                if (a->data().toString() == QLatin1String("de"))
                    a->trigger();
            }
        }
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(session->settings().language(), QStringLiteral("de"));
    }

    void presetRoundTripAndUndo()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        Calibration edited = window.editor()->calibration();
        edited.polarityMatrix.negative = -0.85;
        edited.interactionIds = {QStringLiteral("round-trip")};
        window.editor()->replaceCalibration(edited, QStringLiteral("edit"));

        const QString path = m_dir.filePath(QStringLiteral("preset.json"));
        QVERIFY(window.exportPreset(path));
        const auto loaded = loadPresetFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value->calibration, edited);

        window.undoStack()->undo(); // back to the calibration in force
        QVERIFY(window.editor()->calibration() != edited);
        QVERIFY(window.importPreset(path));
        QCOMPARE(window.editor()->calibration(), edited);
        window.undoStack()->undo();
        QVERIFY(window.editor()->calibration() != edited);
        window.undoStack()->redo();
        QCOMPARE(window.editor()->calibration(), edited);

        // A broken file: nothing changes and the message names the path.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": ");
        file.close();
        QVERIFY(!window.importPreset(broken));
        QCOMPARE(window.editor()->calibration(), edited);
        QVERIFY(!dialogs::shownMessages().isEmpty());
        QVERIFY(dialogs::shownMessages().last().contains(QStringLiteral("broken.json")));
    }

    void reviewedAlertsFeedWhatIfAndRecommendationIsOneUndoableEdit()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        QVERIFY(connectAndLoad(*session, window));
        ReviewQueue *queue = qobject_cast<ReviewPanel *>(window.reviewPanel())->queue();
        queue->clear();
        // Anger alerts at 0.80..0.98: the high ones are true positives.
        QList<Alert> alerts;
        QStringList ids;
        QList<std::optional<AlertReview::Label>> labels;
        for (int i = 0; i < 10; ++i) {
            Alert alert;
            alert.id = QStringLiteral("t_%1").arg(i);
            alert.interactionId = alert.id;
            alert.emotion = Emotion::Anger;
            alert.confidence = 0.80 + 0.02 * i;
            alert.threshold = 0.8;
            alert.directive = Directive::Notify;
            alert.triggeredAt = QDateTime(QDate(2026, 11, 20), QTime(10, i), Qt::UTC);
            alerts.append(alert);
            ids.append(alert.id);
            labels.append(i >= 4 ? AlertReview::Label::TruePositive : AlertReview::Label::FalsePositive);
        }
        QCOMPARE(queue->addAlerts(alerts), 10);
        QVERIFY(queue->setLabels(ids, labels));
        QCOMPARE(queue->labelledAlerts().size(), 10);

        window.analyseReviewedAlerts();
        QCOMPARE(window.tabs()->currentWidget(), window.whatIfPanel());

        // The recommendation lands in the lowest anger trigger as one undoable edit.
        const Calibration before = window.editor()->calibration();
        const int undoBefore = window.undoStack()->count();
        window.useRecommendedThreshold(Emotion::Anger, 0.88);
        QCOMPARE(window.undoStack()->count(), undoBefore + 1);
        bool found = false;
        for (const AlertTrigger &t : window.editor()->calibration().alertTriggers)
            found = found || (t.emotion == Emotion::Anger && qFuzzyCompare(t.threshold, 0.88));
        QVERIFY(found);
        window.undoStack()->undo();
        QCOMPARE(window.editor()->calibration(), before);
    }

    // Edit > Undo and Ctrl+Z act on what the user is looking at: review labels on the
    // Review tab, the calibration draft elsewhere; never ambiguous, never the wrong one.
    void undoFollowsTheTab()
    {
        auto session = makeSession();
        MainWindow window(session.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(connectAndLoad(*session, window));
        Calibration edited = window.editor()->calibration();
        edited.sensitivityLevel = 0.41;
        window.editor()->replaceCalibration(edited, QStringLiteral("edit"));
        QVERIFY(window.undoStack()->canUndo());

        window.tabs()->setCurrentIndex(window.tabs()->indexOf(window.reviewPanel()));
        auto *panel = qobject_cast<ReviewPanel *>(window.reviewPanel());
        QVERIFY(panel);
        panel->queue()->clear();
        Alert alert;
        alert.id = QStringLiteral("u_1");
        alert.interactionId = alert.id;
        alert.emotion = Emotion::Anger;
        alert.confidence = 0.9;
        alert.threshold = 0.8;
        alert.directive = Directive::Notify;
        alert.triggeredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QCOMPARE(panel->queue()->addAlerts({alert}), 1);
        QTableView *view = panel->view();
        view->setFocus();
        view->setCurrentIndex(panel->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_T);
        QCOMPARE(panel->queue()->at(0).label, AlertReview::Label::TruePositive);

        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->text().contains(QStringLiteral("Label")));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!panel->queue()->at(0).label);
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.41); // the draft untouched
        QTest::keyClick(view, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier); // redo
        QCOMPARE(panel->queue()->at(0).label, AlertReview::Label::TruePositive);
        undo->trigger(); // the menu item on the Review tab: the label again
        QVERIFY(!panel->queue()->at(0).label);
        QCOMPARE(window.editor()->calibration().sensitivityLevel, 0.41);

        window.tabs()->setCurrentIndex(0);
        QVERIFY(!undo->text().contains(QStringLiteral("Label")));
        undo->trigger();
        QVERIFY(window.editor()->calibration().sensitivityLevel != 0.41);
        QVERIFY(!panel->queue()->at(0).label);
    }

    void draftIsOfferedBackAfterRestart()
    {
        Calibration draft;
        {
            auto session = makeSession();
            MainWindow window(session.get());
            QVERIFY(connectAndLoad(*session, window));
            draft = window.editor()->calibration();
            draft.sensitivityLevel = 0.33;
            window.editor()->replaceCalibration(draft, QStringLiteral("edit"));
            // Autosaved shortly after the edit, without anything else happening.
            QTRY_VERIFY_WITH_TIMEOUT(session->drafts().load(ProfileStore::sandboxName()).value().has_value(), 10000);
        }
        auto session = makeSession();
        MainWindow window(session.get());
        dialogs::setNextAnswer(QMessageBox::Yes); // "Restore draft?"
        QVERIFY(connectAndLoad(*session, window));
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->calibration().sensitivityLevel, 0.33, 5000);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("draft")));
        // Restoring is one undoable step back to the calibration in force.
        window.undoStack()->undo();
        QCOMPARE(window.editor()->calibration(), session->calibrationInForce()->calibration);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
