#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace calib {
class Clock;
}

namespace calib::sandbox {

struct Webhook
{
    QString id;
    QUrl url;
    QStringList events;
    QString secret; // the emulated tenant's own copy; never on the wire
    bool active = true;
    qint64 createdMs = 0;
};

// The registered webhooks and their deliveries: real HTTP POSTs with X-Cognigy-Event,
// X-Cognigy-Delivery and X-Cognigy-Signature (t=<unix s>,v1=<hex HMAC-SHA256(secret,
// "<t>.<body>")>), retried with exponential backoff while the receiver fails (non-2xx or
// network error). A retry keeps the delivery id and body and carries a fresh signature.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
public:
    static const QStringList &eventTypes();

    explicit WebhookDispatcher(const Clock *clock, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void setRetryPolicy(int maxAttempts, int baseDelayMs);

    Webhook add(const QUrl &url, const QStringList &events, const QString &secret, bool active);
    bool remove(const QString &id);
    [[nodiscard]] const QList<Webhook> &webhooks() const { return m_webhooks; }
    [[nodiscard]] static QJsonObject toJson(const Webhook &webhook); // without the secret

    // Sends {"id","type","created_at","data"} to every active webhook subscribed to `type`.
    void dispatch(const QString &type, const QJsonObject &data);
    [[nodiscard]] int pendingDeliveries() const { return m_pending; }

    [[nodiscard]] static QByteArray signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

    [[nodiscard]] QJsonArray stateToJson() const; // with secrets: the tenant's own state
    void stateFromJson(const QJsonArray &array);

Q_SIGNALS:
    void deliveryFinished(const QString &deliveryId, const QString &webhookId, int attempts, bool delivered);

private:
    struct Delivery
    {
        QString deliveryId;
        QString webhookId;
        QUrl url;
        QByteArray secret;
        QString type;
        QByteArray body;
        int attempt = 0;
    };
    void attempt(Delivery delivery);

    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    QList<Webhook> m_webhooks;
    int m_maxAttempts = 5;
    int m_baseDelayMs = 1000;
    int m_pending = 0;
    qint64 m_counter = 0;
};

} // namespace calib::sandbox
