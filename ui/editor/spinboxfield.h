#pragma once

#include "core/constraints.h"

class QDoubleSpinBox;

namespace calib::spinboxfield {

// Range, step, decimals and tooltip of a spin box from the constraint table.
void configure(QDoubleSpinBox *spinBox, const NumberBound &bound);

// Shows a value without emitting valueChanged. A value outside the constraint range is
// shown as it is (the range widens to hold it) instead of being clamped silently.
void show(QDoubleSpinBox *spinBox, const NumberBound &bound, double value);

} // namespace calib::spinboxfield
