#include "chartpanels.h"

#include "core/analytics/dataset.h"
#include "review/reviewpanel.h"
#include "services/reviewqueue.h"
#include "services/workbenchsession.h"
#include "whatif/whatifpanel.h"

namespace calib {

const ChartPanels &linkedChartPanels()
{
    static const ChartPanels panels {
        [](WorkbenchSession *session, QWidget *parent) -> QWidget * { return new ReviewPanel(session, parent); },
        [](QWidget *panel) { return static_cast<ReviewPanel *>(panel)->undoStack(); },
        [](QWidget *panel) { return static_cast<ReviewPanel *>(panel)->queue()->labelledAlerts(); },
        [](QWidget *parent, std::function<void(Emotion, double)> useRecommended) -> QWidget * {
            auto *panel = new WhatIfPanel(parent);
            QObject::connect(panel, &WhatIfPanel::recommendedThreshold, panel, std::move(useRecommended));
            return panel;
        },
        [](QWidget *panel, const Calibration &calibration) {
            static_cast<WhatIfPanel *>(panel)->setThresholdsInForce(calibration);
        },
        [](QWidget *panel, std::shared_ptr<const Dataset> dataset) {
            static_cast<WhatIfPanel *>(panel)->setDataset(std::move(dataset));
        },
        &WorkbenchSession::staticMetaObject,
    };
    return panels;
}

} // namespace calib
