#pragma once

#include "services/precisionseries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

class QAreaSeries;
class QCategoryAxis;
class QLabel;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace calib {

// Precision over time per emotion: a line per emotion (precision in %), a translucent
// Wilson 95% band around it, vertical markers where a calibration was applied, and a
// tooltip per point with the bucket, precision, interval and sample count. The chart is
// created on first use; series are downsampled (LTTB, about two points per pixel) and
// updated with replace(), never per-point append(). The time axis is labelled with UTC
// dates at bucket starts (x values are ms since the epoch), as many as fit the width.
class PrecisionChart final : public QWidget
{
    Q_OBJECT
public:
    explicit PrecisionChart(QWidget *parent = nullptr);
    ~PrecisionChart() override;

    void setData(const QList<PrecisionSeries> &series, const QList<QDateTime> &calibrationChanges);
    // Low-level update of one emotion's curves (x in ms since epoch, y in %): downsampled
    // to maxPoints() and replaced in one go.
    void setCurves(Emotion emotion, const QList<QPointF> &precision, const QList<QPointF> &lower,
                   const QList<QPointF> &upper);
    [[nodiscard]] qsizetype maxPoints() const;

    [[nodiscard]] bool hasChart() const { return m_chart != nullptr; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QLineSeries *lineSeries(Emotion emotion) const;
    [[nodiscard]] QAreaSeries *bandSeries(Emotion emotion) const;
    [[nodiscard]] int markerCount() const { return int(m_markers.size()); }
    [[nodiscard]] const QList<PrecisionSeries> &data() const { return m_data; }
    // Tooltip text for the point nearest to x (ms) on this emotion's line.
    [[nodiscard]] QString tooltipFor(Emotion emotion, qint64 xMs) const;

    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Curves
    {
        QLineSeries *line = nullptr;
        QLineSeries *lower = nullptr;
        QLineSeries *upper = nullptr;
        QAreaSeries *band = nullptr;
    };
    void ensureChart();
    Curves &curvesFor(Emotion emotion);
    void updateAxes();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QHash<int, Curves> m_curves;
    QList<QLineSeries *> m_markers;
    QList<PrecisionSeries> m_data;
    QList<QDateTime> m_changes;
    QLabel *m_emptyLabel;
};

} // namespace calib
