#include "audit/auditpanel.h"
#include "audit/audittablemodel.h"
#include "services/workbenchsession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace calib;
using namespace Qt::StringLiterals;

class TestAuditPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void browseFilterAndExportAgainstTheSandbox()
    {
        QTemporaryDir dir;
        WorkbenchSession::Paths paths;
        paths.settingsFile = dir.filePath(u"settings.ini"_s);
        paths.databaseFile = dir.filePath(u"workbench.sqlite"_s);
        WorkbenchSession session(paths);
        QString error;
        QVERIFY2(session.openDatabase(&error), qPrintable(error));
        QVERIFY2(session.connectSandbox(&error), qPrintable(error));

        AuditPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() > 0, 5000);
        QVERIFY(panel.model()->rowCount() <= panel.model()->pageSize() * 2); // not everything up front

        // The detail pane shows the selected event.
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        const QString id = panel.model()->index(0, 0).data(AuditTableModel::EventIdRole).toString();
        QVERIFY(panel.findChild<QTextBrowser *>(u"auditDetailBrowser"_s)->toPlainText().contains(id));

        // Filter by action through the combo box.
        auto *actions = panel.findChild<QComboBox *>(u"actionFilterCombo"_s);
        const int applied = actions->findData(u"calibration.applied"_s);
        QVERIFY(applied > 0);
        actions->setCurrentIndex(applied);
        panel.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() > 0, 5000);
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            QCOMPARE(panel.model()->index(r, AuditTableModel::Action).data().toString(), u"calibration.applied"_s);
        QVERIFY(panel.model()->filter().actor.isEmpty()); // filling the actor list selects nothing
        QVERIFY(panel.model()->knownActors().size() > 1);

        // Export the shown rows as CSV: one line per row plus the header.
        const QString path = dir.filePath(u"audit.csv"_s);
        QSignalSpy finished(&panel, &AuditPanel::exportFinished);
        QVERIFY(panel.exportTo(path, ExportFormat::Csv));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 2, panel.model()->rowCount());
        QVERIFY(lines.at(1).startsWith(id.toUtf8()) || lines.at(1).contains(",calibration.applied,"));

        // A cancelled export leaves an existing file as it was.
        {
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly | QIODevice::Truncate));
            previous.write("previous export\n");
        }
        finished.clear();
        QVERIFY(panel.exportTo(path, ExportFormat::Jsonl));
        auto *cancel = panel.findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(panel.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"cancelled"_s));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous export\n"));

        // A target that cannot be written is refused at once, naming the path.
        const QString unwritable = dir.filePath(u"no-such-folder/audit.csv"_s);
        QVERIFY(!panel.exportTo(unwritable, ExportFormat::Csv));
        QVERIFY(panel.findChild<QLabel *>(u"statusLabel"_s)->text().contains(unwritable));

        // An export writes the rows as they were when it started: a sort meanwhile does not
        // reorder the file.
        panel.applyFilter();
        QStringList idsAtStart;
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            idsAtStart.append(panel.model()->index(r, 0).data(AuditTableModel::EventIdRole).toString());
        finished.clear();
        const QString snapshotPath = dir.filePath(u"snapshot.jsonl"_s);
        QVERIFY(panel.exportTo(snapshotPath, ExportFormat::Jsonl));
        panel.view()->sortByColumn(AuditTableModel::Actor, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(finished.at(0).at(0).toBool());
        QFile snapshot(snapshotPath);
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        QStringList idsWritten;
        for (const QByteArray &line : snapshot.readAll().split('\n')) {
            if (!line.isEmpty())
                idsWritten.append(QJsonDocument::fromJson(line).object().value(u"id"_s).toString());
        }
        QCOMPARE(idsWritten, idsAtStart);

        // A reload during an export discards the rows: the export stops and says why.
        finished.clear();
        QVERIFY(panel.exportTo(dir.filePath(u"reloaded.jsonl"_s), ExportFormat::Jsonl));
        panel.model()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(panel.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"reloaded"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"reloaded.jsonl"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() > 0, 5000);

        panel.view()->sortByColumn(AuditTableModel::Actor, Qt::AscendingOrder);
        panel.view()->setCurrentIndex(panel.model()->index(1, 0));
        QTest::qWait(50);
        panel.grab().save(QString::fromUtf8(CALIB_BINARY_DIR) + u"/screenshot-auditpanel.png"_s);
    }
};

QTEST_MAIN(TestAuditPanel)
#include "tst_auditpanel.moc"
