#pragma once

#include "services/exitcodes.h"
#include "store/connectionprofile.h"
#include "store/secretstore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace calib {

class AppSettings;
class LocalDatabase;
class ProfileStore;
struct ProfileLocalData;

// Saving, removing and listing connection profiles together with their keychain
// secrets: the profile (never a secret) goes to the settings, the secret to SecretStore.
class ProfileService final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        ExitCode code = ExitCode::Ok;
        QString message; // plain words; never the secret
        [[nodiscard]] bool ok() const { return code == ExitCode::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // With an open `database`, a removed profile's local data goes with it.
    ProfileService(AppSettings &settings, ProfileStore &profiles, SecretStore *secrets, QObject *parent = nullptr,
                   const LocalDatabase *database = nullptr);

    // Saves a new profile (synchronously); Invalid with the problems in plain words.
    Result add(const ConnectionProfile &profile);
    [[nodiscard]] QList<ConnectionProfile> list() const;
    enum class RemoveMode {
        KeepUnfinishedApplies, // refuse while the profile has applies without a final answer
        DiscardUnfinishedApplies, // the user was told and agreed (--force, the dialog's question)
    };
    // Removes the profile's local data (applies, history, review labels, draft), the
    // profile, then its keychain secret; answers once, while `context` lives (the keychain
    // answers last). When the local data cannot be deleted (the database given is not open,
    // a write fails, unfinished applies in KeepUnfinishedApplies mode), nothing is removed.
    void remove(const QString &name, QObject *context, Callback done,
                RemoveMode mode = RemoveMode::KeepUnfinishedApplies);
    // Stores the secret of a saved profile in the keychain. A keychain that can keep it
    // only for this run is a failure here (the next run could not read it).
    void setSecret(const QString &name, const QString &secret, QObject *context, Callback done);

    // Auth for every keychain state that is not a success.
    [[nodiscard]] static ExitCode exitCodeFor(const SecretStore::Result &result);
    // "2 unfinished applies, 14 alert review labels and a saved draft"; empty when there is none.
    [[nodiscard]] static QString describe(const ProfileLocalData &data);
    // Why a profile is kept when the local database is not open.
    [[nodiscard]] static QString databaseClosedRefusal(const QString &name);
    // What removing a profile does to its unfinished applies, in plain words.
    [[nodiscard]] static QString unfinishedWarning(int unfinishedApplies);

private:
    AppSettings &m_settings;
    ProfileStore &m_profiles;
    QPointer<SecretStore> m_secrets;
    const LocalDatabase *m_database = nullptr;
};

} // namespace calib
