#include "review/precisionchart.h"

#include "core/analytics/lttb.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

QColor emotionColor(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Anger: return QColor(0xc6, 0x28, 0x28);
    case Emotion::Frustration: return QColor(0xef, 0x6c, 0x00);
    case Emotion::Satisfaction: return QColor(0x2e, 0x7d, 0x32);
    case Emotion::Confusion: return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Series up to this many points are drawn with a marker per point.
constexpr qsizetype kMaxMarkedPoints = 120;
// The interval band keeps one vertex for this many points of the line.
constexpr qsizetype kBandThinning = 2;
// Series up to this many points are drawn antialiased.
constexpr qsizetype kMaxAntialiasedPoints = 150;

// Label steps for the time axis, in days.
constexpr std::array<qint64, 9> kStepsDays {1, 2, 7, 14, 28, 56, 91, 182, 364};

} // namespace

PrecisionChart::PrecisionChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(u"precisionChart"_s);
    m_emptyLabel->setObjectName(u"noDataLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Precision: no data yet. Label alerts as true (T) or false (F) positives to see "
                             "precision over time."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    setMinimumHeight(220);
}

PrecisionChart::~PrecisionChart() = default;

void PrecisionChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_data.isEmpty())
        ensureChart();
}

void PrecisionChart::ensureChart()
{
    if (m_chart)
        return;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Dates as category labels placed on their values: formatted in UTC like the buckets
    // (QDateTimeAxis formats in local time and, shown with its empty default range before
    // any data, is laid out without room for its labels and never gets it back).
    m_axisX = new QCategoryAxis(m_chart);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setTitleText(tr("Alert time (UTC)"));
    const qint64 today = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_axisX->setRange(double(today - kDayMs), double(today + kDayMs)); // replaced by the data's range
    m_axisY = new QValueAxis(m_chart);
    // A little room above 100% and below 0%, so a point's marker there is not cut in half;
    // the ticks stay at 0, 20, ..., 100.
    m_axisY->setRange(-3, 103);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(20);
    m_axisY->setMinorTickCount(1);
    m_axisY->setLabelFormat(u"%.0f%%"_s);
    m_axisY->setTitleText(tr("Precision"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"precisionChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout()->addWidget(m_view);
}

PrecisionChart::Curves &PrecisionChart::curvesFor(Emotion emotion)
{
    ensureChart();
    Curves &curves = m_curves[int(emotion)];
    if (curves.line)
        return curves;
    const QColor color = emotionColor(emotion);
    curves.lower = new QLineSeries(m_chart);
    curves.upper = new QLineSeries(m_chart);
    curves.band = new QAreaSeries(curves.upper, curves.lower);
    curves.band->setName(tr("%1 95% interval").arg(displayName(emotion)));
    QColor fill = color;
    fill.setAlpha(40);
    curves.band->setBrush(fill);
    curves.band->setPen(Qt::NoPen);
    curves.line = new QLineSeries;
    curves.line->setName(displayName(emotion));
    QPen pen(color);
    pen.setWidthF(2.0);
    curves.line->setPen(pen);
    curves.line->setPointsVisible(true);
    curves.line->setMarkerSize(7.0); // a point on the 0% or 100% line stays visible
    m_chart->addSeries(curves.band);
    m_chart->addSeries(curves.line);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(curves.band), static_cast<QAbstractSeries *>(curves.line)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    // The band's legend entry adds little: keep the legend to one entry per emotion.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(curves.band);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    connect(curves.line, &QLineSeries::hovered, this, [this, emotion](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tooltipFor(emotion, qint64(point.x())), this);
    });
    return curves;
}

qsizetype PrecisionChart::maxPoints() const
{
    // A point every four pixels: LTTB keeps the peaks and dips that matter, and Qt Charts'
    // software painter needs more than a frame (16 ms) for a few thousand vertices.
    return std::max<qsizetype>(100, qsizetype(std::max(width(), 400)) / 4);
}

void PrecisionChart::setCurves(Emotion emotion, const QList<QPointF> &precision, const QList<QPointF> &lower,
                               const QList<QPointF> &upper)
{
    Curves &curves = curvesFor(emotion);
    const qsizetype target = maxPoints();
    const QList<QPointF> line = lttb(precision, target);
    // A marker per point helps to find the buckets of a short series; on a long one the
    // markers merge into a thick line and cost most of the repaint.
    curves.line->setPointsVisible(line.size() <= kMaxMarkedPoints);
    curves.line->replace(line);
    // Antialiasing the band's polygon of a long series costs tens of milliseconds a repaint
    // (the frame budget is 16): smooth edges for short series only.
    bool shortSeries = true;
    for (const Curves &c : std::as_const(m_curves))
        shortSeries = shortSeries && c.line->count() <= kMaxAntialiasedPoints;
    m_view->setRenderHint(QPainter::Antialiasing, shortSeries);
    // The band is a translucent fill: its antialiased polygon costs far more to draw than
    // the line, and a vertex every few pixels looks the same.
    // Thinned as an envelope, never narrower than the 95% interval it shows.
    const BandEdges band = bandEnvelope(lower, upper, std::max<qsizetype>(50, target / kBandThinning));
    curves.lower->replace(band.lower);
    curves.upper->replace(band.upper);
}

void PrecisionChart::setData(const QList<PrecisionSeries> &series, const QList<QDateTime> &calibrationChanges)
{
    m_data = series;
    m_changes = calibrationChanges;
    const bool empty = series.isEmpty();
    m_emptyLabel->setVisible(empty);
    if (empty && !m_chart)
        return; // stays lazy until there is something to draw
    ensureChart();

    QSet<int> present;
    for (const PrecisionSeries &s : series) {
        QList<QPointF> line;
        QList<QPointF> lower;
        QList<QPointF> upper;
        line.reserve(s.points.size());
        lower.reserve(s.points.size());
        upper.reserve(s.points.size());
        for (const PrecisionPoint &p : s.points) {
            if (!p.precision)
                continue; // no data is a gap, never 0%
            const auto x = double(p.bucketStart.toMSecsSinceEpoch());
            line.append({x, *p.precision * 100.0});
            lower.append({x, p.interval->lower * 100.0});
            upper.append({x, p.interval->upper * 100.0});
        }
        setCurves(s.emotion, line, lower, upper);
        present.insert(int(s.emotion));
    }
    for (auto it = m_curves.begin(); it != m_curves.end(); ++it) {
        if (!present.contains(it.key())) {
            it->line->clear();
            it->lower->clear();
            it->upper->clear();
        }
        it->line->setVisible(present.contains(it.key()));
        it->band->setVisible(present.contains(it.key()));
    }

    // Calibration markers: one two-point vertical series each (few; the newest 50).
    for (QLineSeries *marker : std::as_const(m_markers)) {
        m_chart->removeSeries(marker);
        delete marker;
    }
    m_markers.clear();
    updateAxes(); // before the view is shown: the axes are laid out with their labels
    // The band of a one-point series would have no width: draw it as a bar 2% of the
    // axis wide, centred on the point.
    const double halfBar = (m_axisX->max() - m_axisX->min()) / 100.0;
    for (Curves &c : m_curves) {
        if (c.upper->count() != 1 || c.lower->count() != 1)
            continue;
        const QPointF up = c.upper->at(0);
        const QPointF low = c.lower->at(0);
        c.upper->replace({QPointF(up.x() - halfBar, up.y()), QPointF(up.x() + halfBar, up.y())});
        c.lower->replace({QPointF(low.x() - halfBar, low.y()), QPointF(low.x() + halfBar, low.y())});
    }
    const qsizetype firstChange = std::max<qsizetype>(0, m_changes.size() - 50);
    for (qsizetype i = firstChange; i < m_changes.size(); ++i) {
        const auto x = double(m_changes.at(i).toMSecsSinceEpoch());
        if (x < m_axisX->min() || x > m_axisX->max())
            continue;
        auto *marker = new QLineSeries;
        marker->setName(tr("Calibration applied"));
        QPen pen(QColor(0x55, 0x55, 0x55));
        pen.setStyle(Qt::DashLine);
        marker->setPen(pen);
        marker->replace({QPointF(x, 0), QPointF(x, 100)});
        m_chart->addSeries(marker);
        marker->attachAxis(m_axisX);
        marker->attachAxis(m_axisY);
        const QList<QLegendMarker *> legend = m_chart->legend()->markers(marker);
        for (QLegendMarker *entry : legend)
            entry->setVisible(m_markers.isEmpty()); // one legend entry for all markers
        m_markers.append(marker);
    }
    m_view->setVisible(!empty);
}

void PrecisionChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_chart && !m_data.isEmpty())
        updateAxes(); // as many date labels as fit
}

void PrecisionChart::updateAxes()
{
    qint64 minX = std::numeric_limits<qint64>::max();
    qint64 maxX = std::numeric_limits<qint64>::min();
    for (const PrecisionSeries &s : std::as_const(m_data)) {
        for (const PrecisionPoint &p : s.points) {
            minX = std::min(minX, p.bucketStart.toMSecsSinceEpoch());
            maxX = std::max(maxX, p.bucketStart.toMSecsSinceEpoch());
        }
    }
    if (minX > maxX)
        return;
    // Labels at UTC midnights, every `step` days from the first bucket (weeks stay on
    // Mondays), as many as fit the plot's width without overlapping.
    const QFontMetrics metrics(m_axisX->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(u"0000-00-00"_s) + 3 * metrics.averageCharWidth();
    const int plotWidth = std::max(200, width() - 90);
    const qint64 maxLabels = std::max(2, plotWidth / labelWidth);
    const qint64 span = maxX - minX;
    qint64 stepMs = kStepsDays.back() * kDayMs;
    for (qint64 days : kStepsDays) {
        if (span / (days * kDayMs) + 1 <= maxLabels) {
            stepMs = days * kDayMs;
            break;
        }
    }
    const qint64 pad = std::max(kDayMs / 2, span / 25);
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    m_axisX->setStartValue(double(minX - pad));
    for (qint64 x = minX; x <= maxX + pad; x += stepMs)
        m_axisX->append(QDateTime::fromMSecsSinceEpoch(x, Qt::UTC).toString(u"yyyy-MM-dd"_s), double(x));
    m_axisX->setRange(double(minX - pad), double(maxX + pad));
}

QLineSeries *PrecisionChart::lineSeries(Emotion emotion) const
{
    return m_curves.value(int(emotion)).line;
}

QAreaSeries *PrecisionChart::bandSeries(Emotion emotion) const
{
    return m_curves.value(int(emotion)).band;
}

QString PrecisionChart::tooltipFor(Emotion emotion, qint64 xMs) const
{
    for (const PrecisionSeries &s : m_data) {
        if (s.emotion != emotion || s.points.isEmpty())
            continue;
        const PrecisionPoint *nearest = &s.points.first();
        for (const PrecisionPoint &p : s.points) {
            if (std::llabs(p.bucketStart.toMSecsSinceEpoch() - xMs)
                < std::llabs(nearest->bucketStart.toMSecsSinceEpoch() - xMs))
                nearest = &p;
        }
        if (!nearest->precision)
            return tr("%1, %2: no data").arg(displayName(emotion), nearest->bucketStart.date().toString(Qt::ISODate));
        return tr("%1, %2\nprecision %3%\n95% interval %4–%5%\n%6 TP, %7 FP (n = %8)")
            .arg(displayName(emotion), nearest->bucketStart.date().toString(Qt::ISODate))
            .arg(*nearest->precision * 100.0, 0, 'f', 1)
            .arg(nearest->interval->lower * 100.0, 0, 'f', 1)
            .arg(nearest->interval->upper * 100.0, 0, 'f', 1)
            .arg(nearest->truePositives)
            .arg(nearest->falsePositives)
            .arg(nearest->samples());
    }
    return {};
}

bool PrecisionChart::exportPng(const QString &path, QString *error)
{
    ensureChart();
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool PrecisionChart::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(precisionCsv(m_data).toUtf8()) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace calib
