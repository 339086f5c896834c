#include "services/credentialresolver.h"

#include "services/workbenchsession.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

namespace calib {

namespace {

ResolveOutcome failure(ExitCode code, const QString &message)
{
    ResolveOutcome outcome;
    outcome.code = code;
    outcome.error = message;
    return outcome;
}

} // namespace

bool ResolvedConnection::connect(WorkbenchSession &session, QString *error) const
{
    switch (mode) {
    case Mode::Sandbox: return session.connectSandbox(error);
    case Mode::Profile: return session.connectProfile(profile, config.clientSecret, error);
    case Mode::Explicit: return session.connectConfig(config, outboxProfile, error);
    }
    return false;
}

CredentialResolver::CredentialResolver(const ProfileStore &profiles, SecretStore *secrets,
                                       QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_environment(std::move(environment))
{ }

QString CredentialResolver::explicitProfileName(const ConnectionConfig &config)
{
    return config.baseUrl.toString(QUrl::StripTrailingSlash) + QLatin1Char('#') + config.clientId;
}

void CredentialResolver::resolve(const ConnectionRequest &request, QObject *context, Callback done)
{
    const bool explicitGiven = !request.baseUrl.isEmpty() || !request.tenant.isEmpty();
    const int ways = int(request.sandbox) + int(!request.profile.isEmpty()) + int(explicitGiven);
    if (ways > 1) {
        done(failure(ExitCode::Usage,
                     tr("Give only one of --profile, --sandbox, or --base-url/--tenant with --client-id.")));
        return;
    }
    if (!request.baseUrl.isEmpty() && !request.tenant.isEmpty()) {
        done(failure(ExitCode::Usage, tr("Give either --base-url or --tenant, not both.")));
        return;
    }
    if (request.sandbox) {
        if (!request.clientId.isEmpty() || !request.authMethod.isEmpty()) {
            done(failure(ExitCode::Usage,
                         tr("--client-id and --auth-method cannot be combined with --sandbox; "
                            "the sandbox has its own client.")));
            return;
        }
        ResolveOutcome outcome;
        outcome.connection.mode = ResolvedConnection::Mode::Sandbox;
        outcome.connection.outboxProfile = ProfileStore::sandboxName();
        outcome.connection.secretSource = tr("the built-in sandbox");
        done(outcome);
        return;
    }
    if (!request.profile.isEmpty()) {
        if (!request.clientId.isEmpty() || !request.authMethod.isEmpty()) {
            done(failure(ExitCode::Usage,
                         tr("--client-id and --auth-method cannot be combined with --profile; "
                            "the profile holds them.")));
            return;
        }
        resolveProfile(request, context, done);
        return;
    }
    resolveExplicit(request, done);
}

void CredentialResolver::resolveExplicit(const ConnectionRequest &request, const Callback &done) const
{
    ConnectionConfig config;
    QString tenant = request.tenant;
    if (request.baseUrl.isEmpty() && tenant.isEmpty())
        tenant = m_environment.value(QLatin1StringView(TenantVariable));
    if (!request.baseUrl.isEmpty()) {
        config.baseUrl = QUrl(request.baseUrl, QUrl::StrictMode);
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
            done(failure(ExitCode::Usage,
                         tr("The base URL \"%1\" is not a complete address such as https://acme.cognigy.com/api/v1.")
                             .arg(request.baseUrl)));
            return;
        }
    } else if (!tenant.isEmpty()) {
        config.baseUrl = ConnectionConfig::baseUrlForTenant(tenant);
        if (!config.baseUrl.isValid() || config.baseUrl.isEmpty()) {
            done(failure(ExitCode::Usage,
                         tr("The tenant name \"%1\" may only contain letters, digits and hyphens.").arg(tenant)));
            return;
        }
    } else {
        done(failure(ExitCode::Usage,
                     tr("No connection given: use --profile NAME, --sandbox, or --base-url URL (or --tenant T) "
                        "with --client-id ID and the secret in %1.")
                         .arg(QLatin1StringView(SecretVariable))));
        return;
    }
    config.clientId
        = request.clientId.isEmpty() ? m_environment.value(QLatin1StringView(ClientIdVariable)) : request.clientId;
    if (config.clientId.isEmpty()) {
        done(failure(
            ExitCode::Usage,
            tr("A client id is needed: give --client-id ID or set %1.").arg(QLatin1StringView(ClientIdVariable))));
        return;
    }
    if (request.authMethod.isEmpty() || request.authMethod.compare(u"form", Qt::CaseInsensitive) == 0) {
        config.authMethod = ConnectionConfig::AuthMethod::FormFields;
    } else if (request.authMethod.compare(u"basic", Qt::CaseInsensitive) == 0) {
        config.authMethod = ConnectionConfig::AuthMethod::HttpBasic;
    } else {
        done(failure(ExitCode::Usage, tr("--auth-method must be \"form\" or \"basic\".")));
        return;
    }
    config.clientSecret = m_environment.value(QLatin1StringView(SecretVariable));
    if (config.clientSecret.isEmpty()) {
        done(failure(ExitCode::Auth,
                     tr("The client secret is missing: set the environment variable %1.")
                         .arg(QLatin1StringView(SecretVariable))));
        return;
    }
    if (const ApiError problem = config.validate(); problem.isError()) {
        done(failure(ExitCode::Usage, problem.message));
        return;
    }
    ResolveOutcome outcome;
    outcome.connection.mode = ResolvedConnection::Mode::Explicit;
    outcome.connection.config = config;
    outcome.connection.outboxProfile = explicitProfileName(config);
    outcome.connection.secretSource = QLatin1StringView(SecretVariable);
    done(outcome);
}

void CredentialResolver::resolveProfile(const ConnectionRequest &request, QObject *context, const Callback &done)
{
    const std::optional<ConnectionProfile> profile = m_profiles.get(request.profile);
    if (!profile) {
        done(failure(ExitCode::Usage,
                     tr("There is no profile called \"%1\" (see: calibctl profile list).").arg(request.profile)));
        return;
    }
    if (profile->isSandbox) {
        ResolveOutcome outcome;
        outcome.connection.mode = ResolvedConnection::Mode::Sandbox;
        outcome.connection.profile = *profile;
        outcome.connection.outboxProfile = profile->name;
        outcome.connection.secretSource = tr("the built-in sandbox");
        done(outcome);
        return;
    }
    ConnectionConfig config;
    config.baseUrl = profile->effectiveBaseUrl();
    config.clientId = profile->clientId;
    config.authMethod = profile->authMethod == ClientAuthMethod::HttpBasic ? ConnectionConfig::AuthMethod::HttpBasic
                                                                           : ConnectionConfig::AuthMethod::FormFields;
    const QString envSecret = m_environment.value(QLatin1StringView(SecretVariable));
    if (!m_secrets) {
        // No keychain on this machine: the environment variable is the only source left.
        if (envSecret.isEmpty()) {
            done(
                failure(ExitCode::Auth,
                        tr("The keychain is not available and %1 is not set.").arg(QLatin1StringView(SecretVariable))));
            return;
        }
        ResolveOutcome outcome;
        outcome.connection.mode = ResolvedConnection::Mode::Profile;
        outcome.connection.profile = *profile;
        outcome.connection.config = config;
        outcome.connection.config.clientSecret = envSecret;
        outcome.connection.outboxProfile = profile->name;
        outcome.connection.secretSource = QLatin1StringView(SecretVariable);
        done(outcome);
        return;
    }
    const ConnectionProfile found = *profile;
    m_secrets->read(found.name, context, [done, found, config, envSecret](const SecretStore::Result &result) {
        ResolveOutcome outcome;
        outcome.connection.mode = ResolvedConnection::Mode::Profile;
        outcome.connection.profile = found;
        outcome.connection.config = config;
        outcome.connection.outboxProfile = found.name;
        if (result.state == SecretStore::State::Found && !result.secret.isEmpty()) {
            outcome.connection.config.clientSecret = result.secret;
            outcome.connection.secretSource = tr("the keychain");
        } else if (!envSecret.isEmpty()) {
            outcome.connection.config.clientSecret = envSecret;
            outcome.connection.secretSource = QLatin1StringView(SecretVariable);
        } else {
            done(failure(ExitCode::Auth,
                         tr("No client secret for profile \"%1\": %2 Store one with: "
                            "calibctl profile set-secret %1")
                             .arg(found.name, result.message())));
            return;
        }
        done(outcome);
    });
}

} // namespace calib
