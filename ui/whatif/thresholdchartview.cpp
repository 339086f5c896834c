#include "whatif/thresholdchartview.h"

#include <QAbstractSeries>
#include <QChart>
#include <QMouseEvent>

#include <algorithm>

namespace calib {

ThresholdChartView::ThresholdChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand);
    setCursor(Qt::SizeHorCursor);
}

std::optional<double> ThresholdChartView::thresholdAt(const QPointF &viewportPos, bool requirePlotArea) const
{
    QChart *c = chart();
    if (!c || !m_reference)
        return std::nullopt;
    const QPointF chartPos = c->mapFromScene(mapToScene(viewportPos.toPoint()));
    const QRectF plot = c->plotArea();
    if (requirePlotArea && !plot.contains(chartPos))
        return std::nullopt;
    const QPointF clamped(std::clamp(chartPos.x(), plot.left(), plot.right()), chartPos.y());
    return c->mapToValue(clamped, m_reference).x();
}

void ThresholdChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const std::optional<double> t = thresholdAt(event->position(), true)) {
            m_dragging = true;
            event->accept();
            Q_EMIT thresholdDragged(*t);
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void ThresholdChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        if (const std::optional<double> t = thresholdAt(event->position(), false)) {
            event->accept();
            Q_EMIT thresholdDragged(*t);
            return;
        }
    }
    QChartView::mouseMoveEvent(event);
}

void ThresholdChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace calib
