#pragma once

#include <QTcpSocket>

namespace calib::sandbox {

// An accepted connection. Qt HTTP Server 6.4 drops every signal connection of a socket
// whose bytes it cannot parse (and leaves it open); this lets the sandbox notice that.
class SandboxSocket final : public QTcpSocket
{
    Q_OBJECT
public:
    explicit SandboxSocket(QObject *parent = nullptr);
    [[nodiscard]] bool isReadyReadConnected() const;
};

} // namespace calib::sandbox
