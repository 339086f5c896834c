#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/calibration.h"
#include "core/validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace calib {

class WorkbenchSession;

// What the main window needs from the session: the connection, the calibration in force,
// drafts and pending applies, and the panels and dialogs that work on them. The window's
// executable knows only this class; the implementation (sessionbackend.h) lives with the
// network, storage and keychain code in a module the workbench loads right after its first
// frame, so a cold start does not load Qt Network, Qt SQL, QtKeychain or Qt HTTP Server
// (docs/benchmarks.md, "Window cold start"). Tests link the implementation directly.
class WindowBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WindowBackend() override;

    // The session behind this backend, for the chart panels module (chartpanels.h).
    [[nodiscard]] virtual WorkbenchSession *session() const = 0;

    // Local database: applies and drafts need it.
    virtual bool openDatabase(QString *error) = 0;
    [[nodiscard]] virtual bool isDatabaseOpen() const = 0;

    // Connection
    using Done = std::function<void(bool ok, const QString &message)>;
    virtual bool connectSandbox(QString *error) = 0;
    virtual void connectStoredProfile(const QString &name, QObject *context, Done done) = 0;
    virtual void disconnectFromTenant() = 0;
    // Requests a fresh token and reports the granted and missing scopes in plain words.
    virtual void testConnection(QObject *context, Done done) = 0;
    [[nodiscard]] virtual bool isConnected() const = 0;
    [[nodiscard]] virtual bool isSandbox() const = 0;
    [[nodiscard]] virtual QString profileName() const = 0;
    [[nodiscard]] virtual QString tenantLabel() const = 0;

    // What the status bar shows of the connection.
    struct TokenState
    {
        bool hasClient = false;
        bool valid = false;
        QDateTime expiresAt;
        QStringList granted;
        QStringList missing;
        QUrl baseUrl;
        QString clientId;
    };
    [[nodiscard]] virtual TokenState tokenState() const = 0;
    [[nodiscard]] virtual QDateTime now() const = 0;

    // The calibration in force; calibrationInForceLoaded or requestFailed follow a load.
    virtual void loadCalibrationInForce() = 0;
    [[nodiscard]] virtual const std::optional<CalibrationInForce> &calibrationInForce() const = 0;

    // Drafts, per profile; an empty error means it was saved.
    struct Draft
    {
        QJsonObject payload;
        QDateTime savedAt;
    };
    [[nodiscard]] virtual std::optional<Draft> loadDraft(const QString &profile) const = 0;
    virtual QString saveDraft(const QString &profile, const QJsonObject &payload) = 0;
    virtual void clearDraft(const QString &profile) = 0;

    // Applies of the connected tenant that never got a final answer.
    [[nodiscard]] virtual int pendingApplyCount() const = 0;
    struct ResumeSummary
    {
        int total = 0;
        int succeeded = 0;
        int failed = 0;
        int stillPending = 0;
    };
    struct ResumeCallbacks
    {
        std::function<void(const QDateTime &createdAt)> rowStarted;
        std::function<void(int secondsRemaining, const QString &reason)> retryCountdown;
        std::function<void(const ResumeSummary &summary)> finished;
    };
    // Resends them one by one, oldest first; the returned object (a child of `parent`) runs
    // it and reports through `callbacks` until finished.
    virtual QObject *resumePendingApplies(QObject *parent, ResumeCallbacks callbacks) = 0;

    // Panels and dialogs that work on the session.
    virtual QWidget *createAuditPanel(QWidget *parent) = 0;
    virtual QWidget *createWebhooksPanel(QWidget *parent) = 0;
    // The connection profiles dialog (modeless, deleted on close).
    virtual void showProfiles(QWidget *parent, std::function<void(const QString &name)> connectRequested) = 0;
    // The review-and-apply dialog (window-modal, deleted on close).
    virtual void reviewAndApply(QWidget *parent, const Calibration &inForce, const Calibration &proposed,
                                std::function<void()> applied,
                                std::function<void(const QList<Violation> &errors)> fieldsRejected)
        = 0;

Q_SIGNALS:
    void connectionChanged();
    void tokenStateChanged();
    void calibrationInForceLoaded(const calib::CalibrationInForce &inForce);
    void requestFailed(const QString &operation, const calib::ApiError &error);
};

// The backend module's entry point (calibBackend), as main() loads it.
struct BackendModule
{
    // A backend over a new session with the default settings and database paths.
    WindowBackend *(*create)(QObject *parent) = nullptr;
    // WindowBackend's meta-object as the module sees it: the executable's own, when the
    // module binds to the executable's symbols as it must (one copy of every class).
    const QMetaObject *windowBackendMetaObject = nullptr;
    // WorkbenchSession's meta-object as the module sees it: the chart panels module must
    // see the same one (it binds to this module's session code).
    const QMetaObject *sessionMetaObject = nullptr;
};

} // namespace calib
