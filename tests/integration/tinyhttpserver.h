#pragma once

// A minimal HTTP/1.1 server on 127.0.0.1 for the client tests: cases the sandbox must not be
// able to do (a foreign origin, stalls under the test's control). Records every request
// head. Header-only and without Q_OBJECT (it connects only to member functions and lambdas).
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <optional>

namespace calib::test {

// One HTTP/1.1 request as read off a connection.
struct RawHttpRequest
{
    QByteArray head; // request line and headers, without the blank line
    QByteArray body;
    QByteArray method;
    QByteArray path;
};

// Takes the first complete request (head and Content-Length body) off the front of
// `buffer`; nothing while it is still incomplete.
inline std::optional<RawHttpRequest> takeHttpRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    RawHttpRequest request;
    request.head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : request.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    const QList<QByteArray> requestLine = request.head.left(request.head.indexOf('\r')).split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    return request;
}

class TinyHttpServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)>;

    explicit TinyHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TinyHttpServer::onConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_server.serverPort())); }
    int connections = 0;
    QList<QByteArray> heads;

    static void respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    }
    static void token(QTcpSocket *socket)
    {
        respond(socket, 200,
                "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                "\"scope\":\"agentassist:write sentiment:calibrate webhook:manage audit:read\"}");
    }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray &buffer = m_buffers[socket];
                buffer += socket->readAll();
                const std::optional<RawHttpRequest> request = takeHttpRequest(buffer);
                if (!request)
                    return;
                heads.append(request->head);
                m_handler(socket, request->method, request->path);
            });
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace calib::test
