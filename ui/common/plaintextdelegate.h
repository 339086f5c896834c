#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace calib {

// A delegate for large read-only tables of one-line text (the audit trail): it draws the
// item panel through the style (selection, alternating rows, hover) and the text with one
// QPainter::drawText of the elided string, instead of QStyledItemDelegate's full item layout
// (check box, icon and a QTextLayout per cell), which is most of a repaint at this scale.
// Honours the font, the text alignment and foreground roles, the palette (light and dark,
// disabled and inactive groups) and the focus frame; no editing, no icons, no check boxes.
//
// The elided, laid-out text of each cell is kept as a QStaticText keyed by its text, width,
// elide mode and direction, per font, so a repaint of rows seen before (a scroll, rows
// shifting after an insert, values that repeat down a column) does neither the elision nor
// the shaping again. Each font's cache holds at most kMaxCachedTexts entries and starts over
// when full; at most kMaxCachedFonts fonts are kept (the least recently added goes).
class PlainTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr qsizetype kMaxCachedTexts = 4096;
    static constexpr qsizetype kMaxCachedFonts = 4;
    // Cells laid out and kept, over all fonts (for tests).
    [[nodiscard]] qsizetype cachedTextCount() const;

private:
    struct TextKey
    {
        QString text;
        int width = 0;
        int elideMode = 0;
        int direction = 0;
        friend bool operator==(const TextKey &, const TextKey &) = default;
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elideMode, key.direction);
        }
    };
    struct FontTexts
    {
        QFont font;
        QHash<TextKey, QStaticText> texts;
    };
    const QStaticText &laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                               Qt::LayoutDirection direction) const;

    mutable QList<FontTexts> m_fonts; // most recently added last
};

} // namespace calib
