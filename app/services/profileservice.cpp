#include "services/profileservice.h"

#include "store/appsettings.h"
#include "store/localdatabase.h"
#include "store/profilestore.h"

#include <QLocale>

namespace calib {

ProfileService::ProfileService(AppSettings &settings, ProfileStore &profiles, SecretStore *secrets, QObject *parent,
                               const LocalDatabase *database)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_database(database)
{ }

QString ProfileService::describe(const ProfileLocalData &data)
{
    QStringList parts;
    if (data.unfinishedApplies > 0)
        parts.append(tr("%n unfinished apply(s)", nullptr, data.unfinishedApplies));
    if (data.finishedApplies > 0)
        parts.append(tr("%n finished apply(s)", nullptr, data.finishedApplies));
    if (data.historyEntries > 0)
        parts.append(tr("%n applied calibration(s) in the history", nullptr, data.historyEntries));
    if (data.reviews > 0)
        parts.append(tr("%n alert review label(s)", nullptr, data.reviews));
    if (data.draft)
        parts.append(tr("a saved draft"));
    return QLocale().createSeparatedList(parts);
}

ExitCode ProfileService::exitCodeFor(const SecretStore::Result &result)
{
    return result.ok() && !result.sessionOnly ? ExitCode::Ok : ExitCode::Auth;
}

ProfileService::Result ProfileService::add(const ConnectionProfile &profile)
{
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return {ExitCode::Invalid, problems.join(QLatin1Char(' '))};
    if (const StoreStatus added = m_profiles.add(profile); !added)
        return {ExitCode::Invalid, added.error()};
    if (const StoreStatus synced = m_settings.sync(); !synced)
        return {ExitCode::Failure, synced.error()};
    return {ExitCode::Ok, tr("Profile \"%1\" saved.").arg(profile.name)};
}

QList<ConnectionProfile> ProfileService::list() const
{
    return m_profiles.list();
}

void ProfileService::remove(const QString &name, QObject *context, Callback done, RemoveMode mode)
{
    const std::optional<ConnectionProfile> profile = m_profiles.get(name);
    if (!profile) {
        done({ExitCode::Invalid, tr("There is no profile called \"%1\".").arg(name)});
        return;
    }
    if (profile->isSandbox) {
        done({ExitCode::Invalid, tr("The built-in Sandbox profile cannot be removed.")});
        return;
    }
    const QString stored = profile->name;
    // The local data first: when it cannot be deleted, the profile and its secret stay.
    QString deleted;
    if (m_database) {
        if (!m_database->isOpen()) {
            done({ExitCode::Failure, databaseClosedRefusal(stored)});
            return;
        }
        const StoreResult<ProfileLocalData> before = m_database->profileData(stored);
        if (before && before.value().unfinishedApplies > 0 && mode == RemoveMode::KeepUnfinishedApplies) {
            done({ExitCode::Invalid,
                  unfinishedWarning(before.value().unfinishedApplies) + QLatin1Char(' ')
                      + tr("Resume the profile's unfinished applies first (outbox resume), or remove it "
                           "with --force to discard them; the profile was kept.")});
            return;
        }
        const StoreResult<ProfileLocalData> removedData
            = before ? m_database->removeProfileData(stored) : StoreResult<ProfileLocalData>::failure(before.error());
        if (!removedData) {
            done({ExitCode::Failure,
                  tr("The local data of \"%1\" could not be deleted, so the profile was kept: %2")
                      .arg(stored, removedData.error())});
            return;
        }
        deleted = describe(removedData.value());
    }
    if (const StoreStatus removed = m_profiles.remove(stored); !removed) {
        done({ExitCode::Failure, removed.error()});
        return;
    }
    if (const StoreStatus synced = m_settings.sync(); !synced) {
        done({ExitCode::Failure, synced.error()});
        return;
    }
    QString message = tr("Profile \"%1\" removed.").arg(stored);
    if (!deleted.isEmpty())
        message += QLatin1Char(' ') + tr("Its local data was deleted: %1.").arg(deleted);
    // The keychain answers last (it may ask to be unlocked); the profile is already gone.
    if (!m_secrets) {
        done({ExitCode::Ok,
              message + QLatin1Char(' ') + tr("The keychain was not available; its entry, if any, was left.")});
        return;
    }
    m_secrets->remove(stored, context, [message, done](const SecretStore::Result &result) {
        done({ExitCode::Ok, result.ok() ? message : message + QLatin1Char(' ') + result.message()});
    });
}

QString ProfileService::databaseClosedRefusal(const QString &name)
{
    return tr("The local database is not open, so the local data of \"%1\" cannot be deleted; the profile was "
              "kept.")
        .arg(name);
}

QString ProfileService::unfinishedWarning(int unfinishedApplies)
{
    return tr("%n apply(s) of this profile did not get a final answer from the tenant: they may or may not have "
              "landed, and they are never resumed once the profile is removed.",
              nullptr, unfinishedApplies);
}

void ProfileService::setSecret(const QString &name, const QString &secret, QObject *context, Callback done)
{
    const std::optional<ConnectionProfile> profile = m_profiles.get(name);
    if (!profile) {
        done({ExitCode::Invalid, tr("There is no profile called \"%1\".").arg(name)});
        return;
    }
    if (profile->isSandbox) {
        done({ExitCode::Invalid, tr("The built-in Sandbox profile needs no secret.")});
        return;
    }
    if (secret.isEmpty()) {
        done({ExitCode::Invalid, tr("The secret is empty; nothing was stored.")});
        return;
    }
    if (!m_secrets) {
        done({ExitCode::Auth, tr("The keychain is not available.")});
        return;
    }
    const QString stored = profile->name;
    m_secrets->write(stored, secret, context, [stored, done](const SecretStore::Result &result) {
        const ExitCode code = exitCodeFor(result);
        if (code == ExitCode::Ok) {
            done({code, tr("The client secret of profile \"%1\" is stored in the keychain.").arg(stored)});
            return;
        }
        QString message = result.message();
        if (result.sessionOnly)
            message = tr("No keychain is available, so the secret was not stored (it is never written in plain "
                         "text). %1")
                          .arg(result.message());
        done({code, message});
    });
}

} // namespace calib
