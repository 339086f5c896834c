#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace calib::sandbox {

// Qt HTTP Server's connection handling and request parsing, with the routing left to the
// sandbox: it needs 404 vs 405 with JSON bodies and direct access to the socket for
// fault injection, which QHttpServer 6.4's router does not give.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &request, QTcpSocket *socket)>;
    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace calib::sandbox
