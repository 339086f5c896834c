#include "services/presetcheck.h"

namespace calib {

PresetCheck PresetCheck::run(const QString &path)
{
    PresetCheck check;
    check.path = path;
    const ParseResult<Preset> parsed = loadPresetFile(path);
    check.parseErrors = parsed.errors;
    if (!parsed.value)
        return check;
    check.preset = parsed.value;
    if (parsed.errors.isEmpty())
        check.validation = validate(parsed.value->calibration);
    return check;
}

} // namespace calib
