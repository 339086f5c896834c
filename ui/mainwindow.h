#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/preset.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTimer;
class QUndoStack;

namespace calib {

class CalibrationEditor;
class WorkbenchSession;

// The workbench window: the calibration editor at the centre, menus for presets,
// editing, connections and applying, and a status bar that always says which tenant is
// connected, the token state and the granted scopes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(WorkbenchSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CalibrationEditor *editor() const { return m_editor; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

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

    WorkbenchSession *m_session;
    CalibrationEditor *m_editor;
    QUndoStack *m_undoStack;
    QTimer *m_draftTimer;
    bool m_firstDataShown = false;
    bool m_recoveryOffered = false;

    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_connectSandboxAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_testConnectionAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_loadCurrentAction = nullptr;
    QAction *m_applyAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_tenantBadge = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
};

} // namespace calib
