#include "core/clock.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace calib;

namespace {

QJsonObject samplePayload()
{
    return QJsonObject {{u"calibration_id"_s, u"9007199254740993"_s},
                        {u"sensitivity"_s, 0.42},
                        {u"triggers"_s, QJsonArray {QJsonObject {{u"emotion"_s, u"anger"_s}, {u"threshold"_s, 0.8}}}}};
}

// Child mode: queue an apply, start sending it, then die with SIGKILL before any answer.
int crashChild(const QString &path)
{
    LocalDatabase db(path);
    if (!db.open())
        return 3;
    Outbox outbox(db);
    const StoreResult<OutboxEntry> e = outbox.enqueue(u"prod"_s, u"crash-key-1"_s, samplePayload());
    if (!e || !outbox.markSending(e.value().id))
        return 4;
    std::raise(SIGKILL);
    return 5;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<LocalDatabase> m_db;
    ManualClock m_clock;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_n)));
        const StoreStatus st = m_db->open();
        QVERIFY2(st.ok(), qPrintable(st.error()));
    }
    void cleanup() { m_db.reset(); }

    void lifecycle()
    {
        Outbox outbox(*m_db, &m_clock);
        const QDateTime created = m_clock.now();
        const StoreResult<OutboxEntry> e = outbox.enqueue(u"prod"_s, u"key-1"_s, samplePayload());
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QVERIFY(e.value().id > 0);
        QCOMPARE(e.value().state, OutboxEntry::State::Pending);
        QCOMPARE(e.value().attempts, 0);
        QCOMPARE(e.value().payload, samplePayload());
        QCOMPARE(e.value().createdAt, created);
        const qint64 id = e.value().id;

        m_clock.advanceSecs(1);
        StoreResult<OutboxEntry> s = outbox.markSending(id);
        QVERIFY(s);
        QCOMPARE(s.value().state, OutboxEntry::State::Sending);
        QCOMPARE(s.value().attempts, 1);
        QCOMPARE(s.value().updatedAt, m_clock.now());

        m_clock.advanceSecs(2);
        s = outbox.markAttempt(id, u"503 engine busy"_s);
        QVERIFY(s);
        QCOMPARE(s.value().state, OutboxEntry::State::Pending);
        QCOMPARE(s.value().lastError, u"503 engine busy"_s);
        QCOMPARE(outbox.pending().value().size(), 1);

        s = outbox.markSending(id);
        QCOMPARE(s.value().attempts, 2);
        const QJsonObject outcome {{u"version"_s, 7}, {u"job_id"_s, u"j-1"_s}};
        m_clock.advanceSecs(3);
        s = outbox.close(id, OutboxEntry::State::Done, outcome);
        QVERIFY(s);
        QCOMPARE(s.value().state, OutboxEntry::State::Done);
        QCOMPARE(s.value().outcome, outcome);
        QCOMPARE(s.value().lastError, u"503 engine busy"_s); // history of the last failed attempt kept
        QCOMPARE(s.value().createdAt, created);
        QCOMPARE(s.value().updatedAt, m_clock.now());
        QVERIFY(!s.value().isOpen());
        QVERIFY(outbox.pending().value().isEmpty());

        // A closed row stays closed.
        const StoreResult<OutboxEntry> again = outbox.markSending(id);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"already closed"_s), qPrintable(again.error()));
        QVERIFY(!outbox.close(id, OutboxEntry::State::Failed, {}).ok());
        QVERIFY(!outbox.markAttempt(id, u"x"_s).ok());
        QCOMPARE(outbox.get(id).value()->state, OutboxEntry::State::Done);
        QVERIFY(!outbox.markSending(4242).ok());
    }

    void finalRejectionIsClosedAsFailed()
    {
        Outbox outbox(*m_db, &m_clock);
        const qint64 id = outbox.enqueue(u"prod"_s, u"key-f"_s, samplePayload()).value().id;
        QVERIFY(outbox.markSending(id));
        const QJsonObject outcome {{u"status"_s, 422}, {u"error"_s, u"idempotency key reused"_s}};
        const StoreResult<OutboxEntry> e = outbox.close(id, OutboxEntry::State::Failed, outcome, u"422"_s);
        QVERIFY(e);
        QCOMPARE(e.value().state, OutboxEntry::State::Failed);
        QCOMPARE(e.value().lastError, u"422"_s);
        QVERIFY(!outbox.close(id, OutboxEntry::State::Pending, {}).ok());
        QCOMPARE(outbox.recent().value().size(), 1);
    }

    void keysAreUniqueAndRequired()
    {
        Outbox outbox(*m_db, &m_clock);
        QVERIFY(outbox.enqueue(u"prod"_s, u"k"_s, {}));
        const StoreResult<OutboxEntry> dup = outbox.enqueue(u"staging"_s, u"k"_s, {});
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().contains(u"already in the outbox"_s), qPrintable(dup.error()));
        QVERIFY(!outbox.enqueue(u"prod"_s, u"  "_s, {}).ok());
        QCOMPARE(outbox.findByKey(u"k"_s).value()->profile, u"prod"_s);
        QVERIFY(!outbox.findByKey(u"nope"_s).value().has_value());
    }

    void pendingPerProfileOldestFirst()
    {
        Outbox outbox(*m_db, &m_clock);
        const qint64 a = outbox.enqueue(u"prod"_s, u"a"_s, {}).value().id;
        const qint64 b = outbox.enqueue(u"staging"_s, u"b"_s, {}).value().id;
        const qint64 c = outbox.enqueue(u"prod"_s, u"c"_s, {}).value().id;
        QVERIFY(outbox.markSending(c));
        QVERIFY(outbox.close(outbox.enqueue(u"prod"_s, u"d"_s, {}).value().id, OutboxEntry::State::Done, {}));

        QList<OutboxEntry> prod = outbox.pending(u"prod"_s).value();
        QCOMPARE(prod.size(), 2);
        QCOMPARE(prod.at(0).id, a);
        QCOMPARE(prod.at(1).id, c);
        QCOMPARE(prod.at(1).state, OutboxEntry::State::Sending);
        QCOMPARE(outbox.pending().value().size(), 3);
        QCOMPARE(outbox.pending(u"staging"_s).value().constFirst().id, b);
        QCOMPARE(outbox.recent(2).value().size(), 2);
        QCOMPARE(outbox.recent(10, u"prod"_s).value().size(), 3);
    }

    void reopenAfterCloseWithoutOutcomeIsPending()
    {
        const QString path = m_db->filePath();
        qint64 id = 0;
        {
            Outbox outbox(*m_db, &m_clock);
            id = outbox.enqueue(u"prod"_s, u"resume-me"_s, samplePayload()).value().id;
            QVERIFY(outbox.markSending(id));
            m_db.reset(); // the process goes away mid-send
        }
        LocalDatabase db(path);
        QVERIFY(db.open());
        Outbox outbox(db, &m_clock);
        const QList<OutboxEntry> open = outbox.pending().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, id);
        QCOMPARE(open.first().idempotencyKey, u"resume-me"_s);
        QCOMPARE(open.first().payload, samplePayload());
        QVERIFY(open.first().isOpen());
        // The resume sends again with the same row and key.
        QCOMPARE(outbox.markSending(id).value().attempts, 2);
    }

    void killedProcessLeavesTheApplyPending()
    {
        const QString path = m_dir.filePath(u"killed.sqlite"_s);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--crash-child"_s, path});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        LocalDatabase db(path);
        const StoreStatus st = db.open();
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Outbox outbox(db);
        const QList<OutboxEntry> open = outbox.pending().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().idempotencyKey, u"crash-key-1"_s);
        QCOMPARE(open.first().state, OutboxEntry::State::Sending);
        QCOMPARE(open.first().attempts, 1);
        QCOMPARE(open.first().payload, samplePayload());
        QVERIFY(outbox.close(open.first().id, OutboxEntry::State::Done, QJsonObject {{u"version"_s, 1}}));
        QVERIFY(outbox.pending().value().isEmpty());
    }

    void damagedPayloadIsReported()
    {
        Outbox outbox(*m_db, &m_clock);
        const qint64 id = outbox.enqueue(u"prod"_s, u"k"_s, samplePayload()).value().id;
        QVERIFY(m_db->exec(u"UPDATE outbox SET payload = '[1,' WHERE id = ?"_s, {id}));
        const StoreResult<QList<OutboxEntry>> open = outbox.pending();
        QVERIFY(!open.ok());
        QVERIFY2(open.error().contains(u"Outbox row %1"_s.arg(id)), qPrintable(open.error()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--crash-child") == 0)
        return crashChild(QString::fromLocal8Bit(argv[2]));
    TestOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
