#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/tenantclient.h"
#include "services/applyworkflow.h"
#include "services/inprocesssandbox.h"
#include "store/connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace calib {

class AppSettings;
class AppliedHistory;
class Clock;
class DraftStore;
class LocalDatabase;
class Outbox;
class ProfileStore;
class ReviewStore;
class SecretStore;
struct ConnectionConfig;

// Everything one running workbench (or calibctl) works with: settings and profiles, the
// local database and its tables, the network manager, the tenant client of the connected
// profile, the in-process sandbox when the Sandbox profile is used, and the apply
// workflow. The window and the CLI compose this and show or print what it reports.
class WorkbenchSession final : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString settingsFile; // empty: AppSettings default
        QString databaseFile; // empty: LocalDatabase default
    };

    explicit WorkbenchSession(Paths paths = {}, Clock *clock = nullptr, QObject *parent = nullptr);
    ~WorkbenchSession() override;

    // Opens the local database; a failure is reported in plain words and the session keeps
    // working without outbox/drafts only for read-only use (applies are refused).
    bool openDatabase(QString *error = nullptr);
    [[nodiscard]] bool isDatabaseOpen() const;

    // Connects to the built-in sandbox (started in-process on first use).
    bool connectSandbox(QString *error = nullptr);
    // Connects to a saved profile with its secret (already resolved by the caller).
    bool connectProfile(const ConnectionProfile &profile, const QString &secret, QString *error = nullptr);
    // Connects with an explicit configuration (calibctl --base-url); `profileName` keys
    // the outbox and drafts.
    bool connectConfig(const ConnectionConfig &config, const QString &profileName, QString *error = nullptr);
    void disconnectFromTenant();

    // Connects to a saved profile, reading its secret from the keychain first. Answers once
    // through `done` with false and a plain-words reason (no secret stored, keyring locked,
    // no keychain, ...) when it cannot connect.
    using Done = std::function<void(bool ok, const QString &message)>;
    void connectStoredProfile(const QString &name, QObject *context, Done done);

    // A connection test for a profile being edited: requests a token with a temporary
    // client and reports the granted and missing scopes. Nothing is stored.
    struct TestResult
    {
        bool ok = false;
        QString message;
        QStringList grantedScopes;
        QStringList missingScopes;
        // The message and, on success, the granted and missing scopes in plain words.
        [[nodiscard]] QString report() const;
    };
    void testProfile(const ConnectionProfile &profile, const QString &secret, QObject *context,
                     std::function<void(const TestResult &)> done);

    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    [[nodiscard]] bool isSandbox() const { return m_profile.isSandbox; }
    [[nodiscard]] QString tenantLabel() const; // host of the base URL, or "Sandbox"

    // Asks for the calibration in force; calibrationInForceLoaded / loadFailed follow.
    void loadCalibrationInForce();
    [[nodiscard]] const std::optional<CalibrationInForce> &calibrationInForce() const { return m_inForce; }
    // Requests a fresh token for the current connection (a connection test) and reports the
    // granted and missing scopes; tokenStateChanged follows too.
    void testConnection(QObject *context, std::function<void(const TestResult &)> done);

    [[nodiscard]] Clock *clock() const { return m_clock; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] TenantClient *client() const { return m_client; }
    [[nodiscard]] ApplyWorkflow *applyWorkflow() const { return m_workflow; }
    [[nodiscard]] InProcessSandbox *sandbox() const { return m_sandbox; }
    [[nodiscard]] AppSettings &settings() const { return *m_settings; }
    [[nodiscard]] ProfileStore &profiles() const { return *m_profiles; }
    [[nodiscard]] LocalDatabase &database() const { return *m_database; }
    [[nodiscard]] Outbox &outbox() const { return *m_outbox; }
    [[nodiscard]] DraftStore &drafts() const { return *m_drafts; }
    [[nodiscard]] AppliedHistory &history() const { return *m_history; }
    [[nodiscard]] ReviewStore &reviews() const { return *m_reviews; }
    [[nodiscard]] SecretStore &secrets() const { return *m_secrets; }

Q_SIGNALS:
    void connectionChanged();
    void tokenStateChanged();
    void calibrationInForceLoaded(const calib::CalibrationInForce &inForce);
    void requestFailed(const QString &operation, const calib::ApiError &error);

private:
    bool connectWith(const ConnectionConfig &config, const ConnectionProfile &profile, QString *error);

    Clock *m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<LocalDatabase> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<AppliedHistory> m_history;
    std::unique_ptr<ReviewStore> m_reviews;
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    QPointer<TenantClient> m_client;
    QPointer<ApplyWorkflow> m_workflow;
    QPointer<InProcessSandbox> m_sandbox;
    ConnectionProfile m_profile;
    std::optional<CalibrationInForce> m_inForce;
};

} // namespace calib
