#include "sandbox/sandboxsocket.h"

#include <QMetaMethod>

namespace calib::sandbox {

SandboxSocket::SandboxSocket(QObject *parent)
    : QTcpSocket(parent)
{ }

bool SandboxSocket::isReadyReadConnected() const
{
    static const QMetaMethod readyRead = QMetaMethod::fromSignal(&QTcpSocket::readyRead);
    return isSignalConnected(readyRead);
}

} // namespace calib::sandbox
