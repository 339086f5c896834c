#pragma once

#include "core/calibration.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace calib {

// One changed field: wire path -> from/to (JSON values; Undefined when absent).
struct FieldChange
{
    QString path;
    QJsonValue from;
    QJsonValue to;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// Field-by-field difference, in a stable order (interaction_ids, polarity_matrix.*,
// alert_triggers[i].*, sensitivity_level, trigger_model_reweight).
[[nodiscard]] QList<FieldChange> diff(const Calibration &from, const Calibration &to);

// The audit event's `changes` object: path -> {"from": v, "to": v}.
[[nodiscard]] QJsonObject changesToJson(const QList<FieldChange> &changes);

} // namespace calib
