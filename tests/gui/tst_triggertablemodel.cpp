#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/directivedelegate.h"
#include "editor/emotiondelegate.h"
#include "editor/problemstyle.h"
#include "editor/thresholddelegate.h"
#include "editor/triggertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace calib;

namespace {

Calibration withTriggers(const QList<AlertTrigger> &triggers)
{
    Calibration c = Calibration::tenantDefault();
    c.alertTriggers = triggers;
    return c;
}

bool flagged(const TriggerTableModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    return index.data(Qt::BackgroundRole).isValid() && index.data(Qt::DecorationRole).isValid()
        && !index.data(Qt::ToolTipRole).toString().isEmpty() && index.data(Qt::ForegroundRole).isValid();
}

} // namespace

class TestTriggerTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_document = std::make_unique<CalibrationDocument>();
        m_stack = std::make_unique<QUndoStack>();
        m_document->setUndoStack(m_stack.get());
        m_document->reset(Calibration::tenantDefault());
        m_model = std::make_unique<TriggerTableModel>(m_document.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
        m_stack.reset();
    }

    void showsTriggers()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Emotion"));
        QCOMPARE(m_model->index(0, TriggerTableModel::EmotionColumn).data().toString(), QStringLiteral("Anger"));
        QCOMPARE(m_model->index(0, TriggerTableModel::DirectiveColumn).data().toString(), QStringLiteral("Notify"));
        QCOMPARE(m_model->index(1, TriggerTableModel::ThresholdColumn).data().toString(), QStringLiteral("0.75"));
        QCOMPARE(m_model->index(1, TriggerTableModel::ThresholdColumn).data(Qt::EditRole).toDouble(), 0.75);
        QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!flagged(*m_model, 0, 0));
    }

    void setDataIsUndoable()
    {
        QVERIFY(m_model->setData(m_model->index(0, TriggerTableModel::ThresholdColumn), 0.9));
        QCOMPARE(m_document->calibration().alertTriggers.at(0).threshold, 0.9);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change trigger 1 threshold to 0.90"));
        QVERIFY(m_model->setData(m_model->index(0, TriggerTableModel::ThresholdColumn), 0.91));
        QCOMPARE(m_stack->count(), 1); // consecutive steps on one cell merge

        QVERIFY(m_model->setData(m_model->index(1, TriggerTableModel::EmotionColumn),
                                 static_cast<int>(Emotion::Confusion)));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Set trigger 2 emotion to Confusion"));
        QVERIFY(m_model->setData(m_model->index(1, TriggerTableModel::DirectiveColumn),
                                 static_cast<int>(Directive::Escalate)));
        QCOMPARE(m_model->index(1, 1).data().toString(), QStringLiteral("Escalate"));
        QCOMPARE(m_stack->count(), 3);

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Frustration"));
        m_stack->undo();
        QCOMPARE(m_model->index(0, 2).data(Qt::EditRole).toDouble(), 0.8);
        m_stack->redo();
        QCOMPARE(m_model->index(0, 2).data(Qt::EditRole).toDouble(), 0.91);
    }

    void rejectsBadValues()
    {
        QVERIFY(!m_model->setData(m_model->index(0, 0), 17));
        QVERIFY(!m_model->setData(m_model->index(0, 1), -1));
        QVERIFY(!m_model->setData(m_model->index(0, 2), QStringLiteral("abc")));
        QVERIFY(!m_model->setData(m_model->index(0, 2), 0.5, Qt::DisplayRole));
        QCOMPARE(m_stack->count(), 0);
    }

    void addDuplicateRemoveRows()
    {
        const int added = m_model->addTrigger();
        QCOMPARE(added, 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add trigger 3"));
        // The new row does not start as a duplicate of an existing pair.
        QVERIFY(m_document->isValid());

        QCOMPARE(m_model->duplicateTrigger(0), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_document->calibration().alertTriggers.at(1), m_document->calibration().alertTriggers.at(0));

        m_model->removeTriggers({1, 3});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Remove 2 triggers"));
        QCOMPARE(m_document->calibration(), Calibration::tenantDefault());

        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 4);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 2);
        m_stack->redo();
        QCOMPARE(m_model->rowCount(), 3);
    }

    void duplicatePairFlaggedOnBothRows()
    {
        m_document->reset(withTriggers({{Emotion::Anger, 0.8, Directive::Notify},
                                        {Emotion::Confusion, 0.5, Directive::Log},
                                        {Emotion::Anger, 0.6, Directive::Notify}}));
        QVERIFY(!m_document->isValid());
        for (int row : {0, 2}) {
            QVERIFY2(flagged(*m_model, row, TriggerTableModel::EmotionColumn), qPrintable(QString::number(row)));
            QVERIFY(flagged(*m_model, row, TriggerTableModel::DirectiveColumn));
            QVERIFY(!flagged(*m_model, row, TriggerTableModel::ThresholdColumn));
            QVERIFY(m_model->index(row, 0)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(constraints::duplicateTriggerMessage()));
        }
        QVERIFY(!flagged(*m_model, 1, 0));
        QVERIFY(!flagged(*m_model, 1, 1));

        // Fix it: the flags go away from both rows.
        QVERIFY(m_model->setData(m_model->index(2, 1), static_cast<int>(Directive::Escalate)));
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column)
                QVERIFY(!flagged(*m_model, row, column));
        }
        QVERIFY(m_document->isValid());
    }

    void blockBelowMinimumFlaggedOnThreshold()
    {
        m_document->reset(withTriggers({{Emotion::Anger, 0.5, Directive::Block}}));
        QVERIFY(flagged(*m_model, 0, TriggerTableModel::ThresholdColumn));
        QVERIFY(!flagged(*m_model, 0, TriggerTableModel::EmotionColumn));
        QCOMPARE(m_model->index(0, 2).data(Qt::ToolTipRole).toString(), constraints::blockThresholdMessage());
        QCOMPARE(m_model->index(0, 2).data(Qt::BackgroundRole).value<QColor>(),
                 problemstyle::backgroundColor(QGuiApplication::palette(), Severity::Error));

        QVERIFY(m_model->setData(m_model->index(0, 2), constraints::blockMinThreshold));
        QVERIFY(!flagged(*m_model, 0, TriggerTableModel::ThresholdColumn));
        QVERIFY(m_document->isValid());
    }

    void outOfRangeThresholdFlagged()
    {
        m_document->reset(withTriggers({{Emotion::Anger, 0.99, Directive::Notify}}));
        QVERIFY(flagged(*m_model, 0, TriggerTableModel::ThresholdColumn));
        QCOMPARE(m_model->index(0, 2).data().toString(), QStringLiteral("0.99"));
        QVERIFY(
            m_model->index(0, 2).data(Qt::ToolTipRole).toString().contains(constraints::triggerThreshold.message()));
    }

    void pathsMapToCells()
    {
        QCOMPARE(m_model->indexForPath(QStringLiteral("alert_triggers[1].threshold")), m_model->index(1, 2));
        QCOMPARE(m_model->indexForPath(QStringLiteral("alert_triggers[0].directive")), m_model->index(0, 1));
        QCOMPARE(m_model->indexForPath(QStringLiteral("alert_triggers[1]")), m_model->index(1, 0));
        QVERIFY(!m_model->indexForPath(QStringLiteral("alert_triggers[7].emotion")).isValid());
        QVERIFY(!m_model->indexForPath(QStringLiteral("sensitivity_level")).isValid());
    }

    void serverErrorOnCellClearsWhenEdited()
    {
        const Violation server {QStringLiteral("alert_triggers[1].threshold"), QStringLiteral("rejected by tenant")};
        m_document->setServerErrors({server});
        QVERIFY(flagged(*m_model, 1, 2));
        QVERIFY(!m_document->isValid());
        // Editing another cell leaves it.
        QVERIFY(m_model->setData(m_model->index(0, 2), 0.85));
        QVERIFY(flagged(*m_model, 1, 2));
        QVERIFY(m_model->setData(m_model->index(1, 2), 0.7));
        QVERIFY(!flagged(*m_model, 1, 2));
        QVERIFY(m_document->isValid());
    }

    void delegatesEditThroughTheModel()
    {
        QWidget parent;
        QStyleOptionViewItem option;

        EmotionDelegate emotion;
        std::unique_ptr<QWidget> editor(emotion.createEditor(&parent, option, m_model->index(0, 0)));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), allEmotions().size());
        emotion.setEditorData(combo, m_model->index(0, 0));
        QCOMPARE(combo->currentText(), QStringLiteral("Anger"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Emotion::Satisfaction)));
        emotion.setModelData(combo, m_model.get(), m_model->index(0, 0));
        QCOMPARE(m_document->calibration().alertTriggers.at(0).emotion, Emotion::Satisfaction);

        DirectiveDelegate directive;
        editor.reset(directive.createEditor(&parent, option, m_model->index(0, 1)));
        combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), allDirectives().size());
        combo->setCurrentIndex(combo->findData(static_cast<int>(Directive::Block)));
        directive.setModelData(combo, m_model.get(), m_model->index(0, 1));
        QCOMPARE(m_document->calibration().alertTriggers.at(0).directive, Directive::Block);

        ThresholdDelegate threshold;
        editor.reset(threshold.createEditor(&parent, option, m_model->index(0, 2)));
        auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), constraints::triggerThreshold.min);
        QCOMPARE(spin->maximum(), constraints::triggerThreshold.max);
        QCOMPARE(spin->singleStep(), constraints::triggerThreshold.step);
        threshold.setEditorData(spin, m_model->index(0, 2));
        QCOMPARE(spin->value(), 0.8);
        spin->setValue(0.72);
        threshold.setModelData(spin, m_model.get(), m_model->index(0, 2));
        QCOMPARE(m_document->calibration().alertTriggers.at(0).threshold, 0.72);
        QCOMPARE(m_stack->count(), 3);
    }

private:
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CalibrationDocument> m_document;
    std::unique_ptr<TriggerTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestTriggerTableModel)
#include "tst_triggertablemodel.moc"
