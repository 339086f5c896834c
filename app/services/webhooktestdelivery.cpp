#include "services/webhooktestdelivery.h"

#include "api/tenantclient.h"
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "services/webhookmanager.h"
#include "services/webhooksecret.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace calib {

QString WebhookTestDelivery::Result::message() const
{
    QString text;
    switch (outcome) {
    case Outcome::Valid:
    case Outcome::Rejected:
        text = verification ? WebhookTestDelivery::tr("Delivery arrived, %1").arg(verification->toString())
                            : WebhookTestDelivery::tr("Delivery arrived");
        break;
    case Outcome::TimedOut: text = WebhookTestDelivery::tr("No delivery arrived within the time allowed."); break;
    case Outcome::Failed:
        text = error.message.isEmpty()
            ? WebhookTestDelivery::tr("The test delivery could not start.")
            : WebhookTestDelivery::tr("The test delivery could not start: %1").arg(error.message);
        break;
    case Outcome::Cancelled: text = WebhookTestDelivery::tr("The test delivery was cancelled."); break;
    }
    if (!cleanupProblem.isEmpty())
        text += u' ' + cleanupProblem;
    return text;
}

WebhookTestDelivery::WebhookTestDelivery(TenantClient *client, SandboxServer *sandbox, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sandbox(sandbox)
    , m_clock(clock ? clock : Clock::system())
    , m_manager(new WebhookManager(client, {}, this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<calib::WebhookTestDelivery::Result>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        Result result;
        result.outcome = Outcome::TimedOut;
        conclude(result);
    });
}

WebhookTestDelivery::~WebhookTestDelivery()
{
    // Destroyed mid-run: do not leave the temporary webhook behind on the tenant.
    if (m_running && !m_webhookId.isEmpty() && m_client)
        m_client->deleteWebhook(m_webhookId);
}

bool WebhookTestDelivery::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_concluded = false;
    m_registrationPending = false;
    m_result = {};
    m_webhookId.clear();
    m_startedMs = m_clock->nowMs();
    const int generation = ++m_generation;

    const auto failLater = [this](const QString &message) {
        Result result;
        result.outcome = Outcome::Failed;
        result.error = ApiError::make(ApiError::Kind::InvalidInput, message);
        // Answer after start() has returned, like every other outcome.
        QTimer::singleShot(0, this, [this, result] { conclude(result); });
    };
    if (!m_client || !m_sandbox) {
        failLater(tr("it needs a connection to the built-in sandbox."));
        return true;
    }

    QString secret = WebhookSecret::generate();
    m_receiver = new WebhookReceiver(secret.toLatin1(), m_clock, this);
    QString error;
    if (!m_receiver->start(&error)) {
        failLater(tr("the local receiver could not listen on 127.0.0.1 (%1).").arg(error));
        return true;
    }
    connect(m_receiver, &WebhookReceiver::deliveryReceived, this, &WebhookTestDelivery::onDelivery);
    const QUrl url = m_receiver->url();
    Q_EMIT progress(tr("Registering a test receiver at %1…").arg(url.toDisplayString()));

    WebhookManager::AddRequest request;
    request.url = url.toString();
    request.events = {u"agentassist.alert.triggered"_s};
    request.secret = secret;
    secret.fill(u'0');
    m_registrationPending = true;
    m_manager->add(request, this, [this, generation](const WebhookManager::AddResult &added) {
        if (generation != m_generation)
            return;
        m_registrationPending = false;
        if (!added.error.isError())
            m_webhookId = added.webhook.id;
        if (m_concluded) { // cancelled, or a delivery came first
            cleanUp();
            return;
        }
        if (added.error.isError()) {
            Result result;
            result.outcome = Outcome::Failed;
            result.error = added.error;
            conclude(result);
            return;
        }
        onRegistered();
    });
    return true;
}

void WebhookTestDelivery::cancel()
{
    if (!m_running)
        return;
    Result result;
    result.outcome = Outcome::Cancelled;
    conclude(result);
}

void WebhookTestDelivery::onRegistered()
{
    Q_EMIT progress(tr("Webhook %1 registered; triggering an alert on the sandbox…").arg(m_webhookId));
    m_timer->start(m_timeout);
    if (m_sandbox)
        m_sandbox->triggerAlert();
}

void WebhookTestDelivery::onDelivery(const ReceivedWebhook &delivery)
{
    if (!m_running || m_concluded)
        return;
    Result result;
    result.verification = delivery.verification;
    result.deliveryId = delivery.deliveryId;
    result.outcome = delivery.verification.ok() ? Outcome::Valid : Outcome::Rejected;
    conclude(result);
}

void WebhookTestDelivery::conclude(Result result)
{
    if (!m_running || m_concluded)
        return;
    m_concluded = true;
    m_timer->stop();
    m_result = std::move(result);
    if (m_receiver)
        m_receiver->stop();
    if (m_registrationPending)
        return; // the registration's answer cleans up
    cleanUp();
}

void WebhookTestDelivery::cleanUp()
{
    if (m_webhookId.isEmpty()) {
        finish();
        return;
    }
    Q_EMIT progress(tr("Deleting the temporary webhook %1…").arg(m_webhookId));
    const int generation = m_generation;
    m_manager->remove(m_webhookId, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isError() && error.kind != ApiError::Kind::NotFound)
            m_result.cleanupProblem
                = tr("The temporary webhook %1 could not be deleted: %2").arg(m_webhookId, error.message);
        m_webhookId.clear();
        finish();
    });
}

void WebhookTestDelivery::finish()
{
    m_running = false;
    m_result.elapsedMs = m_clock->nowMs() - m_startedMs;
    if (m_receiver) {
        m_receiver->stop();
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    Q_EMIT finished(m_result);
}

} // namespace calib
