#pragma once

#include "windowbackend.h"

#include <memory>

namespace calib {

// The main window's backend over a WorkbenchSession (windowbackend.h): the backend module
// builds one over a session of its own; tests build one over theirs through
// MainWindow(WorkbenchSession *).
class SessionBackend final : public WindowBackend
{
    Q_OBJECT
public:
    // Works on `session`, which outlives it.
    explicit SessionBackend(WorkbenchSession *session, QObject *parent = nullptr);
    // Owns `session`.
    SessionBackend(std::unique_ptr<WorkbenchSession> session, QObject *parent = nullptr);
    ~SessionBackend() override;

    [[nodiscard]] WorkbenchSession *session() const override { return m_session; }

    bool openDatabase(QString *error) override;
    [[nodiscard]] bool isDatabaseOpen() const override;

    bool connectSandbox(QString *error) override;
    void connectStoredProfile(const QString &name, QObject *context, Done done) override;
    void disconnectFromTenant() override;
    void testConnection(QObject *context, Done done) override;
    [[nodiscard]] bool isConnected() const override;
    [[nodiscard]] bool isSandbox() const override;
    [[nodiscard]] QString profileName() const override;
    [[nodiscard]] QString tenantLabel() const override;
    [[nodiscard]] TokenState tokenState() const override;
    [[nodiscard]] QDateTime now() const override;

    void loadCalibrationInForce() override;
    [[nodiscard]] const std::optional<CalibrationInForce> &calibrationInForce() const override;

    [[nodiscard]] std::optional<Draft> loadDraft(const QString &profile) const override;
    QString saveDraft(const QString &profile, const QJsonObject &payload) override;
    void clearDraft(const QString &profile) override;

    [[nodiscard]] int pendingApplyCount() const override;
    QObject *resumePendingApplies(QObject *parent, ResumeCallbacks callbacks) override;

    QWidget *createAuditPanel(QWidget *parent) override;
    QWidget *createWebhooksPanel(QWidget *parent) override;
    void showProfiles(QWidget *parent, std::function<void(const QString &name)> connectRequested) override;
    void reviewAndApply(QWidget *parent, const Calibration &inForce, const Calibration &proposed,
                        std::function<void()> applied,
                        std::function<void(const QList<Violation> &errors)> fieldsRejected) override;

private:
    void forwardSignals();

    std::unique_ptr<WorkbenchSession> m_owned;
    WorkbenchSession *m_session;
};

// The backend compiled into this binary (the module, and the tests).
[[nodiscard]] const BackendModule &linkedBackendModule();

} // namespace calib
