#include "whatif/whatifpanel.h"

#include "common/dialogs.h"
#include "core/analytics/dataset.h"
#include "core/analytics/lttb.h"
#include "core/calibration.h"
#include "core/constraints.h"
#include "whatif/thresholdchartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

// Points handed to LTTB at most: beyond this the curve is thinned by stride first.
constexpr qsizetype maxRawPoints = 200000;
constexpr qsizetype chartPoints = 800;

QString percentText(std::optional<double> v)
{
    if (!v)
        return WhatIfPanel::tr("—");
    return QLocale().toString(*v * 100.0, 'f', 1) + u'%';
}

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

QString signedCountText(qint64 n)
{
    return n > 0 ? u"+"_s + QLocale().toString(n) : QLocale().toString(n);
}

QString thresholdText(double t)
{
    return QLocale().toString(t, 'f', 2);
}

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(WhatIfPanel::tr("—"), parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"whatIfPanel"_s);
    buildUi();
    updateSummary();
}

WhatIfPanel::~WhatIfPanel()
{
    if (m_watcher && m_watcher->isRunning())
        m_watcher->cancel();
}

void WhatIfPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_importButton = new QPushButton(tr("&Import dataset…"), this);
    m_importButton->setObjectName(u"importDatasetButton"_s);
    m_importButton->setAccessibleName(tr("Import labelled dataset"));
    m_importButton->setToolTip(tr("Import a labelled CSV or JSONL file (interaction id, emotion, confidence, label, "
                                  "optional timestamp)"));
    connect(m_importButton, &QPushButton::clicked, this, &WhatIfPanel::browseForDataset);
    top->addWidget(m_importButton);
    m_fullyLabelledCheck = new QCheckBox(tr("Fully labelled"), this);
    m_fullyLabelledCheck->setObjectName(u"fullyLabelledCheckBox"_s);
    m_fullyLabelledCheck->setAccessibleName(tr("The file labels every scored interaction"));
    m_fullyLabelledCheck->setToolTip(tr("Check when the file labels every scored interaction, not only the alerts "
                                        "that were raised: only then can lowering a threshold be judged."));
    top->addWidget(m_fullyLabelledCheck);
    top->addSpacing(12);
    auto *emotionLabel = new QLabel(tr("&Emotion:"), this);
    m_emotionCombo = new QComboBox(this);
    m_emotionCombo->setObjectName(u"whatIfEmotionCombo"_s);
    m_emotionCombo->setAccessibleName(tr("Emotion"));
    for (const Emotion e : allEmotions())
        m_emotionCombo->addItem(displayName(e), int(e));
    emotionLabel->setBuddy(m_emotionCombo);
    connect(m_emotionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_emotion = Emotion(m_emotionCombo->itemData(index).toInt());
        recomputeCurve();
    });
    top->addWidget(emotionLabel);
    top->addWidget(m_emotionCombo);
    top->addStretch(1);
    layout->addLayout(top);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"datasetSummaryLabel"_s);
    m_summaryLabel->setAccessibleName(tr("Dataset summary"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(u"importProgressBar"_s);
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setFormat(tr("Importing… %p%"));
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel import"));
    connect(m_cancelButton, &QPushButton::clicked, this, &WhatIfPanel::cancelLoading);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->setVisible(false);
    layout->addWidget(m_progressRow);

    m_errorList = new QListWidget(this);
    m_errorList->setObjectName(u"importErrorsList"_s);
    m_errorList->setAccessibleName(tr("Rejected rows"));
    m_errorList->setMaximumHeight(110);
    m_errorList->setVisible(false);
    layout->addWidget(m_errorList);

    m_stack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(tr("No dataset loaded — import a labelled CSV or JSONL"), m_stack);
    m_emptyLabel->setObjectName(u"whatIfEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(u"whatIfSplitter"_s);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildNumbers());
    scroll->setMinimumWidth(std::max(300, scroll->widget()->sizeHint().width() + 20));
    splitter->addWidget(scroll);
    auto *charts = new QWidget(splitter);
    m_chartsLayout = new QVBoxLayout(charts);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 600});
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);
}

QWidget *WhatIfPanel::buildNumbers()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 0);

    auto *thresholdBox = new QGroupBox(tr("Threshold"), panel);
    auto *form = new QFormLayout(thresholdBox);
    m_inForceLabel = valueLabel(u"inForceValueLabel"_s, tr("Threshold in force"), thresholdBox);
    form->addRow(tr("In force:"), m_inForceLabel);
    m_proposedSpin = new QDoubleSpinBox(thresholdBox);
    m_proposedSpin->setObjectName(u"proposedThresholdSpinBox"_s);
    m_proposedSpin->setAccessibleName(tr("Proposed threshold"));
    m_proposedSpin->setRange(constraints::triggerThreshold.min, constraints::triggerThreshold.max);
    m_proposedSpin->setSingleStep(constraints::triggerThreshold.step);
    m_proposedSpin->setDecimals(constraints::triggerThreshold.decimals);
    m_proposedSpin->setValue(0.8);
    m_proposedSpin->setToolTip(constraints::tooltipFor(constraints::triggerThreshold));
    connect(m_proposedSpin, &QDoubleSpinBox::valueChanged, this, [this] {
        updateNumbers();
        updateMarkers();
    });
    form->addRow(tr("&Proposed:"), m_proposedSpin);
    m_precisionLabel = valueLabel(u"precisionValueLabel"_s, tr("Precision"), thresholdBox);
    form->addRow(tr("Precision:"), m_precisionLabel);
    m_recallLabel = valueLabel(u"recallValueLabel"_s, tr("Recall"), thresholdBox);
    form->addRow(tr("Recall:"), m_recallLabel);
    m_alertsLabel = valueLabel(u"alertsValueLabel"_s, tr("Alerts"), thresholdBox);
    form->addRow(tr("Alerts:"), m_alertsLabel);
    m_tpLabel = valueLabel(u"truePositivesValueLabel"_s, tr("True positives"), thresholdBox);
    form->addRow(tr("True positives:"), m_tpLabel);
    m_fpLabel = valueLabel(u"falsePositivesValueLabel"_s, tr("False positives"), thresholdBox);
    form->addRow(tr("False positives:"), m_fpLabel);
    m_alertsPerDayLabel = valueLabel(u"alertsPerDayValueLabel"_s, tr("Alerts per day"), thresholdBox);
    form->addRow(tr("Alerts per day:"), m_alertsPerDayLabel);
    m_tpLostLabel
        = valueLabel(u"truePositivesLostValueLabel"_s, tr("True positives lost versus in force"), thresholdBox);
    m_tpLostLabel->setWordWrap(true);
    form->addRow(tr("TP lost:"), m_tpLostLabel);
    m_fpAvoidedLabel
        = valueLabel(u"falsePositivesAvoidedValueLabel"_s, tr("False positives avoided versus in force"), thresholdBox);
    m_fpAvoidedLabel->setWordWrap(true);
    form->addRow(tr("FP avoided:"), m_fpAvoidedLabel);
    m_changeNoteLabel = new QLabel(thresholdBox);
    m_changeNoteLabel->setObjectName(u"changeNoteLabel"_s);
    m_changeNoteLabel->setAccessibleName(tr("Note on the change versus the threshold in force"));
    m_changeNoteLabel->setWordWrap(true);
    m_changeNoteLabel->setVisible(false);
    form->addRow(m_changeNoteLabel);
    layout->addWidget(thresholdBox);

    auto *recommendBox = new QGroupBox(tr("Recommendation"), panel);
    auto *recommendForm = new QFormLayout(recommendBox);
    m_targetSpin = new QDoubleSpinBox(recommendBox);
    m_targetSpin->setObjectName(u"targetPrecisionSpinBox"_s);
    m_targetSpin->setAccessibleName(tr("Target precision"));
    m_targetSpin->setRange(0.0, 1.0);
    m_targetSpin->setSingleStep(0.01);
    m_targetSpin->setDecimals(2);
    m_targetSpin->setValue(0.9);
    m_targetSpin->setToolTip(tr("The precision (0 to 1) the recommended threshold must reach"));
    connect(m_targetSpin, &QDoubleSpinBox::valueChanged, this, &WhatIfPanel::updateRecommendation);
    recommendForm->addRow(tr("&Target precision:"), m_targetSpin);
    m_conservativeCheck = new QCheckBox(tr("&Conservative"), recommendBox);
    m_conservativeCheck->setObjectName(u"conservativeCheckBox"_s);
    m_conservativeCheck->setAccessibleName(tr("Conservative: require the 95% lower bound to reach the target"));
    m_conservativeCheck->setToolTip(tr("Require the Wilson 95% lower bound of the precision to reach the target"));
    connect(m_conservativeCheck, &QCheckBox::toggled, this, &WhatIfPanel::updateRecommendation);
    recommendForm->addRow(m_conservativeCheck);
    m_recommendationLabel = new QLabel(recommendBox);
    m_recommendationLabel->setObjectName(u"recommendationLabel"_s);
    m_recommendationLabel->setAccessibleName(tr("Recommendation"));
    m_recommendationLabel->setWordWrap(true);
    m_recommendationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recommendForm->addRow(m_recommendationLabel);
    m_useRecommendedButton = new QPushButton(tr("&Use recommended"), recommendBox);
    m_useRecommendedButton->setObjectName(u"useRecommendedButton"_s);
    m_useRecommendedButton->setAccessibleName(tr("Use recommended threshold"));
    m_useRecommendedButton->setToolTip(tr("Write the recommended threshold into the calibration editor"));
    m_useRecommendedButton->setEnabled(false);
    connect(m_useRecommendedButton, &QPushButton::clicked, this, &WhatIfPanel::useRecommended);
    recommendForm->addRow(m_useRecommendedButton);
    layout->addWidget(recommendBox);
    layout->addStretch(1);
    return panel;
}

void WhatIfPanel::browseForDataset()
{
    const QString path = dialogs::openFileName(this, tr("Import labelled dataset"), QString(),
                                               tr("Labelled datasets (*.csv *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        loadDatasetFile(path);
}

void WhatIfPanel::loadDatasetFile(const QString &path)
{
    cancelLoading();
    ImportOptions options;
    options.fullyLabelled = m_fullyLabelledCheck->isChecked();
    m_errorList->clear();
    m_errorList->setVisible(false);
    m_progressBar->setValue(0);
    m_progressRow->setVisible(true);
    m_importButton->setEnabled(false);
    m_summaryLabel->setText(tr("Importing %1…").arg(path));
    m_watcher = new QFutureWatcher<ImportResult>(this);
    connect(m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, m_progressBar, &QProgressBar::setValue);
    QFutureWatcher<ImportResult> *watcher = m_watcher;
    connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            onImportFinished();
        watcher->deleteLater();
    });
    m_watcher->setFuture(importDatasetAsync(path, options));
}

void WhatIfPanel::cancelLoading()
{
    if (m_watcher && m_watcher->isRunning())
        m_watcher->cancel();
}

bool WhatIfPanel::isLoading() const
{
    return m_watcher != nullptr;
}

void WhatIfPanel::onImportFinished()
{
    QFuture<ImportResult> future = m_watcher->future();
    m_watcher = nullptr;
    m_progressRow->setVisible(false);
    m_importButton->setEnabled(true);
    if (future.isCanceled() || future.resultCount() == 0) {
        updateSummary();
        m_errorList->clear();
        m_errorList->addItem(tr("Import cancelled."));
        m_errorList->setVisible(true);
        Q_EMIT importFinished(false);
        return;
    }
    ImportResult result = future.takeResult();
    showImportErrors(result);
    if (!result.ok()) {
        updateSummary();
        Q_EMIT importFinished(false);
        return;
    }
    setDataset(std::make_shared<const Dataset>(std::move(result.dataset)));
    Q_EMIT importFinished(true);
}

void WhatIfPanel::showImportErrors(const ImportResult &result)
{
    m_errorList->clear();
    if (!result.fatalError.isEmpty())
        m_errorList->addItem(tr("The file could not be imported: %1").arg(result.fatalError));
    for (const ImportError &error : result.errors)
        m_errorList->addItem(error.toString());
    const qint64 unlisted = result.errorCount - result.errors.size();
    if (unlisted > 0)
        m_errorList->addItem(tr("… and %n more rejected row(s)", nullptr, int(unlisted)));
    m_errorList->setVisible(m_errorList->count() > 0);
}

void WhatIfPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    if (m_dataset && !m_dataset->isEmpty()) {
        m_fullyLabelledCheck->setChecked(m_dataset->fullyLabelled());
        // Start on an emotion that has rows.
        if (m_dataset->rowCount(m_emotion) == 0) {
            for (const Emotion e : allEmotions()) {
                if (m_dataset->rowCount(e) > 0) {
                    const QSignalBlocker blocker(m_emotionCombo);
                    m_emotionCombo->setCurrentIndex(m_emotionCombo->findData(int(e)));
                    m_emotion = e;
                    break;
                }
            }
        }
    }
    recomputeCurve();
    Q_EMIT datasetChanged();
}

void WhatIfPanel::setThresholdsInForce(const Calibration &calibration)
{
    m_inForce.clear();
    for (const AlertTrigger &trigger : calibration.alertTriggers) {
        const auto it = m_inForce.constFind(int(trigger.emotion));
        if (it == m_inForce.constEnd() || trigger.threshold < it->threshold)
            m_inForce.insert(int(trigger.emotion), InForce {trigger.threshold, trigger.directive});
    }
    updateNumbers();
    updateMarkers();
    updateRecommendation();
}

std::optional<double> WhatIfPanel::thresholdInForce(Emotion emotion) const
{
    const auto it = m_inForce.constFind(int(emotion));
    if (it == m_inForce.constEnd())
        return std::nullopt;
    return it->threshold;
}

void WhatIfPanel::setEmotion(Emotion emotion)
{
    m_emotionCombo->setCurrentIndex(m_emotionCombo->findData(int(emotion)));
}

void WhatIfPanel::setProposedThreshold(double threshold)
{
    m_proposedSpin->setValue(threshold);
}

double WhatIfPanel::proposedThreshold() const
{
    return m_proposedSpin->value();
}

SweepPoint WhatIfPanel::proposedPoint() const
{
    return m_curve.query(proposedThreshold());
}

void WhatIfPanel::recomputeCurve()
{
    const bool hasData = m_dataset && !m_dataset->isEmpty();
    m_curve = hasData ? ThresholdCurve::compute(m_dataset->columns(m_emotion)) : ThresholdCurve();
    m_days = hasData ? m_dataset->daysCovered(m_emotion) : std::nullopt;
    m_stack->setCurrentIndex(hasData ? 1 : 0);
    if (hasData) {
        // Start the proposal at the threshold in force, so the numbers read as "today".
        if (const std::optional<double> inForce = thresholdInForce(m_emotion)) {
            const QSignalBlocker blocker(m_proposedSpin);
            m_proposedSpin->setValue(*inForce);
        }
        ensureCharts();
    }
    updateSummary();
    updateCurves();
    updateNumbers();
    updateMarkers();
    updateRecommendation();
}

void WhatIfPanel::updateSummary()
{
    if (!m_dataset || m_dataset->isEmpty()) {
        m_summaryLabel->setText(tr("No dataset loaded."));
        return;
    }
    const QString kind = m_dataset->fullyLabelled() ? tr("fully labelled") : tr("reviewed alerts only");
    m_summaryLabel->setText(tr("%1 rows (%2) · %3: %4 rows, %5 true and %6 false positives")
                                .arg(countText(m_dataset->rowCount()), kind, displayName(m_emotion),
                                     countText(m_curve.rows()), countText(m_curve.positives()),
                                     countText(m_curve.negatives())));
}

void WhatIfPanel::ensureCharts()
{
    if (m_thresholdChart)
        return;
    const auto makeAxis = [](QChart *chart, const QString &title, double max, const QString &format) {
        auto *axis = new QValueAxis(chart);
        axis->setRange(0, max);
        axis->setTitleText(title);
        axis->setLabelFormat(format);
        return axis;
    };
    const auto attach = [](QChart *chart, QAbstractSeries *series, QValueAxis *x, QValueAxis *y) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    // Precision and recall against threshold.
    m_thresholdChart = new QChart;
    m_thresholdChart->setAnimationOptions(QChart::NoAnimation);
    m_thresholdChart->setTitle(tr("Precision and recall by threshold"));
    m_thresholdChart->legend()->setAlignment(Qt::AlignBottom);
    m_thresholdChart->setMargins(QMargins(4, 4, 4, 4));
    auto *tx = makeAxis(m_thresholdChart, tr("Threshold"), 1.0, u"%.2f"_s);
    auto *ty = makeAxis(m_thresholdChart, tr("Percent"), 100.0, u"%.0f%%"_s);
    m_thresholdChart->addAxis(tx, Qt::AlignBottom);
    m_thresholdChart->addAxis(ty, Qt::AlignLeft);
    m_precisionSeries = new QLineSeries;
    m_precisionSeries->setName(tr("Precision"));
    m_precisionSeries->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.0));
    m_recallSeries = new QLineSeries;
    m_recallSeries->setName(tr("Recall"));
    m_recallSeries->setPen(QPen(QColor(0xef, 0x6c, 0x00), 2.0));
    m_inForceMarker = new QLineSeries;
    m_inForceMarker->setName(tr("In force"));
    m_inForceMarker->setPen(QPen(Qt::darkGray, 2.0, Qt::DashLine));
    m_proposedMarker = new QLineSeries;
    m_proposedMarker->setName(tr("Proposed"));
    m_proposedMarker->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2.5));
    for (QLineSeries *series : {m_precisionSeries, m_recallSeries, m_inForceMarker, m_proposedMarker})
        attach(m_thresholdChart, series, tx, ty);
    m_thresholdView = new ThresholdChartView(m_thresholdChart, this);
    m_thresholdView->setObjectName(u"thresholdChartView"_s);
    m_thresholdView->setAccessibleName(tr("Precision and recall by threshold; drag to move the proposed threshold"));
    m_thresholdView->setToolTip(tr("Click or drag to move the proposed threshold"));
    m_thresholdView->setRenderHint(QPainter::Antialiasing);
    m_thresholdView->setReferenceSeries(m_proposedMarker);
    connect(m_thresholdView, &ThresholdChartView::thresholdDragged, this, [this](double t) {
        m_proposedSpin->setValue(std::clamp(t, m_proposedSpin->minimum(), m_proposedSpin->maximum()));
    });
    m_chartsLayout->addWidget(m_thresholdView, 1);

    // Precision against recall.
    m_prChart = new QChart;
    m_prChart->setAnimationOptions(QChart::NoAnimation);
    m_prChart->setTitle(tr("Precision–recall curve"));
    m_prChart->legend()->setAlignment(Qt::AlignBottom);
    m_prChart->setMargins(QMargins(4, 4, 4, 4));
    auto *px = makeAxis(m_prChart, tr("Recall"), 100.0, u"%.0f%%"_s);
    auto *py = makeAxis(m_prChart, tr("Precision"), 100.0, u"%.0f%%"_s);
    m_prChart->addAxis(px, Qt::AlignBottom);
    m_prChart->addAxis(py, Qt::AlignLeft);
    m_prSeries = new QLineSeries;
    m_prSeries->setName(tr("Precision–recall"));
    m_prSeries->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.0));
    m_inForcePrMarker = new QScatterSeries;
    m_inForcePrMarker->setName(tr("In force"));
    m_inForcePrMarker->setColor(Qt::darkGray);
    m_inForcePrMarker->setMarkerSize(11);
    m_proposedPrMarker = new QScatterSeries;
    m_proposedPrMarker->setName(tr("Proposed"));
    m_proposedPrMarker->setColor(QColor(0x2e, 0x7d, 0x32));
    m_proposedPrMarker->setMarkerSize(11);
    attach(m_prChart, m_prSeries, px, py);
    attach(m_prChart, m_inForcePrMarker, px, py);
    attach(m_prChart, m_proposedPrMarker, px, py);
    m_prView = new QChartView(m_prChart, this);
    m_prView->setObjectName(u"precisionRecallChartView"_s);
    m_prView->setAccessibleName(tr("Precision–recall curve"));
    m_prView->setRenderHint(QPainter::Antialiasing);
    m_chartsLayout->addWidget(m_prView, 1);
}

void WhatIfPanel::updateCurves()
{
    if (!m_thresholdChart)
        return;
    QList<QPointF> precision;
    QList<QPointF> recall;
    QList<QPointF> pr;
    const qsizetype n = m_curve.size();
    const qsizetype stride = std::max<qsizetype>(1, n / maxRawPoints);
    precision.reserve(n / stride + 2);
    recall.reserve(n / stride + 2);
    pr.reserve(n / stride + 2);
    const auto add = [&](qsizetype k) {
        const SweepPoint p = m_curve.point(k);
        if (p.precision)
            precision.append(QPointF(p.threshold, *p.precision * 100.0));
        if (p.recall)
            recall.append(QPointF(p.threshold, *p.recall * 100.0));
        if (p.precision && p.recall)
            pr.append(QPointF(*p.recall * 100.0, *p.precision * 100.0));
    };
    // Ascending threshold: from the lowest distinct score (index n - 1) up to the highest.
    for (qsizetype k = n - 1; k > 0; k -= stride)
        add(k);
    if (n > 0)
        add(0);
    // The precision-recall curve runs by ascending recall, i.e. descending threshold.
    std::reverse(pr.begin(), pr.end());
    m_precisionSeries->replace(lttb(precision, chartPoints));
    m_recallSeries->replace(lttb(recall, chartPoints));
    m_prSeries->replace(lttb(pr, chartPoints));
}

void WhatIfPanel::updateMarkers()
{
    if (!m_thresholdChart)
        return;
    const double proposed = proposedThreshold();
    m_proposedMarker->replace({QPointF(proposed, 0.0), QPointF(proposed, 100.0)});
    const std::optional<double> inForce = thresholdInForce(m_emotion);
    if (inForce)
        m_inForceMarker->replace({QPointF(*inForce, 0.0), QPointF(*inForce, 100.0)});
    else
        m_inForceMarker->clear();
    const auto prPoint = [this](std::optional<double> t) -> QList<QPointF> {
        if (!t || m_curve.isEmpty())
            return {};
        const SweepPoint p = m_curve.query(*t);
        if (!p.precision || !p.recall)
            return {};
        return {QPointF(*p.recall * 100.0, *p.precision * 100.0)};
    };
    m_proposedPrMarker->replace(prPoint(proposed));
    m_inForcePrMarker->replace(prPoint(inForce));
}

void WhatIfPanel::updateNumbers()
{
    const std::optional<double> inForce = thresholdInForce(m_emotion);
    m_inForceLabel->setText(inForce ? thresholdText(*inForce)
                                    : tr("none (no trigger for %1)").arg(displayName(m_emotion)));
    const QList<QLabel *> labels {m_precisionLabel, m_recallLabel, m_alertsLabel,    m_tpLabel,
                                  m_fpLabel,        m_tpLostLabel, m_fpAvoidedLabel, m_alertsPerDayLabel};
    m_changeNoteLabel->setVisible(false);
    if (m_curve.isEmpty()) {
        for (QLabel *label : labels)
            label->setText(tr("—"));
        return;
    }
    const double proposed = proposedThreshold();
    const SweepPoint p = m_curve.query(proposed);
    m_precisionLabel->setText(percentText(p.precision));
    m_recallLabel->setText(percentText(p.recall));
    m_alertsLabel->setText(countText(p.alerts));
    m_tpLabel->setText(countText(p.truePositives));
    m_fpLabel->setText(countText(p.falsePositives));
    m_alertsPerDayLabel->setText(m_days ? QLocale().toString(double(p.alerts) / *m_days, 'f', 1)
                                        : tr("— (no timestamps)"));
    if (!inForce) {
        m_tpLostLabel->setText(tr("—"));
        m_fpAvoidedLabel->setText(tr("—"));
    } else if (proposed < *inForce && !(m_dataset && m_dataset->fullyLabelled())) {
        m_tpLostLabel->setText(tr("n/a"));
        m_fpAvoidedLabel->setText(tr("n/a"));
        m_changeNoteLabel->setText(tr("Judging a threshold below the one in force needs a fully labelled dataset: "
                                      "reviewed alerts only exist above it."));
        m_changeNoteLabel->setVisible(true);
    } else {
        const SweepPoint before = m_curve.query(*inForce);
        m_tpLostLabel->setText(signedCountText(before.truePositives - p.truePositives));
        m_fpAvoidedLabel->setText(signedCountText(before.falsePositives - p.falsePositives));
    }
}

void WhatIfPanel::updateRecommendation()
{
    m_recommendation.reset();
    if (m_curve.isEmpty()) {
        m_recommendationLabel->setText(
            tr("Load a dataset with rows for %1 to get a recommendation.").arg(displayName(m_emotion)));
        m_useRecommendedButton->setEnabled(false);
        return;
    }
    RecommendationOptions options;
    options.targetPrecision = m_targetSpin->value();
    options.conservative = m_conservativeCheck->isChecked();
    const auto it = m_inForce.constFind(int(m_emotion));
    if (it != m_inForce.constEnd()) {
        options.currentThreshold = it->threshold;
        options.directive = it->directive;
    }
    options.step = constraints::triggerThreshold.step;
    m_recommendation = recommendThreshold(m_curve, options, m_days, m_dataset && m_dataset->fullyLabelled());
    const Recommendation &r = *m_recommendation;
    QString text;
    if (r.reachable) {
        text = tr("Recommended: %1 (precision %2, recall %3, %4 alerts)")
                   .arg(thresholdText(r.threshold), percentText(r.expected.precision), percentText(r.expected.recall),
                        countText(r.expected.alerts));
    } else {
        text = tr("No threshold between %1 and %2 reaches a precision of %3.")
                   .arg(thresholdText(r.minAllowed), thresholdText(r.maxAllowed), percentText(options.targetPrecision));
    }
    if (r.clamped)
        text += u' '
            + tr("A lower threshold would reach the target, but the directive's minimum is %1.")
                  .arg(thresholdText(r.minAllowed));
    if (r.loweringNeedsFullLabels)
        text += u' '
            + tr("Thresholds below the one in force were not considered: that needs a fully labelled "
                 "dataset.");
    m_recommendationLabel->setText(text);
    m_useRecommendedButton->setEnabled(r.reachable);
}

void WhatIfPanel::useRecommended()
{
    if (!m_recommendation || !m_recommendation->reachable)
        return;
    const double threshold = m_recommendation->threshold;
    m_proposedSpin->setValue(threshold);
    Q_EMIT recommendedThreshold(m_emotion, threshold);
}

} // namespace calib
