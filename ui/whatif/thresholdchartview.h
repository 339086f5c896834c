#pragma once

#include <QChartView>

#include <optional>

class QAbstractSeries;

namespace calib {

// A chart view whose x axis is a threshold: pressing the left button in the plot area
// and dragging moves the proposed threshold (thresholdDragged with the x value under the
// pointer, mapped through the axes of the reference series).
class ThresholdChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ThresholdChartView(QChart *chart, QWidget *parent = nullptr);

    // The series whose axes map positions to values (the proposed marker).
    void setReferenceSeries(QAbstractSeries *series) { m_reference = series; }
    [[nodiscard]] bool isDragging() const { return m_dragging; }

Q_SIGNALS:
    void thresholdDragged(double threshold);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // The threshold under a viewport position, or nothing outside the plot area.
    [[nodiscard]] std::optional<double> thresholdAt(const QPointF &viewportPos, bool requirePlotArea) const;

    QAbstractSeries *m_reference = nullptr;
    bool m_dragging = false;
};

} // namespace calib
