#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/polaritymatrixeditor.h"
#include "editor/polarityscalewidget.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QUndoStack>

using namespace calib;

class TestPolarityEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void rangesComeFromConstraints_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const NumberBound &b) {
            QTest::newRow(name) << QString::fromLatin1(name) << b.min << b.max << b.step << b.decimals
                                << QString::fromLatin1(b.field);
        };
        row("polarityNegativeSpinBox", constraints::polarityNegative);
        row("polarityNeutralSpinBox", constraints::polarityNeutral);
        row("polarityPositiveSpinBox", constraints::polarityPositive);
    }

    void rangesComeFromConstraints()
    {
        QFETCH(QString, objectName);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(int, decimals);
        QFETCH(QString, field);
        CalibrationDocument document;
        document.reset(Calibration::tenantDefault());
        PolarityMatrixEditor editor(&document);
        auto *spin = editor.findChild<QDoubleSpinBox *>(objectName);
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), min);
        QCOMPARE(spin->maximum(), max);
        QCOMPARE(spin->singleStep(), step);
        QCOMPARE(spin->decimals(), decimals);
        QVERIFY2(spin->toolTip().contains(field), qPrintable(spin->toolTip()));
        QVERIFY(!spin->accessibleName().isEmpty());
    }

    void showsValuesAndScale()
    {
        CalibrationDocument document;
        Calibration c = Calibration::tenantDefault();
        c.polarityMatrix = {-0.4, 0.1, 0.7};
        document.reset(c);
        PolarityMatrixEditor editor(&document);
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNegativeSpinBox"))->value(), -0.4);
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNeutralSpinBox"))->value(), 0.1);
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityPositiveSpinBox"))->value(), 0.7);
        auto *scale = editor.findChild<PolarityScaleWidget *>(QStringLiteral("polarityScaleWidget"));
        QVERIFY(scale);
        QCOMPARE(scale->matrix(), c.polarityMatrix);

        c.polarityMatrix.positive = 0.9;
        document.reset(c);
        QCOMPARE(scale->matrix().positive, 0.9);
        QCOMPARE(editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityPositiveSpinBox"))->value(), 0.9);
    }

    void stepsMergeIntoOneUndoStep()
    {
        CalibrationDocument document;
        QUndoStack stack;
        document.setUndoStack(&stack);
        document.reset(Calibration::tenantDefault());
        PolarityMatrixEditor editor(&document);
        auto *spin = editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNegativeSpinBox"));
        spin->stepBy(1);
        spin->stepBy(1);
        QCOMPARE(document.calibration().polarityMatrix.negative, -0.5);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Change negative polarity to -0.50"));

        // A different field starts a new step.
        editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNeutralSpinBox"))->stepBy(1);
        QCOMPARE(stack.count(), 2);

        stack.undo();
        QCOMPARE(document.calibration().polarityMatrix.neutral, 0.0);
        stack.undo();
        QCOMPARE(document.calibration().polarityMatrix.negative, -0.6);
        QCOMPARE(spin->value(), -0.6);
        stack.redo();
        QCOMPARE(spin->value(), -0.5);
    }

    void outOfRangeShownUnclampedWithError()
    {
        CalibrationDocument document;
        Calibration c = Calibration::tenantDefault();
        c.polarityMatrix.neutral = 0.8; // above 0.5
        document.reset(c);
        PolarityMatrixEditor editor(&document);
        auto *spin = editor.findChild<QDoubleSpinBox *>(QStringLiteral("polarityNeutralSpinBox"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("polarityNeutralMessageLabel"));
        QCOMPARE(spin->value(), 0.8); // not silently clamped to 0.5
        QCOMPARE(spin->property("problem").toString(), QStringLiteral("error"));
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), constraints::polarityNeutral.message());
        QVERIFY(spin->toolTip().contains(constraints::polarityNeutral.message()));

        spin->setValue(0.2);
        QCOMPARE(document.calibration().polarityMatrix.neutral, 0.2);
        QCOMPARE(spin->property("problem").toString(), QString());
        QVERIFY(message->isHidden());
        QVERIFY(!spin->toolTip().contains(constraints::polarityNeutral.message()));
        QCOMPARE(spin->maximum(), constraints::polarityNeutral.max); // range back to the constraint
    }

    void scalePaintsInLightAndDarkPalettes()
    {
        PolarityScaleWidget scale;
        scale.setMatrix({-0.6, 0.0, 0.6});
        scale.resize(scale.sizeHint());
        const QImage light = scale.grab().toImage();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        scale.setPalette(dark);
        const QImage darkImage = scale.grab().toImage();
        QVERIFY(!light.isNull());
        QVERIFY(light != darkImage);
        // The anchors move the markers.
        scale.setMatrix({-1.0, 0.5, 1.0});
        QVERIFY(scale.grab().toImage() != darkImage);
        QVERIFY(scale.toolTip().contains(QStringLiteral("-1.00")));
    }
};

QTEST_MAIN(TestPolarityEditor)
#include "tst_polarityeditor.moc"
