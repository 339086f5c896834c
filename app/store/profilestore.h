#pragma once

#include "store/connectionprofile.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

class AppSettings;

// Connection profiles kept in AppSettings (never a secret). The built-in "Sandbox"
// profile always exists, is listed first and cannot be changed or removed. Names are
// unique without regard to case.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(AppSettings &settings);

    [[nodiscard]] static QString sandboxName(); // "Sandbox"
    [[nodiscard]] static ConnectionProfile sandboxProfile();
    [[nodiscard]] static bool isReservedName(const QString &name);

    // Sandbox first, then the saved profiles sorted by name.
    [[nodiscard]] QList<ConnectionProfile> list() const;
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<ConnectionProfile> get(const QString &name) const;

    StoreStatus add(const ConnectionProfile &profile);
    // Replaces the profile called `name`; `profile.name` may differ (a rename). The
    // caller moves the keychain secret on a rename (SecretStore), since this class
    // never touches secrets.
    StoreStatus update(const QString &name, const ConnectionProfile &profile);
    StoreStatus remove(const QString &name);

    // The profile used last; falls back to the sandbox when it no longer exists.
    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    [[nodiscard]] std::optional<QString> storedKeyFor(const QString &name) const;
    void write(const ConnectionProfile &profile);

    AppSettings &m_settings;
};

} // namespace calib
