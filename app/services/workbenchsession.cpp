#include "services/workbenchsession.h"

#include "api/apicall.h"
#include "api/connectionconfig.h"
#include "api/tenantclient.h"
#include "core/clock.h"
#include "services/applyworkflow.h"
#include "services/inprocesssandbox.h"
#include "store/appliedhistory.h"
#include "store/appsettings.h"
#include "store/draftstore.h"
#include "store/localdatabase.h"
#include "store/outbox.h"
#include "store/profilestore.h"
#include "store/reviewstore.h"
#include "store/secretstore.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace calib {

WorkbenchSession::WorkbenchSession(Paths paths, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_settings(paths.settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                              : std::make_unique<AppSettings>(paths.settingsFile))
    , m_profiles(std::make_unique<ProfileStore>(*m_settings))
    , m_database(std::make_unique<LocalDatabase>(paths.databaseFile.isEmpty() ? LocalDatabase::defaultFilePath()
                                                                              : paths.databaseFile))
    , m_outbox(std::make_unique<Outbox>(*m_database, m_clock))
    , m_drafts(std::make_unique<DraftStore>(*m_database, m_clock))
    , m_history(std::make_unique<AppliedHistory>(*m_database))
    , m_reviews(std::make_unique<ReviewStore>(*m_database))
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(this))
{
    qRegisterMetaType<CalibrationInForce>();
    qRegisterMetaType<ApiError>();
}

WorkbenchSession::~WorkbenchSession()
{
    disconnectFromTenant();
}

bool WorkbenchSession::openDatabase(QString *error)
{
    if (m_database->isOpen())
        return true;
    const StoreStatus status = m_database->open();
    if (!status && error)
        *error = status.error();
    return status.ok();
}

bool WorkbenchSession::isDatabaseOpen() const
{
    return m_database->isOpen();
}

bool WorkbenchSession::connectSandbox(QString *error)
{
    if (!m_sandbox)
        m_sandbox = new InProcessSandbox(InProcessSandbox::demoOptions(), this);
    if (!m_sandbox->start(error))
        return false;
    return connectWith(m_sandbox->connectionConfig(), ProfileStore::sandboxProfile(), error);
}

bool WorkbenchSession::connectProfile(const ConnectionProfile &profile, const QString &secret, QString *error)
{
    if (profile.isSandbox)
        return connectSandbox(error);
    ConnectionConfig config;
    config.baseUrl = profile.effectiveBaseUrl();
    config.clientId = profile.clientId;
    config.clientSecret = secret;
    config.authMethod = profile.authMethod == ClientAuthMethod::HttpBasic ? ConnectionConfig::AuthMethod::HttpBasic
                                                                          : ConnectionConfig::AuthMethod::FormFields;
    return connectWith(config, profile, error);
}

bool WorkbenchSession::connectConfig(const ConnectionConfig &config, const QString &profileName, QString *error)
{
    ConnectionProfile profile;
    profile.name = profileName;
    profile.baseUrl = config.baseUrl;
    profile.clientId = config.clientId;
    profile.authMethod = config.authMethod == ConnectionConfig::AuthMethod::HttpBasic ? ClientAuthMethod::HttpBasic
                                                                                      : ClientAuthMethod::FormFields;
    return connectWith(config, profile, error);
}

bool WorkbenchSession::connectWith(const ConnectionConfig &config, const ConnectionProfile &profile, QString *error)
{
    if (const ApiError problem = config.validate(); problem.isError()) {
        if (error)
            *error = problem.message;
        return false;
    }
    disconnectFromTenant();
    m_profile = profile;
    m_client = new TenantClient(m_network, m_clock, config, {}, this);
    connect(m_client, &TenantClient::tokenStateChanged, this, &WorkbenchSession::tokenStateChanged);
    m_workflow = new ApplyWorkflow(m_client, m_outbox.get(), m_history.get(), m_profile.name, this);
    // The next start connects here again (a saved profile or the sandbox).
    m_profiles->setLastUsed(m_profile.name);
    Q_EMIT connectionChanged();
    return true;
}

void WorkbenchSession::connectStoredProfile(const QString &name, QObject *context, Done done)
{
    const auto profile = m_profiles->get(name);
    if (!profile) {
        done(false, tr("There is no connection profile named \"%1\".").arg(name));
        return;
    }
    if (profile->isSandbox) {
        QString error;
        const bool ok = connectSandbox(&error);
        done(ok, error);
        return;
    }
    m_secrets->read(name, context, [this, profile = *profile, done](const SecretStore::Result &result) {
        if (result.state != SecretStore::State::Found) {
            done(false, result.message());
            return;
        }
        QString error;
        const bool ok = connectProfile(profile, result.secret, &error);
        done(ok, error);
    });
}

void WorkbenchSession::testProfile(const ConnectionProfile &profile, const QString &secret, QObject *context,
                                   std::function<void(const TestResult &)> done)
{
    ConnectionConfig config;
    if (profile.isSandbox) {
        if (!m_sandbox)
            m_sandbox = new InProcessSandbox(InProcessSandbox::demoOptions(), this);
        QString error;
        if (!m_sandbox->start(&error)) {
            done(TestResult {false, error, {}, {}});
            return;
        }
        config = m_sandbox->connectionConfig();
    } else {
        config.baseUrl = profile.effectiveBaseUrl();
        config.clientId = profile.clientId;
        config.clientSecret = secret;
        config.authMethod = profile.authMethod == ClientAuthMethod::HttpBasic
            ? ConnectionConfig::AuthMethod::HttpBasic
            : ConnectionConfig::AuthMethod::FormFields;
    }
    if (const ApiError problem = config.validate(); problem.isError()) {
        done(TestResult {false, problem.message, {}, {}});
        return;
    }
    auto *client = new TenantClient(m_network, m_clock, config, {}, this);
    ApiCall *call = client->issueToken();
    connect(call, &ApiCall::finished, context, [client, done](const ApiResult &result) {
        TestResult test;
        test.ok = result.ok();
        test.grantedScopes = client->grantedScopes();
        test.missingScopes = client->missingScopes();
        test.message = result.ok() ? tr("Connected: a token was issued.") : result.error.message;
        client->deleteLater();
        done(test);
    });
}

void WorkbenchSession::disconnectFromTenant()
{
    const bool wasConnected = m_client != nullptr;
    delete m_workflow;
    delete m_client;
    m_inForce.reset();
    m_profile = {};
    if (wasConnected)
        Q_EMIT connectionChanged();
}

bool WorkbenchSession::isConnected() const
{
    return m_client != nullptr;
}

QString WorkbenchSession::tenantLabel() const
{
    if (!m_client)
        return tr("Not connected");
    if (m_profile.isSandbox)
        return tr("Sandbox");
    return m_client->config().baseUrl.host();
}

void WorkbenchSession::loadCalibrationInForce()
{
    if (!m_client)
        return;
    ApiCall *call = m_client->getCalibration();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT requestFailed(QStringLiteral("getCalibration"), result.error);
            return;
        }
        m_inForce = result.as<CalibrationInForce>();
        Q_EMIT calibrationInForceLoaded(*m_inForce);
    });
}

void WorkbenchSession::testConnection(QObject *context, std::function<void(const TestResult &)> done)
{
    if (!m_client) {
        done(TestResult {false, tr("Not connected to a tenant."), {}, {}});
        return;
    }
    QPointer<TenantClient> client = m_client;
    ApiCall *call = m_client->issueToken();
    connect(call, &ApiCall::finished, context, [client, done](const ApiResult &result) {
        TestResult test;
        test.ok = result.ok();
        if (client) {
            test.grantedScopes = client->grantedScopes();
            test.missingScopes = client->missingScopes();
        }
        test.message = result.ok() ? tr("Connected: a token was issued.") : result.error.message;
        done(test);
    });
}

QString WorkbenchSession::TestResult::report() const
{
    QString text = message;
    if (ok) {
        text += QLatin1Char('\n') % tr("Granted scopes: %1").arg(grantedScopes.join(QStringLiteral(", ")));
        if (!missingScopes.isEmpty())
            text += QLatin1Char('\n')
                % tr("Missing scopes: %1. Features that need them will be refused by the tenant.")
                      .arg(missingScopes.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace calib
