#include "api/apierror.h"

namespace calib {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidInput: return QStringLiteral("invalid_input");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::Permission: return QStringLiteral("permission");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::NotSupported: return QStringLiteral("not_supported");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::IdempotencyReuse: return QStringLiteral("idempotency_reuse");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Busy: return QStringLiteral("busy");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    for (const Violation &violation : fieldErrors)
        text += QStringLiteral("; ") + violation.path + QStringLiteral(": ") + violation.message;
    if (retryAfterSeconds)
        text += QStringLiteral("; retry after %1 s").arg(*retryAfterSeconds);
    return text;
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::notSupported(int httpStatus)
{
    return make(Kind::NotSupported, QStringLiteral("not supported by this tenant"), httpStatus);
}

} // namespace calib
