#pragma once

#include "core/preset.h"
#include "core/validation.h"
#include "core/wirejson.h"
#include "services/exitcodes.h"

#include <optional>

namespace calib {

// A preset (or bare calibration) file read and checked against the engine rules.
struct PresetCheck
{
    QString path;
    std::optional<Preset> preset; // set when the file could be read
    QList<ParseError> parseErrors;
    ValidationResult validation;

    [[nodiscard]] bool ok() const { return preset.has_value() && parseErrors.isEmpty() && validation.ok(); }
    [[nodiscard]] ExitCode exitCode() const { return ok() ? ExitCode::Ok : ExitCode::Invalid; }

    [[nodiscard]] static PresetCheck run(const QString &path);
};

} // namespace calib
