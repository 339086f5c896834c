#include "api/tenantclient.h"
#include "audit/audittablemodel.h"
#include "common/uniformrowheader.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "services/auditqueryexport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

AuditEvent makeEvent(int n, const QString &actor, const QString &action, qint64 timeMs, const QString &key = {})
{
    AuditEvent event;
    event.id = u"evt_%1"_s.arg(n);
    event.timestamp = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    event.actor = actor;
    event.action = action;
    event.version = n;
    event.statusCode = 200 + n % 3;
    event.jobId = u"job_%1"_s.arg(n % 4);
    event.idempotencyKey = key.isEmpty() ? u"key-%1"_s.arg(n, 3, 10, QLatin1Char('0')) : key;
    if (action == u"calibration.applied"_s)
        event.changes
            = QJsonObject {{u"sensitivity_level"_s, QJsonObject {{u"from"_s, 0.5}, {u"to"_s, 0.5 + n / 100.0}}}};
    return event;
}

ConnectionConfig configFor(const SandboxServer &sandbox)
{
    ConnectionConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.clientId = sandbox.options().clientId;
    config.clientSecret = sandbox.options().clientSecret;
    return config;
}

// A sandbox holding `events` audit events (no alerts) and a client connected to it.
struct SandboxClient
{
    explicit SandboxClient(int events, bool auditFilters = true)
        : server(optionsFor(events, auditFilters))
    {
        started = server.start(&error);
        if (started)
            client = std::make_unique<TenantClient>(&network, Clock::system(), configFor(server));
    }
    static SandboxOptions optionsFor(int events, bool auditFilters)
    {
        SandboxOptions options;
        options.seedAudit = events;
        options.seedAlerts = 0;
        options.auditFilters = auditFilters;
        return options;
    }

    SandboxServer server;
    QNetworkAccessManager network;
    std::unique_ptr<TenantClient> client;
    QString error;
    bool started = false;
};

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values.append(model.index(r, col).data().toString());
    return values;
}

// Checks that the model's rows are in `order` by column `col`, equal keys in the server's
// (insertion) order: the numeric suffix of the event ids grows.
void verifySorted(const AuditTableModel &model, int col, Qt::SortOrder order)
{
    for (int r = 1; r < model.rowCount(); ++r) {
        const QModelIndex a = model.index(r - 1, col);
        const QModelIndex b = model.index(r, col);
        int c = 0;
        if (col == AuditTableModel::Version || col == AuditTableModel::Status)
            c = a.data().toInt() - b.data().toInt();
        else if (col == AuditTableModel::Time)
            c = a.data(AuditTableModel::TimestampMsRole).toLongLong()
                    < b.data(AuditTableModel::TimestampMsRole).toLongLong()
                ? -1
                : (a.data(AuditTableModel::TimestampMsRole) == b.data(AuditTableModel::TimestampMsRole) ? 0 : 1);
        else if (col == AuditTableModel::Actor || col == AuditTableModel::Action)
            c = a.data().toString().compare(b.data().toString(), Qt::CaseInsensitive);
        else
            c = a.data().toString().compare(b.data().toString());
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c <= 0,
                 qPrintable(
                     u"column %1 row %2: %3 then %4"_s.arg(col).arg(r).arg(a.data().toString(), b.data().toString())));
        if (c == 0) {
            const int na = a.data(AuditTableModel::EventIdRole).toString().mid(4).toInt();
            const int nb = b.data(AuditTableModel::EventIdRole).toString().mid(4).toInt();
            QVERIFY2(na < nb, qPrintable(u"column %1 row %2: equal keys out of server order"_s.arg(col).arg(r)));
        }
    }
}

} // namespace

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactRowsRoundTrip()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditEvent event = makeEvent(7, u"qa-analyst-1"_s, u"calibration.applied"_s, 1795000000123);
        event.calibrationId = u"cal_7"_s;
        model.appendEvents({event});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
        const AuditEvent back = model.event(0);
        QCOMPARE(back.id, event.id);
        QCOMPARE(back.timestamp, event.timestamp);
        QCOMPARE(back.actor, event.actor);
        QCOMPARE(back.action, event.action);
        QCOMPARE(back.calibrationId, event.calibrationId);
        QCOMPARE(back.version, event.version);
        QCOMPARE(back.jobId, event.jobId);
        QCOMPARE(back.idempotencyKey, event.idempotencyKey);
        QCOMPARE(back.statusCode, event.statusCode);
        QCOMPARE(back.changes, event.changes);
        QCOMPARE(model.index(0, AuditTableModel::Changes).data().toString(), u"sensitivity_level 0.5 \u2192 0.57"_s);
        QCOMPARE(model.index(0, AuditTableModel::Time).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::LocalTime).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(model.index(0, AuditTableModel::Version).data().toString(), u"7"_s);
        QCOMPARE(model.index(0, 0).data(AuditTableModel::EventIdRole).toString(), u"evt_7"_s);
    }

    void sortingByEveryColumnIsStable()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList actors {u"zed"_s, u"amy"_s, u"Bob"_s};
        QList<AuditEvent> events;
        for (int n = 0; n < 30; ++n)
            events.append(makeEvent(n, actors.at(n % 3), n % 2 ? u"reweight.started"_s : u"calibration.applied"_s,
                                    1795000000000 - qint64(n) * 60000 + (n % 5) * 7,
                                    // long keys with a shared 16-byte prefix exercise the full compare
                                    u"shared-prefix-abcdef-%1"_s.arg((n * 7) % 30, 2, 10, QLatin1Char('0'))));
        model.appendEvents(events);
        QPersistentModelIndex tracked = model.index(5, AuditTableModel::Actor);
        const QString trackedId = tracked.data(AuditTableModel::EventIdRole).toString();

        for (int col = 0; col < AuditTableModel::ColumnCount; ++col) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(col, order);
                QCOMPARE(model.rowCount(), 30);
                verifySorted(model, col, order);
                if (QTest::currentTestFailed())
                    return;
                // The persistent index follows its event.
                QVERIFY(tracked.isValid());
                QCOMPARE(tracked.data(AuditTableModel::EventIdRole).toString(), trackedId);
            }
        }
        model.sort(AuditTableModel::Actor, Qt::DescendingOrder);
        QCOMPARE(model.index(0, AuditTableModel::Actor).data().toString(), u"zed"_s);
        model.sort(AuditTableModel::Actor, Qt::AscendingOrder);
        QCOMPARE(model.index(0, AuditTableModel::Actor).data().toString(), u"amy"_s);
        QCOMPARE(model.index(10, AuditTableModel::Actor).data().toString(), u"Bob"_s);
        // -1 returns to the server order.
        model.sort(-1);
        QCOMPARE(model.index(0, 0).data(AuditTableModel::EventIdRole).toString(), u"evt_0"_s);
    }

    void largeSortsByEveryColumn()
    {
        // Enough rows for the linear sorts (radix passes, the summary index), arriving in
        // pages, with and without a client-side filter. Summaries share long prefixes, some
        // are equal, many rows have none.
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList actors {u"zed"_s, u"amy"_s, u"Bob"_s, u"carla"_s};
        const QStringList paths {u"alert_triggers[0].threshold"_s, u"alert_triggers[1].threshold"_s,
                                 u"alert_triggers[10].threshold"_s, u"sensitivity_level"_s};
        int n = 0;
        for (int page = 0; page < 30; ++page) {
            QList<AuditEvent> events;
            for (int i = 0; i < 200; ++i, ++n) {
                AuditEvent event
                    = makeEvent(n, actors.at(n % 4), n % 3 ? u"calibration.applied"_s : u"reweight.started"_s,
                                1795000000000 - qint64(n) * 1000 + (n % 7) * 300,
                                u"shared-prefix-abcdef-%1"_s.arg((n * 7919) % 4001, 4, 10, QLatin1Char('0')));
                if (n % 3) {
                    event.changes = {};
                    for (int k = 0; k <= n % 3; ++k)
                        event.changes.insert(paths.at((n / 3 + k) % 4),
                                             QJsonObject {{u"from"_s, 0.5}, {u"to"_s, double((n * 31) % 97) / 100.0}});
                }
                events.append(event);
            }
            model.appendEvents(events);
        }
        QCOMPARE(model.rowCount(), 6000);
        for (const bool filtered : {false, true}) {
            AuditFilter filter;
            if (filtered)
                filter.actions = {u"calibration.applied"_s};
            model.sort(-1);
            model.setFilter(filter);
            QCOMPARE(model.rowCount(), filtered ? 4000 : 6000);
            for (int col = 0; col < AuditTableModel::ColumnCount; ++col) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    model.sort(col, order);
                    QCOMPARE(model.rowCount(), filtered ? 4000 : 6000);
                    verifySorted(model, col, order);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        // A page arriving while sorted by the summary lands in order.
        model.sort(AuditTableModel::Changes, Qt::DescendingOrder);
        QList<AuditEvent> more;
        for (int i = 0; i < 50; ++i, ++n)
            more.append(makeEvent(n, u"amy"_s, u"calibration.applied"_s, 1795000000000 + n));
        model.appendEvents(more);
        QCOMPARE(model.rowCount(), 4050);
        verifySorted(model, AuditTableModel::Changes, Qt::DescendingOrder);
    }

    void pagesMergeIntoTheSortedOrder()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents({makeEvent(1, u"a"_s, u"x"_s, 1000), makeEvent(5, u"a"_s, u"x"_s, 5000)});
        model.sort(AuditTableModel::Version, Qt::AscendingOrder);
        model.appendEvents(
            {makeEvent(3, u"a"_s, u"x"_s, 3000), makeEvent(9, u"a"_s, u"x"_s, 9000), makeEvent(0, u"a"_s, u"x"_s, 0)});
        QCOMPARE(column(model, AuditTableModel::Version), (QStringList {u"0"_s, u"1"_s, u"3"_s, u"5"_s, u"9"_s}));
    }

    // The panel's view: a UniformRowHeader, which skips QHeaderView's walk over every row on
    // a layout change. Pages merged into a sorted view must still leave the header with one
    // section per row at the right places, and the selection and current row on their events.
    void sortedInsertsKeepTheViewInStep()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        auto *header = new UniformRowHeader(&view);
        view.setVerticalHeader(header);
        view.setModel(&model);
        header->setDefaultSectionSize(20);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.verticalHeader(), header);

        QList<AuditEvent> first;
        for (int n = 0; n < 40; n += 2)
            first.append(makeEvent(n, u"actor-%1"_s.arg(n % 5), u"calibration.applied"_s, 1000 + n));
        model.appendEvents(first);
        view.sortByColumn(AuditTableModel::Version, Qt::AscendingOrder);
        const int selectedRow = 10; // version 20
        QCOMPARE(model.index(selectedRow, AuditTableModel::Version).data().toString(), u"20"_s);
        view.setCurrentIndex(model.index(selectedRow, AuditTableModel::Version));
        view.selectionModel()->select(model.index(selectedRow, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // Odd versions: every one lands between two rows already shown.
        QList<AuditEvent> page;
        for (int n = 1; n < 60; n += 2)
            page.append(makeEvent(n, u"actor-%1"_s.arg(n % 5), u"calibration.applied"_s, 1000 + n));
        model.appendEvents(page);
        QApplication::processEvents();

        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(header->count(), model.rowCount());
        QCOMPARE(header->sectionResizeMode(49), QHeaderView::Fixed);
        QCOMPARE(header->length(), 50 * 20);
        QCOMPARE(header->sectionPosition(49), 49 * 20);
        QStringList expected;
        for (int n = 0; n < 40; ++n)
            expected.append(QString::number(n));
        for (int n = 41; n < 60; n += 2)
            expected.append(QString::number(n));
        QCOMPARE(column(model, AuditTableModel::Version), expected);

        // The current row and the selection moved with their event (version 20 is now row 20).
        QCOMPARE(view.currentIndex().row(), 20);
        QCOMPARE(view.currentIndex().data().toString(), u"20"_s);
        const QModelIndexList selected = view.selectionModel()->selectedRows(AuditTableModel::Version);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), u"20"_s);

        // The view lays the rows out where the header says: the last row can be scrolled to.
        view.scrollToBottom();
        QApplication::processEvents();
        const QRect last = view.visualRect(model.index(49, 0));
        QVERIFY(view.viewport()->rect().intersects(last));
        QCOMPARE(view.rowAt(last.center().y()), 49);
        QVERIFY(view.verticalScrollBar()->maximum() > 0);

        // A filter that drops rows (a model reset) and one that brings them back.
        AuditFilter onlyOne;
        onlyOne.actor = u"actor-1"_s;
        model.setFilter(onlyOne);
        QApplication::processEvents();
        QCOMPARE(header->count(), model.rowCount());
        QVERIFY(model.rowCount() < 50);
        model.setFilter({});
        QApplication::processEvents();
        QCOMPARE(header->count(), 50);

        // What the header leaves out: QHeaderView's own record of rows that are not at their
        // defaults. A row given its own height keeps it at its place, not with its event,
        // which is why this header is only for uniform rows. (A standard header moves it.)
        view.sortByColumn(AuditTableModel::Version, Qt::AscendingOrder);
        QTableView standard;
        standard.setModel(&model);
        standard.verticalHeader()->setDefaultSectionSize(20);
        standard.show();
        QApplication::processEvents();
        header->resizeSection(10, 45);
        standard.verticalHeader()->resizeSection(10, 45);
        model.appendEvents({makeEvent(-1, u"actor-0"_s, u"calibration.applied"_s, 999)}); // lands before row 10
        QApplication::processEvents();
        QCOMPARE(header->count(), 51);
        QCOMPARE(header->sectionSize(10), 45);
        QCOMPARE(header->sectionSize(11), 20);
        QCOMPARE(standard.verticalHeader()->count(), 51);
        QCOMPARE(standard.verticalHeader()->sectionSize(10), 20);
        QCOMPARE(standard.verticalHeader()->sectionSize(11), 45);
    }

    void clientSideFilters()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<AuditEvent> events;
        for (int n = 0; n < 20; ++n)
            events.append(makeEvent(n, n % 2 ? u"amy"_s : u"bob"_s,
                                    n % 4 == 0 ? u"calibration.applied"_s : u"reweight.started"_s,
                                    1795000000000 + qint64(n) * 1000));
        model.appendEvents(events);
        AuditFilter filter;
        filter.actions = {u"calibration.applied"_s};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 5);
        filter.actions.clear();
        filter.actor = u"amy"_s; // no client: filtered here
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(column(model, AuditTableModel::Actor).count(u"amy"_s) == 10);
        filter.since = QDateTime::fromMSecsSinceEpoch(1795000000000 + 10000, Qt::UTC);
        filter.until = QDateTime::fromMSecsSinceEpoch(1795000000000 + 15000, Qt::UTC);
        model.setFilter(filter);
        // amy's events are odd n; n in [10, 15): 11, 13
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.event(0).id, u"evt_11"_s);
        QCOMPARE(model.event(1).id, u"evt_13"_s);
        // New rows respect the filter.
        model.appendEvents({makeEvent(100, u"amy"_s, u"x"_s, 1795000000000 + 12000),
                            makeEvent(101, u"bob"_s, u"x"_s, 1795000000000 + 12000)});
        QCOMPARE(model.rowCount(), 3);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 22);
    }

    void exportsFilteredSortedRows()
    {
        AuditTableModel model;
        model.appendEvents({makeEvent(1, u"amy"_s, u"calibration.applied"_s, 1795000000000),
                            makeEvent(2, u"bob, jr"_s, u"reweight.started"_s, 1795000001000),
                            makeEvent(3, u"amy"_s, u"calibration.applied"_s, 1795000002000)});
        AuditFilter filter;
        filter.actions = {u"calibration.applied"_s};
        model.setFilter(filter);
        model.sort(AuditTableModel::Version, Qt::DescendingOrder);

        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Jsonl}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            AuditRowsExporter exporter;
            exporter.setSliceSize(1); // several slices: progress each time
            QSignalSpy progress(&exporter, &AuditRowsExporter::progress);
            QSignalSpy finished(&exporter, &AuditRowsExporter::finished);
            exporter.start(&buffer, format, model.rowCount(), [&model](qint64 row) { return model.event(int(row)); });
            QVERIFY(finished.wait(2000));
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QCOMPARE(progress.size(), 2);
            const QList<QByteArray> lines = buffer.data().split('\n');
            if (format == ExportFormat::Csv) {
                QCOMPARE(lines.size(), 4); // header, 2 rows, trailing empty
                QVERIFY(lines.at(0).startsWith("id,timestamp,actor,action,"));
                QVERIFY2(lines.at(1).startsWith("evt_3,2026-"), lines.at(1).constData());
                QVERIFY(lines.at(1).contains(",amy,calibration.applied,"));
                QVERIFY(lines.at(1).contains("\"{\"\"sensitivity_level\"\":{\"\"from\"\":0.5,\"\"to\"\":0.53}}\""));
                QVERIFY(lines.at(2).startsWith("evt_1,"));
            } else {
                QCOMPARE(lines.size(), 3);
                const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
                QCOMPARE(first.value(u"id"_s).toString(), u"evt_3"_s);
                QCOMPARE(first.value(u"version"_s).toInt(), 3);
                QCOMPARE(first.value(u"changes"_s)
                             .toObject()
                             .value(u"sensitivity_level"_s)
                             .toObject()
                             .value(u"to"_s)
                             .toDouble(),
                         0.53);
                QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"id"_s).toString(), u"evt_1"_s);
            }
        }
    }

    void exportCanBeCancelled()
    {
        AuditTableModel model;
        QList<AuditEvent> events;
        for (int n = 0; n < 100; ++n)
            events.append(makeEvent(n, u"a"_s, u"x"_s, n));
        model.appendEvents(events);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AuditRowsExporter exporter;
        exporter.setSliceSize(10);
        QSignalSpy finished(&exporter, &AuditRowsExporter::finished);
        connect(&exporter, &AuditRowsExporter::progress, &exporter, [&exporter](qint64 done, qint64) {
            if (done >= 30)
                exporter.cancel();
        });
        exporter.start(&buffer, ExportFormat::Jsonl, model.rowCount(),
                       [&model](qint64 row) { return model.event(int(row)); });
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(exporter.written(), 30);
        QCOMPARE(buffer.data().count('\n'), 30);
    }

    void scrollingFetchesPagesFromTheSandboxAndStopsAtTheEnd()
    {
        SandboxOptions options;
        options.seedAudit = 45;
        options.seedAlerts = 0;
        SandboxServer sandbox(options);
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        ConnectionConfig config;
        config.baseUrl = sandbox.baseUrl();
        config.clientId = options.clientId;
        config.clientSecret = options.clientSecret;
        TenantClient client(&network, Clock::system(), config);

        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setClient(&client);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(20);
        view.resize(600, 200);
        view.setModel(&model);
        view.show();
        // The view asks for the first page by itself; nothing more than one page up front.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 5000);
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.atEnd());
        // Scrolling to the bottom fetches the next page, and so on until the end.
        for (int expected : {20, 30, 40, 45}) {
            view.scrollToBottom();
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), expected, 5000);
        }
        QTRY_VERIFY(model.atEnd());
        QVERIFY(!model.canFetchMore({}));
        view.scrollToBottom();
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 45);
        // Newest first, as the server sends them.
        QVERIFY(model.index(0, 0).data(AuditTableModel::TimestampMsRole).toLongLong()
                >= model.index(44, 0).data(AuditTableModel::TimestampMsRole).toLongLong());

        // Server-side actor filter: the tenant filters; every shown row is that actor.
        AuditFilter filter;
        filter.actor = model.index(0, AuditTableModel::Actor).data().toString();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 5000);
        QVERIFY(model.serverSideFiltering());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.loadedCount(), qsizetype(model.rowCount())); // nothing else was sent
        QCOMPARE(column(model, AuditTableModel::Actor).count(filter.actor), model.rowCount());
    }

    // A filter that hides whole pages still walks on by itself (the view has nothing to
    // scroll to), and stops at the end of the trail.
    void aFilterHidingWholePagesKeepsFetching()
    {
        SandboxClient sandbox(45);
        QVERIFY2(sandbox.started, qPrintable(sandbox.error));

        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        AuditFilter nothing;
        nothing.actions = {u"no.such.action"_s};
        model.setFilter(nothing);
        model.setClient(sandbox.client.get());
        QTableView view;
        view.setModel(&model);
        view.resize(600, 200);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 10000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.loadedCount(), qsizetype(45));
        QVERIFY(!model.isLoadingAll());
        QVERIFY(!model.isSeeking());

        // On a long trail the search can be cancelled, and stops where it is.
        SandboxClient longTrail(3000);
        QVERIFY2(longTrail.started, qPrintable(longTrail.error));
        AuditTableModel searching;
        searching.setPageSize(10);
        searching.setFilter(nothing);
        QSignalSpy loading(&searching, &AuditTableModel::loadingChanged);
        searching.setClient(longTrail.client.get());
        searching.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(searching.isSeeking(), 10000);
        searching.cancelLoading();
        QVERIFY(!searching.isSeeking());
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !loading.last().first().toBool(), 5000);
        const qsizetype stopped = searching.loadedCount();
        QTest::qWait(300);
        QCOMPARE(searching.loadedCount(), stopped);
        QVERIFY(stopped < 3000);
        QVERIFY(!searching.atEnd());
    }

    // A tenant without the since/until/actor extensions answers 400; the model filters the
    // whole trail itself and shows the same rows a tenant with them would have sent.
    void filtersFallBackToTheClientWithoutTenantSupport()
    {
        SandboxClient withFilters(60);
        SandboxClient without(60, false);
        QVERIFY2(withFilters.started && without.started, qPrintable(withFilters.error + without.error));
        TenantClient &serverSide = *withFilters.client;
        TenantClient &clientSide = *without.client;

        // The reference: everything, unfiltered.
        AuditTableModel all;
        all.setPageSize(50);
        all.setClient(&serverSide);
        all.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(all.atEnd(), 10000);
        QCOMPARE(all.rowCount(), 60);
        const QString actor = all.index(0, AuditTableModel::Actor).data().toString();
        // A window of time: from the 40th newest event (inclusive) to the 10th (exclusive).
        const qint64 sinceMs = all.index(40, 0).data(AuditTableModel::TimestampMsRole).toLongLong();
        const qint64 untilMs = all.index(10, 0).data(AuditTableModel::TimestampMsRole).toLongLong();
        QVERIFY(sinceMs < untilMs);
        int expected = 0;
        for (int r = 0; r < all.rowCount(); ++r) {
            const qint64 t = all.index(r, 0).data(AuditTableModel::TimestampMsRole).toLongLong();
            expected += (t >= sinceMs && t < untilMs && all.index(r, AuditTableModel::Actor).data().toString() == actor)
                ? 1
                : 0;
        }
        QVERIFY(expected > 0);

        AuditFilter filter;
        filter.actor = actor;
        filter.since = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
        filter.until = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
        for (TenantClient *client : {&serverSide, &clientSide}) {
            AuditTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setPageSize(10);
            model.setClient(client);
            model.setFilter(filter);
            model.loadAll();
            QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 10000);
            QCOMPARE(model.rowCount(), expected);
            QCOMPARE(column(model, AuditTableModel::Actor).count(actor), expected);
            for (int r = 0; r < model.rowCount(); ++r) {
                const qint64 t = model.index(r, 0).data(AuditTableModel::TimestampMsRole).toLongLong();
                QVERIFY(t >= sinceMs && t < untilMs);
            }
            if (client == &serverSide) {
                QVERIFY(model.serverSideFiltering());
                QCOMPARE(model.loadedCount(), qsizetype(expected)); // the tenant sent only these
            } else {
                QVERIFY(!model.serverSideFiltering());
                QCOMPARE(model.loadedCount(), qsizetype(60)); // everything, filtered here
            }
        }
    }

    // Cancelling "load all" stops the walk where it is; scrolling can go on from there.
    void loadAllCanBeCancelled()
    {
        SandboxClient sandbox(3000);
        QVERIFY2(sandbox.started, qPrintable(sandbox.error));
        AuditTableModel model;
        model.setPageSize(20);
        model.setClient(sandbox.client.get());
        QSignalSpy loading(&model, &AuditTableModel::loadingChanged);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 10000);
        model.cancelLoading();
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !loading.last().first().toBool(), 5000);
        const int stopped = model.rowCount();
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), stopped);
        QVERIFY(stopped < 3000);
        QVERIFY(!model.atEnd());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), stopped + 20, 5000);
    }
};

QTEST_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
