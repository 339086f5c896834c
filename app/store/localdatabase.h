#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace calib {

// The per-user SQLite database (QtSql): outbox of applies, applied history, alert
// reviews and drafts. WAL journal, foreign keys on, a schema_version table and ordered
// migrations applied on open, each in its own transaction.
//
// One instance = one named QSqlDatabase connection, used on the thread that opened it.
// Another thread or process opens its own LocalDatabase on the same file; SQLite's
// locking (with a busy timeout) serialises writers.
//
// The typed tables (Outbox, AppliedHistory, ReviewStore, DraftStore) take a reference to
// an open LocalDatabase. Nothing here stores a secret.
// What a connection profile keeps in the local database.
struct ProfileLocalData
{
    int unfinishedApplies = 0; // outbox rows without a final answer
    int finishedApplies = 0; // outbox rows closed with a final answer
    int historyEntries = 0; // applied calibrations
    int reviews = 0; // alert review labels
    bool draft = false;

    [[nodiscard]] bool isEmpty() const
    {
        return unfinishedApplies == 0 && finishedApplies == 0 && historyEntries == 0 && reviews == 0 && !draft;
    }
    friend bool operator==(const ProfileLocalData &, const ProfileLocalData &) = default;
};

class LocalDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)

public:
    struct Migration
    {
        int version; // the schema version after this step; steps run in ascending order
        QString description;
        QStringList statements;
    };

    [[nodiscard]] static const QList<Migration> &builtInMigrations();
    [[nodiscard]] static int currentSchemaVersion(); // last built-in migration
    // $XDG_DATA_HOME/calibration-workbench/workbench.sqlite
    [[nodiscard]] static QString defaultFilePath();

    explicit LocalDatabase(QString filePath = defaultFilePath());
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // Creates the folder and file if needed, configures the connection and migrates the
    // schema. A corrupt file or one from a newer version gives a clear error, not a crash.
    StoreStatus open();
    // The same with an explicit migration list (tests of the migration machinery).
    StoreStatus open(const QList<Migration> &migrations);
    void close();
    [[nodiscard]] bool isOpen() const;

    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    [[nodiscard]] const QString &connectionName() const { return m_connectionName; }
    [[nodiscard]] StoreResult<int> schemaVersion() const;

    // For the table classes of this library: runs one parameterised statement ('?'
    // placeholders, bound in order) and returns the executed query.
    [[nodiscard]] StoreResult<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;
    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
    StoreStatus transaction(const std::function<StoreStatus()> &work) const;

    // A connection profile was renamed: its outbox rows, applied history, alert reviews and
    // draft follow it (one transaction). Fails, changing nothing, when rows left under
    // `to` (by an earlier profile of that name) are in the way.
    StoreStatus renameProfile(const QString &from, const QString &to) const;
    // What the profile called `profile` keeps here.
    [[nodiscard]] StoreResult<ProfileLocalData> profileData(const QString &profile) const;
    // A connection profile was removed: its outbox rows, applied history, alert reviews and
    // draft go with it (one transaction), so that a later profile of the same name neither
    // resumes its unfinished applies against another tenant nor finds its labels.
    // Answers what was deleted, counted in the same transaction.
    StoreResult<ProfileLocalData> removeProfileData(const QString &profile) const;

private:
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] QString describe(const QString &what, const QString &detail) const;
    StoreStatus migrate(const QList<Migration> &migrations);

    QString m_filePath;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace calib
