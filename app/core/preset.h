#pragma once

#include "core/calibration.h"
#include "core/wirejson.h"

#include <QDateTime>
#include <QString>

namespace calib {

// {"format": "calibration-workbench-preset", "format_version": 1, "name", "description",
//  "created_at", "calibration": {...}}
struct Preset
{
    static constexpr int currentFormatVersion = 1;
    QString name;
    QString description;
    QDateTime createdAt; // UTC
    Calibration calibration;

    friend bool operator==(const Preset &, const Preset &) = default;
};

[[nodiscard]] QByteArray presetToBytes(const Preset &preset); // indented JSON

// Accepts a preset or a bare calibration payload (name then empty). A newer
// format_version gives "made by a newer version" error; > 1 MiB is refused.
[[nodiscard]] ParseResult<Preset> presetFromBytes(const QByteArray &bytes);

// Reads a file; errors name the path. Refuses files over 1 MiB before reading them.
[[nodiscard]] ParseResult<Preset> loadPresetFile(const QString &path);
// Writes atomically (QSaveFile). Returns an error message or empty on success.
[[nodiscard]] QString savePresetFile(const QString &path, const Preset &preset);

} // namespace calib
