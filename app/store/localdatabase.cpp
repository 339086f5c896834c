#include "store/localdatabase.h"

#include "core/clock.h"
#include "store/appsettings.h"
#include "store/storelogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

std::atomic<quint64> s_connectionCounter {0};

QString sqlError(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? u"unknown SQLite error"_s : text;
}

} // namespace

const QList<LocalDatabase::Migration> &LocalDatabase::builtInMigrations()
{
    static const QList<Migration> list {
        {1,
         u"outbox, applied history, alert reviews, drafts"_s,
         {
             uR"(CREATE TABLE outbox (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 profile TEXT NOT NULL,
                 idempotency_key TEXT NOT NULL UNIQUE,
                 payload TEXT NOT NULL,
                 created_at TEXT NOT NULL,
                 attempts INTEGER NOT NULL DEFAULT 0,
                 last_error TEXT,
                 state TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'done', 'failed')),
                 outcome TEXT,
                 updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX outbox_open ON outbox(state, profile)"_s,
             uR"(CREATE TABLE applied_history (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 profile TEXT NOT NULL,
                 calibration_id TEXT NOT NULL,
                 version INTEGER NOT NULL,
                 applied_at TEXT NOT NULL,
                 payload TEXT NOT NULL,
                 latency_ms INTEGER,
                 outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL))"_s,
             u"CREATE INDEX applied_history_profile ON applied_history(profile, applied_at)"_s,
             uR"(CREATE TABLE alert_reviews (
                 tenant TEXT NOT NULL,
                 alert_id TEXT NOT NULL,
                 label TEXT NOT NULL CHECK (label IN ('tp', 'fp', 'skip')),
                 reviewed_at TEXT NOT NULL,
                 alert TEXT,
                 PRIMARY KEY (tenant, alert_id)))"_s,
             uR"(CREATE TABLE drafts (
                 profile TEXT PRIMARY KEY,
                 payload TEXT NOT NULL,
                 saved_at TEXT NOT NULL))"_s,
         }},
    };
    return list;
}

int LocalDatabase::currentSchemaVersion()
{
    return builtInMigrations().constLast().version;
}

QString LocalDatabase::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + AppSettings::organizationName() + u"/workbench.sqlite"_s;
}

LocalDatabase::LocalDatabase(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(u"calib-db-%1"_s.arg(++s_connectionCounter))
{ }

LocalDatabase::~LocalDatabase()
{
    close();
}

QSqlDatabase LocalDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString LocalDatabase::describe(const QString &what, const QString &detail) const
{
    return tr("%1 (database %2): %3").arg(what, m_filePath, detail);
}

bool LocalDatabase::isOpen() const
{
    return m_open;
}

StoreStatus LocalDatabase::open()
{
    return open(builtInMigrations());
}

StoreStatus LocalDatabase::open(const QList<Migration> &migrations)
{
    close();
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return StoreStatus::failure(describe(tr("The data folder cannot be created"), m_filePath));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        database.setDatabaseName(m_filePath);
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!database.open()) {
            const QString error = sqlError(database.lastError());
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return StoreStatus::failure(describe(tr("The local database cannot be opened"), error));
        }
    }
    m_open = true;

    // journal_mode answers with the mode in force; anything but "wal" means the file is
    // unusable (not a database, read-only medium ...).
    QString walError;
    if (StoreResult<QSqlQuery> wal = exec(u"PRAGMA journal_mode=WAL"_s); !wal)
        walError = wal.error();
    else if (!wal.value().next() || wal.value().value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        walError = tr("write-ahead logging is not available");
    if (!walError.isEmpty()) {
        const QString detail = walError;
        close();
        return StoreStatus::failure(
            describe(tr("The local database cannot be used; it may be damaged. Move the file aside to start with an "
                        "empty one"),
                     detail));
    }
    for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=FULL"_s}) {
        if (StoreResult<QSqlQuery> r = exec(pragma); !r) {
            close();
            return StoreStatus::failure(r.error());
        }
    }
    if (StoreStatus st = migrate(migrations); !st) {
        close();
        return st;
    }
    qCDebug(lcStore) << "opened" << m_filePath << "as" << m_connectionName << "on thread" << QThread::currentThread();
    return {};
}

void LocalDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

StoreResult<QSqlQuery> LocalDatabase::exec(const QString &sql, const QVariantList &params) const
{
    if (!m_open)
        return StoreResult<QSqlQuery>::failure(describe(tr("The local database is not open"), sql.left(40)));
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return StoreResult<QSqlQuery>::failure(
            describe(tr("A statement could not be prepared"), sqlError(query.lastError())));
    for (const QVariant &value : params)
        query.addBindValue(value);
    if (!query.exec())
        return StoreResult<QSqlQuery>::failure(describe(tr("A statement failed"), sqlError(query.lastError())));
    return query;
}

StoreStatus LocalDatabase::renameProfile(const QString &from, const QString &to) const
{
    if (from == to)
        return {};
    return transaction([&]() -> StoreStatus {
        for (const QString &sql : {u"UPDATE outbox SET profile = ? WHERE profile = ?"_s,
                                   u"UPDATE applied_history SET profile = ? WHERE profile = ?"_s,
                                   u"UPDATE alert_reviews SET tenant = ? WHERE tenant = ?"_s,
                                   u"UPDATE drafts SET profile = ? WHERE profile = ?"_s}) {
            if (StoreStatus st = StoreStatus::from(exec(sql, {to, from})); !st)
                return st;
        }
        return {};
    });
}

StoreResult<ProfileLocalData> LocalDatabase::profileData(const QString &profile) const
{
    ProfileLocalData data;
    const struct
    {
        QString sql;
        int *count;
    } counts[] = {
        {u"SELECT COUNT(*) FROM outbox WHERE profile = ? AND state IN ('pending', 'sending')"_s,
         &data.unfinishedApplies},
        {u"SELECT COUNT(*) FROM outbox WHERE profile = ? AND state IN ('done', 'failed')"_s, &data.finishedApplies},
        {u"SELECT COUNT(*) FROM applied_history WHERE profile = ?"_s, &data.historyEntries},
        {u"SELECT COUNT(*) FROM alert_reviews WHERE tenant = ?"_s, &data.reviews},
    };
    for (const auto &count : counts) {
        StoreResult<QSqlQuery> q = exec(count.sql, {profile});
        if (!q)
            return StoreResult<ProfileLocalData>::failure(q.error());
        *count.count = q.value().next() ? q.value().value(0).toInt() : 0;
        q.value().finish();
    }
    StoreResult<QSqlQuery> draft = exec(u"SELECT 1 FROM drafts WHERE profile = ?"_s, {profile});
    if (!draft)
        return StoreResult<ProfileLocalData>::failure(draft.error());
    data.draft = draft.value().next();
    draft.value().finish();
    return data;
}

StoreResult<ProfileLocalData> LocalDatabase::removeProfileData(const QString &profile) const
{
    ProfileLocalData removed;
    const StoreStatus status = transaction([&]() -> StoreStatus {
        StoreResult<ProfileLocalData> counted = profileData(profile);
        if (!counted)
            return StoreStatus::from(counted);
        removed = counted.value();
        // The history first: its rows refer to outbox rows.
        for (const QString &sql :
             {u"DELETE FROM applied_history WHERE profile = ?"_s, u"DELETE FROM outbox WHERE profile = ?"_s,
              u"DELETE FROM alert_reviews WHERE tenant = ?"_s, u"DELETE FROM drafts WHERE profile = ?"_s}) {
            if (StoreStatus st = StoreStatus::from(exec(sql, {profile})); !st)
                return st;
        }
        return {};
    });
    if (!status)
        return StoreResult<ProfileLocalData>::failure(status.error());
    return removed;
}

StoreStatus LocalDatabase::transaction(const std::function<StoreStatus()> &work) const
{
    if (StoreResult<QSqlQuery> begin = exec(u"BEGIN IMMEDIATE"_s); !begin)
        return StoreStatus::from(begin);
    StoreStatus status = work();
    if (status) {
        if (StoreResult<QSqlQuery> commit = exec(u"COMMIT"_s); commit)
            return {};
        else
            status = StoreStatus::from(commit);
    }
    if (StoreResult<QSqlQuery> rollback = exec(u"ROLLBACK"_s); !rollback)
        qCWarning(lcStore) << "rollback failed:" << rollback.error();
    return status;
}

StoreResult<int> LocalDatabase::schemaVersion() const
{
    StoreResult<QSqlQuery> q = exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!q)
        return StoreResult<int>::failure(q.error());
    const int version = q.value().next() ? q.value().value(0).toInt() : 0;
    q.value().finish();
    return version;
}

StoreStatus LocalDatabase::migrate(const QList<Migration> &migrations)
{
    if (StoreResult<QSqlQuery> r = exec(uR"(CREATE TABLE IF NOT EXISTS schema_version (
                                                version INTEGER PRIMARY KEY,
                                                description TEXT NOT NULL,
                                                applied_at TEXT NOT NULL))"_s);
        !r)
        return StoreStatus::failure(
            describe(tr("The local database cannot be used; it may be damaged. Move the file aside to start with an "
                        "empty one"),
                     r.error()));
    const StoreResult<int> found = schemaVersion();
    if (!found)
        return StoreStatus::from(found);
    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (found.value() > known)
        return StoreStatus::failure(describe(tr("The local database was written by a newer version of the "
                                                "application (schema %1; this version knows up to %2)")
                                                 .arg(found.value())
                                                 .arg(known),
                                             tr("update the application")));
    for (const Migration &step : migrations) {
        if (step.version <= found.value())
            continue;
        const StoreStatus st = transaction([&]() -> StoreStatus {
            // Another connection may have migrated meanwhile; the write lock is held now.
            const StoreResult<int> now = schemaVersion();
            if (!now)
                return StoreStatus::from(now);
            if (now.value() >= step.version)
                return {};
            for (const QString &sql : step.statements) {
                if (StoreResult<QSqlQuery> r = exec(sql); !r)
                    return StoreStatus::from(r);
            }
            return StoreStatus::from(
                exec(u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"_s,
                     {step.version, step.description, Clock::system()->now().toUTC().toString(Qt::ISODateWithMs)}));
        });
        if (!st)
            return StoreStatus::failure(
                tr("Upgrading the local database to schema %1 failed: %2").arg(step.version).arg(st.error()));
        qCInfo(lcStore) << "database schema at version" << step.version << '-' << step.description;
    }
    return {};
}

} // namespace calib
