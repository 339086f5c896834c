#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/emotion.h"
#include "core/preset.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace calib {

class AppSettings;
class CalibrationEditor;
struct ChartPanels;
class WindowBackend;
class WorkbenchSession;

// The workbench window: the calibration editor at the centre, menus for presets,
// editing, connections and applying, and a status bar that always says which tenant is
// connected, the token state and the granted scopes.
//
// The window is built and painted before its backend (the session's network, storage and
// keychain) is loaded: until setBackend() it says what it is waiting for, and what needs
// the backend is disabled.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    // Over a session linked into the same binary (tests): builds its backend at once.
    // Defined beside the backend (mainwindowforsession.cpp), outside the executable.
    explicit MainWindow(WorkbenchSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Attaches the backend (once; it outlives the window or is its child), builds the
    // panel whose tab is open and shows the connection state.
    void setBackend(WindowBackend *backend);
    [[nodiscard]] WindowBackend *backend() const { return m_backend; }
    // The backend could not be loaded: the window says why, and presets can still be
    // edited, imported and exported.
    void setBackendError(const QString &error);

    // The editor is built when there is a calibration to show (the calibration in force
    // arrives, a preset or draft is loaded); until then the calibration tab says what the
    // window is waiting for. editor() builds it if needed.
    CalibrationEditor *editor();
    [[nodiscard]] bool hasEditor() const { return m_editor != nullptr; }
    // Tells the window that a connection to `tenant` is being made (empty: none is).
    void setConnectingTo(const QString &tenant);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    // The panels are created the first time their tab is shown.
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // nullptr until there is a backend.
    QWidget *auditPanel();
    // The chart panels (nullptr when they cannot be loaded); see chartpanels.h.
    QWidget *reviewPanel();
    QWidget *whatIfPanel();
    // Where the chart panels come from; set once before any window is built.
    static void setChartPanels(const ChartPanels *panels);
    QWidget *webhooksPanel();
    // Writes a threshold recommended by the what-if panel into the editor as one undoable
    // edit: the lowest trigger of that emotion, or a new notify trigger when there is none.
    void useRecommendedThreshold(Emotion emotion, double threshold);
    // Loads the alerts labelled in the review tab into the what-if tab.
    void analyseReviewedAlerts();
    // Opens the connection profiles dialog.
    void showProfiles();
    // Connects to a saved profile (secret from the keychain); failures go to the status bar.
    void connectToProfile(const QString &name);

    // Loads a preset file into the editor as one undoable edit; errors name the path.
    bool importPreset(const QString &path);
    bool exportPreset(const QString &path);
    // Offers pending outbox applies and an autosaved draft (called once connected).
    void offerRecovery();
    // Saves the draft now (normally debounced after each edit).
    void saveDraft();

Q_SIGNALS:
    // The calibration in force was loaded and shown (first data on screen).
    void firstDataShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QWidget *createEditorStatusPage();
    void updateEditorStatusPage();
    [[nodiscard]] bool editorReady() const;
    [[nodiscard]] bool isConnected() const; // to a tenant, through the backend
    [[nodiscard]] const std::optional<CalibrationInForce> &calibrationInForce() const;
    void resumePendingApplies(); // one by one, oldest first
    // Shows the editor with this tenant's calibration in force (not an undoable edit).
    void showEditorFor(const Calibration &inForce);
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void onConnectionChanged();
    void onCalibrationInForceLoaded(const CalibrationInForce &inForce);
    void onRequestFailed(const QString &operation, const ApiError &error);
    void importPresetInteractive();
    void exportPresetInteractive();
    void revertToInForce();
    void reviewAndApply();
    void validateNow();
    void showAbout();
    void showShortcuts();
    void showApiContract();
    void ensurePanel(int index);

    AppSettings &m_settings;
    WindowBackend *m_backend = nullptr;
    QString m_backendError;
    QTabWidget *m_tabs;
    QStackedWidget *m_editorStack;
    CalibrationEditor *m_editor = nullptr;
    QWidget *m_editorStatusPage = nullptr;
    QLabel *m_editorStatusLabel = nullptr;
    QPushButton *m_statusSandboxButton = nullptr;
    QPushButton *m_statusProfilesButton = nullptr;
    QPushButton *m_statusImportButton = nullptr;
    QPushButton *m_statusRetryButton = nullptr;
    QString m_connectingTo;
    QString m_loadError; // why the calibration in force could not be loaded
    QWidget *m_auditPanel = nullptr;
    QWidget *m_reviewPanel = nullptr;
    QUndoStack *m_reviewUndoStack = nullptr;
    QWidget *m_whatIfPanel = nullptr;
    QWidget *m_webhooksPanel = nullptr;
    QUndoStack *m_undoStack;
    QUndoGroup *m_undoGroup;
    QTimer *m_draftTimer;
    bool m_firstDataShown = false;
    QString m_editorProfile; // the profile whose calibration the editor holds
    Calibration m_editorInForce; // that profile's calibration in force
    QPointer<QObject> m_resumer;
    bool m_replaceOnLoad = false; // the user asked to load the calibration in force

    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_connectSandboxAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_testConnectionAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_loadCurrentAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_analyseReviewsAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_tenantBadge = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
};

} // namespace calib
