#pragma once

#include <QStyledItemDelegate>

namespace calib {

// A delegate for large read-only tables of one-line text (the audit trail): it draws the
// item panel through the style (selection, alternating rows, hover) and the text with one
// QPainter::drawText of the elided string, instead of QStyledItemDelegate's full item layout
// (check box, icon and a QTextLayout per cell), which is most of a repaint at this scale.
// Honours the font, the text alignment and foreground roles, the palette (light and dark,
// disabled and inactive groups) and the focus frame; no editing, no icons, no check boxes.
class PlainTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace calib
