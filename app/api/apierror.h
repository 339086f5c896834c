#pragma once

#include "core/validation.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace calib {

// One error model for every caller of the tenant API; the UI and the CLI map it to
// messages and exit codes.
struct ApiError
{
    enum class Kind {
        None,
        InvalidInput, // 400 validation / bad request (details name fields)
        Authentication, // 401, token endpoint refused the client
        Permission, // 403 (missing scope)
        NotFound, // 404 on a resource
        NotSupported, // 404/405 on an extension endpoint
        Conflict, // 409 in flight
        IdempotencyReuse, // 422
        RateLimited, // 429 after retries
        Busy, // 503 after retries
        Network, // connection refused/reset, DNS, TLS
        Timeout, // inactivity timeout or overall deadline
        Protocol, // malformed or oversized response, unexpected status
        Server, // 5xx
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QList<Violation> fieldErrors; // from `details[]`
    std::optional<int> retryAfterSeconds;
    QString jobId; // 503 engine busy
    QString missingScope; // 403

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    [[nodiscard]] static QString kindName(Kind kind);

    // "permission (HTTP 403): missing scope sentiment:calibrate" — for logs and the CLI;
    // never contains a secret or token.
    [[nodiscard]] QString toString() const;

    [[nodiscard]] static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
    // The message every extension endpoint answered 404/405 reports.
    [[nodiscard]] static ApiError notSupported(int httpStatus);
};

} // namespace calib

Q_DECLARE_METATYPE(calib::ApiError)
