#pragma once

#include "services/webhookverifier.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace calib {

class Clock;

// One webhook delivery as it arrived at the receiver.
struct ReceivedWebhook
{
    QString event; // X-Cognigy-Event
    QString deliveryId; // X-Cognigy-Delivery
    QByteArray signatureHeader; // X-Cognigy-Signature
    QByteArray body;
    WebhookVerification verification;
};

// A minimal HTTP/1.1 receiver for webhook deliveries on 127.0.0.1 (never another
// interface), used by "Test delivery": it accepts POSTs to its path, answers 204, and
// verifies each delivery's signature with the shared secret. Requests larger than
// maxRequestBytes or to another path are answered 413/404 and not reported.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 maxRequestBytes = 1024 * 1024;

    WebhookReceiver(QByteArray secret, Clock *clock = nullptr, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool start(QString *error = nullptr);
    void stop();
    [[nodiscard]] bool isListening() const;
    // http://127.0.0.1:PORT/webhook-test
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int receivedCount() const { return m_received; }

Q_SIGNALS:
    void deliveryReceived(const calib::ReceivedWebhook &delivery);

private:
    struct Connection
    {
        QByteArray buffer;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &status);

    WebhookVerifier m_verifier;
    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_received = 0;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::ReceivedWebhook)
