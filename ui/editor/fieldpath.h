#pragma once

#include "core/calibration.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace calib {

// A wire field path ("alert_triggers[1].threshold") split into the parts the editor needs
// to find the widget or cell it names.
struct FieldPath
{
    Q_DECLARE_TR_FUNCTIONS(calib::FieldPath)

public:
    enum class Area { Unknown, Polarity, Triggers, Sensitivity, InteractionIds, Reweight };

    Area area = Area::Unknown;
    int index = -1; // list index, -1 for the whole list or a non-list field
    QString member; // "negative", "threshold", ... or empty

    [[nodiscard]] static FieldPath parse(const QString &path);

    // "Trigger 2 · threshold", "Polarity matrix · negative": translated, for lists and tooltips.
    [[nodiscard]] static QString displayName(const QString &path);

    // A text form of the value at the path, or nullopt when the path names nothing in the
    // calibration. Used to notice that a field was edited.
    [[nodiscard]] static std::optional<QString> valueText(const Calibration &calibration, const QString &path);
};

} // namespace calib
