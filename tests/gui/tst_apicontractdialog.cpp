// Help > API Contract: the bundled contract (resources/api/openapi.yaml) in full, its
// operations listed with methods and scopes, find (Ctrl+F, Enter, Shift+Enter, wrap-around),
// Save As byte for byte, jumping from an operation to its text, and the window opening the
// dialog non-modally and only once.
#include "common/dialogs.h"
#include "help/apicontract.h"
#include "help/apicontractdialog.h"
#include "mainwindow.h"
#include "services/workbenchsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace calib;

class TestApiContractDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray sourceContract()
    {
        QFile file(QStringLiteral(CALIB_SOURCE_DIR "/resources/api/openapi.yaml"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QTreeWidgetItem *operationItem(QTreeWidget *tree, const QString &method, const QString &path)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            if (item->text(0) == method && item->text(1) == path)
                return item;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dialogs::setSuppressed(true);
    }

    void cleanup() { dialogs::clearShownMessages(); }

    void showsTheBundledContractInFull()
    {
        ApiContractDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QByteArray expected = sourceContract();
        QVERIFY(expected.startsWith("openapi: "));
        QCOMPARE(dialog.contractBytes(), expected);

        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("contractPlainTextEdit"));
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), QString::fromUtf8(expected));
        QVERIFY(text->toPlainText().contains(QStringLiteral("X-Idempotency-Key")));
        QVERIFY(text->isReadOnly());
        QVERIFY(QFontInfo(text->font()).fixedPitch());
        QVERIFY(!dialog.isModal());

        auto *title = dialog.findChild<QLabel *>(QStringLiteral("contractTitleLabel"));
        QVERIFY(title->text().contains(QStringLiteral("Agent Assist Sentiment Calibration API")));
        QVERIFY(title->text().contains(QStringLiteral("1.0.0")));
    }

    void bundledCopyMatchesTheSharedContract()
    {
        // The wire contract lives beside the repository (shared/api/openapi.yaml); the copy in
        // resources/api must be refreshed whenever it changes.
        QFile shared(QStringLiteral(CALIB_SOURCE_DIR "/../shared/api/openapi.yaml"));
        if (!shared.open(QIODevice::ReadOnly))
            QSKIP("shared/api/openapi.yaml is not beside this checkout");
        QCOMPARE(sourceContract(), shared.readAll());
    }

    void listsEveryOperationWithMethodsAndScopes()
    {
        ApiContractDialog dialog;
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("operationsTreeWidget"));
        QVERIFY(tree);
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Every "<method>:" key under a path of the contract, counted independently here.
        int expected = 0;
        bool inPaths = false;
        for (const QByteArray &line : sourceContract().split('\n')) {
            if (!line.startsWith(' '))
                inPaths = line.startsWith("paths:");
            else if (inPaths && line.startsWith("    ") && !line.startsWith("     ")
                     && QByteArrayList {"get:", "put:", "post:", "delete:", "patch:"}.contains(line.trimmed()))
                ++expected;
        }
        QVERIFY(expected >= 9);
        QCOMPARE(tree->topLevelItemCount(), expected);

        QTreeWidgetItem *put
            = operationItem(tree, QStringLiteral("PUT"), QStringLiteral("/agentassist/sentiment/calibration"));
        QVERIFY(put);
        QCOMPARE(put->text(2), QStringLiteral("agentassist:write, sentiment:calibrate"));
        QTreeWidgetItem *get
            = operationItem(tree, QStringLiteral("GET"), QStringLiteral("/agentassist/sentiment/calibration"));
        QVERIFY(get);
        QVERIFY(get->text(3).contains(QStringLiteral("extension")));
        QTreeWidgetItem *audit
            = operationItem(tree, QStringLiteral("GET"), QStringLiteral("/audit/sentiment/calibration"));
        QVERIFY(audit);
        QCOMPARE(audit->text(2), QStringLiteral("audit:read"));
        QVERIFY(!audit->text(3).contains(QStringLiteral("extension")));
        QVERIFY(operationItem(tree, QStringLiteral("DELETE"), QStringLiteral("/agentassist/webhooks/{webhook_id}")));
        QTreeWidgetItem *token = operationItem(tree, QStringLiteral("POST"), QStringLiteral("/auth/token"));
        QVERIFY(token);
        QVERIFY(token->text(2).startsWith(QStringLiteral("none")));
        QCOMPARE(operationItem(tree, QStringLiteral("POST"), QStringLiteral("/agentassist/webhooks"))->text(2),
                 QStringLiteral("webhook:manage"));
    }

    void readsBlockStyleYaml()
    {
        const QString yaml = QStringLiteral("openapi: 3.1.0\n"
                                            "info:\n"
                                            "  title: Demo\n"
                                            "  version: \"2.0\"\n"
                                            "  description: |\n"
                                            "    paths:\n"
                                            "      /not-a-path:\n"
                                            "paths:\n"
                                            "  /things/{id}:\n"
                                            "    parameters:\n"
                                            "      - {name: id, in: path}\n"
                                            "    get:\n"
                                            "      operationId: getThing\n"
                                            "      summary: >\n"
                                            "        Read one thing\n"
                                            "        (scope things:read)\n"
                                            "      x-extension: true\n"
                                            "    delete:\n"
                                            "      description: Needs `things:write`, see http://example.com/x\n"
                                            "      security: []\n"
                                            "components:\n"
                                            "  /other:\n"
                                            "    get: {}\n");
        const ApiContract contract = ApiContract::fromYaml(yaml);
        QCOMPARE(contract.openapiVersion, QStringLiteral("3.1.0"));
        QCOMPARE(contract.title, QStringLiteral("Demo"));
        QCOMPARE(contract.version, QStringLiteral("2.0"));
        QCOMPARE(contract.operations.size(), 2);
        const ApiOperation &get = contract.operations.at(0);
        QCOMPARE(get.method, QStringLiteral("GET"));
        QCOMPARE(get.path, QStringLiteral("/things/{id}"));
        QCOMPARE(get.operationId, QStringLiteral("getThing"));
        QCOMPARE(get.summary, QStringLiteral("Read one thing (scope things:read)"));
        QCOMPARE(get.scopes, QStringList {QStringLiteral("things:read")});
        QVERIFY(get.extension);
        QVERIFY(get.authenticated);
        QCOMPARE(get.line, 11);
        const ApiOperation &del = contract.operations.at(1);
        QCOMPARE(del.method, QStringLiteral("DELETE"));
        QCOMPARE(del.scopes, QStringList {QStringLiteral("things:write")});
        QVERIFY(!del.extension);
        QVERIFY(!del.authenticated);
    }

    void findSelectsMatchesAndWraps()
    {
        ApiContractDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *find = dialog.findChild<QLineEdit *>(QStringLiteral("findLineEdit"));
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("contractPlainTextEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("findStatusLabel"));
        QVERIFY(find && text && status);

        // Ctrl+F moves the focus to the find field.
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find->hasFocus());

        const QString needle = QStringLiteral("X-Idempotency-Key");
        const QString all = text->toPlainText();
        const int matches = int(all.count(needle));
        QVERIFY(matches >= 2);
        QTest::keyClicks(find, needle);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectedText(), needle);
        const int first = text->textCursor().selectionStart();
        QCOMPARE(first, int(all.indexOf(needle)));
        QVERIFY(dialog.isVisible()); // Enter did not close the dialog

        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectedText(), needle);
        const int second = text->textCursor().selectionStart();
        QCOMPARE(second, int(all.indexOf(needle, first + 1)));

        // Shift+Enter goes back to the first one.
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectionStart(), first);

        // Going on past the last match wraps around to the first.
        for (int i = 1; i < matches; ++i)
            QVERIFY(dialog.findNext());
        QCOMPARE(text->textCursor().selectionStart(), int(all.lastIndexOf(needle)));
        QVERIFY(dialog.findNext());
        QCOMPARE(text->textCursor().selectionStart(), first);
        QVERIFY(status->text().contains(QStringLiteral("Wrapped")));

        // No match: the selection stays and the field says so.
        find->setText(QStringLiteral("no such text in the contract"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectionStart(), first);
        QCOMPARE(status->text(), QStringLiteral("Not found"));
        QVERIFY(dialog.isVisible());
    }

    void activatingAnOperationShowsItsText()
    {
        ApiContractDialog dialog;
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("operationsTreeWidget"));
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("contractPlainTextEdit"));
        QTreeWidgetItem *audit
            = operationItem(tree, QStringLiteral("GET"), QStringLiteral("/audit/sentiment/calibration"));
        QVERIFY(audit);
        Q_EMIT tree->itemActivated(audit, 0);
        const QTextBlock block = text->textCursor().block();
        QCOMPARE(block.text(), QStringLiteral("    get:"));
        QCOMPARE(block.previous().text(), QStringLiteral("  /audit/sentiment/calibration:"));
    }

    void saveAsWritesTheContract()
    {
        ApiContractDialog dialog;
        const QString path = m_dir.filePath(QStringLiteral("exported.yaml"));
        dialogs::setNextFileName(path);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAsButton"));
        QVERIFY(save && save->isEnabled());
        save->click();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), sourceContract());
        QVERIFY(dialogs::shownMessages().isEmpty());

        // A place that cannot be written: nothing is claimed, the message names the path.
        const QString bad = m_dir.filePath(QStringLiteral("missing-dir/contract.yaml"));
        QVERIFY(!dialog.saveContract(bad));
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(QStringLiteral("contract.yaml")));
    }

    void helpMenuOpensOneNonModalDialog()
    {
        WorkbenchSession::Paths paths;
        paths.settingsFile = m_dir.filePath(QStringLiteral("window.ini"));
        paths.databaseFile = m_dir.filePath(QStringLiteral("window.sqlite"));
        WorkbenchSession session(paths);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("apiContractAction"));
        QVERIFY(action);
        action->trigger();
        QList<ApiContractDialog *> open = window.findChildren<ApiContractDialog *>();
        QCOMPARE(open.size(), 1);
        QPointer<ApiContractDialog> dialog = open.first();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialogs::shownMessages().isEmpty()); // no message box any more
        // The window stays usable while it is open, and a second request reuses it.
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        action->trigger();
        QCOMPARE(window.findChildren<ApiContractDialog *>().size(), 1);
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close
    }
};

QTEST_MAIN(TestApiContractDialog)
#include "tst_apicontractdialog.moc"
