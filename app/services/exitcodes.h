#pragma once

#include "api/apierror.h"

namespace calib {

// Process exit codes of calibctl (and any other automation front end). The mapping from
// the client's error model lives here so front ends only print.
enum class ExitCode : int {
    Ok = 0,
    Invalid = 1, // invalid input, or rejected by validation (locally or by the tenant)
    Usage = 2, // wrong command line
    Auth = 3, // authentication or permission (including a missing secret)
    Busy = 4, // still rate limited or busy after the retries
    Failure = 5, // network, protocol or server error
};

[[nodiscard]] constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The exit code for an API error kind (Kind::None -> Ok).
[[nodiscard]] ExitCode exitCodeFor(ApiError::Kind kind);
[[nodiscard]] inline ExitCode exitCodeFor(const ApiError &error)
{
    return exitCodeFor(error.kind);
}

} // namespace calib
