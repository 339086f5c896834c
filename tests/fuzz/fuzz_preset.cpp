// libFuzzer target for the preset and calibration payload readers. Besides "never crash",
// it checks invariants: whatever the strict parser accepts, Qt's own parser accepts with
// the same value; whatever the readers accept survives a write/read round trip unchanged.
#include "core/calibrationdiff.h"
#include "core/preset.h"
#include "core/validation.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace calib;

namespace {

[[noreturn]] void invariantBroken(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

void checkStrictParser(const QByteArray &bytes)
{
    const ParseResult<QJsonValue> strict = parseStrictJson(bytes);
    if (strict.ok() != (strict.errors.isEmpty() && strict.value.has_value()))
        invariantBroken("ok() disagrees with value");
    if (!strict.ok()) {
        for (const ParseError &e : strict.errors) {
            if (e.message.isEmpty())
                invariantBroken("empty error message");
            (void)e.toString();
        }
        return;
    }
    if (!strict.value->isObject() && !strict.value->isArray())
        return;
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(bytes, &qtError);
    if (qtError.error != QJsonParseError::NoError)
        invariantBroken("strict parser accepted what Qt rejects");
    const QJsonValue qtValue = qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array());
    if (qtValue != *strict.value)
        invariantBroken("strict parser and Qt disagree on the value");
}

void checkCalibration(const QByteArray &bytes)
{
    const ParseResult<Calibration> r = calibrationFromBytes(bytes);
    if (!r.ok())
        return;
    (void)validate(*r.value);
    (void)changesToJson(diff(Calibration::tenantDefault(), *r.value));
    const QByteArray written = toWireBytes(*r.value);
    const ParseResult<Calibration> again = calibrationFromBytes(written);
    if (!again.ok() || !(*again.value == *r.value))
        invariantBroken("calibration round trip");
    if (toWireBytes(*again.value) != written)
        invariantBroken("calibration bytes not stable");
}

void checkPreset(const QByteArray &bytes)
{
    const ParseResult<Preset> r = presetFromBytes(bytes);
    if (!r.ok())
        return;
    const QByteArray written = presetToBytes(*r.value);
    const ParseResult<Preset> again = presetFromBytes(written);
    if (!again.ok() || !(*again.value == *r.value))
        invariantBroken("preset round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // No copy: the readers must stay inside the given bytes (ASan checks it).
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkStrictParser(bytes);
    checkCalibration(bytes);
    checkPreset(bytes);
    return 0;
}
