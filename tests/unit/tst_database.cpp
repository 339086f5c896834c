#include "core/clock.h"
#include "store/appliedhistory.h"
#include "store/draftstore.h"
#include "store/localdatabase.h"
#include "store/outbox.h"
#include "store/reviewstore.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace calib;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString dbPath(const QString &name = u"workbench.sqlite"_s) const { return m_dir.filePath(name); }
    static QVariant scalar(const LocalDatabase &db, const QString &sql)
    {
        StoreResult<QSqlQuery> q = db.exec(sql);
        if (!q || !q.value().next())
            return {};
        return q.value().value(0);
    }
    static AlertReview review(const QString &id, AlertReview::Label label, qint64 secs)
    {
        return AlertReview {u"acme"_s, id, label, QDateTime::fromSecsSinceEpoch(1795000000 + secs, Qt::UTC),
                            QJsonObject {{u"id"_s, id}, {u"emotion"_s, u"anger"_s}, {u"confidence"_s, 0.91}}};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultFileLandsUnderXdgDataHome()
    {
        const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
        if (xdg.isEmpty())
            QSKIP("XDG_DATA_HOME is not set (run through ctest)");
        QVERIFY2(LocalDatabase::defaultFilePath().startsWith(xdg + u'/'), qPrintable(LocalDatabase::defaultFilePath()));
        LocalDatabase db;
        QVERIFY(db.open());
        QVERIFY(QFile::exists(LocalDatabase::defaultFilePath()));
    }

    void freshFileHasSchemaWalAndForeignKeys()
    {
        LocalDatabase db(dbPath(u"fresh/sub/dir/db.sqlite"_s));
        QVERIFY(!db.isOpen());
        const StoreStatus st = db.open();
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QVERIFY(db.isOpen());
        QCOMPARE(db.schemaVersion().value(), LocalDatabase::currentSchemaVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        for (const QString &table : {u"outbox"_s, u"applied_history"_s, u"alert_reviews"_s, u"drafts"_s}) {
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table))
                         .toInt(),
                     1);
        }
        // The foreign key is enforced: a history row cannot point at a missing outbox row.
        const StoreStatus bad = StoreStatus::from(
            db.exec(u"INSERT INTO applied_history (profile, calibration_id, version, applied_at, payload, outbox_id) "
                    "VALUES ('p', 'c', 1, 't', '{}', 999)"_s));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(bad.error()));
        db.close();
        QVERIFY(!db.isOpen());
        QVERIFY(!db.exec(u"SELECT 1"_s).ok());
    }

    void migratesFromAnOlderSchemaVersion()
    {
        const QString path = dbPath(u"migrate.sqlite"_s);
        {
            LocalDatabase v1(path);
            QVERIFY(v1.open());
            QVERIFY(DraftStore(v1).save(u"prod"_s, QJsonObject {{u"sensitivity"_s, 0.4}}));
        }
        QList<LocalDatabase::Migration> newer = LocalDatabase::builtInMigrations();
        const int next = LocalDatabase::currentSchemaVersion() + 1;
        newer << LocalDatabase::Migration {
            next,
            u"drafts get a note"_s,
            {u"ALTER TABLE drafts ADD COLUMN note TEXT"_s, u"UPDATE drafts SET note = 'migrated'"_s}};
        {
            LocalDatabase v2(path);
            const StoreStatus st = v2.open(newer);
            QVERIFY2(st.ok(), qPrintable(st.error()));
            QCOMPARE(v2.schemaVersion().value(), next);
            QCOMPARE(scalar(v2, u"SELECT note FROM drafts WHERE profile = 'prod'"_s).toString(), u"migrated"_s);
            QCOMPARE(DraftStore(v2).load(u"prod"_s).value()->payload.value(u"sensitivity"_s).toDouble(), 0.4);
            QCOMPARE(scalar(v2, u"SELECT COUNT(*) FROM schema_version"_s).toInt(), next);
        }
        // Opening again applies nothing twice.
        {
            LocalDatabase again(path);
            QVERIFY(again.open(newer));
            QCOMPARE(scalar(again, u"SELECT COUNT(*) FROM schema_version"_s).toInt(), next);
        }
        // This build does not know the newer schema: a clear refusal, data untouched.
        LocalDatabase old(path);
        const StoreStatus st = old.open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(u"newer version"_s), qPrintable(st.error()));
        QVERIFY(!old.isOpen());
    }

    void failedMigrationRollsBack()
    {
        const QString path = dbPath(u"rollback.sqlite"_s);
        QList<LocalDatabase::Migration> broken = LocalDatabase::builtInMigrations();
        const int next = LocalDatabase::currentSchemaVersion() + 1;
        broken << LocalDatabase::Migration {
            next, u"broken"_s, {u"CREATE TABLE half_done (x INTEGER)"_s, u"THIS IS NOT SQL"_s}};
        LocalDatabase db(path);
        const StoreStatus st = db.open(broken);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(u"schema %1"_s.arg(next)), qPrintable(st.error()));
        QVERIFY(db.open());
        QCOMPARE(db.schemaVersion().value(), LocalDatabase::currentSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"_s).toInt(), 0);
    }

    void corruptFileGivesClearError()
    {
        const QString path = dbPath(u"corrupt.sqlite"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 8192; ++i)
                junk.append(char((i * 7919) % 251));
            f.write(junk);
        }
        LocalDatabase db(path);
        const StoreStatus st = db.open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(u"damaged"_s), qPrintable(st.error()));
        QVERIFY2(st.error().contains(path), qPrintable(st.error()));
        QVERIFY(!db.isOpen());
        QVERIFY(!Outbox(db).pending().ok());
    }

    void truncatedDatabaseGivesClearError()
    {
        const QString path = dbPath(u"truncated.sqlite"_s);
        {
            LocalDatabase db(path);
            QVERIFY(db.open());
            QVERIFY(DraftStore(db).save(u"p"_s, QJsonObject {{u"x"_s, 1}}));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(0));
            f.write(QByteArray(100, 'x')); // destroys the SQLite header
        }
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        LocalDatabase db(path);
        const StoreStatus st = db.open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(u"damaged"_s), qPrintable(st.error()));
    }

    void twoConnectionsToTheSameFile()
    {
        const QString path = dbPath(u"shared.sqlite"_s);
        LocalDatabase a(path);
        LocalDatabase b(path);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.connectionName() != b.connectionName());
        Outbox outA(a);
        Outbox outB(b);
        const StoreResult<OutboxEntry> e = outA.enqueue(u"prod"_s, u"key-a"_s, QJsonObject {{u"v"_s, 1}});
        QVERIFY(e);
        // The other connection sees it at once and can close it.
        QCOMPARE(outB.pending().value().size(), 1);
        QVERIFY(outB.close(e.value().id, OutboxEntry::State::Done, QJsonObject {{u"version"_s, 3}}));
        QCOMPARE(outA.get(e.value().id).value()->state, OutboxEntry::State::Done);
        // The same key cannot be queued twice, whichever connection tries.
        QVERIFY(!outB.enqueue(u"prod"_s, u"key-a"_s, {}).ok());

        // Writers on two threads (each with its own connection) interleave without loss.
        constexpr int perWriter = 60;
        std::atomic<int> threadFailures {0};
        QThread *writer = QThread::create([&] {
            LocalDatabase own(path);
            if (!own.open()) {
                ++threadFailures;
                return;
            }
            Outbox out(own);
            ReviewStore reviews(own);
            for (int i = 0; i < perWriter; ++i) {
                if (!out.enqueue(u"prod"_s, u"thread-%1"_s.arg(i), QJsonObject {{u"i"_s, i}}))
                    ++threadFailures;
                if (!reviews.upsertMany({review(u"t%1"_s.arg(i), AlertReview::Label::FalsePositive, i)}))
                    ++threadFailures;
            }
        });
        writer->start();
        int mainFailures = 0;
        ReviewStore reviewsA(a);
        for (int i = 0; i < perWriter; ++i) {
            if (!outA.enqueue(u"prod"_s, u"main-%1"_s.arg(i), QJsonObject {{u"i"_s, i}}))
                ++mainFailures;
            if (!reviewsA.upsertMany({review(u"m%1"_s.arg(i), AlertReview::Label::TruePositive, i)}))
                ++mainFailures;
        }
        QVERIFY(writer->wait(30000));
        delete writer;
        QCOMPARE(mainFailures, 0);
        QCOMPARE(threadFailures.load(), 0);
        QCOMPARE(outB.pending().value().size(), 2 * perWriter);
        QCOMPARE(ReviewStore(b).list(u"acme"_s).value().size(), 2 * perWriter);
    }

    void appliedHistory()
    {
        LocalDatabase db(dbPath(u"history.sqlite"_s));
        QVERIFY(db.open());
        AppliedHistory history(db);
        const QJsonObject payload {{u"sensitivity"_s, 0.5}, {u"triggers"_s, QJsonArray {}}};
        AppliedRecord r1 {
            0,       u"prod"_s, u"9007199254740993"_s, 4, QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC),
            payload, 812,       std::nullopt};
        AppliedRecord r2 = r1;
        r2.version = 5;
        r2.appliedAt = r1.appliedAt.addSecs(60);
        r2.latencyMs.reset();
        AppliedRecord other = r1;
        other.profile = u"staging"_s;
        const StoreResult<AppliedRecord> s1 = history.add(r1);
        QVERIFY(s1);
        QVERIFY(s1.value().id > 0);
        QVERIFY(history.add(r2));
        QVERIFY(history.add(other));
        QVERIFY(!history.add(AppliedRecord {}).ok());

        const QList<AppliedRecord> prod = history.list(u"prod"_s).value();
        QCOMPARE(prod.size(), 2);
        QCOMPARE(prod.at(0).version, 5);
        QVERIFY(!prod.at(0).latencyMs.has_value());
        QCOMPARE(prod.at(1).calibrationId, u"9007199254740993"_s); // no precision lost
        QCOMPARE(prod.at(1).latencyMs, std::optional<qint64>(812));
        QCOMPARE(prod.at(1).payload, payload);
        QCOMPARE(prod.at(1).appliedAt, r1.appliedAt);
        QCOMPARE(history.list().value().size(), 3);
        QCOMPARE(history.list(QString(), 1).value().size(), 1);
    }

    void reviews()
    {
        LocalDatabase db(dbPath(u"reviews.sqlite"_s));
        QVERIFY(db.open());
        ReviewStore store(db);
        QVERIFY(store.upsert(review(u"a1"_s, AlertReview::Label::TruePositive, 1)));
        QVERIFY(store.upsert(review(u"a2"_s, AlertReview::Label::Skip, 2)));
        // The latest verdict replaces the earlier one.
        AlertReview changed = review(u"a1"_s, AlertReview::Label::FalsePositive, 3);
        QVERIFY(store.upsert(changed));
        QCOMPARE(*store.get(u"acme"_s, u"a1"_s).value(), changed);
        QList<AlertReview> all = store.list(u"acme"_s).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).alertId, u"a2"_s);
        QCOMPARE(all.at(1).label, AlertReview::Label::FalsePositive);
        QVERIFY(store.list(u"other"_s).value().isEmpty());

        QVERIFY(store.remove(u"acme"_s, u"a2"_s));
        QVERIFY(!store.get(u"acme"_s, u"a2"_s).value().has_value());

        // Bulk is all-or-nothing: an invalid review in the middle keeps the rest out.
        QList<AlertReview> bulk;
        for (int i = 0; i < 5; ++i)
            bulk << review(u"b%1"_s.arg(i), AlertReview::Label::TruePositive, 10 + i);
        bulk.insert(3, AlertReview {u"acme"_s, QString(), AlertReview::Label::Skip, {}, {}});
        const StoreStatus st = store.upsertMany(bulk);
        QVERIFY(!st.ok());
        QCOMPARE(store.list(u"acme"_s).value().size(), 1);
        bulk.removeAt(3);
        QVERIFY(store.upsertMany(bulk));
        QCOMPARE(store.list(u"acme"_s).value().size(), 6);
    }

    void drafts()
    {
        LocalDatabase db(dbPath(u"drafts.sqlite"_s));
        QVERIFY(db.open());
        ManualClock clock;
        DraftStore drafts(db, &clock);
        QVERIFY(!drafts.load(u"prod"_s).value().has_value());
        QVERIFY(drafts.save(u"prod"_s, QJsonObject {{u"sensitivity"_s, 0.3}}));
        clock.advanceSecs(30);
        QVERIFY(drafts.save(u"prod"_s, QJsonObject {{u"sensitivity"_s, 0.35}}));
        const std::optional<Draft> d = drafts.load(u"prod"_s).value();
        QVERIFY(d);
        QCOMPARE(d->payload.value(u"sensitivity"_s).toDouble(), 0.35);
        QCOMPARE(d->savedAt, clock.now());
        QVERIFY(!drafts.save(QString(), {}).ok());
        QVERIFY(drafts.clear(u"prod"_s));
        QVERIFY(!drafts.load(u"prod"_s).value().has_value());
    }

    // What a profile keeps is counted per kind, and removing it takes exactly its rows (the
    // history first: its rows refer to outbox rows); another profile's rows stay.
    void profileDataIsCountedAndRemoved()
    {
        LocalDatabase db(dbPath(u"profiledata.sqlite"_s));
        QVERIFY(db.open());
        ManualClock clock;
        Outbox outbox(db, &clock);
        AppliedHistory history(db);
        ReviewStore reviews(db);
        DraftStore drafts(db, &clock);
        const QJsonObject payload {{u"sensitivity"_s, 0.5}};
        for (const QString &profile : {u"acme"_s, u"other"_s}) {
            const OutboxEntry done = outbox.enqueue(profile, profile + u"-1"_s, payload).value();
            QVERIFY(outbox.close(done.id, OutboxEntry::State::Done, QJsonObject {{u"version"_s, 1}}));
            QVERIFY(outbox.enqueue(profile, profile + u"-2"_s, payload));
            AppliedRecord record {0, profile, u"cal_1"_s, 1, clock.now(), payload, 20, done.id};
            QVERIFY(history.add(record));
            QVERIFY(drafts.save(profile, payload));
        }
        QVERIFY(reviews.upsert(review(u"a1"_s, AlertReview::Label::TruePositive, 1)));
        QVERIFY(reviews.upsert(review(u"a2"_s, AlertReview::Label::FalsePositive, 2)));

        ProfileLocalData acme;
        acme.unfinishedApplies = 1;
        acme.finishedApplies = 1;
        acme.historyEntries = 1;
        acme.reviews = 2;
        acme.draft = true;
        QCOMPARE(db.profileData(u"acme"_s).value(), acme);
        QVERIFY(db.profileData(u"nobody"_s).value().isEmpty());

        QVERIFY(db.removeProfileData(u"acme"_s));
        QVERIFY(db.profileData(u"acme"_s).value().isEmpty());
        QVERIFY(outbox.pending(u"acme"_s).value().isEmpty());
        ProfileLocalData other = acme;
        other.reviews = 0; // the reviews above were all acme's
        QCOMPARE(db.profileData(u"other"_s).value(), other);
        QCOMPARE(history.list(u"other"_s).value().size(), 1);
        QVERIFY(db.removeProfileData(u"nobody"_s)); // nothing to remove is not an error
    }

    void damagedRowIsAnErrorNotACrash()
    {
        LocalDatabase db(dbPath(u"damaged-row.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(db.exec(u"INSERT INTO drafts (profile, payload, saved_at) VALUES ('p', '{not json', 'x')"_s));
        const StoreResult<std::optional<Draft>> d = DraftStore(db).load(u"p"_s);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(u"damaged"_s), qPrintable(d.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
