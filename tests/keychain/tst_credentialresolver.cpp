// How calibctl's connection options become a connection: --sandbox, --profile (secret from
// the keychain, COGNIGY_CLIENT_SECRET as the fallback), or --base-url/--tenant with
// --client-id (COGNIGY_TENANT / COGNIGY_CLIENT_ID fill in what the options leave out,
// the secret only ever comes from COGNIGY_CLIENT_SECRET), with the plain-words errors.
// The cases that need a stored secret use the real keychain (Secret Service under a
// private D-Bus session, see ./scripts/test) and are skipped without one.
#include "services/credentialresolver.h"
#include "store/appsettings.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace calib;
using namespace Qt::StringLiterals;
using Mode = ResolvedConnection::Mode;

namespace {

const QString kEnvSecret = u"env-secret-5d1e"_s;

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_keychainSkip;
    const QString m_prefix = u"tst-resolver-%1-"_s.arg(QRandomGenerator::global()->generate());

    // Resolves and waits for the one answer (checks that there is exactly one).
    ResolveOutcome resolve(const ConnectionRequest &request, const QProcessEnvironment &env = {},
                           bool withSecretStore = true)
    {
        CredentialResolver resolver(*m_profiles, withSecretStore ? m_secrets.get() : nullptr, env);
        int answers = 0;
        ResolveOutcome outcome;
        resolver.resolve(request, this, [&](const ResolveOutcome &o) {
            ++answers;
            outcome = o;
        });
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
        }();
        QTest::qWait(20); // no second answer
        [&] {
            QCOMPARE(answers, 1);
        }();
        // No answer ever carries a secret in its message.
        for (const QString &secret : {kEnvSecret, storedSecret()})
            [&] {
                QVERIFY2(!outcome.error.contains(secret), qPrintable(outcome.error));
            }();
        return outcome;
    }

    static QProcessEnvironment environment(std::initializer_list<std::pair<const char *, QString>> values)
    {
        QProcessEnvironment env;
        for (const auto &[name, value] : values)
            env.insert(QString::fromLatin1(name), value);
        return env;
    }

    QString storedSecret() const { return u"keychain-secret-%1"_s.arg(m_prefix); }

    void addProfile(const ConnectionProfile &profile)
    {
        const StoreStatus status = m_profiles->add(profile);
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }

    ConnectionProfile tenantProfile(const QString &name) const
    {
        ConnectionProfile p;
        p.name = m_prefix + name;
        p.tenant = u"acme-prod"_s;
        p.clientId = u"profile-client"_s;
        p.authMethod = ClientAuthMethod::HttpBasic;
        return p;
    }

    bool keychainReady()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !bus.isConnected())
            m_keychainSkip = u"no D-Bus session bus; run the keychain tests through ./scripts/test"_s;
        else if (!bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value())
            m_keychainSkip = u"no Secret Service on the session bus"_s;
        return m_keychainSkip.isEmpty();
    }

    SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &call)
    {
        SecretStore::Result result;
        bool done = false;
        call([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }();
        return result;
    }

    // --client-id and --auth-method, each on its own, are refused with `message`.
    void verifyClientOptionsRefused(ConnectionRequest request, const QString &message)
    {
        request.clientId = u"other"_s;
        ResolveOutcome o = resolve(request);
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
        request.clientId.clear();
        request.authMethod = u"form"_s;
        o = resolve(request);
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        m_secrets = std::make_unique<SecretStore>();
        m_secrets->setTimeout(std::chrono::milliseconds(8000));
        keychainReady();
    }

    void cleanupTestCase()
    {
        if (m_keychainSkip.isEmpty() && m_secrets)
            waitFor([&](auto cb) { m_secrets->remove(m_prefix + u"Stored"_s, this, cb); });
    }

    void sandbox()
    {
        ConnectionRequest request;
        request.sandbox = true;
        // The environment does not turn --sandbox into a tenant connection.
        const ResolveOutcome o = resolve(request,
                                         environment({{"COGNIGY_TENANT", u"acme"_s},
                                                      {"COGNIGY_CLIENT_ID", u"cid"_s},
                                                      {"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Sandbox);
        QCOMPARE(o.connection.outboxProfile, ProfileStore::sandboxName());
        QVERIFY(o.connection.config.clientSecret.isEmpty());
        QVERIFY(o.connection.secretSource.contains(u"sandbox"_s));
    }

    void sandboxHasItsOwnClient()
    {
        ConnectionRequest request;
        request.sandbox = true;
        verifyClientOptionsRefused(request, u"cannot be combined with --sandbox"_s);
    }

    void onlyOneWayToConnect_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("message");
        const QString oneOf = u"Give only one of --profile, --sandbox"_s;
        QTest::newRow("profile + sandbox") << u"Prod"_s << QString() << QString() << true << oneOf;
        QTest::newRow("profile + base url")
            << u"Prod"_s << u"https://a.example/api/v1"_s << QString() << false << oneOf;
        QTest::newRow("profile + tenant") << u"Prod"_s << QString() << u"acme"_s << false << oneOf;
        QTest::newRow("sandbox + tenant") << QString() << QString() << u"acme"_s << true << oneOf;
        QTest::newRow("all three") << u"Prod"_s << u"https://a.example/api/v1"_s << QString() << true << oneOf;
        QTest::newRow("base url + tenant") << QString() << u"https://a.example/api/v1"_s << u"acme"_s << false
                                           << u"either --base-url or --tenant, not both"_s;
    }
    void onlyOneWayToConnect()
    {
        QFETCH(QString, profile);
        QFETCH(QString, baseUrl);
        QFETCH(QString, tenant);
        QFETCH(bool, sandbox);
        QFETCH(QString, message);
        ConnectionRequest request;
        request.profile = profile;
        request.baseUrl = baseUrl;
        request.tenant = tenant;
        request.sandbox = sandbox;
        request.clientId = u"cid"_s;
        const ResolveOutcome o = resolve(request, environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
    }

    void profileHoldsClientIdAndAuthMethod()
    {
        addProfile(tenantProfile(u"Holds"_s));
        ConnectionRequest request;
        request.profile = m_prefix + u"Holds"_s;
        verifyClientOptionsRefused(request, u"cannot be combined with --profile"_s);
    }

    void nothingGiven()
    {
        // Client id and secret alone are not a connection.
        const ResolveOutcome o
            = resolve({}, environment({{"COGNIGY_CLIENT_ID", u"cid"_s}, {"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(u"No connection given"_s), qPrintable(o.error));
        QVERIFY(o.error.contains(u"--profile"_s));
        QVERIFY(o.error.contains(u"COGNIGY_CLIENT_SECRET"_s));
    }

    void environmentAlone()
    {
        const ResolveOutcome o = resolve({},
                                         environment({{"COGNIGY_TENANT", u"Acme"_s},
                                                      {"COGNIGY_CLIENT_ID", u"env-client"_s},
                                                      {"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Explicit);
        QCOMPARE(o.connection.config.baseUrl, QUrl(u"https://acme.cognigy.com/api/v1"_s));
        QCOMPARE(o.connection.config.clientId, u"env-client"_s);
        QCOMPARE(o.connection.config.clientSecret, kEnvSecret);
        QCOMPARE(o.connection.config.authMethod, ConnectionConfig::AuthMethod::FormFields);
        QCOMPARE(o.connection.secretSource, u"COGNIGY_CLIENT_SECRET"_s);
        QCOMPARE(o.connection.outboxProfile, u"https://acme.cognigy.com/api/v1#env-client"_s);
        QVERIFY(!o.connection.config.validate().isError());
    }

    void optionsBeatTheEnvironment_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QUrl>("expectedUrl");
        QTest::addColumn<QString>("expectedClient");
        QTest::newRow("--tenant over COGNIGY_TENANT")
            << QString() << u"beta"_s << QString() << QUrl(u"https://beta.cognigy.com/api/v1"_s) << u"env-client"_s;
        QTest::newRow("--base-url over COGNIGY_TENANT") << u"https://api.example.com/v1"_s << QString() << QString()
                                                        << QUrl(u"https://api.example.com/v1"_s) << u"env-client"_s;
        QTest::newRow("--client-id over COGNIGY_CLIENT_ID")
            << QString() << QString() << u"opt-client"_s << QUrl(u"https://gamma.cognigy.com/api/v1"_s)
            << u"opt-client"_s;
        QTest::newRow("loopback http base url") << u"http://127.0.0.1:8731/api/v1"_s << QString() << u"opt-client"_s
                                                << QUrl(u"http://127.0.0.1:8731/api/v1"_s) << u"opt-client"_s;
    }
    void optionsBeatTheEnvironment()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QUrl, expectedUrl);
        QFETCH(QString, expectedClient);
        ConnectionRequest request;
        request.baseUrl = baseUrl;
        request.tenant = tenant;
        request.clientId = clientId;
        const ResolveOutcome o = resolve(request,
                                         environment({{"COGNIGY_TENANT", u"gamma"_s},
                                                      {"COGNIGY_CLIENT_ID", u"env-client"_s},
                                                      {"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Explicit);
        QCOMPARE(o.connection.config.baseUrl, expectedUrl);
        QCOMPARE(o.connection.config.clientId, expectedClient);
        QCOMPARE(o.connection.config.clientSecret, kEnvSecret);
        QCOMPARE(o.connection.outboxProfile, CredentialResolver::explicitProfileName(o.connection.config));
    }

    void anInvalidEnvironmentTenantIsIgnoredWhenAnOptionIsGiven()
    {
        ConnectionRequest request;
        request.baseUrl = u"https://api.example.com/v1"_s;
        request.clientId = u"cid"_s;
        const ResolveOutcome o = resolve(
            request, environment({{"COGNIGY_TENANT", u"not a/tenant"_s}, {"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.config.baseUrl, QUrl(u"https://api.example.com/v1"_s));
    }

    void badAddresses_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("envTenant");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("tenant with a dot") << QString() << u"acme.prod"_s << QString()
                                           << QStringList {u"\"acme.prod\""_s, u"letters, digits and hyphens"_s};
        QTest::newRow("tenant from the environment")
            << QString() << QString() << u"acme/x"_s << QStringList {u"\"acme/x\""_s, u"letters, digits"_s};
        QTest::newRow("tenant with a leading hyphen")
            << QString() << u"-acme"_s << QString() << QStringList {u"\"-acme\""_s};
        QTest::newRow("base url without scheme")
            << u"acme.cognigy.com/api/v1"_s << QString() << QString()
            << QStringList {u"\"acme.cognigy.com/api/v1\""_s, u"not a complete address"_s};
        QTest::newRow("base url not a url")
            << u"https://"_s << QString() << QString() << QStringList {u"not a complete address"_s};
        QTest::newRow("plain http to a remote host")
            << u"http://acme.example.com/api/v1"_s << QString() << QString()
            << QStringList {u"plain http"_s, u"loopback"_s, u"acme.example.com"_s};
        QTest::newRow("ftp") << u"ftp://acme.example.com/api/v1"_s << QString() << QString()
                             << QStringList {u"https"_s};
        QTest::newRow("query in the base url")
            << u"https://acme.example.com/api/v1?x=1"_s << QString() << QString() << QStringList {u"query"_s};
    }
    void badAddresses()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, tenant);
        QFETCH(QString, envTenant);
        QFETCH(QStringList, mentions);
        ConnectionRequest request;
        request.baseUrl = baseUrl;
        request.tenant = tenant;
        request.clientId = u"cid"_s;
        QProcessEnvironment env = environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}});
        if (!envTenant.isEmpty())
            env.insert(u"COGNIGY_TENANT"_s, envTenant);
        const ResolveOutcome o = resolve(request, env);
        QCOMPARE(o.code, ExitCode::Usage);
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(o.error.contains(mention), qPrintable(o.error));
    }

    void clientIdIsNeeded()
    {
        ConnectionRequest request;
        request.tenant = u"acme"_s;
        const ResolveOutcome o = resolve(request, environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(u"--client-id"_s), qPrintable(o.error));
        QVERIFY(o.error.contains(u"COGNIGY_CLIENT_ID"_s));
    }

    void authMethod_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<ConnectionConfig::AuthMethod>("expected");
        QTest::newRow("default") << QString() << true << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("form") << u"form"_s << true << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("basic") << u"basic"_s << true << ConnectionConfig::AuthMethod::HttpBasic;
        QTest::newRow("Basic (any case)") << u"Basic"_s << true << ConnectionConfig::AuthMethod::HttpBasic;
        QTest::newRow("FORM (any case)") << u"FORM"_s << true << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("oauth") << u"oauth"_s << false << ConnectionConfig::AuthMethod::FormFields;
        QTest::newRow("blank") << u" "_s << false << ConnectionConfig::AuthMethod::FormFields;
    }
    void authMethod()
    {
        QFETCH(QString, option);
        QFETCH(bool, valid);
        QFETCH(ConnectionConfig::AuthMethod, expected);
        ConnectionRequest request;
        request.tenant = u"acme"_s;
        request.clientId = u"cid"_s;
        request.authMethod = option;
        const ResolveOutcome o = resolve(request, environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        if (valid) {
            QVERIFY2(o.ok(), qPrintable(o.error));
            QCOMPARE(o.connection.config.authMethod, expected);
        } else {
            QCOMPARE(o.code, ExitCode::Usage);
            QVERIFY2(o.error.contains(u"--auth-method must be \"form\" or \"basic\""_s), qPrintable(o.error));
        }
    }

    void explicitSecretOnlyFromTheEnvironment()
    {
        ConnectionRequest request;
        request.tenant = u"acme"_s;
        request.clientId = u"cid"_s;
        // An empty variable is no secret either.
        for (const QProcessEnvironment &env : {QProcessEnvironment(), environment({{"COGNIGY_CLIENT_SECRET", {}}})}) {
            const ResolveOutcome o = resolve(request, env);
            QCOMPARE(o.code, ExitCode::Auth);
            QVERIFY2(o.error.contains(u"client secret is missing"_s), qPrintable(o.error));
            QVERIFY(o.error.contains(u"COGNIGY_CLIENT_SECRET"_s));
        }
    }

    void explicitProfileName()
    {
        ConnectionConfig config;
        config.baseUrl = QUrl(u"https://acme.cognigy.com/api/v1/"_s);
        config.clientId = u"cid"_s;
        QCOMPARE(CredentialResolver::explicitProfileName(config), u"https://acme.cognigy.com/api/v1#cid"_s);
        config.baseUrl = QUrl(u"https://acme.cognigy.com/api/v1"_s);
        QCOMPARE(CredentialResolver::explicitProfileName(config), u"https://acme.cognigy.com/api/v1#cid"_s);
        config.clientId = u"other"_s;
        QCOMPARE(CredentialResolver::explicitProfileName(config), u"https://acme.cognigy.com/api/v1#other"_s);
    }

    void unknownProfile()
    {
        ConnectionRequest request;
        request.profile = m_prefix + u"Missing"_s;
        const ResolveOutcome o = resolve(request, environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        QCOMPARE(o.code, ExitCode::Usage);
        QVERIFY2(o.error.contains(u"no profile called \"%1\""_s.arg(request.profile)), qPrintable(o.error));
        QVERIFY(o.error.contains(u"calibctl profile list"_s));
    }

    void builtInSandboxProfile()
    {
        ConnectionRequest request;
        request.profile = ProfileStore::sandboxName().toLower(); // names ignore case
        // No keychain is needed (or read) for the sandbox.
        const ResolveOutcome o = resolve(request, {}, false);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Sandbox);
        QCOMPARE(o.connection.outboxProfile, ProfileStore::sandboxName());
        QVERIFY(o.connection.profile.isSandbox);
    }

    void profileWithoutAKeychain()
    {
        addProfile(tenantProfile(u"NoKeychain"_s));
        ConnectionRequest request;
        request.profile = m_prefix + u"NoKeychain"_s;
        ResolveOutcome o = resolve(request, {}, false);
        QCOMPARE(o.code, ExitCode::Auth);
        QVERIFY2(o.error.contains(u"keychain is not available and COGNIGY_CLIENT_SECRET is not set"_s),
                 qPrintable(o.error));
        // Without a keychain the environment still provides the secret; the rest comes from
        // the profile.
        o = resolve(request, environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}), false);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Profile);
        QCOMPARE(o.connection.config.clientSecret, kEnvSecret);
        QCOMPARE(o.connection.secretSource, u"COGNIGY_CLIENT_SECRET"_s);
        QCOMPARE(o.connection.config.clientId, u"profile-client"_s);
        QCOMPARE(o.connection.outboxProfile, m_prefix + u"NoKeychain"_s);
    }

    void profileFallsBackToTheEnvironmentSecret()
    {
        // Nothing stored for this profile (or no keychain at all): COGNIGY_CLIENT_SECRET is used.
        addProfile(tenantProfile(u"EnvOnly"_s));
        ConnectionRequest request;
        request.profile = (m_prefix + u"EnvOnly"_s).toUpper(); // found without regard to case
        const ResolveOutcome o = resolve(request,
                                         environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret},
                                                      {"COGNIGY_TENANT", u"ignored"_s},
                                                      {"COGNIGY_CLIENT_ID", u"ignored"_s}}));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.connection.mode, Mode::Profile);
        QCOMPARE(o.connection.profile.name, m_prefix + u"EnvOnly"_s);
        QCOMPARE(o.connection.outboxProfile, m_prefix + u"EnvOnly"_s);
        QCOMPARE(o.connection.config.clientSecret, kEnvSecret);
        QCOMPARE(o.connection.secretSource, u"COGNIGY_CLIENT_SECRET"_s);
        // Everything else comes from the profile, not from the environment.
        QCOMPARE(o.connection.config.baseUrl, QUrl(u"https://acme-prod.cognigy.com/api/v1"_s));
        QCOMPARE(o.connection.config.clientId, u"profile-client"_s);
        QCOMPARE(o.connection.config.authMethod, ConnectionConfig::AuthMethod::HttpBasic);
    }

    void profileWithoutAnySecret()
    {
        addProfile(tenantProfile(u"Nothing"_s));
        ConnectionRequest request;
        request.profile = m_prefix + u"Nothing"_s;
        const ResolveOutcome o = resolve(request);
        QCOMPARE(o.code, ExitCode::Auth);
        QVERIFY2(o.error.contains(u"No client secret for profile \"%1\""_s.arg(request.profile)), qPrintable(o.error));
        QVERIFY(o.error.contains(u"calibctl profile set-secret %1"_s.arg(request.profile)));
    }

    void keychainSecretWinsOverTheEnvironment()
    {
        if (!m_keychainSkip.isEmpty())
            QSKIP(qPrintable(m_keychainSkip));
        ConnectionProfile profile = tenantProfile(u"Stored"_s);
        profile.authMethod = ClientAuthMethod::FormFields;
        addProfile(profile);
        const SecretStore::Result written
            = waitFor([&](auto cb) { m_secrets->write(profile.name, storedSecret(), this, cb); });
        QCOMPARE(written.state, SecretStore::State::Stored);

        ConnectionRequest request;
        request.profile = profile.name;
        for (const QProcessEnvironment &env :
             {QProcessEnvironment(), environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}})}) {
            const ResolveOutcome o = resolve(request, env);
            QVERIFY2(o.ok(), qPrintable(o.error));
            QCOMPARE(o.connection.mode, Mode::Profile);
            QCOMPARE(o.connection.config.clientSecret, storedSecret());
            QCOMPARE(o.connection.secretSource, u"the keychain"_s);
            QCOMPARE(o.connection.config.authMethod, ConnectionConfig::AuthMethod::FormFields);
            QCOMPARE(o.connection.config.clientId, u"profile-client"_s);
        }
    }

    void noAnswerAfterTheContextIsGone()
    {
        addProfile(tenantProfile(u"Context"_s));
        CredentialResolver resolver(*m_profiles, m_secrets.get(), environment({{"COGNIGY_CLIENT_SECRET", kEnvSecret}}));
        auto *context = new QObject;
        int answers = 0;
        ConnectionRequest request;
        request.profile = m_prefix + u"Context"_s;
        resolver.resolve(request, context, [&answers](const ResolveOutcome &) { ++answers; });
        if (answers != 0) {
            delete context;
            QSKIP("the secret store answered synchronously");
        }
        delete context; // before the keychain answered
        // Keychain requests answer in order: once a later read has answered, the resolver's
        // read has too, and its answer went nowhere.
        waitFor([&](auto cb) { m_secrets->read(request.profile, this, cb); });
        QTest::qWait(20);
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
