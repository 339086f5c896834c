#include "store/profilestore.h"

#include "store/appsettings.h"
#include "store/settingvalue.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

// Layout (settings version 1): profiles/list/<percent-encoded name>/{name,baseUrl,
// tenant,clientId,authMethod} and profiles/lastUsed.
const QString kListGroup = u"profiles/list"_s;
const SettingValue<QString> kLastUsed {u"profiles/lastUsed"_s, ProfileStore::sandboxName()};

QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ConnectionProfile readProfile(const QSettings &s, const QString &prefix)
{
    ConnectionProfile p;
    p.name = s.value(prefix + u"/name"_s).toString();
    const QString url = s.value(prefix + u"/baseUrl"_s).toString();
    if (!url.isEmpty())
        p.baseUrl = QUrl(url);
    p.tenant = s.value(prefix + u"/tenant"_s).toString();
    p.clientId = s.value(prefix + u"/clientId"_s).toString();
    p.authMethod = ConnectionProfile::authMethodFromName(s.value(prefix + u"/authMethod"_s).toString());
    return p;
}

} // namespace

ProfileStore::ProfileStore(AppSettings &settings)
    : m_settings(settings)
{ }

QString ProfileStore::sandboxName()
{
    return u"Sandbox"_s;
}

ConnectionProfile ProfileStore::sandboxProfile()
{
    ConnectionProfile p;
    p.name = sandboxName();
    p.clientId = u"sandbox"_s;
    p.authMethod = ClientAuthMethod::FormFields;
    p.isSandbox = true;
    return p;
}

bool ProfileStore::isReservedName(const QString &name)
{
    return name.trimmed().compare(sandboxName(), Qt::CaseInsensitive) == 0;
}

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> out;
    QSettings &s = m_settings.storage();
    s.beginGroup(kListGroup);
    const QStringList groups = s.childGroups();
    s.endGroup();
    for (const QString &group : groups) {
        ConnectionProfile p = readProfile(s, kListGroup + u'/' + group);
        if (p.name.isEmpty() || isReservedName(p.name))
            continue;
        out << p;
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    out.prepend(sandboxProfile());
    return out;
}

QStringList ProfileStore::names() const
{
    QStringList out;
    const QList<ConnectionProfile> all = list();
    for (const ConnectionProfile &p : all)
        out << p.name;
    return out;
}

std::optional<ConnectionProfile> ProfileStore::get(const QString &name) const
{
    if (isReservedName(name))
        return sandboxProfile();
    const std::optional<QString> key = storedKeyFor(name);
    if (!key)
        return std::nullopt;
    return readProfile(m_settings.storage(), kListGroup + u'/' + *key);
}

std::optional<QString> ProfileStore::storedKeyFor(const QString &name) const
{
    QSettings &s = m_settings.storage();
    s.beginGroup(kListGroup);
    const QStringList groups = s.childGroups();
    s.endGroup();
    for (const QString &group : groups) {
        const QString stored = s.value(kListGroup + u'/' + group + u"/name"_s).toString();
        if (stored.compare(name, Qt::CaseInsensitive) == 0)
            return group;
    }
    return std::nullopt;
}

void ProfileStore::write(const ConnectionProfile &p)
{
    QSettings &s = m_settings.storage();
    const QString prefix = kListGroup + u'/' + groupKey(p.name);
    s.setValue(prefix + u"/name"_s, p.name);
    s.setValue(prefix + u"/baseUrl"_s, p.baseUrl.toString());
    s.setValue(prefix + u"/tenant"_s, p.tenant.trimmed().toLower());
    s.setValue(prefix + u"/clientId"_s, p.clientId.trimmed());
    s.setValue(prefix + u"/authMethod"_s, ConnectionProfile::authMethodName(p.authMethod));
}

StoreStatus ProfileStore::add(const ConnectionProfile &profile)
{
    if (isReservedName(profile.name))
        return StoreStatus::failure(tr("\"%1\" is the built-in profile; choose another name.").arg(sandboxName()));
    if (profile.isSandbox)
        return StoreStatus::failure(tr("Only the built-in profile talks to the sandbox."));
    const QStringList problems = profile.problems();
    if (!problems.isEmpty())
        return StoreStatus::failure(problems.join(u' '));
    if (storedKeyFor(profile.name))
        return StoreStatus::failure(tr("A profile called \"%1\" already exists.").arg(profile.name));
    write(profile);
    return m_settings.sync();
}

StoreStatus ProfileStore::update(const QString &name, const ConnectionProfile &profile)
{
    if (isReservedName(name))
        return StoreStatus::failure(tr("The built-in profile \"%1\" cannot be changed.").arg(sandboxName()));
    const std::optional<QString> oldKey = storedKeyFor(name);
    if (!oldKey)
        return StoreStatus::failure(tr("There is no profile called \"%1\".").arg(name));
    if (isReservedName(profile.name))
        return StoreStatus::failure(tr("\"%1\" is the built-in profile; choose another name.").arg(sandboxName()));
    if (profile.isSandbox)
        return StoreStatus::failure(tr("Only the built-in profile talks to the sandbox."));
    const QStringList problems = profile.problems();
    if (!problems.isEmpty())
        return StoreStatus::failure(problems.join(u' '));
    const std::optional<QString> clash = storedKeyFor(profile.name);
    if (clash && *clash != *oldKey)
        return StoreStatus::failure(tr("A profile called \"%1\" already exists.").arg(profile.name));

    const bool wasLastUsed = kLastUsed.get(m_settings.storage()).compare(name, Qt::CaseInsensitive) == 0;
    m_settings.storage().remove(kListGroup + u'/' + *oldKey);
    write(profile);
    if (wasLastUsed)
        kLastUsed.set(m_settings.storage(), profile.name);
    return m_settings.sync();
}

StoreStatus ProfileStore::remove(const QString &name)
{
    if (isReservedName(name))
        return StoreStatus::failure(tr("The built-in profile \"%1\" cannot be removed.").arg(sandboxName()));
    const std::optional<QString> key = storedKeyFor(name);
    if (!key)
        return StoreStatus::failure(tr("There is no profile called \"%1\".").arg(name));
    m_settings.storage().remove(kListGroup + u'/' + *key);
    if (kLastUsed.get(m_settings.storage()).compare(name, Qt::CaseInsensitive) == 0)
        kLastUsed.reset(m_settings.storage());
    return m_settings.sync();
}

QString ProfileStore::lastUsed() const
{
    const QString name = kLastUsed.get(m_settings.storage());
    if (const std::optional<ConnectionProfile> p = get(name))
        return p->name;
    return sandboxName();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (const std::optional<ConnectionProfile> p = get(name))
        kLastUsed.set(m_settings.storage(), p->name);
}

} // namespace calib
