#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace calib {

template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error; // "items[3].id: expected a string" when value is empty

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// What the client needs from an HTTP error response to map it to an ApiError.
struct HttpErrorResponse
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; // raw Retry-After header
    QByteArray wwwAuthenticate; // raw WWW-Authenticate header
    bool extension = false; // the endpoint is an x-extension: 404/405 = not supported
    bool tokenEndpoint = false;
    QStringList missingScopes; // required by the call but not granted (for 403)
};

// Strict parsers of every response body of the contract. Bodies are parsed with
// calib::parseStrictJson (duplicate keys, NaN, trailing garbage are errors); required
// fields must be present with the right JSON type; ids and cursors must be strings;
// integers must be integral and exact (|x| <= 2^53); timestamps must be RFC 3339.
// Fields the contract does not list are ignored (servers may add fields).
// Never throws, never crashes on any input (fuzzed by tests/fuzz/fuzz_responses.cpp).
class ResponseParser
{
public:
    [[nodiscard]] static Parsed<TokenInfo> tokenResponse(const QByteArray &body, QString *accessToken);
    [[nodiscard]] static Parsed<AppliedCalibration> appliedCalibration(const QByteArray &body);
    [[nodiscard]] static Parsed<CalibrationInForce> calibrationInForce(const QByteArray &body);
    [[nodiscard]] static Parsed<Job> job(const QByteArray &body);
    [[nodiscard]] static Parsed<Webhook> webhook(const QByteArray &body);
    [[nodiscard]] static Parsed<QList<Webhook>> webhookList(const QByteArray &body);
    [[nodiscard]] static Parsed<CursorPage> auditPage(const QByteArray &body);
    [[nodiscard]] static Parsed<CursorPage> alertPage(const QByteArray &body);

    // A quick look at a list page's top-level "next_cursor" before the full (strict)
    // parse: the cursor, an empty optional for null, or nothing when it cannot tell (not
    // found, escapes in it, unusual layout). The strict parse stays the authority.
    [[nodiscard]] static std::optional<std::optional<QString>> peekNextCursor(QByteArrayView body);

    // Maps an HTTP error status + body + headers to the one error model:
    // 400 details[] -> fieldErrors, 401 -> Authentication, 403 -> Permission (missingScope),
    // 404 on an extension and any 405 -> NotSupported, 409 -> Conflict, 422 -> IdempotencyReuse,
    // 429 -> RateLimited (retryAfterSeconds), 503 -> Busy (jobId, retryAfterSeconds),
    // other 5xx -> Server, anything else -> Protocol. The message is the server's `error`
    // (plus `error_description` for OAuth errors), bounded in length.
    [[nodiscard]] static ApiError errorFromResponse(const HttpErrorResponse &response, const QDateTime &now);

    // True when a 401 means the bearer token is invalid or expired (refresh and retry).
    [[nodiscard]] static bool isInvalidToken(const HttpErrorResponse &response);
};

} // namespace calib
