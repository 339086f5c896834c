// The module the workbench loads when the Alert Review or What-if tab is first opened: the
// chart panels and Qt Charts, resolved against the workbench's own exported symbols.
#include "chartpanels.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const calib::ChartPanels *calibChartPanels()
{
    return &calib::linkedChartPanels();
}
