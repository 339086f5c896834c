// libFuzzer target for the tenant client's response parsers: every body parser, the HTTP
// error mapping and Retry-After / HTTP-date parsing. None may crash, hang or leak on any
// input, and the fast strict JSON reader must agree with its reference. The first byte
// selects the parser so one corpus covers all of them.
#include "api/responseparser.h"
#include "api/retryafter.h"
#include "core/wirejson.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using namespace calib;
    const auto selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    QString token;
    switch (selector % 11) {
    case 0: (void)ResponseParser::tokenResponse(body, &token); break;
    case 1: (void)ResponseParser::appliedCalibration(body); break;
    case 2: (void)ResponseParser::calibrationInForce(body); break;
    case 3: (void)ResponseParser::job(body); break;
    case 4: (void)ResponseParser::webhook(body); break;
    case 5: (void)ResponseParser::webhookList(body); break;
    case 6: (void)ResponseParser::auditPage(body); break;
    case 7: (void)ResponseParser::alertPage(body); break;
    case 8: {
        HttpErrorResponse response;
        response.status = 400 + (selector % 120);
        const qsizetype split = body.indexOf('\n');
        response.body = split < 0 ? body : body.left(split);
        response.retryAfter = split < 0 ? QByteArray() : body.mid(split + 1, 64);
        response.wwwAuthenticate = split < 0 ? QByteArray() : body.mid(split + 1);
        (void)ResponseParser::errorFromResponse(response, now);
        (void)ResponseParser::isInvalidToken(response);
        break;
    }
    case 9: {
        // The fast strict reader must agree with the reference one on every input.
        const ParseResult<QJsonValue> fast = parseStrictJson(body);
        const ParseResult<QJsonValue> reference = parseStrictJsonReference(body);
        if (fast.value.has_value() != reference.value.has_value() || fast.errors != reference.errors
            || (fast.value && *fast.value != *reference.value))
            __builtin_trap();
        break;
    }
    default:
        (void)RetryAfter::parse(body, now);
        (void)RetryAfter::parseHttpDate(body, now);
        break;
    }
    return 0;
}
