#include "services/exitcodes.h"

namespace calib {

ExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None: return ExitCode::Ok;
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::IdempotencyReuse:
    case ApiError::Kind::NotFound: return ExitCode::Invalid;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission: return ExitCode::Auth;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Busy: return ExitCode::Busy;
    case ApiError::Kind::NotSupported:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled: return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace calib
