#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace calib {

// Client secrets in the system keychain (QtKeychain; the Secret Service on Linux),
// service "calibration-workbench", key "profile/<name>/client-secret". Other secrets of a
// profile (webhook signing secrets, "profile/<name>/webhook/<id>/secret") are kept under
// an explicit key with readKey()/writeKey()/removeKey(), with the same answers.
//
// Every call is asynchronous and answers exactly once through its callback, on the
// thread of this object, as long as `context` is alive (like QObject::connect). Nothing
// blocks and no event loop is nested. A keychain job that does not answer within
// timeout() (for example a stuck unlock prompt) is reported as TimedOut; the job keeps
// running (jobs are never deleted while they run) and its late answer is only logged.
//
// No plaintext fallback: when there is no keychain at all, write() keeps the secret in
// memory for the lifetime of this object and says so (Result::sessionOnly); read()
// answers from that session copy first.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stored, // written to the keychain
        Found, // read (from the keychain, or from the session copy when sessionOnly)
        Deleted, // removed (or there was nothing to remove)
        NotFound, // the keychain is unlocked and holds no secret for the profile
        NotFoundOrLocked, // nothing came back and the lock state could not be checked
        Locked, // the keyring is locked; the secret may well be there
        NoBackend, // no keychain service reachable (no session bus, no Secret Service)
        AccessDenied, // the user or the keychain refused access
        TimedOut, // no answer within timeout(); the job is still running
        Failed, // any other keychain error (see Result::detail)
    };
    Q_ENUM(State)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    struct Result
    {
        Operation operation = Operation::Read;
        State state = State::Failed;
        QString profile;
        QString secret; // only for Found
        bool sessionOnly = false; // the secret lives in memory for this run only
        QString detail; // the backend's own words, for logs (never contains the secret)
        // Set by readKey()/writeKey()/removeKey(): `profile` then holds the explicit key and
        // message() speaks of "the secret" rather than "the client secret".
        bool explicitKey = false;

        [[nodiscard]] bool ok() const
        {
            return state == State::Stored || state == State::Found || state == State::Deleted;
        }
        // Plain words for the user (translated).
        [[nodiscard]] QString message() const { return SecretStore::messageFor(*this); }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] static QString serviceName(); // "calibration-workbench"
    [[nodiscard]] static QString keyFor(const QString &profile); // "profile/<name>/client-secret"
    // "profile/<name>/webhook/<id>/secret"
    [[nodiscard]] static QString webhookKeyFor(const QString &profile, const QString &webhookId);
    [[nodiscard]] static QString messageFor(const Result &result);

    // How long a caller waits for the keychain before TimedOut (default 10 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString &profile, QObject *context, Callback done);
    void write(const QString &profile, const QString &secret, QObject *context, Callback done);
    // Removes the keychain entry and any session copy.
    void remove(const QString &profile, QObject *context, Callback done);

    // The same under an explicit keychain key (for example webhookKeyFor()).
    void readKey(const QString &key, QObject *context, Callback done);
    void writeKey(const QString &key, const QString &secret, QObject *context, Callback done);
    void removeKey(const QString &key, QObject *context, Callback done);

    [[nodiscard]] bool hasSessionSecret(const QString &profile) const { return m_session.contains(keyFor(profile)); }
    [[nodiscard]] bool hasSessionSecretForKey(const QString &key) const { return m_session.contains(key); }
    // Keychain jobs started by this store that have not answered yet (timed-out ones included).
    [[nodiscard]] int runningJobs() const { return m_running; }

Q_SIGNALS:
    // A job answered after its caller was told TimedOut; the answer is not acted on.
    void lateAnswer(const QString &profile, calib::SecretStore::State state);

private:
    struct Pending;
    enum class LockState { Unlocked, Locked, NoService, Unknown };

    // `label` is what Result::profile reports; `key` is the keychain key (and the key of
    // the session copy).
    void readEntry(const QString &label, const QString &key, bool explicitKey, QObject *context, Callback done);
    void start(Operation op, const QString &label, const QString &key, bool explicitKey, const QString &secret,
               QObject *context, Callback done);
    void deliver(const std::shared_ptr<Pending> &pending, Result result);
    void classify(const std::shared_ptr<Pending> &pending, int keychainError, const QString &errorString,
                  const QString &secret);
    void inspectLock(const std::function<void(LockState)> &done);

    QHash<QString, QString> m_session; // keychain key -> secret kept for this run only
    std::chrono::milliseconds m_timeout {10000};
    int m_running = 0;
};

} // namespace calib
