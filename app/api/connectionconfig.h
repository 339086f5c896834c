#pragma once

#include "api/apierror.h"

#include <QString>
#include <QUrl>

namespace calib {

// Where and as whom the tenant client connects. The secret lives in memory only; it is
// never logged, stored in settings or shown.
struct ConnectionConfig
{
    enum class AuthMethod {
        FormFields, // client_id and client_secret in the form body
        HttpBasic, // Authorization: Basic (RFC 6749 §2.3.1)
    };

    QUrl baseUrl; // e.g. https://acme.cognigy.com/api/v1 or http://127.0.0.1:8731/api/v1
    QString clientId;
    QString clientSecret;
    AuthMethod authMethod = AuthMethod::FormFields;

    // https://{tenant}.cognigy.com/api/v1; invalid QUrl when the tenant name is not a
    // valid DNS label (letters, digits, '-').
    [[nodiscard]] static QUrl baseUrlForTenant(const QString &tenant);

    // True for 127.0.0.0/8, ::1 and "localhost".
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    // Checks the base URL (https, or http to a loopback host only; a host; no query,
    // fragment or user info) and that a client id is set. Kind::InvalidInput on failure.
    [[nodiscard]] ApiError validate() const;
};

} // namespace calib
