#include "store/secretstore.h"

#include "store/appsettings.h"
#include "store/storelogging.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace calib {

struct SecretStore::Pending
{
    Operation operation;
    QString profile;
    QPointer<QObject> context;
    Callback done;
    QPointer<QTimer> timer;
    bool answered = false;
    QString key; // the keychain key, also the key of the session copy
    bool explicitKey = false;
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    // Running jobs are not owned by this object and delete themselves when they finish.
    m_session.clear();
}

QString SecretStore::serviceName()
{
    return AppSettings::organizationName();
}

QString SecretStore::keyFor(const QString &profile)
{
    return u"profile/"_s + profile + u"/client-secret"_s;
}

QString SecretStore::webhookKeyFor(const QString &profile, const QString &webhookId)
{
    return u"profile/"_s + profile + u"/webhook/"_s + webhookId + u"/secret"_s;
}

QString SecretStore::messageFor(const Result &r)
{
    if (r.explicitKey) {
        switch (r.state) {
        case State::Stored: return tr("The secret was saved in the system keychain.");
        case State::Found:
            return r.sessionOnly ? tr("The secret is held in memory for this session only.")
                                 : tr("The secret was read from the system keychain.");
        case State::Deleted: return tr("The secret was removed.");
        case State::NotFound: return tr("No secret is saved in the system keychain under this name.");
        case State::NotFoundOrLocked:
            return tr("No secret came back: either none is saved, or the keychain is locked. Unlock the keychain "
                      "and try again.");
        case State::NoBackend:
            if (r.sessionOnly)
                return tr("No system keychain is available. The secret is kept in memory for this session only; it "
                          "is never written to disk.");
            return tr("No system keychain is available, and the secret is not held in this session.");
        case State::Locked:
        case State::AccessDenied:
        case State::TimedOut:
        case State::Failed: break; // the same words as for a client secret, below
        }
    }
    switch (r.state) {
    case State::Stored: return tr("The client secret was saved in the system keychain.");
    case State::Found:
        return r.sessionOnly ? tr("The client secret is held in memory for this session only.")
                             : tr("The client secret was read from the system keychain.");
    case State::Deleted: return tr("The client secret was removed.");
    case State::NotFound: return tr("No client secret is saved for the profile \"%1\".").arg(r.profile);
    case State::NotFoundOrLocked:
        return tr("No client secret came back for the profile \"%1\": either none is saved, or the keychain is "
                  "locked. Unlock the keychain and try again, or enter the secret.")
            .arg(r.profile);
    case State::Locked:
        return tr("The keychain is locked. Unlock it (for example with your desktop's password manager) and try "
                  "again.");
    case State::NoBackend:
        if (r.sessionOnly)
            return tr("No system keychain is available. The client secret is kept in memory for this session only "
                      "and will be asked for again next time; it is never written to disk.");
        return tr("No system keychain is available, and no client secret was entered in this session.");
    case State::AccessDenied: return tr("Access to the system keychain was denied.");
    case State::TimedOut:
        return tr("The system keychain did not answer in time. It may be waiting for you to unlock it; try again "
                  "once it is unlocked.");
    case State::Failed:
        return tr("The system keychain reported an error: %1").arg(r.detail.isEmpty() ? tr("unknown error") : r.detail);
    }
    return {};
}

void SecretStore::read(const QString &profile, QObject *context, Callback done)
{
    readEntry(profile, keyFor(profile), false, context, std::move(done));
}

void SecretStore::write(const QString &profile, const QString &secret, QObject *context, Callback done)
{
    start(Operation::Write, profile, keyFor(profile), false, secret, context, std::move(done));
}

void SecretStore::remove(const QString &profile, QObject *context, Callback done)
{
    m_session.remove(keyFor(profile));
    start(Operation::Remove, profile, keyFor(profile), false, {}, context, std::move(done));
}

void SecretStore::readKey(const QString &key, QObject *context, Callback done)
{
    readEntry(key, key, true, context, std::move(done));
}

void SecretStore::writeKey(const QString &key, const QString &secret, QObject *context, Callback done)
{
    start(Operation::Write, key, key, true, secret, context, std::move(done));
}

void SecretStore::removeKey(const QString &key, QObject *context, Callback done)
{
    m_session.remove(key);
    start(Operation::Remove, key, key, true, {}, context, std::move(done));
}

void SecretStore::readEntry(const QString &label, const QString &key, bool explicitKey, QObject *context, Callback done)
{
    if (const auto it = m_session.constFind(key); it != m_session.constEnd()) {
        auto pending = std::make_shared<Pending>(
            Pending {Operation::Read, label, context ? context : this, std::move(done), {}, false, key, explicitKey});
        Result r {Operation::Read, State::Found, label, it.value(), true, {}};
        r.explicitKey = explicitKey;
        QTimer::singleShot(0, this, [this, pending, r] { deliver(pending, r); });
        return;
    }
    start(Operation::Read, label, key, explicitKey, {}, context, std::move(done));
}

void SecretStore::start(Operation op, const QString &label, const QString &key, bool explicitKey, const QString &secret,
                        QObject *context, Callback done)
{
    auto pending = std::make_shared<Pending>(
        Pending {op, label, context ? context : this, std::move(done), {}, false, key, explicitKey});

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read: job = new QKeychain::ReadPasswordJob(serviceName()); break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(serviceName());
        w->setTextData(secret);
        job = w;
        break;
    }
    case Operation::Remove: job = new QKeychain::DeletePasswordJob(serviceName()); break;
    }
    // No parent: the job outlives this store if it must, and deletes itself when done.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    ++m_running;

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    pending->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, pending] {
        if (pending->timer)
            pending->timer->deleteLater();
        qCWarning(lcStore) << "keychain" << pending->operation << "for profile" << pending->profile
                           << "timed out; the job keeps running";
        Result r {pending->operation, State::TimedOut, pending->profile, {}, false, {}};
        r.explicitKey = pending->explicitKey;
        deliver(pending, r);
    });

    connect(job, &QKeychain::Job::finished, this, [this, pending, secret](QKeychain::Job *finished) {
        --m_running;
        QString data;
        if (pending->operation == Operation::Read && finished->error() == QKeychain::NoError)
            data = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (pending->answered) {
            const State late = finished->error() == QKeychain::NoError ? State::Found : State::Failed;
            qCInfo(lcStore) << "late keychain answer for profile" << pending->profile << "ignored; error code"
                            << int(finished->error());
            Q_EMIT lateAnswer(pending->profile, pending->operation == Operation::Read ? late : State::Stored);
            return;
        }
        if (pending->timer) {
            pending->timer->stop();
            pending->timer->deleteLater();
        }
        classify(pending, finished->error(), finished->errorString(),
                 pending->operation == Operation::Read ? data : secret);
    });
    timer->start();
    job->start();
}

void SecretStore::classify(const std::shared_ptr<Pending> &pending, int keychainError, const QString &errorString,
                           const QString &secret)
{
    const Operation op = pending->operation;
    Result r {op, State::Failed, pending->profile, {}, false, errorString};
    r.explicitKey = pending->explicitKey;
    const auto success = [&] {
        switch (op) {
        case Operation::Read:
            r.state = State::Found;
            r.secret = secret;
            break;
        case Operation::Write:
            r.state = State::Stored;
            m_session.remove(pending->key);
            break;
        case Operation::Remove: r.state = State::Deleted; break;
        }
        r.detail.clear();
    };

    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        success();
        deliver(pending, r);
        return;
    case QKeychain::AccessDeniedByUser:
        r.state = State::AccessDenied;
        deliver(pending, r);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: break; // NoBackend, below
    case QKeychain::EntryNotFound:
        if (op == Operation::Remove) {
            success();
            deliver(pending, r);
            return;
        }
        [[fallthrough]];
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // The error alone does not say why (a locked Secret Service collection reads back
        // "not found"); ask the Secret Service itself.
        inspectLock([this, pending, r, keychainError, secret](LockState lock) mutable {
            switch (lock) {
            case LockState::Locked: r.state = State::Locked; break;
            case LockState::NoService: r.state = State::NoBackend; break;
            case LockState::Unlocked:
                r.state = keychainError == QKeychain::EntryNotFound ? State::NotFound
                    : keychainError == QKeychain::AccessDenied      ? State::AccessDenied
                                                                    : State::Failed;
                break;
            case LockState::Unknown:
                r.state = keychainError == QKeychain::EntryNotFound ? State::NotFoundOrLocked
                    : keychainError == QKeychain::AccessDenied      ? State::AccessDenied
                                                                    : State::Failed;
                break;
            }
            if (r.state == State::NoBackend && r.operation == Operation::Write) {
                m_session.insert(pending->key, secret);
                r.sessionOnly = true;
            }
            deliver(pending, r);
        });
        return;
    }
    r.state = State::NoBackend;
    if (op == Operation::Write) {
        m_session.insert(pending->key, secret);
        r.sessionOnly = true;
    }
    deliver(pending, r);
}

void SecretStore::inspectLock(const std::function<void(LockState)> &done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, this, [done] { done(LockState::NoService); });
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                                         u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (reply.isError()) {
            const QDBusError::ErrorType type = reply.error().type();
            qCDebug(lcStore) << "Secret Service lock inspection failed:" << reply.error().name();
            done(type == QDBusError::ServiceUnknown || type == QDBusError::NoServer || type == QDBusError::Disconnected
                     ? LockState::NoService
                     : LockState::Unknown);
            return;
        }
        done(reply.value().variant().toBool() ? LockState::Locked : LockState::Unlocked);
    });
}

void SecretStore::deliver(const std::shared_ptr<Pending> &pending, Result result)
{
    if (pending->answered)
        return;
    pending->answered = true;
    qCDebug(lcStore) << "keychain" << result.operation << "for profile" << result.profile << "->" << result.state
                     << (result.sessionOnly ? "(session only)" : "");
    if (pending->context && pending->done)
        pending->done(result);
}

} // namespace calib
