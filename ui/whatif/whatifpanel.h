#pragma once

#include "core/analytics/datasetimport.h"
#include "core/analytics/recommendation.h"
#include "core/analytics/thresholdcurve.h"
#include "core/emotion.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QStackedWidget;
class QValueAxis;
class QVBoxLayout;

namespace calib {

class Dataset;
class ThresholdChartView;
struct Calibration;

// What a threshold would do, per emotion, over a labelled dataset: precision, recall and
// alert counts at a proposed threshold compared with the one in force, the precision and
// recall curves against threshold and the precision-recall curve (created on first data),
// and the threshold that reaches a target precision. The curve is computed once per
// emotion; moving the proposed threshold is a binary search and a two-point replace().
class WhatIfPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    [[nodiscard]] const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }
    // Imports a CSV or JSONL file on a worker thread; the panel shows progress, a cancel
    // button and the rejected rows with line and column.
    void loadDatasetFile(const QString &path);
    void cancelLoading();
    [[nodiscard]] bool isLoading() const;

    // The threshold in force per emotion: the lowest trigger threshold of that emotion.
    void setThresholdsInForce(const Calibration &calibration);
    [[nodiscard]] std::optional<double> thresholdInForce(Emotion emotion) const;

    void setEmotion(Emotion emotion);
    [[nodiscard]] Emotion emotion() const { return m_emotion; }
    void setProposedThreshold(double threshold);
    [[nodiscard]] double proposedThreshold() const;
    [[nodiscard]] SweepPoint proposedPoint() const;
    [[nodiscard]] const std::optional<Recommendation> &recommendation() const { return m_recommendation; }

    // Chart access (nullptr until a dataset is shown).
    [[nodiscard]] bool hasCharts() const { return m_thresholdChart != nullptr; }
    [[nodiscard]] QLineSeries *precisionSeries() const { return m_precisionSeries; }
    [[nodiscard]] QLineSeries *recallSeries() const { return m_recallSeries; }
    [[nodiscard]] QLineSeries *prCurveSeries() const { return m_prSeries; }
    [[nodiscard]] QLineSeries *inForceMarker() const { return m_inForceMarker; }
    [[nodiscard]] QLineSeries *proposedMarker() const { return m_proposedMarker; }
    [[nodiscard]] QScatterSeries *inForcePrMarker() const { return m_inForcePrMarker; }
    [[nodiscard]] QScatterSeries *proposedPrMarker() const { return m_proposedPrMarker; }
    [[nodiscard]] ThresholdChartView *thresholdChartView() const { return m_thresholdView; }

Q_SIGNALS:
    // "Use recommended": the window turns it into one undoable edit.
    void recommendedThreshold(calib::Emotion emotion, double threshold);
    void datasetChanged();
    void importFinished(bool ok);

private:
    struct InForce
    {
        double threshold = 0.0;
        Directive directive = Directive::Notify;
    };

    void buildUi();
    QWidget *buildNumbers();
    void browseForDataset();
    void onImportFinished();
    void showImportErrors(const ImportResult &result);
    void recomputeCurve();
    void ensureCharts();
    void updateCurves();
    void updateNumbers();
    void updateMarkers();
    void updateRecommendation();
    void useRecommended();
    void updateSummary();

    std::shared_ptr<const Dataset> m_dataset;
    ThresholdCurve m_curve;
    std::optional<double> m_days;
    Emotion m_emotion = Emotion::Anger;
    QHash<int, InForce> m_inForce;
    std::optional<Recommendation> m_recommendation;
    QFutureWatcher<ImportResult> *m_watcher = nullptr;

    QPushButton *m_importButton = nullptr;
    QCheckBox *m_fullyLabelledCheck = nullptr;
    QComboBox *m_emotionCombo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QListWidget *m_errorList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;

    QLabel *m_inForceLabel = nullptr;
    QDoubleSpinBox *m_proposedSpin = nullptr;
    QLabel *m_precisionLabel = nullptr;
    QLabel *m_recallLabel = nullptr;
    QLabel *m_alertsLabel = nullptr;
    QLabel *m_tpLabel = nullptr;
    QLabel *m_fpLabel = nullptr;
    QLabel *m_alertsPerDayLabel = nullptr;
    QLabel *m_tpLostLabel = nullptr;
    QLabel *m_fpAvoidedLabel = nullptr;
    QLabel *m_changeNoteLabel = nullptr;
    QDoubleSpinBox *m_targetSpin = nullptr;
    QCheckBox *m_conservativeCheck = nullptr;
    QLabel *m_recommendationLabel = nullptr;
    QPushButton *m_useRecommendedButton = nullptr;

    QVBoxLayout *m_chartsLayout = nullptr;
    QChart *m_thresholdChart = nullptr;
    QChart *m_prChart = nullptr;
    ThresholdChartView *m_thresholdView = nullptr;
    QChartView *m_prView = nullptr;
    QLineSeries *m_precisionSeries = nullptr;
    QLineSeries *m_recallSeries = nullptr;
    QLineSeries *m_prSeries = nullptr;
    QLineSeries *m_inForceMarker = nullptr;
    QLineSeries *m_proposedMarker = nullptr;
    QScatterSeries *m_inForcePrMarker = nullptr;
    QScatterSeries *m_proposedPrMarker = nullptr;
};

} // namespace calib
