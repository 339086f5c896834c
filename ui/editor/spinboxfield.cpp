#include "editor/spinboxfield.h"

#include <QDoubleSpinBox>
#include <QSignalBlocker>

#include <algorithm>

namespace calib::spinboxfield {

void configure(QDoubleSpinBox *spinBox, const NumberBound &bound)
{
    spinBox->setDecimals(bound.decimals);
    spinBox->setSingleStep(bound.step);
    spinBox->setRange(bound.min, bound.max);
    spinBox->setKeyboardTracking(true);
    spinBox->setAccelerated(true);
    spinBox->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    spinBox->setToolTip(constraints::tooltipFor(bound));
}

void show(QDoubleSpinBox *spinBox, const NumberBound &bound, double value)
{
    const QSignalBlocker blocker(spinBox);
    spinBox->setRange(std::min(bound.min, value), std::max(bound.max, value));
    spinBox->setValue(value);
}

} // namespace calib::spinboxfield
