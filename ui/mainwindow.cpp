#include "mainwindow.h"

#include "chartpanels.h"
#include "common/dialogs.h"
#include "common/firstpaintprobe.h"
#include "core/analytics/dataset.h"
#include "core/clock.h"
#include "core/validation.h"
#include "core/wirejson.h"
#include "editor/calibrationeditor.h"
#include "help/apicontractdialog.h"
#include "store/appsettings.h"
#include "windowbackend.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace calib {

namespace {
constexpr int draftDebounceMs = 800;
enum Tab { EditorTab, AuditTab, ReviewTab, WhatIfTab, WebhooksTab };
} // namespace

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_editorStack(new QStackedWidget(this))
    , m_undoStack(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Calibration Workbench"));
    // Decoding the 256 px icon waits until the first frame is on screen (cold start), and
    // runs after whatever else waits for that frame.
    onFirstPaint(this, [this] {
        QTimer::singleShot(0, this,
                           [this] { setWindowIcon(QIcon(QStringLiteral(":/icons/calibration-workbench.png"))); });
    });
    setAcceptDrops(true);
    resize(1100, 750);

    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_editorStack->setObjectName(QStringLiteral("calibrationStack"));
    m_tabs->addTab(m_editorStack, tr("Ca&libration"));
    // Placeholders; each panel is built the first time its tab is shown, so start-up
    // stays as fast as a bare window.
    m_tabs->addTab(new QWidget(m_tabs), tr("Au&dit Trail"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Alert &Review"));
    m_tabs->addTab(new QWidget(m_tabs), tr("&What-if"));
    m_tabs->addTab(new QWidget(m_tabs), tr("We&bhooks"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensurePanel);
    // Edit > Undo follows the tab: review labels on the Review tab, the calibration
    // draft everywhere else.
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->setActiveStack(m_undoStack);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_undoGroup->setActiveStack(index == ReviewTab && m_reviewUndoStack ? m_reviewUndoStack
                                        : editorReady()                     ? m_undoStack
                                                                            : nullptr);
    });
    setCentralWidget(m_tabs);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::saveDraft);

    createActions();
    createMenus();
    createStatusBar();
    m_editorStack->addWidget(createEditorStatusPage());

    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());

    onConnectionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::setBackend(WindowBackend *backend)
{
    Q_ASSERT(!m_backend && backend);
    m_backend = backend;
    m_backendError.clear();
    connect(m_backend, &WindowBackend::connectionChanged, this, &MainWindow::onConnectionChanged);
    connect(m_backend, &WindowBackend::tokenStateChanged, this, &MainWindow::updateStatus);
    connect(m_backend, &WindowBackend::calibrationInForceLoaded, this, &MainWindow::onCalibrationInForceLoaded);
    connect(m_backend, &WindowBackend::requestFailed, this, &MainWindow::onRequestFailed);
    ensurePanel(m_tabs->currentIndex()); // a panel opened before the backend was there
    onConnectionChanged();
}

void MainWindow::setBackendError(const QString &error)
{
    m_backendError = error;
    m_connectingTo.clear();
    updateEditorStatusPage();
    // The panels that work on a tenant say why they stay empty.
    for (const int index : {AuditTab, ReviewTab, WebhooksTab}) {
        QWidget *placeholder = m_tabs->widget(index);
        if (placeholder->layout())
            continue;
        auto *label = new QLabel(
            tr("This panel needs the workbench's connection and storage module, which could not be loaded: %1")
                .arg(error),
            placeholder);
        label->setObjectName(QStringLiteral("panelUnavailableLabel"));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        auto *layout = new QVBoxLayout(placeholder);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->addWidget(label);
    }
}

CalibrationEditor *MainWindow::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new CalibrationEditor(m_editorStack);
    m_editor->setObjectName(QStringLiteral("calibrationEditor"));
    m_editor->setUndoStack(m_undoStack);
    m_editor->setEnabled(false);
    connect(m_editor, &CalibrationEditor::calibrationChanged, this, [this] {
        if (m_firstDataShown)
            m_draftTimer->start();
    });
    connect(m_editor, &CalibrationEditor::validityChanged, this, &MainWindow::updateActions);
    const bool hadFocus = m_editorStack->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_editorStack->addWidget(m_editor);
    m_editorStack->setCurrentWidget(m_editor);
    if (hadFocus)
        m_editor->setFocus(Qt::OtherFocusReason);
    return m_editor;
}

bool MainWindow::isConnected() const
{
    return m_backend && m_backend->isConnected();
}

const std::optional<CalibrationInForce> &MainWindow::calibrationInForce() const
{
    static const std::optional<CalibrationInForce> none;
    return m_backend ? m_backend->calibrationInForce() : none;
}

bool MainWindow::editorReady() const
{
    return m_editor && m_editor->isEnabled();
}

void MainWindow::setConnectingTo(const QString &tenant)
{
    m_connectingTo = tenant;
    updateEditorStatusPage();
}

// What the calibration tab shows until there is a calibration to edit: what the window is
// waiting for, or what to do when it waits for nothing.
QWidget *MainWindow::createEditorStatusPage()
{
    auto *page = new QWidget(m_editorStack);
    page->setObjectName(QStringLiteral("calibrationStatusPage"));
    m_editorStatusPage = page;
    m_editorStatusLabel = new QLabel(page);
    m_editorStatusLabel->setObjectName(QStringLiteral("calibrationStatusLabel"));
    m_editorStatusLabel->setWordWrap(true);
    m_editorStatusLabel->setAlignment(Qt::AlignCenter);
    m_editorStatusLabel->setMinimumWidth(320);
    m_editorStatusLabel->setMaximumWidth(560);

    const auto button = [page](const QString &text, const QString &name, QAction *action) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        b->setVisible(false);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    m_statusSandboxButton
        = button(tr("Connect to Sandbox"), QStringLiteral("statusConnectSandboxButton"), m_connectSandboxAction);
    m_statusProfilesButton
        = button(tr("Connection Profiles..."), QStringLiteral("statusProfilesButton"), m_profilesAction);
    m_statusImportButton = button(tr("Import Preset..."), QStringLiteral("statusImportPresetButton"), m_importAction);
    m_statusRetryButton = button(tr("Try Again"), QStringLiteral("statusRetryButton"), m_loadCurrentAction);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {m_statusRetryButton, m_statusSandboxButton, m_statusProfilesButton, m_statusImportButton})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addStretch(1);
    // Between stretches rather than aligned, so that the wrapped text gets its height.
    auto *text = new QHBoxLayout;
    text->addStretch(1);
    text->addWidget(m_editorStatusLabel, 3);
    text->addStretch(1);
    layout->addLayout(text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    updateEditorStatusPage();
    return page;
}

void MainWindow::updateEditorStatusPage()
{
    if (editorReady() || !m_editorStatusLabel)
        return;
    const bool connected = isConnected();
    const bool failed = connected && !m_loadError.isEmpty();
    const bool idle = !connected && m_connectingTo.isEmpty();
    const bool unavailable = !m_backendError.isEmpty();
    QString text;
    if (unavailable)
        text = tr("Connections are not available: the workbench could not load its connection and storage "
                  "module (%1).\nYou can still import a preset and edit it.")
                   .arg(m_backendError);
    else if (failed)
        text = tr("The calibration in force could not be loaded from %1:\n%2")
                   .arg(m_backend->tenantLabel(), m_loadError);
    else if (connected)
        text = tr("Loading the calibration in force from %1...").arg(m_backend->tenantLabel());
    else if (!m_connectingTo.isEmpty())
        text = tr("Connecting to %1...").arg(m_connectingTo);
    else
        text = tr("Not connected.\nConnect to a tenant to load the calibration in force, or import a preset to "
                  "edit one without a connection.");
    m_editorStatusLabel->setText(text);
    m_statusRetryButton->setVisible(failed && !unavailable);
    m_statusSandboxButton->setVisible(idle && !unavailable);
    m_statusProfilesButton->setVisible(idle && !unavailable);
    m_statusImportButton->setVisible(idle || failed || unavailable);
    // Also when an editor exists but waits for another tenant's calibration.
    if (m_editorStack->indexOf(m_editorStatusPage) >= 0 && m_editorStack->currentWidget() != m_editorStatusPage)
        m_editorStack->setCurrentWidget(m_editorStatusPage);
}

void MainWindow::showEditorFor(const Calibration &inForce)
{
    editor()->setCalibration(inForce);
    m_editor->setEnabled(true);
    m_editorStack->setCurrentWidget(m_editor);
    // Loading is not an edit: nothing to autosave (a pending save would clear the draft
    // that offerRecovery() is about to offer).
    m_draftTimer->stop();
    m_editorProfile = m_backend->profileName();
    m_editorInForce = inForce;
    if (m_tabs->currentIndex() != ReviewTab || !m_reviewUndoStack)
        m_undoGroup->setActiveStack(m_undoStack);
}

void MainWindow::ensurePanel(int index)
{
    switch (index) {
    case AuditTab: auditPanel(); break;
    case ReviewTab: reviewPanel(); break;
    case WhatIfTab: whatIfPanel(); break;
    case WebhooksTab: webhooksPanel(); break;
    default: break;
    }
}

namespace {
template<typename Panel> void placePanel(QTabWidget *tabs, int index, Panel *panel)
{
    const QString label = tabs->tabText(index);
    const bool current = tabs->currentIndex() == index;
    QWidget *placeholder = tabs->widget(index);
    const QSignalBlocker blocker(tabs);
    tabs->removeTab(index);
    tabs->insertTab(index, panel, label);
    if (current)
        tabs->setCurrentIndex(index);
    placeholder->deleteLater();
}
} // namespace

QWidget *MainWindow::auditPanel()
{
    if (!m_auditPanel && m_backend) {
        m_auditPanel = m_backend->createAuditPanel(m_tabs);
        m_auditPanel->setObjectName(QStringLiteral("auditPanel"));
        placePanel(m_tabs, AuditTab, m_auditPanel);
    }
    return m_auditPanel;
}

namespace {
const ChartPanels *g_chartPanels = nullptr;
} // namespace

void MainWindow::setChartPanels(const ChartPanels *panels)
{
    g_chartPanels = panels;
}

QWidget *MainWindow::reviewPanel()
{
    if (!m_reviewPanel && g_chartPanels && m_backend) {
        m_reviewPanel = g_chartPanels->createReviewPanel(m_backend->session(), m_tabs);
        if (!m_reviewPanel)
            return nullptr;
        m_reviewPanel->setObjectName(QStringLiteral("reviewPanel"));
        m_reviewUndoStack = g_chartPanels->reviewUndoStack(m_reviewPanel);
        if (m_reviewUndoStack)
            m_undoGroup->addStack(m_reviewUndoStack);
        placePanel(m_tabs, ReviewTab, m_reviewPanel);
        if (m_tabs->currentIndex() == ReviewTab && m_reviewUndoStack)
            m_undoGroup->setActiveStack(m_reviewUndoStack);
    }
    return m_reviewPanel;
}

QWidget *MainWindow::whatIfPanel()
{
    if (!m_whatIfPanel && g_chartPanels) {
        m_whatIfPanel = g_chartPanels->createWhatIfPanel(
            m_tabs, [this](Emotion emotion, double threshold) { useRecommendedThreshold(emotion, threshold); });
        if (!m_whatIfPanel)
            return nullptr;
        m_whatIfPanel->setObjectName(QStringLiteral("whatIfPanel"));
        if (const auto &inForce = calibrationInForce())
            g_chartPanels->setThresholdsInForce(m_whatIfPanel, inForce->calibration);
        placePanel(m_tabs, WhatIfTab, m_whatIfPanel);
    }
    return m_whatIfPanel;
}

QWidget *MainWindow::webhooksPanel()
{
    if (!m_webhooksPanel && m_backend) {
        m_webhooksPanel = m_backend->createWebhooksPanel(m_tabs);
        m_webhooksPanel->setObjectName(QStringLiteral("webhooksPanel"));
        placePanel(m_tabs, WebhooksTab, m_webhooksPanel);
    }
    return m_webhooksPanel;
}

void MainWindow::useRecommendedThreshold(Emotion emotion, double threshold)
{
    Calibration next = editor()->calibration();
    qsizetype lowest = -1;
    for (qsizetype i = 0; i < next.alertTriggers.size(); ++i) {
        const AlertTrigger &t = next.alertTriggers.at(i);
        if (t.emotion == emotion && (lowest < 0 || t.threshold < next.alertTriggers.at(lowest).threshold))
            lowest = i;
    }
    if (lowest < 0)
        next.alertTriggers.append(AlertTrigger {emotion, threshold, Directive::Notify});
    else
        next.alertTriggers[lowest].threshold = threshold;
    m_editor->replaceCalibration(
        next, tr("Use recommended %1 threshold %2").arg(displayName(emotion), QLocale().toString(threshold, 'f', 2)));
    m_tabs->setCurrentIndex(EditorTab);
}

void MainWindow::analyseReviewedAlerts()
{
    QWidget *review = reviewPanel();
    const QList<LabelledAlert> alerts = review ? g_chartPanels->labelledAlerts(review) : QList<LabelledAlert> {};
    if (alerts.isEmpty()) {
        dialogs::information(this, tr("What-if"),
                             tr("No alert is labelled yet. Label alerts as true (T) or false (F) positives in the "
                                "Alert Review tab first."));
        return;
    }
    QWidget *whatIf = whatIfPanel();
    if (!whatIf)
        return;
    g_chartPanels->setDataset(whatIf, std::make_shared<const Dataset>(Dataset::fromAlerts(alerts, true)));
    m_tabs->setCurrentIndex(WhatIfTab);
    statusBar()->showMessage(tr("%n reviewed alert(s) loaded into the what-if analysis", nullptr, int(alerts.size())),
                             5000);
}

void MainWindow::showProfiles()
{
    if (m_backend)
        m_backend->showProfiles(this, [this](const QString &name) { connectToProfile(name); });
}

void MainWindow::connectToProfile(const QString &name)
{
    if (!m_backend)
        return;
    statusBar()->showMessage(tr("Connecting to %1...").arg(name));
    m_backend->connectStoredProfile(name, this, [this, name](bool ok, const QString &message) {
        if (!ok) {
            statusBar()->clearMessage();
            dialogs::warning(this, tr("Connection"), tr("Could not connect to %1: %2").arg(name, message));
        }
    });
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import Preset..."), this);
    m_importAction->setObjectName(QStringLiteral("importPresetAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importPresetInteractive);

    m_exportAction = new QAction(tr("&Export Preset..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportPresetAction"));
    m_exportAction->setShortcut(QKeySequence::SaveAs);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPresetInteractive);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_revertAction = new QAction(tr("Re&vert to Calibration in Force"), this);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revertToInForce);

    m_connectSandboxAction = new QAction(tr("Connect to &Sandbox"), this);
    m_connectSandboxAction->setObjectName(QStringLiteral("connectSandboxAction"));
    connect(m_connectSandboxAction, &QAction::triggered, this, [this] {
        QString error;
        if (m_backend && !m_backend->connectSandbox(&error))
            dialogs::warning(this, tr("Sandbox"), tr("The sandbox could not start: %1").arg(error));
    });

    m_profilesAction = new QAction(tr("&Profiles..."), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_disconnectAction = new QAction(tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        if (m_backend)
            m_backend->disconnectFromTenant();
    });

    m_testConnectionAction = new QAction(tr("&Test Connection"), this);
    m_testConnectionAction->setObjectName(QStringLiteral("testConnectionAction"));
    connect(m_testConnectionAction, &QAction::triggered, this, [this] {
        if (!m_backend)
            return;
        statusBar()->showMessage(tr("Requesting a token..."));
        m_backend->testConnection(this, [this](bool ok, const QString &report) {
            statusBar()->clearMessage();
            if (ok)
                dialogs::information(this, tr("Test Connection"), report);
            else
                dialogs::warning(this, tr("Test Connection"), report);
        });
    });

    m_validateAction = new QAction(tr("&Validate"), this);
    m_validateAction->setObjectName(QStringLiteral("validateAction"));
    m_validateAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_validateAction, &QAction::triggered, this, &MainWindow::validateNow);

    m_loadCurrentAction = new QAction(tr("&Load Current from Tenant"), this);
    m_loadCurrentAction->setObjectName(QStringLiteral("loadCurrentAction"));
    m_loadCurrentAction->setShortcut(QKeySequence::Refresh);
    connect(m_loadCurrentAction, &QAction::triggered, this, [this] {
        if (!m_backend)
            return;
        m_replaceOnLoad = true;
        m_backend->loadCalibrationInForce();
    });

    m_analyseReviewsAction = new QAction(tr("Analyse &Reviewed Alerts"), this);
    m_analyseReviewsAction->setObjectName(QStringLiteral("analyseReviewsAction"));
    m_analyseReviewsAction->setToolTip(tr("Show what other thresholds would do on the alerts labelled so far"));
    connect(m_analyseReviewsAction, &QAction::triggered, this, &MainWindow::analyseReviewedAlerts);

    m_applyAction = new QAction(tr("Review and &Apply..."), this);
    m_applyAction->setObjectName(QStringLiteral("applyAction"));
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_applyAction, &QAction::triggered, this, &MainWindow::reviewAndApply);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    m_recentMenu = file->addMenu(tr("Recent &Presets"));
    m_recentMenu->setObjectName(QStringLiteral("recentPresetsMenu"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_revertAction);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(m_profilesAction);
    connection->addSeparator();
    connection->addAction(m_connectSandboxAction);
    connection->addAction(m_testConnectionAction);
    connection->addAction(m_disconnectAction);

    QMenu *calibration = menuBar()->addMenu(tr("C&alibration"));
    calibration->addAction(m_validateAction);
    calibration->addAction(m_loadCurrentAction);
    calibration->addAction(m_analyseReviewsAction);
    calibration->addSeparator();
    calibration->addAction(m_applyAction);

    // Language: follows the system unless overridden; applied at the next start.
    QMenu *language = edit->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QList<std::pair<QString, QString>> choices {{QString(), tr("System Default")},
                                                      {QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            (void)m_settings.sync();
            statusBar()->showMessage(tr("The language changes the next time the workbench starts."), 8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    help->addAction(tr("API &Contract"), this, &MainWindow::showApiContract)
        ->setObjectName(QStringLiteral("apiContractAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Calibration Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Calibration"));
    toolBar->setObjectName(QStringLiteral("calibrationToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_loadCurrentAction);
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_validateAction);
    toolBar->addAction(m_applyAction);
}

void MainWindow::createStatusBar()
{
    m_tenantBadge = new QLabel(this);
    m_tenantBadge->setObjectName(QStringLiteral("tenantBadgeLabel"));
    m_tenantBadge->setMargin(2);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setObjectName(QStringLiteral("tokenStateLabel"));
    m_scopesLabel = new QLabel(this);
    m_scopesLabel->setObjectName(QStringLiteral("scopesLabel"));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionInForceLabel"));
    m_tenantBadge->setAccessibleName(tr("Connected tenant"));
    m_tokenLabel->setAccessibleName(tr("Access token"));
    m_scopesLabel->setAccessibleName(tr("Granted scopes"));
    m_versionLabel->setAccessibleName(tr("Calibration version in force"));
    statusBar()->addPermanentWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_scopesLabel);
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_tenantBadge);
}

void MainWindow::updateActions()
{
    const bool connected = isConnected();
    const bool loaded = calibrationInForce().has_value();
    m_connectSandboxAction->setEnabled(m_backend != nullptr);
    m_profilesAction->setEnabled(m_backend != nullptr);
    m_disconnectAction->setEnabled(connected);
    m_testConnectionAction->setEnabled(connected);
    m_loadCurrentAction->setEnabled(connected);
    m_revertAction->setEnabled(loaded);
    const bool ready = editorReady();
    m_validateAction->setEnabled(ready);
    m_exportAction->setEnabled(ready);
    m_applyAction->setEnabled(connected && ready && m_editor->isValid() && m_backend->isDatabaseOpen());
    m_applyAction->setToolTip(!ready                    ? tr("Load the calibration in force or import a preset first")
                                  : m_editor->isValid() ? tr("Review the changes, then apply them to the tenant")
                                                        : tr("Fix the problems listed below the editor first"));
}

void MainWindow::updateStatus()
{
    const bool connected = isConnected();
    const WindowBackend::TokenState token = m_backend ? m_backend->tokenState() : WindowBackend::TokenState {};
    if (!connected) {
        m_tenantBadge->setText(tr("Not connected"));
        m_tenantBadge->setStyleSheet({});
    } else if (m_backend->isSandbox()) {
        m_tenantBadge->setText(QStringLiteral(" ") % tr("SANDBOX") % QStringLiteral(" "));
        m_tenantBadge->setStyleSheet(
            QStringLiteral("QLabel { background: #f2c14e; color: #2b2100; border-radius: 4px; font-weight: bold; }"));
        m_tenantBadge->setToolTip(tr("Connected to the built-in sandbox at %1. Nothing you apply here reaches a real "
                                     "tenant.")
                                      .arg(token.baseUrl.toString()));
    } else {
        m_tenantBadge->setText(QStringLiteral(" ") % m_backend->tenantLabel() % QStringLiteral(" "));
        m_tenantBadge->setStyleSheet(
            QStringLiteral("QLabel { background: #2f6fb3; color: white; border-radius: 4px; font-weight: bold; }"));
        m_tenantBadge->setToolTip(tr("Connected to %1 as %2 (profile %3)")
                                      .arg(token.baseUrl.toString(), token.clientId, m_backend->profileName()));
    }

    if (!token.hasClient) {
        m_tokenLabel->clear();
        m_scopesLabel->clear();
    } else if (token.valid) {
        m_tokenLabel->setText(tr("Token valid until %1")
                                  .arg(QLocale().toString(token.expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
        m_scopesLabel->setText(token.missing.isEmpty()
                                   ? tr("All scopes granted")
                                   : tr("Missing scopes: %1").arg(token.missing.join(QStringLiteral(", "))));
        m_scopesLabel->setToolTip(tr("Granted: %1").arg(token.granted.join(QStringLiteral(", "))));
    } else {
        m_tokenLabel->setText(tr("No token yet"));
        m_scopesLabel->clear();
    }

    const auto &inForce = calibrationInForce();
    m_versionLabel->setText(inForce ? tr("Version in force: %1").arg(inForce->version) : QString());
    updateActions();
    updateEditorStatusPage();
}

void MainWindow::onConnectionChanged()
{
    // An edit not yet autosaved belongs to the tenant the editor shows: save it there now.
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        saveDraft();
    }
    // Another tenant: its own calibration (and draft) replace the editor's; until they
    // arrive the editor is set aside, so nothing is edited or applied against the wrong one.
    const bool connected = isConnected();
    if (connected && editorReady() && !m_editorProfile.isEmpty() && m_editorProfile != m_backend->profileName()) {
        m_editor->setEnabled(false);
        if (m_undoGroup->activeStack() == m_undoStack)
            m_undoGroup->setActiveStack(nullptr); // no undoing into a calibration set aside
    }
    QString title = tr("Calibration Workbench");
    if (connected)
        title = m_backend->tenantLabel() % QStringLiteral(" — ") % title;
    setWindowTitle(title);
    m_loadError.clear();
    if (connected)
        m_connectingTo.clear();
    updateStatus();
    if (connected)
        m_backend->loadCalibrationInForce();
}

void MainWindow::onCalibrationInForceLoaded(const CalibrationInForce &inForce)
{
    // The editor starts from the calibration in force on the first load, and again when
    // another tenant is connected (its draft, if any, is offered back below). A preset
    // imported before any connection stays, and this tenant's draft is offered beside it.
    const bool first = !editorReady() || m_editorProfile != m_backend->profileName();
    const bool unbound = editorReady() && m_editorProfile.isEmpty();
    m_loadError.clear();
    if (m_whatIfPanel)
        g_chartPanels->setThresholdsInForce(m_whatIfPanel, inForce.calibration);
    if (unbound) {
        m_editorProfile = m_backend->profileName();
        m_editorInForce = inForce.calibration;
    } else if (first) {
        showEditorFor(inForce.calibration);
    } else {
        if (m_replaceOnLoad && inForce.calibration != m_editor->calibration())
            m_editor->replaceCalibration(inForce.calibration,
                                         tr("Load version %1 from the tenant").arg(inForce.version));
        m_editorInForce = inForce.calibration;
    }
    m_replaceOnLoad = false;
    statusBar()->showMessage(
        tr("Loaded version %1 (%2) from the tenant").arg(inForce.version).arg(inForce.calibrationId), 5000);
    updateStatus();
    if (first || unbound) // this tenant's draft and unfinished applies
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    if (!m_firstDataShown) {
        m_firstDataShown = true;
        Q_EMIT firstDataShown();
    }
}

void MainWindow::onRequestFailed(const QString &operation, const ApiError &error)
{
    QString text = error.message;
    if (operation == QLatin1String("getCalibration") && error.kind == ApiError::Kind::NotSupported) {
        text = tr("This tenant does not report the calibration in force. The editor starts from the tenant "
                  "default; review the difference carefully before applying.");
        if (!editorReady()) {
            showEditorFor(Calibration::tenantDefault());
            QTimer::singleShot(0, this, &MainWindow::offerRecovery);
        }
    } else if (operation == QLatin1String("getCalibration") && !editorReady()) {
        m_loadError = text;
    }
    statusBar()->showMessage(text, 10000);
    updateStatus();
    if (!m_firstDataShown) {
        m_firstDataShown = true;
        Q_EMIT firstDataShown();
    }
}

void MainWindow::offerRecovery()
{
    if (!isConnected() || !m_backend->isDatabaseOpen() || !editorReady())
        return;
    const QString profile = m_backend->profileName();
    const int pending = m_backend->pendingApplyCount();
    if (pending > 0 && !m_resumer) {
        const auto answer = dialogs::question(
            this, tr("Unfinished Applies"),
            tr("%n apply(s) to this tenant did not get a final answer (the window closed or the network failed). "
               "Resume now? They are sent again one by one, oldest first, each with its own idempotency key, so "
               "each lands exactly once.",
               nullptr, pending));
        if (answer == QMessageBox::Yes)
            resumePendingApplies();
    }

    if (const auto draft = m_backend->loadDraft(profile)) {
        const auto parsed = calibrationFromJson(draft->payload);
        if (parsed.ok() && *parsed.value != m_editor->calibration()) {
            const auto answer = dialogs::question(
                this, tr("Restore Draft"),
                tr("An unapplied draft from %1 was saved for this connection. Restore it into the editor?")
                    .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
            if (answer == QMessageBox::Yes)
                m_editor->replaceCalibration(*parsed.value, tr("Restore draft"));
            else
                m_backend->clearDraft(profile);
        }
    }
}

void MainWindow::resumePendingApplies()
{
    WindowBackend::ResumeCallbacks callbacks;
    callbacks.rowStarted = [this](const QDateTime &createdAt) {
        statusBar()->showMessage(
            tr("Resuming the apply of %1...").arg(QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat)));
    };
    callbacks.retryCountdown = [this](int seconds, const QString &reason) {
        statusBar()->showMessage(tr("Resuming: %1, retrying in %n s", nullptr, seconds).arg(reason));
    };
    callbacks.finished = [this](const WindowBackend::ResumeSummary &summary) {
        if (m_resumer)
            m_resumer->deleteLater();
        QString text = tr("Resumed %n apply(s): ", nullptr, summary.total)
            % tr("%1 landed, %2 rejected, %3 still pending.")
                  .arg(summary.succeeded)
                  .arg(summary.failed)
                  .arg(summary.stillPending);
        statusBar()->showMessage(text, 15000);
        m_backend->loadCalibrationInForce();
    };
    m_resumer = m_backend->resumePendingApplies(this, std::move(callbacks));
}

void MainWindow::saveDraft()
{
    // The draft belongs to the tenant whose calibration the editor was loaded from.
    if (!m_backend || !m_backend->isDatabaseOpen() || m_editorProfile.isEmpty() || !editorReady())
        return;
    if (m_editorInForce == m_editor->calibration()) {
        m_backend->clearDraft(m_editorProfile);
        return;
    }
    if (const QString error = m_backend->saveDraft(m_editorProfile, toWireJson(m_editor->calibration()));
        !error.isEmpty()) {
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(error), 10000);
    }
}

bool MainWindow::importPreset(const QString &path)
{
    const auto loaded = loadPresetFile(path);
    if (!loaded.ok()) {
        QStringList lines;
        for (const ParseError &e : loaded.errors)
            lines.append(e.toString());
        dialogs::warning(
            this, tr("Import Preset"),
            tr("%1 cannot be imported:\n%2").arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    const Preset &preset = *loaded.value;
    if (!editorReady()) {
        // No calibration in force shown (not connected, or another tenant's still loading):
        // the preset belongs to no tenant yet; the next one loaded adopts it.
        editor()->setEnabled(true);
        m_editorStack->setCurrentWidget(m_editor);
        m_editorProfile.clear();
        if (m_tabs->currentIndex() != ReviewTab || !m_reviewUndoStack)
            m_undoGroup->setActiveStack(m_undoStack);
    }
    m_editor->replaceCalibration(
        preset.calibration,
        tr("Import preset %1").arg(preset.name.isEmpty() ? QFileInfo(path).fileName() : preset.name));
    m_settings.addRecentPresetFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)), 5000);
    updateActions();
    return true;
}

bool MainWindow::exportPreset(const QString &path)
{
    Preset preset;
    preset.name = QFileInfo(path).completeBaseName();
    preset.description = isConnected() ? tr("Exported from %1").arg(m_backend->tenantLabel()) : QString();
    preset.createdAt = (m_backend ? m_backend->now() : QDateTime::currentDateTimeUtc()).toUTC();
    preset.calibration = editor()->calibration();
    const QString error = savePresetFile(path, preset);
    if (!error.isEmpty()) {
        dialogs::warning(this, tr("Export Preset"), error);
        return false;
    }
    m_settings.addRecentPresetFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::importPresetInteractive()
{
    const QString path = dialogs::openFileName(this, tr("Import Preset"), QDir::homePath(),
                                               tr("Calibration presets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importPreset(path);
}

void MainWindow::exportPresetInteractive()
{
    QString path = dialogs::saveFileName(this, tr("Export Preset"), QDir::homePath() + QStringLiteral("/preset.json"),
                                         tr("Calibration presets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportPreset(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentPresetFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] {
            // A file that is gone leaves the list (the warning names it).
            if (!importPreset(file) && !QFileInfo::exists(file)) {
                m_settings.removeRecentPresetFile(file);
                updateRecentMenu();
            }
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            m_settings.clearRecentPresetFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::revertToInForce()
{
    const auto &inForce = calibrationInForce();
    if (inForce && inForce->calibration != editor()->calibration())
        m_editor->replaceCalibration(inForce->calibration, tr("Revert to version %1").arg(inForce->version));
}

void MainWindow::validateNow()
{
    if (!editorReady())
        return;
    const QList<Violation> problems = m_editor->problems();
    int errors = 0;
    for (const Violation &v : problems)
        errors += v.severity == Severity::Error ? 1 : 0;
    statusBar()->showMessage(errors == 0 ? tr("The calibration meets every engine constraint.")
                                         : tr("%n problem(s) must be fixed before applying.", nullptr, errors),
                             5000);
    if (!problems.isEmpty())
        m_editor->focusField(problems.first().path);
}

void MainWindow::reviewAndApply()
{
    if (!m_applyAction->isEnabled())
        return;
    const auto &inForce = calibrationInForce();
    m_backend->reviewAndApply(
        this, inForce ? inForce->calibration : Calibration::tenantDefault(), m_editor->calibration(),
        [this] {
            m_backend->clearDraft(m_backend->profileName());
            m_backend->loadCalibrationInForce();
        },
        [this](const QList<Violation> &errors) {
            if (m_editor)
                m_editor->setServerErrors(errors);
        });
}

void MainWindow::showAbout()
{
    dialogs::information(this, tr("About Calibration Workbench"),
                         tr("Calibration Workbench %1\n\nTune the sentiment-alert thresholds of an Agent Assist "
                            "tenant with live validation, idempotent applies, alert precision and what-if "
                            "analysis.\n\nLicensed under the GNU General Public License, version 3 or later.")
                             .arg(QApplication::applicationVersion()));
}

void MainWindow::showShortcuts()
{
    const QList<QAction *> actions {m_importAction,   m_exportAction,      m_undoAction,  m_redoAction, m_revertAction,
                                    m_validateAction, m_loadCurrentAction, m_applyAction, m_quitAction};
    QStringList lines;
    for (QAction *action : actions) {
        if (!action->shortcut().isEmpty())
            lines.append(action->shortcut().toString(QKeySequence::NativeText) % QStringLiteral("\t")
                         % action->text().remove(QLatin1Char('&')));
    }
    lines.append(tr("Ins / Del / Ctrl+D\tAdd, remove, duplicate a trigger (in the trigger table)"));
    dialogs::information(this, tr("Keyboard Shortcuts"), lines.join(QLatin1Char('\n')));
}

void MainWindow::showApiContract()
{
    // Non-modal and only one at a time: a second request brings the open one forward.
    auto *dialog = findChild<ApiContractDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ApiContractDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_draftTimer->stop();
    saveDraft();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    (void)m_settings.sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        importPreset(urls.first().toLocalFile());
    }
}

} // namespace calib
