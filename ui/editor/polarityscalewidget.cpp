#include "editor/polarityscalewidget.h"

#include "core/constraints.h"
#include "editor/problemstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace calib {

PolarityScaleWidget::PolarityScaleWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Polarity scale"));
    setMatrix(m_matrix);
}

void PolarityScaleWidget::setMatrix(const PolarityMatrix &matrix)
{
    m_matrix = matrix;
    const QString description
        = tr("Negative %1, neutral %2, positive %3 on a scale from -1 to 1")
              .arg(QString::number(matrix.negative, 'f', 2), QString::number(matrix.neutral, 'f', 2),
                   QString::number(matrix.positive, 'f', 2));
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

QSize PolarityScaleWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {320, 4 * line + 18};
}

QSize PolarityScaleWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {180, 4 * line + 18};
}

void PolarityScaleWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const double margin = fm.horizontalAdvance(QStringLiteral("-1.0")) / 2.0 + 4;
    const double left = margin;
    const double right = width() - margin;
    const double axisY = 2 * line + 10; // room for two rows of anchor names
    const auto xFor = [&](double v) {
        return left + (std::clamp(v, -1.0, 1.0) + 1.0) / 2.0 * (right - left);
    };

    // Axis with ticks and labels every 0.5.
    QColor axisColor = pal.color(QPalette::WindowText);
    axisColor.setAlphaF(0.55f);
    painter.setPen(QPen(axisColor, 1.5));
    painter.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    painter.setFont(font());
    for (int i = -2; i <= 2; ++i) {
        const double v = i / 2.0;
        const double x = xFor(v);
        painter.setPen(QPen(axisColor, 1));
        painter.drawLine(QPointF(x, axisY - 4), QPointF(x, axisY + 4));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString label = QString::number(v, 'f', 1);
        const QRectF box(x - 30, axisY + 6, 60, line);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // The three anchors: a marker on the axis, a short name above it.
    struct Anchor
    {
        double value;
        QString name;
        const NumberBound *bound;
    };
    const std::array<Anchor, 3> anchors {{
        {m_matrix.negative, tr("neg"), &constraints::polarityNegative},
        {m_matrix.neutral, tr("neu"), &constraints::polarityNeutral},
        {m_matrix.positive, tr("pos"), &constraints::polarityPositive},
    }};
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QList<QRectF> placed;
    for (const Anchor &a : anchors) {
        const bool inRange = a.bound->contains(a.value);
        const QColor fill = inRange ? pal.color(QPalette::Highlight) : problemstyle::textColor(pal, Severity::Error);
        const double x = xFor(a.value);
        QPainterPath marker;
        marker.moveTo(x, axisY + 1);
        marker.lineTo(x - 6, axisY - 9);
        marker.lineTo(x + 6, axisY - 9);
        marker.closeSubpath();
        painter.setPen(QPen(pal.color(QPalette::Base), 1));
        painter.setBrush(fill);
        painter.drawPath(marker);
        painter.setFont(bold);
        painter.setPen(fill);
        // Names of anchors close together go one row up instead of overlapping.
        const double nameWidth = boldMetrics.horizontalAdvance(a.name) + 6;
        QRectF nameRect(x - nameWidth / 2, axisY - 10 - line, nameWidth, line);
        if (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(nameRect); }))
            nameRect.translate(0, -line);
        placed << nameRect;
        painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignBottom, a.name);
    }
}

} // namespace calib
