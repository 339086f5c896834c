// PlainTextDelegate, drawn for real in a shown QTableView (offscreen): the selection and
// alternating-row panel from the style, text colour from the palette or ForegroundRole,
// right alignment from TextAlignmentRole, eliding instead of overflowing, and no editor.
#include "common/plaintextdelegate.h"

#include <QHeaderView>
#include <QLineEdit>
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
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
