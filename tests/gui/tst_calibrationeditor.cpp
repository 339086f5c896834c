#include "core/constraints.h"
#include "editor/calibrationeditor.h"
#include "editor/problemslistwidget.h"
#include "editor/problemstyle.h"
#include "editor/triggertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>
#include <vector>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

// Mean HSL lightness (0..255) over a grid of pixels.
int meanLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++n;
        }
    }
    return n ? int(sum / n) : 0;
}

// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    p.setColor(QPalette::Highlight, QColor(60, 130, 220));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::ToolTipBase, QColor(45, 45, 48));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    return p;
}

} // namespace

class TestCalibrationEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void everyModelPassesTheTester()
    {
        CalibrationEditor editor;
        editor.setCalibration(Calibration::tenantDefault());
        const QList<QAbstractItemView *> views = editor.findChildren<QAbstractItemView *>();
        int testers = 0;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> kept;
        for (QAbstractItemView *view : views) {
            if (!view->model() || view->objectName().isEmpty())
                continue;
            kept.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            ++testers;
        }
        QCOMPARE(testers, 3); // triggers, interaction ids, problems
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        table->setFocus();
        editor.findChild<QPushButton *>(QStringLiteral("addTriggerButton"))->click();
        table->model()->setData(table->model()->index(2, 1), static_cast<int>(Directive::Block));
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        editor.undoStack()->redo();
    }

    void polarityFieldShowsAndClearsError()
    {
        CalibrationEditor editor;
        editor.setCalibration(Calibration::tenantDefault());
        QVERIFY(editor.isValid());
        QSignalSpy validity(&editor, &CalibrationEditor::validityChanged);
        Calibration bad = Calibration::tenantDefault();
        bad.polarityMatrix.positive = 1.4;
        editor.setCalibration(bad);
        QVERIFY(!editor.isValid());
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.last().at(0).toBool(), false);

        auto *spin = editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityPositiveSpinBox"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("polarityPositiveMessageLabel"));
        QCOMPARE(spin->value(), 1.4);
        QCOMPARE(spin->property("problem").toString(), QStringLiteral("error"));
        QCOMPARE(spin->palette().color(QPalette::Base),
                 problemstyle::backgroundColor(editor.palette(), Severity::Error));
        QVERIFY(!message->isHidden());
        QVERIFY(spin->toolTip().contains(constraints::polarityPositive.message()));

        spin->setValue(0.7);
        QVERIFY(editor.isValid());
        QCOMPARE(validity.last().at(0).toBool(), true);
        QCOMPARE(spin->property("problem").toString(), QString());
        QVERIFY(message->isHidden());
        QVERIFY(spin->palette().color(QPalette::Base)
                != problemstyle::backgroundColor(editor.palette(), Severity::Error));
    }

    void sensitivityShowsAndClearsErrorAndStaysInSync()
    {
        CalibrationEditor editor;
        Calibration bad = Calibration::tenantDefault();
        bad.sensitivityLevel = 1.2;
        editor.setCalibration(bad);
        auto *spin = editor.findChild<QDoubleSpinBox *>(QStringLiteral("sensitivitySpinBox"));
        auto *slider = editor.findChild<QSlider *>(QStringLiteral("sensitivitySlider"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("sensitivityMessageLabel"));
        QCOMPARE(spin->value(), 1.2);
        QCOMPARE(slider->value(), slider->maximum());
        QCOMPARE(spin->property("problem").toString(), QStringLiteral("error"));
        QCOMPARE(message->text(), constraints::sensitivityLevel.message());
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.undoStack()->count(), 0); // showing the value did not edit it

        // The slider drives the spin box and the calibration, and a drag is one undo step.
        slider->setValue(40);
        slider->setValue(62);
        QCOMPARE(spin->value(), 0.62);
        QCOMPARE(editor.calibration().sensitivityLevel, 0.62);
        QVERIFY(editor.isValid());
        QVERIFY(message->isHidden());
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Change sensitivity to 0.62"));

        // The spin box drives the slider.
        spin->setValue(0.3);
        QCOMPARE(slider->value(), 30);
        QCOMPARE(editor.calibration().sensitivityLevel, 0.3);

        editor.undoStack()->undo();
        QCOMPARE(editor.calibration().sensitivityLevel, 1.2);
        QCOMPARE(spin->value(), 1.2);
        QCOMPARE(spin->property("problem").toString(), QStringLiteral("error"));
        editor.undoStack()->redo();
        QCOMPARE(slider->value(), 30);
    }

    void triggerCellsShowAndClearErrors()
    {
        CalibrationEditor editor;
        Calibration bad = Calibration::tenantDefault();
        bad.alertTriggers = {{Emotion::Anger, 0.5, Directive::Block},
                             {Emotion::Anger, 0.8, Directive::Notify},
                             {Emotion::Anger, 0.9, Directive::Notify}};
        editor.setCalibration(bad);
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("triggersMessageLabel"));
        QAbstractItemModel *model = table->model();
        const auto isFlagged = [&](int row, int column) {
            return model->index(row, column).data(Qt::BackgroundRole).isValid();
        };
        QVERIFY(isFlagged(0, TriggerTableModel::ThresholdColumn));
        QVERIFY(!isFlagged(0, TriggerTableModel::EmotionColumn));
        QVERIFY(isFlagged(1, TriggerTableModel::EmotionColumn) && isFlagged(1, TriggerTableModel::DirectiveColumn));
        QVERIFY(isFlagged(2, TriggerTableModel::EmotionColumn) && isFlagged(2, TriggerTableModel::DirectiveColumn));
        QVERIFY(!isFlagged(1, TriggerTableModel::ThresholdColumn));
        QVERIFY(!message->isHidden());
        QVERIFY(!editor.isValid());

        model->setData(model->index(0, TriggerTableModel::ThresholdColumn), 0.75);
        QVERIFY(!isFlagged(0, TriggerTableModel::ThresholdColumn));
        QVERIFY(!editor.isValid());
        model->setData(model->index(2, TriggerTableModel::EmotionColumn), static_cast<int>(Emotion::Confusion));
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column)
                QVERIFY(!isFlagged(row, column));
        }
        QVERIFY(message->isHidden());
        QVERIFY(editor.isValid());
    }

    void interactionIdsShowAndClearErrors()
    {
        CalibrationEditor editor;
        Calibration bad = Calibration::tenantDefault();
        bad.interactionIds.clear();
        editor.setCalibration(bad);
        auto *counter = editor.findChild<QLabel *>(QStringLiteral("interactionIdCounterLabel"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("interactionIdsMessageLabel"));
        QCOMPARE(counter->text(), QStringLiteral("0 / 50"));
        QCOMPARE(counter->property("problem").toString(), QStringLiteral("error"));
        QVERIFY(!message->isHidden());
        QVERIFY(!editor.isValid());

        auto *list = editor.findChild<QListView *>(QStringLiteral("interactionIdList"));
        auto *line = editor.findChild<QLineEdit *>(QStringLiteral("interactionIdLineEdit"));
        line->setText(QStringLiteral("call-1"));
        editor.findChild<QPushButton *>(QStringLiteral("addInteractionIdButton"))->click();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(counter->property("problem").toString(), QString());
        QVERIFY(message->isHidden());
        QVERIFY(editor.isValid());
    }

    void reweightIsUndoable()
    {
        CalibrationEditor editor;
        editor.setCalibration(Calibration::tenantDefault());
        auto *check = editor.findChild<QCheckBox *>(QStringLiteral("reweightCheckBox"));
        QVERIFY(!check->isChecked());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("reweightExplanationLabel"))
                    ->text()
                    .contains(QStringLiteral("background")));
        check->click();
        QVERIFY(editor.calibration().triggerModelReweight);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Turn model reweight on"));
        editor.undoStack()->undo();
        QVERIFY(!check->isChecked());
        QVERIFY(!editor.calibration().triggerModelReweight);
        editor.undoStack()->redo();
        QVERIFY(check->isChecked());
    }

    void everyEditKindUndoesAndRedoes()
    {
        CalibrationEditor editor;
        QUndoStack external;
        editor.setUndoStack(&external);
        editor.setCalibration(Calibration::tenantDefault());
        QSignalSpy changed(&editor, &CalibrationEditor::calibrationChanged);

        editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNegativeSpinBox"))->stepBy(-1);
        editor.findChild<QSlider *>(QStringLiteral("sensitivitySlider"))->setValue(70);
        editor.findChild<QCheckBox *>(QStringLiteral("reweightCheckBox"))->click();
        editor.findChild<QPushButton *>(QStringLiteral("addTriggerButton"))->click();
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        table->setCurrentIndex(table->model()->index(0, 0));
        editor.findChild<QPushButton *>(QStringLiteral("duplicateTriggerButton"))->click();
        table->model()->setData(table->model()->index(1, 0), static_cast<int>(Emotion::Confusion));
        table->setCurrentIndex(table->model()->index(2, 0));
        editor.findChild<QPushButton *>(QStringLiteral("removeTriggerButton"))->click();
        auto *line = editor.findChild<QLineEdit *>(QStringLiteral("interactionIdLineEdit"));
        line->setText(QStringLiteral("a, b c d"));
        editor.findChild<QPushButton *>(QStringLiteral("addInteractionIdButton"))->click();
        auto *ids = editor.findChild<QListView *>(QStringLiteral("interactionIdList"));
        ids->setCurrentIndex(ids->model()->index(0, 0));
        editor.findChild<QPushButton *>(QStringLiteral("removeInteractionIdButton"))->click();

        QCOMPARE(external.count(), 9);
        QVERIFY(changed.size() >= 9);
        const QStringList expected {
            QStringLiteral("Change negative polarity to -0.65"),
            QStringLiteral("Change sensitivity to 0.70"),
            QStringLiteral("Turn model reweight on"),
            QStringLiteral("Add trigger 3"),
            QStringLiteral("Duplicate trigger 1"),
            QStringLiteral("Set trigger 2 emotion to Confusion"),
            QStringLiteral("Remove trigger 3"),
            QStringLiteral("Paste 4 interaction ids"),
            QStringLiteral("Remove interaction id \"default\""),
        };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(external.text(i), expected.at(i));

        const Calibration edited = editor.calibration();
        QCOMPARE(edited.interactionIds.size(), 4);
        QCOMPARE(edited.alertTriggers.size(), 3);
        while (external.canUndo())
            external.undo();
        QCOMPARE(editor.calibration(), Calibration::tenantDefault());
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNegativeSpinBox"))->value(), -0.6);
        QCOMPARE(editor.findChild<QSlider *>(QStringLiteral("sensitivitySlider"))->value(), 50);
        while (external.canRedo())
            external.redo();
        QCOMPARE(editor.calibration(), edited);

        // Loading clears the history; an undoable replace adds one step.
        editor.setCalibration(Calibration::tenantDefault());
        QCOMPARE(external.count(), 0);
        editor.replaceCalibration(edited, QStringLiteral("Import preset"));
        QCOMPARE(external.undoText(), QStringLiteral("Import preset"));
        external.undo();
        QCOMPARE(editor.calibration(), Calibration::tenantDefault());
    }

    void tableShortcutsWhileFocused()
    {
        CalibrationEditor editor;
        editor.setCalibration(Calibration::tenantDefault());
        editor.resize(1100, 750);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->currentIndex().row(), 3);
        QVERIFY(!editor.isValid()); // a duplicated row duplicates its pair
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(editor.isValid());
    }

    void focusFieldForEachPathKind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("polarity") << u"polarity_matrix.neutral"_s << u"polarityNeutralSpinBox"_s << -1 << -1;
        QTest::newRow("matrix") << u"polarity_matrix"_s << u"polarityNegativeSpinBox"_s << -1 << -1;
        QTest::newRow("sensitivity") << u"sensitivity_level"_s << u"sensitivitySpinBox"_s << -1 << -1;
        QTest::newRow("reweight") << u"trigger_model_reweight"_s << u"reweightCheckBox"_s << -1 << -1;
        QTest::newRow("cell") << u"alert_triggers[1].threshold"_s << u"triggerTableView"_s << 1 << 2;
        QTest::newRow("directive") << u"alert_triggers[0].directive"_s << u"triggerTableView"_s << 0 << 1;
        QTest::newRow("row") << u"alert_triggers[1]"_s << u"triggerTableView"_s << 1 << 0;
        QTest::newRow("triggers") << u"alert_triggers"_s << u"triggerTableView"_s << 0 << 0;
        QTest::newRow("id") << u"interaction_ids[2]"_s << u"interactionIdList"_s << 2 << 0;
        QTest::newRow("ids") << u"interaction_ids"_s << u"interactionIdList"_s << -1 << -1;
    }

    void focusFieldForEachPathKind()
    {
        QFETCH(QString, path);
        QFETCH(QString, widget);
        QFETCH(int, row);
        QFETCH(int, column);
        CalibrationEditor editor;
        Calibration c = Calibration::tenantDefault();
        c.interactionIds = {u"a"_s, u"b"_s, u"c"_s};
        editor.setCalibration(c);
        editor.resize(1100, 750);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.focusField(path));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), widget);
        if (row >= 0) {
            auto *view = qobject_cast<QAbstractItemView *>(focus);
            QVERIFY(view);
            QCOMPARE(view->currentIndex().row(), row);
            QCOMPARE(view->currentIndex().column(), column);
        }
    }

    void focusFieldRejectsUnknownPaths()
    {
        CalibrationEditor editor;
        QVERIFY(!editor.focusField(u"no_such_field"_s));
        QVERIFY(!editor.focusField(QString()));
    }

    void problemsListNamesEveryViolationAndFocuses()
    {
        CalibrationEditor editor;
        Calibration bad = Calibration::tenantDefault();
        bad.polarityMatrix.negative = 0.5;
        bad.alertTriggers[1] = {Emotion::Frustration, 0.4, Directive::Block};
        bad.interactionIds << u"default"_s; // duplicate: a warning
        editor.setCalibration(bad);
        editor.resize(1100, 750);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        auto *list = editor.findChild<ProblemsListWidget *>(QStringLiteral("problemsListWidget"));
        QCOMPARE(list->count(), editor.problems().size());
        QCOMPARE(editor.problems().size(), 3);
        // Errors come first, each with an icon; the warning last.
        QCOMPARE(list->item(0)->data(ProblemsListWidget::SeverityRole).toInt(), static_cast<int>(Severity::Error));
        QCOMPARE(list->item(2)->data(ProblemsListWidget::SeverityRole).toInt(), static_cast<int>(Severity::Warning));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!list->item(i)->icon().isNull());

        QListWidgetItem *thresholdItem = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(ProblemsListWidget::PathRole).toString() == u"alert_triggers[1].threshold")
                thresholdItem = list->item(i);
        }
        QVERIFY(thresholdItem);
        QVERIFY(thresholdItem->text().contains(constraints::blockThresholdMessage()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(thresholdItem).center());
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex(), table->model()->index(1, TriggerTableModel::ThresholdColumn));

        // Enter on the first entry focuses the polarity spin box.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("polarityNegativeSpinBox"));

        // Fixing empties the list.
        editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNegativeSpinBox"))->setValue(-0.5);
        table->model()->setData(table->model()->index(1, 2), 0.8);
        editor.findChild<QListView *>(QStringLiteral("interactionIdList"))
            ->model()
            ->setData(editor.findChild<QListView *>(QStringLiteral("interactionIdList"))->model()->index(1, 0),
                      u"other"_s);
        QVERIFY(editor.problems().isEmpty());
        QCOMPARE(list->count(), 1); // the "no problems" line
        QVERIFY(list->item(0)->data(ProblemsListWidget::PathRole).toString().isEmpty());
    }

    void serverErrorsHighlightUntilEdited()
    {
        CalibrationEditor editor;
        editor.setCalibration(Calibration::tenantDefault());
        QSignalSpy validity(&editor, &CalibrationEditor::validityChanged);
        editor.setServerErrors({{u"sensitivity_level"_s, u"rejected by the tenant"_s, Severity::Error},
                                {u"alert_triggers[0].threshold"_s, u"too eager"_s, Severity::Error}});
        QVERIFY(!editor.isValid());
        QCOMPARE(validity.size(), 1);
        auto *spin = editor.findChild<QDoubleSpinBox *>(QStringLiteral("sensitivitySpinBox"));
        auto *table = editor.findChild<QTableView *>(QStringLiteral("triggerTableView"));
        auto *list = editor.findChild<ProblemsListWidget *>(QStringLiteral("problemsListWidget"));
        QCOMPARE(spin->property("problem").toString(), QStringLiteral("error"));
        QVERIFY(spin->toolTip().contains(u"rejected by the tenant"_s));
        QCOMPARE(table->model()->index(0, 2).data(Qt::ToolTipRole).toString(), u"too eager"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"tenant"_s));

        // Editing the sensitivity clears only its error.
        spin->setValue(0.55);
        QCOMPARE(spin->property("problem").toString(), QString());
        QVERIFY(table->model()->index(0, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!editor.isValid());
        table->model()->setData(table->model()->index(0, 2), 0.82);
        QVERIFY(!table->model()->index(0, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(editor.isValid());
        QCOMPARE(validity.last().at(0).toBool(), true);

        // Loading another calibration clears server errors too.
        editor.setServerErrors({{u"polarity_matrix.neutral"_s, u"no"_s, Severity::Error}});
        QVERIFY(!editor.isValid());
        editor.setCalibration(Calibration::tenantDefault());
        QVERIFY(editor.isValid());
    }

    void accessibleNamesAndObjectNames()
    {
        CalibrationEditor editor;
        const QStringList names {
            u"polarityNegativeSpinBox"_s,   u"polarityNeutralSpinBox"_s,    u"polarityPositiveSpinBox"_s,
            u"sensitivitySlider"_s,         u"sensitivitySpinBox"_s,        u"triggerTableView"_s,
            u"addTriggerButton"_s,          u"removeTriggerButton"_s,       u"duplicateTriggerButton"_s,
            u"interactionIdList"_s,         u"interactionIdLineEdit"_s,     u"addInteractionIdButton"_s,
            u"pasteInteractionIdsButton"_s, u"removeInteractionIdButton"_s, u"interactionIdCounterLabel"_s,
            u"reweightCheckBox"_s,          u"problemsListWidget"_s};
        for (const QString &name : names) {
            auto *w = editor.findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
        }
        // Every focusable control is reachable with Tab, in reading order.
        QWidget *w = editor.findChild<QWidget *>(u"polarityNegativeSpinBox"_s);
        QStringList visited;
        for (int i = 0; i < 40 && w; ++i) {
            visited << w->objectName();
            w = w->nextInFocusChain();
            while (w && (w->focusPolicy() & Qt::TabFocus) == 0)
                w = w->nextInFocusChain();
            if (w && w->objectName() == u"polarityNegativeSpinBox")
                break;
        }
        for (const QString &name : names) {
            if (name != u"interactionIdCounterLabel")
                QVERIFY2(visited.contains(name), qPrintable(name));
        }
        QVERIFY(visited.indexOf(u"sensitivitySlider"_s) < visited.indexOf(u"triggerTableView"_s));
        QVERIFY(visited.indexOf(u"triggerTableView"_s) < visited.indexOf(u"interactionIdList"_s));
    }

    void fitsInTheMainWindowAndRendersLightAndDark()
    {
        CalibrationEditor editor;
        Calibration c = Calibration::tenantDefault();
        c.alertTriggers << AlertTrigger {Emotion::Confusion, 0.5, Directive::Block}
                        << AlertTrigger {Emotion::Anger, 0.7, Directive::Notify};
        c.interactionIds << u"call-2024-0001"_s << u"call-2024-0002"_s << u"default"_s;
        c.sensitivityLevel = 0.99;
        c.polarityMatrix.neutral = 0.7;
        editor.setCalibration(c);
        // The central area of a 1100x750 window (menu, toolbar and status bar take the rest).
        editor.resize(1100, 650);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString dir = qEnvironmentVariable("CALIB_SCREENSHOT_DIR");
        const QImage light = editor.grab().toImage();
        editor.setPalette(darkPalette());
        const QImage dark = editor.grab().toImage();
        editor.setPalette(QPalette());
        // The whole editor follows the palette: mostly light in one, mostly dark in the other.
        QVERIFY2(meanLightness(light) > 150, qPrintable(QString::number(meanLightness(light))));
        QVERIFY2(meanLightness(dark) < 100, qPrintable(QString::number(meanLightness(dark))));
        // Error and warning colours stay readable on the field background in both palettes.
        for (const QPalette &palette : {QPalette(), darkPalette()}) {
            for (Severity severity : {Severity::Error, Severity::Warning}) {
                const double ratio = contrast(problemstyle::textColor(palette, severity),
                                              problemstyle::backgroundColor(palette, severity));
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            }
        }
        if (!dir.isEmpty()) {
            QVERIFY(light.save(QDir(dir).filePath(u"editor.png"_s)));
            QVERIFY(dark.save(QDir(dir).filePath(u"editor-dark.png"_s)));
        }
        auto *scroll = editor.findChild<QScrollArea *>(u"editorScrollArea"_s);
        QVERIFY(!scroll->verticalScrollBar()->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        for (QWidget *w : editor.findChildren<QWidget *>()) {
            if (!w->isVisible() || w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"))
                continue;
            QVERIFY2(w->width() >= w->minimumSizeHint().width() && w->height() >= w->minimumSizeHint().height(),
                     qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestCalibrationEditor)
#include "tst_calibrationeditor.moc"
