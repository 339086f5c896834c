// PlainTextDelegate, drawn for real in a shown QTableView (offscreen): the selection and
// alternating-row panel from the style, text colour from the palette or ForegroundRole,
// right alignment from TextAlignmentRole, eliding instead of overflowing, and no editor;
// its cache of laid-out text never shows stale text and stays bounded.
#include "common/plaintextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

bool isInk(QRgb pixel, const QColor &background)
{
    return std::abs(qGray(pixel) - qGray(background.rgb())) > 60;
}

// Columns of `cell` (in `image`) that hold text-coloured pixels; the cell's outer 3 px (a
// hover or focus frame) are left out.
QList<int> inkColumns(const QImage &image, const QRect &cell, const QColor &background)
{
    const QRect rect = cell.adjusted(3, 3, -3, -3);
    QList<int> columns;
    for (int x = rect.left(); x <= rect.right(); ++x) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            if (isInk(image.pixel(x, y), background)) {
                columns.append(x);
                break;
            }
        }
    }
    return columns;
}

} // namespace

class TestPlainTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsLikeAnItemView()
    {
        QStandardItemModel model(3, 3);
        model.setItem(0, 0, new QStandardItem(u"left"_s));
        auto *right = new QStandardItem(u"42"_s);
        right->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        model.setItem(0, 1, right);
        const QString longText = u"alert_triggers[0].threshold 0.8 \u2192 0.75; sensitivity_level 0.5 \u2192 0.55"_s;
        model.setItem(0, 2, new QStandardItem(longText));
        auto *red = new QStandardItem(u"rejected"_s);
        red->setForeground(QColor(Qt::red));
        model.setItem(1, 0, red);
        model.setItem(2, 0, new QStandardItem(u"selected"_s));

        QTableView view;
        view.setModel(&model);
        auto *delegate = new PlainTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.setWordWrap(false);
        view.setShowGrid(false);
        view.horizontalHeader()->setStretchLastSection(false);
        for (int c = 0; c < 3; ++c)
            view.setColumnWidth(c, 120);
        view.resize(420, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select);
        view.setEditTriggers(QAbstractItemView::AllEditTriggers);
        QTest::qWait(20);

        QImage image = view.viewport()->grab().toImage();
        const QColor base = view.palette().color(QPalette::Base);
        const QRect leftCell = view.visualRect(model.index(0, 0));
        const QRect rightCell = view.visualRect(model.index(0, 1));
        const QRect longCell = view.visualRect(model.index(0, 2));

        // Text is drawn at the start of a left-aligned cell and the end of a right-aligned one.
        const QList<int> leftInk = inkColumns(image, leftCell, base);
        QVERIFY(!leftInk.isEmpty());
        QVERIFY(leftInk.first() < leftCell.left() + 10);
        QVERIFY(leftInk.last() < leftCell.center().x());
        const QList<int> rightInk = inkColumns(image, rightCell, base);
        QVERIFY(!rightInk.isEmpty());
        QVERIFY(rightInk.first() > rightCell.center().x());
        QVERIFY(rightInk.last() > rightCell.right() - 10);

        // Long text is elided inside its cell: nothing is drawn beyond it, and the size hint
        // asks for more than the column has.
        const QList<int> longInk = inkColumns(image, longCell, base);
        QVERIFY(!longInk.isEmpty());
        QVERIFY(longInk.last() <= longCell.right());
        QStyleOptionViewItem option;
        option.initFrom(&view);
        QVERIFY(delegate->sizeHint(option, model.index(0, 2)).width() > longCell.width());
        QCOMPARE(delegate->sizeHint(option, model.index(0, 0)).height(),
                 view.fontMetrics().height() + 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1));

        // ForegroundRole colours the text.
        const QRect redCell = view.visualRect(model.index(1, 0));
        bool reddish = false;
        for (int x = redCell.left(); x <= redCell.right() && !reddish; ++x) {
            for (int y = redCell.top(); y <= redCell.bottom() && !reddish; ++y) {
                const QColor c = image.pixelColor(x, y);
                reddish = c.red() > 150 && c.green() < 100 && c.blue() < 100;
            }
        }
        QVERIFY(reddish);

        // The selected cell has the highlight behind highlighted text.
        const QRect selectedCell = view.visualRect(model.index(2, 0));
        const QColor highlight = view.palette().color(QPalette::Active, QPalette::Highlight);
        const QColor corner = image.pixelColor(selectedCell.right() - 2, selectedCell.center().y());
        QVERIFY2(std::abs(corner.red() - highlight.red()) < 16 && std::abs(corner.green() - highlight.green()) < 16
                     && std::abs(corner.blue() - highlight.blue()) < 16,
                 qPrintable(u"%1 vs %2"_s.arg(corner.name(), highlight.name())));
        QVERIFY(!inkColumns(image, selectedCell, highlight).isEmpty());

        // Read-only: no editor opens, whatever the triggers.
        QVERIFY(!delegate->createEditor(view.viewport(), option, model.index(0, 0)));
        QVERIFY(!view.viewport()->findChild<QLineEdit *>());
        view.setCurrentIndex(model.index(0, 0));
        view.edit(model.index(0, 0));
        QVERIFY(!view.viewport()->findChild<QLineEdit *>());
        // (The same call opens an editor with Qt's standard delegate.)
        view.setItemDelegate(new QStyledItemDelegate(&view));
        view.edit(model.index(0, 0));
        QVERIFY(view.viewport()->findChild<QLineEdit *>());
    }

    // What a cell shows follows its text, its width and the font, whatever was drawn before.
    void cachedTextFollowsTextWidthAndFont()
    {
        QStandardItemModel model(2, 1);
        model.setItem(0, 0, new QStandardItem(u"iiii"_s));
        model.setItem(1, 0, new QStandardItem(u"iiii"_s));
        QTableView view;
        view.setModel(&model);
        auto *delegate = new PlainTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.setShowGrid(false);
        view.horizontalHeader()->setStretchLastSection(false);
        view.setColumnWidth(0, 300);
        view.setFocusPolicy(Qt::NoFocus); // no current cell, so no focus frame in row 0
        view.resize(400, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QColor base = view.palette().color(QPalette::Base);
        const auto inkWidth = [&](int row) {
            const QImage image = view.viewport()->grab().toImage();
            const QList<int> ink = inkColumns(image, view.visualRect(model.index(row, 0)), base);
            return ink.isEmpty() ? 0 : ink.last() - ink.first() + 1;
        };
        const int narrow = inkWidth(0);
        QVERIFY(narrow > 0);
        QCOMPARE(inkWidth(1), narrow); // the same text, drawn from the cache, looks the same

        model.item(0, 0)->setText(u"WWWWWWWW"_s);
        QTest::qWait(20);
        QVERIFY2(inkWidth(0) > 3 * narrow, "the new text is drawn, not the cached one");
        QCOMPARE(inkWidth(1), narrow);

        // A narrower column elides the same text again, inside the cell.
        const QString longText = u"WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"_s;
        model.item(0, 0)->setText(longText);
        QTest::qWait(20);
        const int wide = inkWidth(0);
        view.setColumnWidth(0, 120);
        QTest::qWait(20);
        const int elided = inkWidth(0);
        QVERIFY(elided > 0);
        QVERIFY(elided < wide);
        // Exactly what a delegate that never saw the wider column draws (text elided at the
        // old width and clipped would be wider).
        {
            QStandardItemModel fresh(1, 1);
            fresh.setItem(0, 0, new QStandardItem(longText));
            QTableView other;
            other.setModel(&fresh);
            other.setItemDelegate(new PlainTextDelegate(&other));
            other.setShowGrid(false);
            other.setFocusPolicy(Qt::NoFocus);
            other.horizontalHeader()->setStretchLastSection(false);
            other.setColumnWidth(0, 120);
            other.resize(400, 150);
            other.show();
            QVERIFY(QTest::qWaitForWindowExposed(&other));
            const QList<int> ink
                = inkColumns(other.viewport()->grab().toImage(), other.visualRect(fresh.index(0, 0)), base);
            QVERIFY(!ink.isEmpty());
            QCOMPARE(elided, ink.last() - ink.first() + 1);
        }

        // A bigger font draws bigger text.
        view.setColumnWidth(0, 300);
        model.item(0, 0)->setText(u"iiii"_s);
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        view.setFont(big);
        QTest::qWait(20);
        QVERIFY(inkWidth(0) > narrow * 3 / 2);
    }

    // Rows in another font (FontRole) keep their own cache: repainting a view that mixes two
    // fonts lays nothing out again, and each row is drawn in its own font.
    void mixedFontsDoNotThrashTheCache()
    {
        QStandardItemModel model(6, 1);
        QFont bold = QApplication::font();
        bold.setBold(true);
        for (int r = 0; r < 6; ++r) {
            auto *item = new QStandardItem(u"status %1"_s.arg(r % 2));
            if (r % 2)
                item->setFont(bold);
            model.setItem(r, 0, item);
        }
        QTableView view;
        view.setModel(&model);
        auto *delegate = new PlainTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.setFocusPolicy(Qt::NoFocus);
        view.resize(300, 250);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        (void)view.viewport()->grab();
        QCOMPARE(delegate->cachedTextCount(), 2); // "status 0" regular, "status 1" bold
        view.viewport()->update();
        (void)view.viewport()->grab();
        QCOMPARE(delegate->cachedTextCount(), 2);
    }

    // Many distinct texts (a long scroll through the audit trail) do not grow the cache
    // beyond its bound, and drawing goes on correctly once it has started over.
    void cacheStaysBounded()
    {
        const int rows = int(PlainTextDelegate::kMaxCachedTexts) + 500;
        QStandardItemModel model(rows, 1);
        for (int r = 0; r < rows; ++r)
            model.setItem(r, 0, new QStandardItem(u"event %1"_s.arg(r)));
        QTableView view;
        view.setModel(&model);
        PlainTextDelegate delegate;
        QImage image(200, 30, QImage::Format_ARGB32_Premultiplied);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 200, 30);
        option.textElideMode = Qt::ElideRight;
        qsizetype most = 0;
        for (int r = 0; r < rows; ++r) {
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(r, 0));
            most = std::max(most, delegate.cachedTextCount());
        }
        QCOMPARE(most, PlainTextDelegate::kMaxCachedTexts);
        QVERIFY(delegate.cachedTextCount() < PlainTextDelegate::kMaxCachedTexts);
        QVERIFY(!inkColumns(image, option.rect, Qt::white).isEmpty());
    }
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
