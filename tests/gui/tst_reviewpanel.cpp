#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "common/dialogs.h"
#include "review/alertreviewmodel.h"
#include "review/precisionchart.h"
#include "review/reviewpanel.h"
#include "services/applyworkflow.h"
#include "services/auditquery.h"
#include "services/reviewqueue.h"
#include "services/workbenchsession.h"
#include "store/localdatabase.h"
#include "store/reviewstore.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

Alert makeAlert(int n, Emotion emotion, const QString &day, const QString &text)
{
    Alert alert;
    alert.id = u"al_%1"_s.arg(n);
    alert.interactionId = u"int_%1"_s.arg(n);
    alert.emotion = emotion;
    alert.confidence = 0.9;
    alert.threshold = 0.8;
    alert.directive = Directive::Escalate;
    alert.triggeredAt = QDateTime::fromString(day + u"T10:00:00Z"_s, Qt::ISODate);
    alert.transcriptExcerpt = text;
    return alert;
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A session on `name`.ini and `name`.sqlite in the test's folder, database open.
    std::unique_ptr<WorkbenchSession> makeSession(const QString &name = u"workbench"_s)
    {
        WorkbenchSession::Paths paths;
        paths.settingsFile = m_dir.filePath(name + u".ini"_s);
        paths.databaseFile = m_dir.filePath(name + u".sqlite"_s);
        auto session = std::make_unique<WorkbenchSession>(paths);
        QString error;
        if (!session->openDatabase(&error))
            qWarning() << error;
        return session;
    }

private Q_SLOTS:
    void keyboardLabellingUndoAndPersistence()
    {
        QList<Alert> alerts {
            makeAlert(1, Emotion::Anger, u"2026-03-02"_s, u"The billing page is down again"_s),
            makeAlert(2, Emotion::Anger, u"2026-03-02"_s, u"thanks, all good"_s),
            makeAlert(3, Emotion::Anger, u"2026-03-02"_s, u"refund please, outage since noon"_s),
            makeAlert(4, Emotion::Confusion, u"2026-03-03"_s, u"what is an SLA?"_s),
        };
        {
            auto session = makeSession();
            ReviewPanel panel(session.get());
            QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            panel.resize(1100, 750);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QCOMPARE(panel.queue()->addAlerts(alerts), 4);
            QCOMPARE(panel.model()->rowCount(), 4);
            // Verification verdicts: matched terms listed.
            QCOMPARE(panel.model()
                         ->index(0, AlertReviewModel::Verification)
                         .data(AlertReviewModel::MatchedTermsRole)
                         .toStringList(),
                     QStringList {u"billing"_s});
            QVERIFY(panel.model()->index(1, AlertReviewModel::Verification).data().toString().startsWith(u"✗"_s));
            QVERIFY(!panel.chart()->hasChart()); // lazily created: nothing reviewed yet
            QVERIFY(panel.findChild<QLabel *>(u"precisionLabel"_s)->text().contains(u"no data"_s));

            QTableView *view = panel.view();
            view->setFocus();
            view->setCurrentIndex(panel.model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_T);
            QTest::keyClick(view, Qt::Key_F); // moved on to row 1
            QTest::keyClick(view, Qt::Key_S); // row 2
            QCOMPARE(panel.model()->index(0, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"tp"_s);
            QCOMPARE(panel.model()->index(1, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"fp"_s);
            QCOMPARE(panel.model()->index(2, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"skip"_s);
            QCOMPARE(view->currentIndex().row(), 3);

            // Ctrl+Z undoes the skip: no label at all again (not "skip", not stale).
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(!panel.model()->index(2, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).isValid());
            QCOMPARE(panel.undoStack()->count(), 3);
            QCOMPARE(panel.undoStack()->index(), 2);

            // Bulk: select rows 2 and 3 and press T.
            view->selectionModel()->select(QItemSelection(panel.model()->index(2, 0), panel.model()->index(3, 0)),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QTest::keyClick(view, Qt::Key_T);
            QCOMPARE(panel.model()->index(2, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"tp"_s);
            QCOMPARE(panel.model()->index(3, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"tp"_s);

            // The queue's reviews (kept in step in memory) are what the database holds.
            const auto labelsOf = [](const QList<AlertReview> &reviews) {
                QMap<QString, QString> out;
                for (const AlertReview &r : reviews)
                    out.insert(r.alertId, AlertReview::labelName(r.label));
                return out;
            };
            const auto stored = session->reviews().list(panel.queue()->tenant());
            QVERIFY(stored.ok());
            QCOMPARE(labelsOf(panel.queue()->reviews()), labelsOf(stored.value()));
            QCOMPARE(panel.queue()->reviews().size(), 4);

            // Precision: anger 2 TP / 1 FP, confusion 1 TP; the chart now exists.
            QVERIFY(panel.chart()->hasChart());
            QLineSeries *anger = panel.chart()->lineSeries(Emotion::Anger);
            QVERIFY(anger);
            QCOMPARE(anger->count(), 1);
            QCOMPARE(anger->at(0).y(), 200.0 / 3.0);
            QCOMPARE(qint64(anger->at(0).x()),
                     QDateTime::fromString(u"2026-03-02T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
            QAreaSeries *band = panel.chart()->bandSeries(Emotion::Anger);
            const std::optional<WilsonInterval> expected = wilson(2, 3);
            QVERIFY(std::abs(band->lowerSeries()->at(0).y() - expected->lower * 100) < 1e-9);
            QVERIFY(std::abs(band->upperSeries()->at(0).y() - expected->upper * 100) < 1e-9);
            QVERIFY(panel.chart()->tooltipFor(Emotion::Anger, qint64(anger->at(0).x())).contains(u"n = 3"_s));
            QCOMPARE(panel.chart()->lineSeries(Emotion::Confusion)->at(0).y(), 100.0);
            QVERIFY(panel.findChild<QLabel *>(u"precisionLabel"_s)->text().contains(u"75"_s));

            QTest::qWait(100); // let the chart lay out
            panel.grab().save(QString::fromUtf8(CALIB_BINARY_DIR) + u"/screenshot-reviewpanel.png"_s);
        }
        // A restart: the labels are still there (per tenant and alert id).
        {
            auto session = makeSession();
            ReviewPanel panel(session.get());
            panel.queue()->addAlerts(alerts);
            QCOMPARE(panel.model()->index(0, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"tp"_s);
            QCOMPARE(panel.model()->index(1, AlertReviewModel::Label).data(AlertReviewModel::LabelRole).toString(),
                     u"fp"_s);
            QCOMPARE(panel.queue()->reviews().size(), 4);
        }
    }

    // A label the database refuses is reported, not pushed onto the undo stack, and the
    // queue keeps the alert as it was; a later failing undo is reported too.
    void aRefusedLabelIsReportedAndNotUndoable()
    {
        auto sessionOwner = makeSession(u"refused"_s);
        WorkbenchSession &session = *sessionOwner;
        QVERIFY(session.isDatabaseOpen());
        ReviewPanel panel(&session);
        QCOMPARE(panel.queue()->addAlerts({makeAlert(1, Emotion::Anger, u"2026-03-02"_s, u"outage"_s),
                                           makeAlert(2, Emotion::Anger, u"2026-03-02"_s, u"billing"_s)}),
                 2);
        QTableView *view = panel.view();
        view->setCurrentIndex(panel.model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_T);
        QCOMPARE(panel.undoStack()->count(), 1);

        // Another connection makes every write to the reviews fail, as a full disk would.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            db.setDatabaseName(m_dir.filePath(u"refused.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TRIGGER no_insert BEFORE INSERT ON alert_reviews "
                           "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s));
            QVERIFY(q.exec(u"CREATE TRIGGER no_update BEFORE UPDATE ON alert_reviews "
                           "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s));
            QVERIFY(q.exec(u"CREATE TRIGGER no_delete BEFORE DELETE ON alert_reviews "
                           "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s));
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);

        dialogs::setSuppressed(true);
        dialogs::clearShownMessages();
        view->setCurrentIndex(panel.model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(dialogs::shownMessages().size(), 1);
        QVERIFY(dialogs::shownMessages().first().contains(u"disk is full"_s));
        QCOMPARE(panel.undoStack()->count(), 1); // nothing to undo for the refused label
        QVERIFY(!panel.queue()->at(1).label);
        QCOMPARE(view->currentIndex().row(), 1); // the reviewer stays on the alert

        // Undoing the earlier label cannot delete it either: reported, label kept.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(dialogs::shownMessages().size(), 2); // posted after the undo returned
        QCOMPARE(panel.queue()->at(0).label, AlertReview::Label::TruePositive);
        QCOMPARE(panel.undoStack()->count(), 0); // the command no longer matches: dropped
        dialogs::setSuppressed(false);
        dialogs::clearShownMessages();
    }

    // Against the sandbox: the queue fills page by page from the alerts feed, the chart's
    // markers are the audit trail's applied calibrations (and follow a new apply), and the
    // detail pane highlights the matched lexicon terms.
    void feedMarkersAndHighlightFromTheSandbox()
    {
        auto sessionOwner = makeSession(u"feed"_s);
        WorkbenchSession &session = *sessionOwner;
        QString error;
        QSignalSpy loaded(&session, &WorkbenchSession::calibrationInForceLoaded);
        QVERIFY2(session.connectSandbox(&error), qPrintable(error));
        session.loadCalibrationInForce();
        QVERIFY(loaded.wait(10000));

        ReviewPanel panel(&session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() > 0, 10000);
        QTest::qWait(100);
        QCOMPARE(panel.model()->rowCount(), 100); // one page, not the whole feed
        const int firstPage = panel.model()->rowCount();
        panel.view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowCount() > firstPage, 10000);
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            QVERIFY(!panel.queue()->at(r).alert.id.isEmpty());

        // The markers, against the audit trail read independently.
        QList<QDateTime> applied;
        {
            AuditQuery query;
            query.limit = 200;
            CursorPager *pager = session.client()->auditPager(query, 2000, this);
            connect(pager, &CursorPager::page, this, [&applied](const CursorPage &page) {
                for (const AuditEvent &event : page.auditEvents) {
                    if (event.action == u"calibration.applied"_s)
                        applied.append(event.timestamp);
                }
            });
            QSignalSpy done(pager, &CursorPager::finished);
            pager->start();
            QVERIFY(done.wait(10000));
            pager->deleteLater();
        }
        std::sort(applied.begin(), applied.end());
        QVERIFY(!applied.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel.calibrationChanges(), applied, 10000);

        Calibration next = session.calibrationInForce()->calibration;
        next.sensitivityLevel = 0.58;
        ApplyOperation *op = session.applyWorkflow()->apply(next);
        QSignalSpy finished(op, &ApplyOperation::finished);
        QVERIFY(finished.wait(10000));
        session.loadCalibrationInForce();
        QTRY_COMPARE_WITH_TIMEOUT(panel.calibrationChanges().size(), applied.size() + 1, 10000);

        // Highlighting: an alert whose excerpt names a lexicon term.
        QCOMPARE(panel.queue()->addAlerts(
                     {makeAlert(9001, Emotion::Anger, u"2026-03-02"_s, u"Second billing error this month"_s)}),
                 1);
        const int row = int(panel.queue()->rowOf(u"al_9001"_s));
        panel.view()->setCurrentIndex(panel.model()->index(row, 0));
        const QString html = panel.findChild<QTextBrowser *>(u"alertDetailBrowser"_s)->toHtml();
        QVERIFY(panel.findChild<QTextBrowser *>(u"alertDetailBrowser"_s)
                    ->toPlainText()
                    .contains(u"Second billing error"_s));
        QVERIFY2(html.contains(u"background-color:#ffe082"_s), qPrintable(html));
        const qsizetype mark = html.indexOf(u"background-color:#ffe082"_s);
        QVERIFY(html.indexOf(u"billing"_s, mark) > mark);
        QVERIFY(html.indexOf(u"billing"_s, mark) < html.indexOf(u"</span>"_s, mark));
    }

    void importJsonlAndCsv()
    {
        const QString jsonl = m_dir.filePath(u"alerts.jsonl"_s);
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"id":"a1","emotion":"anger","confidence":0.91,"threshold":0.8,"directive":"notify","triggered_at":"2026-03-02T10:00:00Z","transcript_excerpt":"refund now"})"
            "\nnot json\n");
        file.close();
        QStringList errors;
        const QList<Alert> alerts = ReviewQueue::importAlerts(jsonl, &errors);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).confidence, 0.91);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).startsWith(u"line 2"_s));

        const QString csv = m_dir.filePath(u"alerts.csv"_s);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write("id,emotion,confidence,threshold,directive,triggered_at,transcript_excerpt\n"
                      "c1,frustration,0.85,0.7,log,2026-03-02T10:00:00Z,\"slow, very slow\"\n");
        csvFile.close();
        errors.clear();
        const QList<Alert> fromCsv = ReviewQueue::importAlerts(csv, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(fromCsv.size(), 1);
        QCOMPARE(fromCsv.at(0).emotion, Emotion::Frustration);
        QCOMPARE(fromCsv.at(0).transcriptExcerpt, u"slow, very slow"_s);
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
