#include "services/webhookmanager.h"

#include "api/apicall.h"
#include "api/tenantclient.h"
#include "services/webhooksecret.h"

#include <QCoreApplication>

namespace calib {

namespace {

ApiError notConnected()
{
    return ApiError::make(ApiError::Kind::Network,
                          QCoreApplication::translate("calib::WebhookManager", "Not connected to a tenant."));
}

} // namespace

const QStringList &WebhookManager::knownEvents()
{
    static const QStringList events {QStringLiteral("sentiment.calibration.updated"),
                                     QStringLiteral("agentassist.alert.triggered")};
    return events;
}

QString WebhookManager::checkUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address the deliveries are sent to.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("This is not a complete web address (for example https://hooks.example.com/calibration).");
    if (url.scheme() == u"http") {
        if (!ConnectionConfig::isLoopbackHost(url.host()))
            return tr("Plain http is only allowed to this computer (127.0.0.1, localhost or ::1); use an https "
                      "address.");
        return {};
    }
    if (url.scheme() != u"https")
        return tr("The webhook URL must be an https address (plain http only to a loopback host).");
    return {};
}

WebhookManager::WebhookManager(TenantClient *client, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_environment(std::move(environment))
{ }

void WebhookManager::add(const AddRequest &request, QObject *context, std::function<void(const AddResult &)> done)
{
    AddResult result;
    const auto invalid = [&](const QString &message) {
        result.error = ApiError::make(ApiError::Kind::InvalidInput, message);
        done(result);
    };
    if (const QString problem = checkUrl(request.url); !problem.isEmpty()) {
        invalid(problem);
        return;
    }
    const QUrl url(request.url.trimmed(), QUrl::StrictMode);
    if (request.events.isEmpty()) {
        invalid(tr("Name at least one event with --event (%1).").arg(knownEvents().join(QStringLiteral(", "))));
        return;
    }
    QStringList events;
    for (const QString &event : request.events) {
        if (!knownEvents().contains(event)) {
            invalid(tr("Unknown event \"%1\"; known events: %2.").arg(event, knownEvents().join(QStringLiteral(", "))));
            return;
        }
        if (!events.contains(event))
            events << event;
    }
    WebhookRegistration registration;
    registration.url = url;
    registration.events = events;
    registration.active = request.active;
    if (!request.secret.isEmpty()) {
        registration.secret = request.secret;
        if (const QString problem = WebhookSecret::check(registration.secret, &result.warning); !problem.isEmpty()) {
            invalid(problem);
            return;
        }
    } else if (!request.secretVariable.isEmpty()) {
        registration.secret = m_environment.value(request.secretVariable);
        if (registration.secret.isEmpty()) {
            invalid(tr("The environment variable %1 is not set or empty.").arg(request.secretVariable));
            return;
        }
        if (const QString problem = WebhookSecret::check(registration.secret, &result.warning); !problem.isEmpty()) {
            invalid(problem);
            return;
        }
    } else {
        registration.secret = WebhookSecret::generate();
    }
    if (!m_client) {
        result.error = notConnected();
        done(result);
        return;
    }
    const QString generated
        = request.secret.isEmpty() && request.secretVariable.isEmpty() ? registration.secret : QString();
    ApiCall *call = m_client->registerWebhook(registration);
    connect(call, &ApiCall::finished, context, [result, generated, done](const ApiResult &answer) mutable {
        result.error = answer.error;
        if (answer.ok()) {
            result.webhook = answer.as<Webhook>();
            result.generatedSecret = generated;
        }
        done(result);
    });
}

void WebhookManager::list(QObject *context, std::function<void(const ListResult &)> done)
{
    if (!m_client) {
        done(ListResult {notConnected(), {}});
        return;
    }
    ApiCall *call = m_client->listWebhooks();
    connect(call, &ApiCall::finished, context, [done](const ApiResult &answer) {
        ListResult result;
        result.error = answer.error;
        if (answer.ok())
            result.webhooks = answer.as<QList<Webhook>>();
        done(result);
    });
}

void WebhookManager::remove(const QString &webhookId, QObject *context, std::function<void(const ApiError &)> done)
{
    if (webhookId.trimmed().isEmpty()) {
        done(ApiError::make(ApiError::Kind::InvalidInput, tr("Give the id of the webhook to delete.")));
        return;
    }
    if (!m_client) {
        done(notConnected());
        return;
    }
    ApiCall *call = m_client->deleteWebhook(webhookId);
    connect(call, &ApiCall::finished, context, [done](const ApiResult &answer) { done(answer.error); });
}

} // namespace calib
