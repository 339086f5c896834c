#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace calib {

// How the OAuth client authenticates at the token endpoint.
enum class ClientAuthMethod {
    FormFields, // client_id / client_secret in the form body
    HttpBasic, // Authorization: Basic
};

// A named connection to a tenant (or the built-in sandbox). Holds no secret: the client
// secret lives in the keychain (SecretStore) under the profile name.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;
    QUrl baseUrl; // explicit API base URL; when empty, derived from `tenant`
    QString tenant; // "acme" -> https://acme.cognigy.com/api/v1
    QString clientId;
    ClientAuthMethod authMethod = ClientAuthMethod::FormFields;
    bool isSandbox = false; // the built-in profile that talks to the in-process sandbox

    // baseUrl if set, otherwise the tenant URL; empty for the sandbox (its URL is known
    // only once the sandbox is started) and when neither is given.
    [[nodiscard]] QUrl effectiveBaseUrl() const;
    [[nodiscard]] static QUrl tenantBaseUrl(const QString &tenant);

    // Plain-words problems that prevent saving the profile; empty when it is usable.
    // (Transport rules such as "http only to loopback" are checked by the API client.)
    [[nodiscard]] QStringList problems() const;

    [[nodiscard]] static QString authMethodName(ClientAuthMethod method); // "form" / "basic"
    [[nodiscard]] static ClientAuthMethod authMethodFromName(const QString &name); // unknown -> FormFields

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace calib
