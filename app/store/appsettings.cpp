#include "store/appsettings.h"

#include "store/settingvalue.h"
#include "store/storelogging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

// Central keys and defaults. Connection profiles live under "profiles/" (ProfileStore).
const SettingValue<int> kVersion {u"meta/version"_s, 0};
// Not "general/...": an INI file writes a group named General as [%General], which reads
// back as "General/..." in a new process, so such keys never survived a restart.
const SettingValue<QString> kLanguage {u"preferences/language"_s, QString()};
const SettingValue<QStringList> kRecentPresetFiles {u"preferences/recentPresetFiles"_s, QStringList()};
const SettingValue<QByteArray> kWindowGeometry {u"window/geometry"_s, QByteArray()};
const SettingValue<QByteArray> kWindowState {u"window/state"_s, QByteArray()};

// Version 0 is the flat pre-release layout without a version key: one connection under
// "connection/" (which could even hold a client secret) and UI keys under "ui/".
// Version 1 introduces named profiles and drops any secret from the file.
void migrate0To1(QSettings &s)
{
    s.beginGroup(u"connection"_s);
    const QString baseUrl = s.value(u"baseUrl"_s).toString();
    const QString tenant = s.value(u"tenant"_s).toString();
    const QString clientId = s.value(u"clientId"_s).toString();
    const QString auth = s.value(u"authMethod"_s).toString();
    s.endGroup();
    if (!baseUrl.isEmpty() || !tenant.isEmpty() || !clientId.isEmpty()) {
        // Written in the version-1 profile layout (see ProfileStore).
        const QString group = u"profiles/list/"_s + QString::fromLatin1(QUrl::toPercentEncoding(u"Default"_s));
        s.setValue(group + u"/name"_s, u"Default"_s);
        s.setValue(group + u"/baseUrl"_s, baseUrl);
        s.setValue(group + u"/tenant"_s, tenant);
        s.setValue(group + u"/clientId"_s, clientId);
        s.setValue(group + u"/authMethod"_s,
                   auth.compare(u"basic"_s, Qt::CaseInsensitive) == 0 ? u"basic"_s : u"form"_s);
        s.setValue(u"profiles/lastUsed"_s, u"Default"_s);
    }
    s.remove(u"connection"_s); // includes a legacy clientSecret: never kept in the file

    if (s.contains(u"ui/language"_s))
        s.setValue(kLanguage.key(), s.value(u"ui/language"_s));
    if (s.contains(u"ui/recentFiles"_s))
        s.setValue(kRecentPresetFiles.key(), s.value(u"ui/recentFiles"_s).toStringList().mid(0, 10));
    s.remove(u"ui"_s);
}

// Version 2 moves the preferences out of the "general" group (see kLanguage): written as
// [%General], they came back as "General/..." and were lost at every start.
void migrate1To2(QSettings &s)
{
    for (const auto &group : {u"General"_s, u"general"_s}) {
        for (const auto &name : {u"language"_s, u"recentPresetFiles"_s}) {
            const QString key = group + u'/' + name;
            if (s.contains(key)) {
                s.setValue(u"preferences/"_s + name, s.value(key));
                s.remove(key);
            }
        }
    }
}

struct Migration
{
    int from;
    std::function<void(QSettings &)> apply;
};

// Ordered; each step moves the file from `from` to `from + 1`.
const QList<Migration> &migrations()
{
    static const QList<Migration> list {{0, migrate0To1}, {1, migrate1To2}};
    return list;
}

} // namespace

QString AppSettings::organizationName()
{
    return u"calibration-workbench"_s;
}

QString AppSettings::applicationName()
{
    return u"calibration-workbench"_s;
}

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + organizationName() + u'/'
        + applicationName() + u".ini"_s;
}

AppSettings::AppSettings()
    : AppSettings(defaultFilePath())
{ }

AppSettings::AppSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
    QDir().mkpath(QFileInfo(iniFilePath).absolutePath());
    migrate();
}

AppSettings::~AppSettings() = default;

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

int AppSettings::version() const
{
    return kVersion.get(*m_settings);
}

StoreStatus AppSettings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError: return {};
    case QSettings::AccessError:
        return StoreStatus::failure(tr("The settings file %1 cannot be written.").arg(filePath()));
    case QSettings::FormatError: return StoreStatus::failure(tr("The settings file %1 is malformed.").arg(filePath()));
    }
    return {};
}

void AppSettings::migrate()
{
    if (m_settings->allKeys().isEmpty()) { // a new file: nothing to migrate
        kVersion.set(*m_settings, CurrentVersion);
        return;
    }
    int current = version();
    if (current > CurrentVersion) {
        qCWarning(lcStore) << "settings file" << filePath() << "has version" << current << "newer than"
                           << CurrentVersion << "; keys are read as they are";
        return;
    }
    for (const Migration &step : migrations()) {
        if (step.from != current)
            continue;
        qCInfo(lcStore) << "migrating settings from version" << current << "to" << current + 1;
        step.apply(*m_settings);
        current = step.from + 1;
        kVersion.set(*m_settings, current);
    }
    if (current != CurrentVersion)
        kVersion.set(*m_settings, CurrentVersion);
    m_settings->sync();
}

QString AppSettings::language() const
{
    return kLanguage.get(*m_settings);
}

void AppSettings::setLanguage(const QString &localeName)
{
    if (localeName.isEmpty())
        kLanguage.reset(*m_settings);
    else
        kLanguage.set(*m_settings, localeName);
}

QStringList AppSettings::recentPresetFiles() const
{
    return kRecentPresetFiles.get(*m_settings).mid(0, MaxRecentPresetFiles);
}

void AppSettings::addRecentPresetFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = recentPresetFiles();
    files.removeAll(path);
    files.prepend(path);
    kRecentPresetFiles.set(*m_settings, files.mid(0, MaxRecentPresetFiles));
}

void AppSettings::removeRecentPresetFile(const QString &path)
{
    QStringList files = recentPresetFiles();
    files.removeAll(path);
    kRecentPresetFiles.set(*m_settings, files);
}

void AppSettings::clearRecentPresetFiles()
{
    kRecentPresetFiles.reset(*m_settings);
}

QByteArray AppSettings::windowGeometry() const
{
    return kWindowGeometry.get(*m_settings);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    kWindowGeometry.set(*m_settings, geometry);
}

QByteArray AppSettings::windowState() const
{
    return kWindowState.get(*m_settings);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    kWindowState.set(*m_settings, state);
}

} // namespace calib
