#include "sandbox/lowdelaytcpserver.h"

#include "sandbox/sandboxsocket.h"

namespace calib::sandbox {

LowDelayTcpServer::LowDelayTcpServer(QObject *parent)
    : QTcpServer(parent)
{ }

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new SandboxSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Q_EMIT socketAccepted(socket);
    addPendingConnection(socket);
}

} // namespace calib::sandbox
