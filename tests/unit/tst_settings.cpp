#include "store/appsettings.h"
#include "store/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace calib;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir.filePath(u"settings.ini"_s); }
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
    static ConnectionProfile tenantProfile(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.tenant = u"acme"_s;
        p.clientId = u"client-"_s + name;
        p.authMethod = ClientAuthMethod::HttpBasic;
        return p;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void defaultFileLandsUnderXdgConfigHome()
    {
        const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (xdg.isEmpty())
            QSKIP("XDG_CONFIG_HOME is not set (run through ctest)");
        QVERIFY2(AppSettings::defaultFilePath().startsWith(xdg + u'/'), qPrintable(AppSettings::defaultFilePath()));
        AppSettings settings;
        QCOMPARE(settings.filePath(), AppSettings::defaultFilePath());
        QVERIFY(settings.sync());
        QVERIFY(QFile::exists(AppSettings::defaultFilePath()));
    }

    void defaults()
    {
        AppSettings s(iniPath());
        QCOMPARE(s.version(), AppSettings::CurrentVersion);
        QCOMPARE(s.language(), QString());
        QVERIFY(s.recentPresetFiles().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.windowState().isEmpty());
    }

    void valuesPersistAcrossReopen()
    {
        const QByteArray geometry("\x01\x00\xd9\xd0\xcb\xff", 6);
        {
            AppSettings s(iniPath());
            s.setLanguage(u"de"_s);
            s.setWindowGeometry(geometry);
            s.setWindowState(QByteArray("state"));
            QVERIFY(s.sync());
        }
        AppSettings s(iniPath());
        QCOMPARE(s.language(), u"de"_s);
        QCOMPARE(s.windowGeometry(), geometry);
        QCOMPARE(s.windowState(), QByteArray("state"));
        s.setLanguage(QString());
        QCOMPARE(s.language(), QString());
    }

    void recentPresetFilesAreCappedAndDeduplicated()
    {
        AppSettings s(iniPath());
        for (int i = 0; i < 14; ++i)
            s.addRecentPresetFile(u"/presets/p%1.json"_s.arg(i));
        QStringList files = s.recentPresetFiles();
        QCOMPARE(files.size(), AppSettings::MaxRecentPresetFiles);
        QCOMPARE(files.first(), u"/presets/p13.json"_s);
        QCOMPARE(files.last(), u"/presets/p4.json"_s);

        s.addRecentPresetFile(u"/presets/p8.json"_s);
        files = s.recentPresetFiles();
        QCOMPARE(files.size(), AppSettings::MaxRecentPresetFiles);
        QCOMPARE(files.first(), u"/presets/p8.json"_s);
        QCOMPARE(files.count(u"/presets/p8.json"_s), 1);

        s.removeRecentPresetFile(u"/presets/p8.json"_s);
        QVERIFY(!s.recentPresetFiles().contains(u"/presets/p8.json"_s));
        s.clearRecentPresetFiles();
        QVERIFY(s.recentPresetFiles().isEmpty());
    }

    void tenantUrl()
    {
        QCOMPARE(ConnectionProfile::tenantBaseUrl(u"acme"_s), QUrl(u"https://acme.cognigy.com/api/v1"_s));
        QCOMPARE(ConnectionProfile::tenantBaseUrl(u"Acme-EU"_s), QUrl(u"https://acme-eu.cognigy.com/api/v1"_s));
        QVERIFY(ConnectionProfile::tenantBaseUrl(u"evil.com/x"_s).isEmpty());
        QVERIFY(ConnectionProfile::tenantBaseUrl(u"a@b"_s).isEmpty());

        ConnectionProfile p = tenantProfile(u"T"_s);
        QCOMPARE(p.effectiveBaseUrl(), QUrl(u"https://acme.cognigy.com/api/v1"_s));
        p.baseUrl = QUrl(u"http://127.0.0.1:8080/api/v1"_s);
        QCOMPARE(p.effectiveBaseUrl(), p.baseUrl);
    }

    void sandboxIsBuiltIn()
    {
        AppSettings s(iniPath());
        ProfileStore store(s);
        const QList<ConnectionProfile> all = store.list();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().isSandbox);
        QCOMPARE(all.first().name, u"Sandbox"_s);
        QCOMPARE(store.lastUsed(), u"Sandbox"_s);
        QVERIFY(store.get(u"sandbox"_s).has_value());

        const StoreStatus removed = store.remove(u"Sandbox"_s);
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().contains(u"cannot be removed"_s));
        QVERIFY(!store.update(u"Sandbox"_s, tenantProfile(u"X"_s)).ok());
        QVERIFY(!store.add(tenantProfile(u"SANDBOX"_s)).ok());
        ConnectionProfile fake = tenantProfile(u"Fake"_s);
        fake.isSandbox = true;
        QVERIFY(!store.add(fake).ok());
        QCOMPARE(store.list().size(), 1);
    }

    void profileCrud()
    {
        {
            AppSettings s(iniPath());
            ProfileStore store(s);
            QVERIFY(store.add(tenantProfile(u"Production"_s)));
            ConnectionProfile staging = tenantProfile(u"staging / eu"_s);
            staging.tenant.clear();
            staging.baseUrl = QUrl(u"https://staging.example.com/api/v1"_s);
            staging.authMethod = ClientAuthMethod::FormFields;
            QVERIFY(store.add(staging));

            const StoreStatus dup = store.add(tenantProfile(u"production"_s));
            QVERIFY(!dup.ok());
            QVERIFY(dup.error().contains(u"already exists"_s));
            store.setLastUsed(u"staging / eu"_s);
        }
        AppSettings s(iniPath());
        ProfileStore store(s);
        QCOMPARE(store.names(), (QStringList {u"Sandbox"_s, u"Production"_s, u"staging / eu"_s}));
        QCOMPARE(store.lastUsed(), u"staging / eu"_s);
        const std::optional<ConnectionProfile> prod = store.get(u"Production"_s);
        QVERIFY(prod);
        QCOMPARE(*prod, tenantProfile(u"Production"_s));
        const std::optional<ConnectionProfile> staging = store.get(u"staging / eu"_s);
        QVERIFY(staging);
        QCOMPARE(staging->baseUrl, QUrl(u"https://staging.example.com/api/v1"_s));
        QCOMPARE(staging->authMethod, ClientAuthMethod::FormFields);

        // Rename keeps "last used" pointing at the profile.
        ConnectionProfile renamed = *staging;
        renamed.name = u"Staging"_s;
        renamed.clientId = u"new-id"_s;
        QVERIFY(store.update(u"staging / eu"_s, renamed));
        QVERIFY(!store.get(u"staging / eu"_s));
        QCOMPARE(store.get(u"Staging"_s)->clientId, u"new-id"_s);
        QCOMPARE(store.lastUsed(), u"Staging"_s);
        QVERIFY(!store.update(u"Staging"_s, tenantProfile(u"Production"_s)).ok()); // name clash
        QVERIFY(!store.update(u"Nope"_s, tenantProfile(u"Nope"_s)).ok());

        QVERIFY(store.remove(u"Staging"_s));
        QCOMPARE(store.lastUsed(), u"Sandbox"_s);
        QVERIFY(!store.remove(u"Staging"_s).ok());
        QCOMPARE(store.names(), (QStringList {u"Sandbox"_s, u"Production"_s}));
    }

    void invalidProfilesAreRejectedWithReasons()
    {
        AppSettings s(iniPath());
        ProfileStore store(s);
        ConnectionProfile p;
        p.name = u"  padded"_s;
        const StoreStatus st = store.add(p);
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(u"spaces"_s));
        QVERIFY(st.error().contains(u"tenant name or a base URL"_s));
        QVERIFY(st.error().contains(u"client id"_s));

        p = tenantProfile(u"Bad"_s);
        p.tenant.clear();
        p.baseUrl = QUrl(u"ftp://host/x"_s);
        QVERIFY(!store.add(p).ok());
        QCOMPARE(store.list().size(), 1);
    }

    void migratesVersion0Keys()
    {
        const QString secret = u"legacy-s3cr3t-value"_s;
        {
            QSettings v0(iniPath(), QSettings::IniFormat);
            v0.setValue(u"connection/tenant"_s, u"oldco"_s);
            v0.setValue(u"connection/clientId"_s, u"old-client"_s);
            v0.setValue(u"connection/authMethod"_s, u"basic"_s);
            v0.setValue(u"connection/clientSecret"_s, secret);
            v0.setValue(u"ui/language"_s, u"de"_s);
            QStringList recent;
            for (int i = 0; i < 12; ++i)
                recent << u"/old/%1.json"_s.arg(i);
            v0.setValue(u"ui/recentFiles"_s, recent);
            v0.sync();
        }
        QVERIFY(fileBytes(iniPath()).contains(secret.toUtf8()));

        AppSettings s(iniPath());
        QCOMPARE(s.version(), AppSettings::CurrentVersion);
        QCOMPARE(s.language(), u"de"_s);
        QCOMPARE(s.recentPresetFiles().size(), AppSettings::MaxRecentPresetFiles);
        QCOMPARE(s.recentPresetFiles().first(), u"/old/0.json"_s);
        ProfileStore store(s);
        const std::optional<ConnectionProfile> p = store.get(u"Default"_s);
        QVERIFY(p);
        QCOMPARE(p->tenant, u"oldco"_s);
        QCOMPARE(p->clientId, u"old-client"_s);
        QCOMPARE(p->authMethod, ClientAuthMethod::HttpBasic);
        QCOMPARE(p->effectiveBaseUrl(), QUrl(u"https://oldco.cognigy.com/api/v1"_s));
        QCOMPARE(store.lastUsed(), u"Default"_s);

        const QByteArray bytes = fileBytes(iniPath());
        QVERIFY2(!bytes.contains(secret.toUtf8()), "the legacy secret must be dropped from the file");
        QVERIFY(!bytes.contains("clientSecret"));
        QVERIFY(!bytes.contains("[connection]"));
    }

    void version0WithoutConnectionCreatesNoProfile()
    {
        {
            QSettings v0(iniPath(), QSettings::IniFormat);
            v0.setValue(u"ui/language"_s, u"en"_s);
        }
        AppSettings s(iniPath());
        QCOMPARE(s.version(), AppSettings::CurrentVersion);
        QCOMPARE(ProfileStore(s).list().size(), 1);
        QCOMPARE(s.language(), u"en"_s);
    }

    // Version 1 kept the preferences under "general/", which an INI file writes as
    // [%General] and a new process reads back as "General/...": they were lost at every
    // start. The file as version 1 left it (written as text, as another process sees it)
    // migrates to "preferences/", and the values then survive a reopen.
    void version1PreferencesSurviveARestart()
    {
        {
            QFile file(iniPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("[%General]\nlanguage=de\nrecentPresetFiles=/p/a.json, /p/b.json\n\n[meta]\nversion=1\n");
        }
        {
            AppSettings s(iniPath());
            QCOMPARE(s.version(), 2);
            QCOMPARE(s.language(), u"de"_s);
            QCOMPARE(s.recentPresetFiles(), QStringList({u"/p/a.json"_s, u"/p/b.json"_s}));
            s.addRecentPresetFile(u"/p/c.json"_s);
            QVERIFY(s.sync());
        }
        const QByteArray bytes = fileBytes(iniPath());
        QVERIFY2(!bytes.contains("General"), bytes.constData());
        QVERIFY2(bytes.contains("[preferences]"), bytes.constData());
        QVERIFY(bytes.contains("language=de"));
    }

    void noSecretInTheIniFile()
    {
        AppSettings s(iniPath());
        ProfileStore store(s);
        QVERIFY(store.add(tenantProfile(u"Production"_s)));
        QVERIFY(s.sync());
        const QByteArray bytes = fileBytes(iniPath()).toLower();
        QVERIFY(bytes.contains("client-production")); // the client id is there ...
        QVERIFY(!bytes.contains("secret")); // ... but no secret field of any kind
        QVERIFY(!bytes.contains("password"));
        QVERIFY(!bytes.contains("token"));
    }

    void unwritableFileIsReported()
    {
        AppSettings s(m_dir.filePath(u"ro/settings.ini"_s));
        QVERIFY(s.sync());
        QFile::setPermissions(m_dir.filePath(u"ro"_s), QFile::ReadOwner | QFile::ExeOwner);
        QFile::setPermissions(s.filePath(), QFile::ReadOwner);
        s.setLanguage(u"fr"_s);
        const StoreStatus st = s.sync();
        QFile::setPermissions(m_dir.filePath(u"ro"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (st.ok())
            QSKIP("running with privileges that ignore file permissions");
        QVERIFY(st.error().contains(u"cannot be written"_s));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
