#include "services/webhookreceiver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

constexpr QByteArrayView kPath = "/webhook-test";

} // namespace

WebhookReceiver::WebhookReceiver(QByteArray secret, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_verifier(std::move(secret), clock)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<calib::ReceivedWebhook>();
    connect(m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onNewConnection);
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::start(QString *error)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

void WebhookReceiver::stop()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool WebhookReceiver::isListening() const
{
    return m_server->isListening();
}

QUrl WebhookReceiver::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    url.setPath(QString::fromLatin1(kPath.toByteArray()));
    return url;
}

void WebhookReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void WebhookReceiver::respond(QTcpSocket *socket, const QByteArray &status)
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

void WebhookReceiver::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    QByteArray &buffer = it->buffer;
    if (buffer.size() > maxRequestBytes) {
        m_connections.erase(it);
        respond(socket, "413 Payload Too Large");
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qint64 contentLength = 0;
    ReceivedWebhook delivery;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "x-cognigy-event")
            delivery.event = QString::fromUtf8(value);
        else if (name == "x-cognigy-delivery")
            delivery.deliveryId = QString::fromUtf8(value);
        else if (name == "x-cognigy-signature")
            delivery.signatureHeader = value;
    }
    if (contentLength < 0 || headerEnd + 4 + contentLength > maxRequestBytes) {
        m_connections.erase(it);
        respond(socket, "413 Payload Too Large");
        return;
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // wait for the rest of the body
    delivery.body = buffer.mid(headerEnd + 4, contentLength);
    m_connections.erase(it);
    if (requestLine.value(0) != "POST" || requestLine.value(1) != kPath) {
        respond(socket, "404 Not Found");
        return;
    }
    delivery.verification = m_verifier.verify(delivery.signatureHeader, delivery.body);
    // As the docs tell coaching platforms: only a verified delivery is acknowledged; the
    // sender retries the others. Every delivery is still reported, with its verdict.
    respond(socket, delivery.verification.ok() ? "204 No Content" : "401 Unauthorized");
    ++m_received;
    Q_EMIT deliveryReceived(delivery);
}

} // namespace calib
