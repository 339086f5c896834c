#pragma once

#include "core/calibration.h"

#include <QList>
#include <QString>

namespace calib {

enum class Severity { Error, Warning };

// One problem found in a calibration, addressed by its wire field path
// ("alert_triggers[1].threshold", "polarity_matrix.neutral", "interaction_ids[7]").
struct Violation
{
    QString path;
    QString message;
    Severity severity = Severity::Error;

    friend bool operator==(const Violation &, const Violation &) = default;
};

struct ValidationResult
{
    QList<Violation> violations;

    [[nodiscard]] bool ok() const; // no errors (warnings allowed)
    [[nodiscard]] QList<Violation> errors() const;
    [[nodiscard]] QList<Violation> warnings() const;
    [[nodiscard]] QList<Violation> at(const QString &path) const;
};

// Returns every violation of the engine constraints, errors and warnings.
[[nodiscard]] ValidationResult validate(const Calibration &calibration);

} // namespace calib
