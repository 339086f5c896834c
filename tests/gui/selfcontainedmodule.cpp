// A module that answers both of the workbench's module entry points with meta-objects of
// its own, as a module does when it is built with its own copy of the classes it must share
// with the executable and the backend module (hidden visibility, -Bsymbolic, a static Qt).
// tst_workbenchstartup installs it as the backend or the chart module and checks that the
// workbench refuses it with that reason instead of using it.
#include "chartpanels.h"
#include "core/analytics/labelledalert.h"
#include "windowbackend.h"

#include <QObject>

namespace {

const calib::BackendModule ownBackend {
    [](QObject *) -> calib::WindowBackend * { return nullptr; },
    &QObject::staticMetaObject,
    &QObject::staticMetaObject,
};

calib::ChartPanels ownPanels()
{
    calib::ChartPanels panels;
    panels.createReviewPanel = [](calib::WorkbenchSession *, QWidget *) -> QWidget * {
        return nullptr;
    };
    panels.createWhatIfPanel = [](QWidget *, std::function<void(calib::Emotion, double)>) -> QWidget * {
        return nullptr;
    };
    panels.reviewUndoStack = [](QWidget *) -> QUndoStack * {
        return nullptr;
    };
    panels.labelledAlerts = [](QWidget *) {
        return QList<calib::LabelledAlert> {};
    };
    panels.setThresholdsInForce = [](QWidget *, const calib::Calibration &) {
    };
    panels.setDataset = [](QWidget *, std::shared_ptr<const calib::Dataset>) {
    };
    panels.sessionMetaObject = &QObject::staticMetaObject;
    return panels;
}

} // namespace

extern "C" Q_DECL_EXPORT const calib::BackendModule *calibBackend()
{
    return &ownBackend;
}

extern "C" Q_DECL_EXPORT const calib::ChartPanels *calibChartPanels()
{
    static const calib::ChartPanels panels = ownPanels();
    return &panels;
}
