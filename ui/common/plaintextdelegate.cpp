#include "common/plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace calib {

namespace {

// The text margin QCommonStyle uses for item views (PM_FocusFrameHMargin + 1).
int textMargin(const QStyle *style, const QWidget *widget)
{
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

} // namespace

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.index = index;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The panel: selection, alternate row colour and hover, as the style draws them.
    opt.features = option.features & QStyleOptionViewItem::Alternate;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QVariant display = index.data(Qt::DisplayRole);
    if (display.isValid()) {
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : !(opt.state & QStyle::State_Active)                               ? QPalette::Inactive
                                                                                : QPalette::Normal;
        QFont font = opt.font;
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = qvariant_cast<QFont>(f).resolve(font);
        QColor color = opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
        if (!(opt.state & QStyle::State_Selected)) {
            if (const QVariant fg = index.data(Qt::ForegroundRole); fg.canConvert<QBrush>())
                color = qvariant_cast<QBrush>(fg).color();
        }
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        if (const QVariant a = index.data(Qt::TextAlignmentRole); a.isValid())
            alignment = Qt::Alignment::fromInt(a.toInt());
        const int margin = textMargin(style, widget);
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &shown
            = laidOut(display.toString(), font, textRect.width(), opt.textElideMode, opt.direction);
        const QSizeF size = shown.size();
        alignment = QStyle::visualAlignment(opt.direction, alignment);
        qreal x = textRect.left();
        if (alignment & Qt::AlignRight)
            x = textRect.right() + 1 - size.width();
        else if (alignment & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - size.width()) / 2;
        qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
        if (alignment & Qt::AlignTop)
            y = textRect.top();
        else if (alignment & Qt::AlignBottom)
            y = textRect.bottom() + 1 - size.height();
        painter->save();
        painter->setClipRect(opt.rect, Qt::IntersectClip);
        painter->setFont(font);
        painter->setPen(color);
        // Whole pixels, as drawText() places text: the same string looks the same in every row.
        painter->drawStaticText(QPointF(std::floor(x), std::floor(y)), shown);
        painter->restore();
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor
            = opt.palette.color((opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled,
                                (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

const QStaticText &PlainTextDelegate::laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                                              Qt::LayoutDirection direction) const
{
    auto fontTexts = std::find_if(m_fonts.begin(), m_fonts.end(), [&](const FontTexts &f) { return f.font == font; });
    if (fontTexts == m_fonts.end()) {
        if (m_fonts.size() >= kMaxCachedFonts)
            m_fonts.removeFirst();
        m_fonts.append({font, {}});
        fontTexts = m_fonts.end() - 1;
    }
    QHash<TextKey, QStaticText> &texts = fontTexts->texts;
    if (texts.size() >= kMaxCachedTexts)
        texts.clear();
    TextKey key {text, width, int(mode), int(direction)};
    auto it = texts.find(key);
    if (it != texts.end())
        return *it;
    // One line: a line break would otherwise start a second line or be drawn as a glyph.
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    QStaticText laid(QFontMetrics(font).elidedText(line, mode, width));
    laid.setTextFormat(Qt::PlainText);
    // The view's direction is the base direction of mixed text, as drawText() has it.
    QTextOption option;
    option.setTextDirection(direction);
    laid.setTextOption(option);
    laid.prepare(QTransform(), font);
    return *texts.insert(std::move(key), std::move(laid));
}

qsizetype PlainTextDelegate::cachedTextCount() const
{
    qsizetype count = 0;
    for (const FontTexts &f : m_fonts)
        count += f.texts.size();
    return count;
}

QSize PlainTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = qvariant_cast<QFont>(f).resolve(font);
    const QFontMetrics metrics(font);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = textMargin(style, option.widget);
    return {metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * margin,
            metrics.height() + 2 * margin};
}

QWidget *PlainTextDelegate::createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return nullptr; // read-only
}

} // namespace calib
