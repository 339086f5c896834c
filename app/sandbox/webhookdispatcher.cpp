#include "sandbox/webhookdispatcher.h"

#include "core/clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace calib::sandbox {

namespace {

QString randomId(const QString &prefix)
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return prefix % QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

QString timestampToWire(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

const QStringList &WebhookDispatcher::eventTypes()
{
    static const QStringList types {QStringLiteral("sentiment.calibration.updated"),
                                    QStringLiteral("agentassist.alert.triggered")};
    return types;
}

WebhookDispatcher::WebhookDispatcher(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::setRetryPolicy(int maxAttempts, int baseDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_baseDelayMs = std::max(0, baseDelayMs);
}

Webhook WebhookDispatcher::add(const QUrl &url, const QStringList &events, const QString &secret, bool active)
{
    Webhook webhook;
    webhook.id = randomId(QStringLiteral("wh_"));
    webhook.url = url;
    webhook.events = events;
    webhook.secret = secret;
    webhook.active = active;
    webhook.createdMs = m_clock->nowMs();
    m_webhooks.append(webhook);
    return webhook;
}

bool WebhookDispatcher::remove(const QString &id)
{
    return m_webhooks.removeIf([&id](const Webhook &webhook) { return webhook.id == id; }) > 0;
}

QJsonObject WebhookDispatcher::toJson(const Webhook &webhook)
{
    return QJsonObject {
        {QStringLiteral("id"), webhook.id},
        {QStringLiteral("url"), webhook.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("events"), QJsonArray::fromStringList(webhook.events)},
        {QStringLiteral("active"), webhook.active},
        {QStringLiteral("created_at"), timestampToWire(webhook.createdMs)},
    };
}

QByteArray WebhookDispatcher::signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    const QByteArray mac = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + t + ",v1=" + mac.toHex();
}

void WebhookDispatcher::dispatch(const QString &type, const QJsonObject &data)
{
    const QString eventId = randomId(QStringLiteral("whe_"));
    const QJsonObject envelope {
        {QStringLiteral("id"), eventId},
        {QStringLiteral("type"), type},
        {QStringLiteral("created_at"), timestampToWire(m_clock->nowMs())},
        {QStringLiteral("data"), data},
    };
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    for (const auto &webhook : std::as_const(m_webhooks)) {
        if (!webhook.active || !webhook.events.contains(type))
            continue;
        Delivery delivery;
        delivery.deliveryId = QStringLiteral("dlv_%1_%2").arg(++m_counter).arg(eventId.mid(4));
        delivery.webhookId = webhook.id;
        delivery.url = webhook.url;
        delivery.secret = webhook.secret.toUtf8();
        delivery.type = type;
        delivery.body = body;
        ++m_pending;
        attempt(std::move(delivery));
    }
}

void WebhookDispatcher::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("calibration-sandbox-webhooks/1"));
    request.setRawHeader("X-Cognigy-Event", delivery.type.toUtf8());
    request.setRawHeader("X-Cognigy-Delivery", delivery.deliveryId.toUtf8());
    request.setRawHeader("X-Cognigy-Signature", signature(delivery.secret, m_clock->nowMs() / 1000, delivery.body));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        if (ok || delivery.attempt >= m_maxAttempts) {
            --m_pending;
            Q_EMIT deliveryFinished(delivery.deliveryId, delivery.webhookId, delivery.attempt, ok);
            return;
        }
        const int delay = m_baseDelayMs * (1 << std::min(delivery.attempt - 1, 10));
        QTimer::singleShot(delay, this, [this, delivery]() {
            const bool stillRegistered
                = std::any_of(m_webhooks.cbegin(), m_webhooks.cend(),
                              [&delivery](const Webhook &w) { return w.id == delivery.webhookId; });
            if (!stillRegistered) {
                --m_pending;
                Q_EMIT deliveryFinished(delivery.deliveryId, delivery.webhookId, delivery.attempt, false);
                return;
            }
            attempt(delivery);
        });
    });
}

QJsonArray WebhookDispatcher::stateToJson() const
{
    QJsonArray array;
    for (const auto &webhook : m_webhooks) {
        QJsonObject object = toJson(webhook);
        object.insert(QStringLiteral("secret"), webhook.secret);
        object.insert(QStringLiteral("created_ms"), double(webhook.createdMs));
        array.append(object);
    }
    return array;
}

void WebhookDispatcher::stateFromJson(const QJsonArray &array)
{
    m_webhooks.clear();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        Webhook webhook;
        webhook.id = object.value(QStringLiteral("id")).toString();
        webhook.url = QUrl(object.value(QStringLiteral("url")).toString());
        for (const auto &event : object.value(QStringLiteral("events")).toArray())
            webhook.events.append(event.toString());
        webhook.secret = object.value(QStringLiteral("secret")).toString();
        webhook.active = object.value(QStringLiteral("active")).toBool(true);
        webhook.createdMs = qint64(object.value(QStringLiteral("created_ms")).toDouble());
        if (!webhook.id.isEmpty())
            m_webhooks.append(webhook);
    }
}

} // namespace calib::sandbox
