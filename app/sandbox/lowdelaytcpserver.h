#pragma once

#include <QTcpServer>

namespace calib::sandbox {

// A QTcpServer that sets TCP_NODELAY on every accepted socket (Qt HTTP Server's keep-alive
// responses otherwise stall ~40 ms on Nagle + delayed ACK) and announces each socket
// before the HTTP server sees it, so the sandbox can guard request sizes.
class LowDelayTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    explicit LowDelayTcpServer(QObject *parent = nullptr);

Q_SIGNALS:
    void socketAccepted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace calib::sandbox
