#pragma once

#include "api/connectionconfig.h"
#include "services/exitcodes.h"
#include "store/connectionprofile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

namespace calib {

class ProfileStore;
class SecretStore;
class WorkbenchSession;

// What the user asked to connect to (calibctl's connection options).
struct ConnectionRequest
{
    QString profile; // --profile NAME
    QString baseUrl; // --base-url URL
    QString tenant; // --tenant T (or COGNIGY_TENANT)
    QString clientId; // --client-id ID (or COGNIGY_CLIENT_ID)
    QString authMethod; // --auth-method form|basic; empty = form
    bool sandbox = false; // --sandbox
};

// Where to connect, with the secret, ready for WorkbenchSession.
struct ResolvedConnection
{
    enum class Mode { Sandbox, Profile, Explicit };

    Mode mode = Mode::Sandbox;
    ConnectionProfile profile; // Mode::Profile
    ConnectionConfig config; // Mode::Profile and Mode::Explicit (holds the secret)
    QString outboxProfile; // the name that keys outbox rows of this connection
    QString secretSource; // plain words: "the keychain", "COGNIGY_CLIENT_SECRET"

    // Connects the session; false with a plain-words message on failure.
    bool connect(WorkbenchSession &session, QString *error) const;
};

struct ResolveOutcome
{
    ExitCode code = ExitCode::Ok; // Usage, Invalid or Auth on failure
    QString error; // plain words; never contains a secret
    ResolvedConnection connection;
    [[nodiscard]] bool ok() const { return code == ExitCode::Ok; }
};

// Turns connection options into a connection: a saved profile with its secret from the
// keychain (asynchronously, through SecretStore), explicit --base-url/--tenant with
// --client-id and the secret from COGNIGY_CLIENT_SECRET (COGNIGY_TENANT and
// COGNIGY_CLIENT_ID fill in what the options leave out), or the built-in sandbox.
class CredentialResolver final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *SecretVariable = "COGNIGY_CLIENT_SECRET";
    static constexpr const char *TenantVariable = "COGNIGY_TENANT";
    static constexpr const char *ClientIdVariable = "COGNIGY_CLIENT_ID";

    using Callback = std::function<void(const ResolveOutcome &)>;

    CredentialResolver(const ProfileStore &profiles, SecretStore *secrets,
                       QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                       QObject *parent = nullptr);

    // Answers exactly once through `done` (possibly before returning, when nothing has to
    // be read from the keychain), as long as `context` lives.
    void resolve(const ConnectionRequest &request, QObject *context, Callback done);

    // The outbox profile name of an explicit connection: "<base url>#<client id>".
    [[nodiscard]] static QString explicitProfileName(const ConnectionConfig &config);

private:
    void resolveExplicit(const ConnectionRequest &request, const Callback &done) const;
    void resolveProfile(const ConnectionRequest &request, QObject *context, const Callback &done);

    const ProfileStore &m_profiles;
    QPointer<SecretStore> m_secrets;
    QProcessEnvironment m_environment;
};

} // namespace calib
