#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace calib {

// Application settings in an INI file (QSettings): preferences and connection profiles,
// never a secret. All keys and defaults are declared once in appsettings.cpp through
// SettingValue<T>; the file carries a settings version and is migrated on open.
//
// Default location: $XDG_CONFIG_HOME/calibration-workbench/calibration-workbench.ini
// (tests redirect XDG_CONFIG_HOME, or pass a file path).
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int CurrentVersion = 2;
    static constexpr int MaxRecentPresetFiles = 10;

    // Organisation/application names used for files and the keychain service.
    [[nodiscard]] static QString organizationName();
    [[nodiscard]] static QString applicationName();
    [[nodiscard]] static QString defaultFilePath();

    // Opens the user's settings file (defaultFilePath()).
    AppSettings();
    // Opens the given INI file; for tests and portable setups.
    explicit AppSettings(const QString &iniFilePath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    [[nodiscard]] QString filePath() const;
    // The version stored in the file (CurrentVersion after a successful migration).
    [[nodiscard]] int version() const;
    // Writes pending changes to disk; reports an unwritable or malformed file.
    StoreStatus sync();

    // UI language override as a locale name ("de", "en"); empty = follow the system.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &localeName);

    // Most recently used preset files, newest first, at most MaxRecentPresetFiles.
    [[nodiscard]] QStringList recentPresetFiles() const;
    void addRecentPresetFile(const QString &path);
    void removeRecentPresetFile(const QString &path);
    void clearRecentPresetFiles();

    // Opaque main-window geometry / dock state bytes (QMainWindow::saveGeometry/saveState).
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The underlying store, for ProfileStore. Other code uses the typed accessors.
    [[nodiscard]] QSettings &storage() { return *m_settings; }
    [[nodiscard]] const QSettings &storage() const { return *m_settings; }

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace calib
