// The sandbox's audit trail and alert feed: ordering, cursors, short pages, filters,
// deterministic alerts and their hidden ground truth.
#include "core/clock.h"
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace calib::test;

namespace {
const QString auditPath = QStringLiteral("/audit/sentiment/calibration");
const QString alertsPath = QStringLiteral("/agentassist/alerts");

struct Walk
{
    QStringList ids;
    int pages = 0;
    int shortPages = 0;
    bool ok = true;
};
} // namespace

class TestSandboxAudit : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {})
    {
        options.clock = &m_clock;
        options.otherRateLimit = 100000;
        options.rateLimit = 100000;
        auto server = std::make_unique<SandboxServer>(options);
        if (!server->start())
            qWarning("sandbox did not start");
        return server;
    }

    // Follows next_cursor to the end; `between` runs after every page.
    static Walk walk(SandboxHttp &http, const QString &token, const QString &path, int limit,
                     const std::function<void()> &between = {}, QUrlQuery base = {})
    {
        Walk result;
        QString cursor;
        for (;;) {
            QUrlQuery query = base;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpResult r = http.get(path, token, query);
            if (r.status != 200) {
                result.ok = false;
                return result;
            }
            const QJsonObject page = r.json();
            const QJsonArray items = page.value(QStringLiteral("items")).toArray();
            for (const auto &item : items)
                result.ids.append(item.toObject().value(QStringLiteral("id")).toString());
            ++result.pages;
            const QJsonValue next = page.value(QStringLiteral("next_cursor"));
            if (!page.contains(QStringLiteral("next_cursor")) || (!next.isNull() && !next.isString())) {
                result.ok = false;
                return result;
            }
            if (next.isNull())
                return result;
            if (items.size() < limit)
                ++result.shortPages;
            cursor = next.toString();
            if (between)
                between();
        }
    }

private Q_SLOTS:
    void walkSeededHistoryNewestFirst()
    {
        SandboxOptions options;
        options.seedAudit = 523;
        options.seedAlerts = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const Walk result = walk(http, token, auditPath, 20);
        QVERIFY(result.ok);
        QCOMPARE(result.ids.size(), 523);
        QCOMPARE(QSet<QString>(result.ids.cbegin(), result.ids.cend()).size(), 523);
        QVERIFY2(result.shortPages > 0, "some pages are deliberately short while more follow");
        // Newest first, timestamps never increase along the walk.
        const QJsonArray first = http.get(auditPath, token).json().value(QStringLiteral("items")).toArray();
        QVERIFY(first.size() >= 25 && first.size() <= 50); // default limit 50 (maybe shortened)
        for (qsizetype i = 1; i < first.size(); ++i) {
            QVERIFY(first.at(i - 1).toObject().value(QStringLiteral("timestamp")).toString()
                    >= first.at(i).toObject().value(QStringLiteral("timestamp")).toString());
        }
        for (const auto &item : first) {
            const QJsonObject o = item.toObject();
            QVERIFY(o.value(QStringLiteral("id")).isString());
            QVERIFY(o.value(QStringLiteral("actor")).isString());
            QVERIFY(o.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
            QVERIFY(o.value(QStringLiteral("action")).isString());
        }
    }

    // The seeded history is the tenant's past: its applies carry versions 1, 2, ... in time
    // order with their calibration ids, their diffs form one chain (each change starts from
    // the value the field had after the previous change) that ends at the calibration in
    // force, whose version is the last of them (applied when it was), and the next apply
    // continues the count.
    void seededAppliesAreTheVersionsBeforeTheOneInForce()
    {
        SandboxOptions options;
        options.seedAudit = 120;
        options.seedAlerts = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        const QJsonArray items = http.get(auditPath, token, all).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 120);
        QList<QJsonObject> applied; // oldest first
        for (qsizetype i = items.size(); i-- > 0;) {
            const QJsonObject o = items.at(i).toObject();
            if (o.value(QStringLiteral("action")).toString() == QStringLiteral("calibration.applied"))
                applied.append(o);
            else
                QVERIFY(!o.contains(QStringLiteral("version")));
        }
        QVERIFY(applied.size() > 30);
        for (qsizetype v = 0; v < applied.size(); ++v) {
            QCOMPARE(applied.at(v).value(QStringLiteral("version")).toInt(), int(v + 1));
            QCOMPARE(applied.at(v).value(QStringLiteral("calibration_id")).toString(),
                     QStringLiteral("cal_%1").arg(v + 1, 6, 10, QLatin1Char('0')));
        }
        const QJsonObject current = http.get(QStringLiteral("/agentassist/sentiment/calibration"), token).json();
        QCOMPARE(current.value(QStringLiteral("version")).toInt(), int(applied.size()));
        QHash<QString, double> state; // field path -> value after the changes so far
        for (const QJsonObject &event : std::as_const(applied)) {
            const QJsonObject changes = event.value(QStringLiteral("changes")).toObject();
            QCOMPARE(changes.size(), 1);
            const QString path = changes.keys().constFirst();
            const QJsonObject diff = changes.value(path).toObject();
            const double from = diff.value(QStringLiteral("from")).toDouble();
            const double to = diff.value(QStringLiteral("to")).toDouble();
            QVERIFY2(from != to, qPrintable(path));
            if (state.contains(path))
                QCOMPARE(from, state.value(path));
            state.insert(path, to);
        }
        QVERIFY(state.size() >= 3);
        const QJsonObject inForce = current.value(QStringLiteral("calibration")).toObject();
        const QJsonArray triggers = inForce.value(QStringLiteral("alert_triggers")).toArray();
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            double value = 0;
            if (it.key() == u"sensitivity_level")
                value = inForce.value(QStringLiteral("sensitivity_level")).toDouble();
            else if (it.key() == u"polarity_matrix.negative")
                value = inForce.value(QStringLiteral("polarity_matrix"))
                            .toObject()
                            .value(QStringLiteral("negative"))
                            .toDouble();
            else if (it.key().startsWith(u"alert_triggers["))
                value
                    = triggers.at(it.key().mid(15, 1).toInt()).toObject().value(QStringLiteral("threshold")).toDouble();
            else
                QFAIL(qPrintable(u"unexpected field " + it.key()));
            QCOMPARE(it.value(), value);
        }
        QCOMPARE(current.value(QStringLiteral("calibration_id")).toString(),
                 applied.constLast().value(QStringLiteral("calibration_id")).toString());
        QCOMPARE(current.value(QStringLiteral("applied_at")).toString(),
                 applied.constLast().value(QStringLiteral("timestamp")).toString());

        QCOMPARE(http.put(token, "after-history", validCalibrationBody(0.6)).status, 200);
        QUrlQuery one;
        one.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const QJsonObject newest
            = http.get(auditPath, token, one).json().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("version")).toInt(), int(applied.size() + 1));

        // A tenant without history starts at version 0.
        SandboxOptions fresh;
        fresh.seedAudit = 0;
        auto empty = startServer(fresh);
        QCOMPARE(empty->version(), 0);
    }

    void cursorsStayStableWhileEventsArrive()
    {
        SandboxOptions options;
        options.seedAudit = 200;
        options.seedAlerts = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const Walk before = walk(http, token, auditPath, 200);
        QCOMPARE(before.ids.size(), 200);

        int inserted = 0;
        const Walk during = walk(http, token, auditPath, 7, [&]() {
            SandboxHttp writer(server->baseUrl());
            QCOMPARE(writer
                         .put(token, "concurrent-" + QByteArray::number(inserted),
                              validCalibrationBody(0.5 + (inserted % 40) * 0.01))
                         .status,
                     200);
            ++inserted;
        });
        QVERIFY(during.ok);
        QVERIFY(inserted > 20);
        QCOMPARE(during.ids, before.ids); // nothing skipped, nothing repeated
        QCOMPARE(server->auditEventCount(), qint64(200 + inserted));
    }

    void pageJsonMatchesEventObjects()
    {
        SandboxOptions options;
        options.seedAudit = 50;
        options.seedAlerts = 5;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const QByteArray awkwardKey = "quote\"back\\slash{}";
        QCOMPARE(http.put(token, awkwardKey, validCalibrationBody(0.81)).status, 200);
        const HttpResult r = http.get(auditPath, token);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject newest = document.object().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("idempotency_key")).toString(), QString::fromLatin1(awkwardKey));
        QCOMPARE(newest.value(QStringLiteral("timestamp")).toString(), m_clock.now().toString(Qt::ISODate));
        QCOMPARE(newest.value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("alert_triggers[0].threshold"))
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toDouble(),
                 0.81);
        // Seeded timestamps survive the fast formatter: RFC 3339, parseable, not in the future.
        for (const auto &item : document.object().value(QStringLiteral("items")).toArray()) {
            const QDateTime t
                = QDateTime::fromString(item.toObject().value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
            QVERIFY(t.isValid());
            QVERIFY(t <= m_clock.now());
        }
    }

    void badParametersAre400_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit 0") << "limit"
                                 << "0";
        QTest::newRow("limit 201") << "limit"
                                   << "201";
        QTest::newRow("limit text") << "limit"
                                    << "ten";
        QTest::newRow("limit negative") << "limit"
                                        << "-5";
        QTest::newRow("garbage cursor") << "cursor"
                                        << "!!notacursor!!";
        QTest::newRow("forged cursor") << "cursor"
                                       << QString::fromLatin1(QByteArray("audit.5.000000000000")
                                                                  .toBase64(QByteArray::Base64UrlEncoding
                                                                            | QByteArray::OmitTrailingEquals));
        QTest::newRow("empty cursor") << "cursor"
                                      << "";
        QTest::newRow("since not a date") << "since"
                                          << "yesterday";
        QTest::newRow("since without offset") << "since"
                                              << "2026-11-24T09:15:00";
        QTest::newRow("until not a date") << "until"
                                          << "2026-13-45T99:00:00Z";
    }

    void badParametersAre400()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        SandboxOptions options;
        options.seedAudit = 30;
        options.seedAlerts = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        QUrlQuery query;
        query.addQueryItem(key, value);
        const HttpResult r = http.get(auditPath, http.token(), query);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
    }

    void cursorOfOtherFeedOrServerIsRejected()
    {
        SandboxOptions options;
        options.seedAudit = 30;
        options.seedAlerts = 30;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        const QString alertCursor
            = http.get(alertsPath, token, query).json().value(QStringLiteral("next_cursor")).toString();
        const QString auditCursor
            = http.get(auditPath, token, query).json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!alertCursor.isEmpty());
        QVERIFY(!auditCursor.isEmpty());
        QUrlQuery cross;
        cross.addQueryItem(QStringLiteral("cursor"), alertCursor);
        QCOMPARE(http.get(auditPath, token, cross).status, 400);
        cross.clear();
        cross.addQueryItem(QStringLiteral("cursor"), auditCursor);
        QCOMPARE(http.get(alertsPath, token, cross).status, 400);
        QCOMPARE(http.get(auditPath, token, cross).status, 200);
        // A tampered cursor (one character changed) is unknown.
        QString tampered = auditCursor;
        tampered[tampered.size() - 2]
            = tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        cross.clear();
        cross.addQueryItem(QStringLiteral("cursor"), tampered);
        QCOMPARE(http.get(auditPath, token, cross).status, 400);
    }

    void filters()
    {
        SandboxOptions options;
        options.seedAudit = 400;
        options.seedAlerts = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const Walk all = walk(http, token, auditPath, 200);
        QCOMPARE(all.ids.size(), 400);

        QUrlQuery byActor;
        byActor.addQueryItem(QStringLiteral("actor"), QStringLiteral("supervisor"));
        const Walk supervisor = walk(http, token, auditPath, 13, {}, byActor);
        QVERIFY(supervisor.ok);
        QVERIFY(supervisor.ids.size() > 20 && supervisor.ids.size() < 400);
        const QJsonArray page = http.get(auditPath, token, byActor).json().value(QStringLiteral("items")).toArray();
        for (const auto &item : page)
            QCOMPARE(item.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("supervisor"));

        // since (inclusive) .. until (exclusive): a window of the history.
        const QDateTime now = m_clock.now();
        QUrlQuery window;
        window.addQueryItem(QStringLiteral("since"), now.addSecs(-5 * 3600).toString(Qt::ISODate));
        window.addQueryItem(QStringLiteral("until"), now.addSecs(-2 * 3600).toString(Qt::ISODate));
        window.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        const Walk windowed = walk(http, token, auditPath, 50, {}, window);
        QVERIFY(windowed.ok);
        QVERIFY(windowed.ids.size() > 0 && windowed.ids.size() < 400);
        const QJsonArray items = http.get(auditPath, token, window).json().value(QStringLiteral("items")).toArray();
        for (const auto &item : items) {
            const QDateTime t
                = QDateTime::fromString(item.toObject().value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
            QVERIFY(t >= now.addSecs(-5 * 3600));
            QVERIFY(t < now.addSecs(-2 * 3600));
        }
    }

    void alertFeedPagesAndSince()
    {
        SandboxOptions options;
        options.seedAudit = 5;
        options.seedAlerts = 150;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const Walk all = walk(http, token, alertsPath, 40);
        QVERIFY(all.ok);
        QCOMPARE(all.ids.size(), 150);
        QCOMPARE(all.ids.constFirst(), QStringLiteral("alr_150"));
        const QJsonObject alert
            = http.get(alertsPath, token).json().value(QStringLiteral("items")).toArray().at(0).toObject();
        for (const char *field : {"id", "interaction_id", "emotion", "confidence", "threshold", "directive",
                                  "triggered_at", "calibration_version"})
            QVERIFY2(alert.contains(QLatin1StringView(field)), field);
        QVERIFY(alert.value(QStringLiteral("confidence")).toDouble()
                >= alert.value(QStringLiteral("threshold")).toDouble());
        QVERIFY(!alert.contains(QStringLiteral("is_true")));

        QUrlQuery since;
        since.addQueryItem(QStringLiteral("since"), alert.value(QStringLiteral("triggered_at")).toString());
        const QJsonObject recent = http.get(alertsPath, token, since).json();
        QVERIFY(recent.value(QStringLiteral("items")).toArray().size() >= 1);
        QVERIFY(recent.value(QStringLiteral("next_cursor")).isNull());
    }

    void alertsAreDeterministicAndFollowThresholds()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.seedAudit = 5;
        options.seedAlerts = 300;
        options.seed = 42;
        options.groundTruthFile = dir.filePath(QStringLiteral("truth.jsonl"));
        auto a = startServer(options);
        options.groundTruthFile.clear();
        auto b = startServer(options);
        SandboxHttp httpA(a->baseUrl());
        SandboxHttp httpB(b->baseUrl());
        const QString tokenA = httpA.token();
        const QString tokenB = httpB.token();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        QCOMPARE(httpA.get(alertsPath, tokenA, query).body, httpB.get(alertsPath, tokenB, query).body);

        // Raise the anger threshold on A only; then let simulated time pass on both.
        const QByteArray strict = "{\"interaction_ids\":[\"i\"],\"polarity_matrix\":{\"negative\":-0.6,\"neutral\":0,"
                                  "\"positive\":0.6},\"alert_triggers\":[{\"emotion\":\"anger\",\"threshold\":0.9,"
                                  "\"directive\":\"notify\"}],\"sensitivity_level\":0.5}";
        const QByteArray loose = "{\"interaction_ids\":[\"i\"],\"polarity_matrix\":{\"negative\":-0.6,\"neutral\":0,"
                                 "\"positive\":0.6},\"alert_triggers\":[{\"emotion\":\"anger\",\"threshold\":0.5,"
                                 "\"directive\":\"notify\"}],\"sensitivity_level\":0.5}";
        QCOMPARE(httpA.put(tokenA, "strict", strict).status, 200);
        QCOMPARE(httpB.put(tokenB, "loose", loose).status, 200);
        const qint64 beforeA = a->alertCount();
        const qint64 beforeB = b->alertCount();
        m_clock.advanceSecs(3 * 3600);
        a->advance();
        b->advance();
        const qint64 newA = a->alertCount() - beforeA;
        const qint64 newB = b->alertCount() - beforeB;
        QVERIFY2(newB > newA * 2, qPrintable(QStringLiteral("%1 vs %2").arg(newA).arg(newB)));
        QVERIFY(newA > 0);
        QUrlQuery latest;
        latest.addQueryItem(QStringLiteral("limit"), QString::number(std::min<qint64>(newA, 200)));
        for (const auto &item :
             httpA.get(alertsPath, httpA.token(), latest).json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = item.toObject();
            QCOMPARE(o.value(QStringLiteral("emotion")).toString(), QStringLiteral("anger"));
            QVERIFY(o.value(QStringLiteral("confidence")).toDouble() >= 0.9);
            QCOMPARE(o.value(QStringLiteral("calibration_version")).toInt(), a->version()); // the strict one
        }

        // The ground truth file has one line per alert; true alerts are more confident.
        QFile truth(dir.filePath(QStringLiteral("truth.jsonl")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = truth.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), a->alertCount());
        double sumTrue = 0;
        double sumFalse = 0;
        int countTrue = 0;
        int countFalse = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.value(QStringLiteral("alert_id")).toString().startsWith(QStringLiteral("alr_")));
            QVERIFY(o.value(QStringLiteral("is_true")).isBool());
            const double c = o.value(QStringLiteral("confidence")).toDouble();
            if (o.value(QStringLiteral("is_true")).toBool()) {
                sumTrue += c;
                ++countTrue;
            } else {
                sumFalse += c;
                ++countFalse;
            }
        }
        QVERIFY(countTrue > 10);
        QVERIFY(countFalse > 10);
        QVERIFY(sumTrue / countTrue > sumFalse / countFalse);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAudit)
#include "tst_sandboxaudit.moc"
