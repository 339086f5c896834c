#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

namespace calib {

class TenantClient;

// Registering, listing and deleting webhooks. A registration takes its secret from an
// environment variable, or generates one (WebhookSecret, >= 128 bits from the system
// CSPRNG) that is handed back once so it can be shown once and never again.
class WebhookManager final : public QObject
{
    Q_OBJECT
public:
    struct AddRequest
    {
        QString url;
        QStringList events;
        QString secretVariable; // empty: generate a secret
        QString secret; // an explicit secret (checked like one from a variable); wins over secretVariable
        bool active = true;
    };
    struct AddResult
    {
        ApiError error;
        Webhook webhook;
        QString generatedSecret; // set only when generated; show it once
        QString warning; // e.g. a short user-supplied secret
    };
    struct ListResult
    {
        ApiError error;
        QList<Webhook> webhooks;
    };

    [[nodiscard]] static const QStringList &knownEvents();
    // Plain-words problem with a webhook URL ("" when acceptable): it must be an absolute
    // https URL, or plain http to a loopback host (127.0.0.1, localhost, ::1).
    [[nodiscard]] static QString checkUrl(const QString &url);

    explicit WebhookManager(TenantClient *client,
                            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                            QObject *parent = nullptr);

    // Each answers exactly once (possibly before returning for a local error) while
    // `context` lives.
    void add(const AddRequest &request, QObject *context, std::function<void(const AddResult &)> done);
    void list(QObject *context, std::function<void(const ListResult &)> done);
    void remove(const QString &webhookId, QObject *context, std::function<void(const ApiError &)> done);

private:
    QPointer<TenantClient> m_client;
    QProcessEnvironment m_environment;
};

} // namespace calib
