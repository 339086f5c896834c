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

// Indented JSON, keys in reading order (format first); created_at only when valid.
[[nodiscard]] QByteArray presetToBytes(const Preset &preset);

// Accepts a preset or a bare calibration payload (name then empty). A newer
// format_version gives "made by a newer version" error; > 1 MiB is refused.
// In a preset, "format", "format_version", "name" and "calibration" are required,
// "description" and "created_at" (RFC 3339) optional; other fields are errors. Error
// paths inside the calibration start with "calibration.".
[[nodiscard]] ParseResult<Preset> presetFromBytes(const QByteArray &bytes);

// Reads a file; every error has ParseError::file set, so its toString() starts with the
// file path. Refuses files over 1 MiB before reading them.
[[nodiscard]] ParseResult<Preset> loadPresetFile(const QString &path);
// Writes atomically (QSaveFile). Returns an error message or empty on success.
[[nodiscard]] QString savePresetFile(const QString &path, const Preset &preset);

} // namespace calib
