#include "editor/problemstyle.h"

#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace calib::problemstyle {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1.0 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1.0 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1.0 - t) + b.blueF() * t));
}

QColor accent(const QPalette &palette, Severity severity)
{
    const bool dark = isDark(palette);
    if (severity == Severity::Error)
        return dark ? QColor(255, 135, 135) : QColor(190, 20, 30);
    return dark ? QColor(240, 190, 80) : QColor(160, 100, 0);
}

} // namespace

QColor textColor(const QPalette &palette, Severity severity)
{
    // Pull the accent slightly towards the normal text colour so it keeps contrast.
    return mix(accent(palette, severity), palette.color(QPalette::Text), 0.15);
}

QColor backgroundColor(const QPalette &palette, Severity severity)
{
    // Tinted enough to see, light enough that the problem text on it keeps a contrast of at
    // least 4.5:1 (WCAG AA) in light and dark palettes.
    return mix(palette.color(QPalette::Base), accent(palette, severity), isDark(palette) ? 0.25 : 0.18);
}

QIcon icon(const QPalette &palette, Severity severity)
{
    static QHash<QString, QIcon> cache;
    const QColor fill = accent(palette, severity);
    const QString key = fill.name() % QString::number(static_cast<int>(severity));
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    QIcon result;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        const double margin = size / 16.0;
        if (severity == Severity::Error) {
            painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        } else {
            const QPolygonF triangle {QPointF(size / 2.0, margin), QPointF(size - margin, size - margin),
                                      QPointF(margin, size - margin)};
            painter.drawPolygon(triangle);
        }
        painter.setPen(QPen(isDark(palette) ? QColor(20, 20, 20) : QColor(255, 255, 255), size / 8.0, Qt::SolidLine,
                            Qt::RoundCap));
        const double top = severity == Severity::Error ? size * 0.25 : size * 0.38;
        painter.drawLine(QPointF(size / 2.0, top), QPointF(size / 2.0, size * 0.62));
        painter.drawPoint(QPointF(size / 2.0, size * 0.78));
        painter.end();
        result.addPixmap(pixmap);
    }
    cache.insert(key, result);
    return result;
}

std::optional<Severity> worst(const QList<Violation> &problems)
{
    std::optional<Severity> result;
    for (const Violation &v : problems) {
        if (v.severity == Severity::Error)
            return Severity::Error;
        result = Severity::Warning;
    }
    return result;
}

void markField(QWidget *field, const QList<Violation> &problems, const QString &baseToolTip)
{
    const std::optional<Severity> severity = worst(problems);
    const char *name = !severity ? "" : (*severity == Severity::Error ? "error" : "warning");
    if (field->property("problem").toString() != QLatin1StringView(name)) {
        field->setProperty("problem", QString::fromLatin1(name));
        // Let style sheets that select on [problem="error"] re-evaluate.
        field->style()->unpolish(field);
        field->style()->polish(field);
    }

    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : field->palette();
    if (severity) {
        palette.setColor(QPalette::Base, backgroundColor(palette, *severity));
        field->setPalette(palette);
    } else {
        field->setPalette(QPalette());
    }

    QStringList lines;
    if (!baseToolTip.isEmpty())
        lines << baseToolTip;
    for (const Violation &v : problems)
        lines << v.message;
    field->setToolTip(lines.join(u'\n'));
}

void showMessages(QLabel *label, const QList<Violation> &problems)
{
    if (problems.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    QStringList messages;
    for (const Violation &v : problems) {
        if (!messages.contains(v.message))
            messages << v.message;
    }
    // The parent's palette is current even while a palette change is still propagating.
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    palette.setColor(QPalette::WindowText, textColor(palette, worst(problems).value_or(Severity::Error)));
    label->setPalette(palette);
    label->setText(messages.join(u'\n'));
    label->setVisible(true);
}

} // namespace calib::problemstyle
