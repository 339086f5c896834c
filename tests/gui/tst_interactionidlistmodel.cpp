#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/interactionidlisteditor.h"
#include "editor/interactionidlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace calib;

namespace {

bool flagged(const InteractionIdListModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    return index.data(Qt::BackgroundRole).isValid() && index.data(Qt::DecorationRole).isValid()
        && !index.data(Qt::ToolTipRole).toString().isEmpty();
}

Calibration withIds(const QStringList &ids)
{
    Calibration c = Calibration::tenantDefault();
    c.interactionIds = ids;
    return c;
}

} // namespace

class TestInteractionIdListModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<CalibrationDocument>();
        m_document->setUndoStack(m_stack.get());
        m_document->reset(withIds({QStringLiteral("first")}));
        m_model = std::make_unique<InteractionIdListModel>(m_document.get());
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

    void splitsOnNewlineCommaAndWhitespace()
    {
        QCOMPARE(InteractionIdListModel::splitIds(QStringLiteral("a, b\nc d")),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(InteractionIdListModel::splitIds(QStringLiteral("  x\r\n\ty;;z ,, ")),
                 QStringList({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QVERIFY(InteractionIdListModel::splitIds(QStringLiteral(" ,\n ")).isEmpty());
    }

    void pasteIsOneUndoStep()
    {
        QCOMPARE(m_model->pasteIds(QStringLiteral("a, b\nc d")), 4);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Paste 4 interaction ids"));
        QCOMPARE(m_model->index(4, 0).data().toString(), QStringLiteral("d"));
        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 1);
        m_stack->redo();
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->pasteIds(QStringLiteral(" \n")), 0);
        QCOMPARE(m_stack->count(), 1);
    }

    void editAndRemove()
    {
        m_model->pasteIds(QStringLiteral("b c d"));
        QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("  renamed ")));
        QCOMPARE(m_document->calibration().interactionIds.at(1), QStringLiteral("renamed"));
        m_model->removeIds({0, 2});
        QCOMPARE(m_document->calibration().interactionIds,
                 QStringList({QStringLiteral("renamed"), QStringLiteral("d")}));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Remove 2 interaction ids"));
        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->addId(QStringLiteral("e")), 4);
    }

    void duplicatesFlaggedAsWarnings()
    {
        m_document->reset(withIds({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(!flagged(*m_model, 0));
        QVERIFY(!flagged(*m_model, 1));
        QVERIFY(flagged(*m_model, 2));
        QCOMPARE(m_model->problemsAt(2).constFirst().severity, Severity::Warning);
        QVERIFY(m_document->isValid()); // a warning does not block applying
        QVERIFY(m_model->setData(m_model->index(2, 0), QStringLiteral("c")));
        QVERIFY(!flagged(*m_model, 2));
    }

    void overlongIdFlaggedAsError()
    {
        const QString longId(constraints::interactionIdMaxLength + 1, u'x');
        m_document->reset(withIds({QStringLiteral("ok"), longId}));
        QVERIFY(flagged(*m_model, 1));
        QCOMPARE(m_model->problemsAt(1).constFirst().severity, Severity::Error);
        QCOMPARE(m_model->index(1, 0).data(Qt::ToolTipRole).toString(), constraints::interactionIdLengthMessage());
        QVERIFY(!m_document->isValid());
        QVERIFY(m_model->setData(m_model->index(1, 0), longId.left(constraints::interactionIdMaxLength)));
        QVERIFY(!flagged(*m_model, 1));
        QVERIFY(m_document->isValid());
    }

    void editorCounterAndPaste()
    {
        InteractionIdListEditor editor(m_document.get());
        auto *counter = editor.findChild<QLabel *>(QStringLiteral("interactionIdCounterLabel"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("interactionIdsMessageLabel"));
        auto *view = editor.findChild<QListView *>(QStringLiteral("interactionIdList"));
        auto *line = editor.findChild<QLineEdit *>(QStringLiteral("interactionIdLineEdit"));
        QVERIFY(counter && message && view && line);
        QCOMPARE(counter->text(), QStringLiteral("1 / 50"));
        QCOMPARE(counter->property("problem").toString(), QString());

        // Over the limit: the counter turns red and the message names the rule.
        QStringList many;
        for (int i = 0; i < constraints::interactionIdsMax; ++i)
            many << QStringLiteral("id-%1").arg(i);
        m_document->reset(withIds(many));
        QCOMPARE(counter->text(), QStringLiteral("50 / 50"));
        QCOMPARE(counter->property("problem").toString(), QString());
        m_model->addId(QStringLiteral("one-too-many"));
        QCOMPARE(counter->text(), QStringLiteral("51 / 50"));
        QCOMPARE(counter->property("problem").toString(), QStringLiteral("error"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(constraints::interactionIdsCountMessage()));
        m_stack->undo();
        QCOMPARE(counter->property("problem").toString(), QString());
        QVERIFY(message->isHidden());

        // Ctrl+V on the list pastes every id of the clipboard as one step.
        m_document->reset(withIds({QStringLiteral("first")}));
        m_stack->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("a, b\nc d"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Paste);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_stack->count(), 1);

        // Typing several ids into the line and Enter adds them all.
        line->setText(QStringLiteral("x y"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(m_model->rowCount(), 7);
        QVERIFY(line->text().isEmpty());
        QCOMPARE(counter->text(), QStringLiteral("7 / 50"));

        // Delete removes the selected rows.
        view->setFocus();
        view->setCurrentIndex(m_model->index(6, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(m_model->rowCount(), 6);
    }

private:
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CalibrationDocument> m_document;
    std::unique_ptr<InteractionIdListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestInteractionIdListModel)
#include "tst_interactionidlistmodel.moc"
