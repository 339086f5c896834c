#pragma once

#include "core/emotion.h"

#include <QList>

#include <functional>
#include <memory>

class QUndoStack;
struct QMetaObject;
class QWidget;

namespace calib {

class Dataset;
class WorkbenchSession;
struct Calibration;
struct LabelledAlert;

// The two panels that draw with Qt Charts (alert review, what-if), as the main window uses
// them. The workbench keeps them in a module that it loads the first time one of their tabs
// is opened, so a cold start does not load Qt Charts and the OpenGL libraries behind it
// (docs/benchmarks.md, "Window cold start"); tests link them directly (linkedChartPanels()).
// Every function takes the widget its create function returned.
struct ChartPanels
{
    QWidget *(*createReviewPanel)(WorkbenchSession *session, QWidget *parent) = nullptr;
    QUndoStack *(*reviewUndoStack)(QWidget *reviewPanel) = nullptr;
    QList<LabelledAlert> (*labelledAlerts)(QWidget *reviewPanel) = nullptr;

    // `useRecommended` is called with (emotion, threshold) when the user takes a recommendation.
    QWidget *(*createWhatIfPanel)(QWidget *parent, std::function<void(Emotion, double)> useRecommended) = nullptr;
    void (*setThresholdsInForce)(QWidget *whatIfPanel, const Calibration &calibration) = nullptr;
    void (*setDataset)(QWidget *whatIfPanel, std::shared_ptr<const Dataset> dataset) = nullptr;

    // WorkbenchSession's meta-object as the panels see it: the backend module's own, when
    // this module binds to that module's symbols as it must (one copy of the session code).
    const QMetaObject *sessionMetaObject = nullptr;
};

// The panels compiled into this binary (the module, and the tests).
[[nodiscard]] const ChartPanels &linkedChartPanels();

} // namespace calib
