#include "sandbox/sandboxserver.h"

#include "core/clock.h"

#include <QHttpServer>

namespace calib {

class SandboxServerPrivate
{
public:
    SandboxOptions options;
    QHttpServer server;
    quint16 port = 0;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>())
{
    d->options = std::move(options);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    d->port = d->server.listen(d->options.host, d->options.port);
    if (d->port == 0 && error)
        *error = tr("could not listen");
    return d->port != 0;
}

void SandboxServer::stop() { }
bool SandboxServer::isListening() const
{
    return d->port != 0;
}
quint16 SandboxServer::port() const
{
    return d->port;
}
QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/api/v1").arg(d->options.host.toString()).arg(d->port));
}
const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}
Calibration SandboxServer::calibrationInForce() const
{
    return Calibration::tenantDefault();
}
int SandboxServer::version() const
{
    return 0;
}
int SandboxServer::appliedCountForKey(const QString &) const
{
    return 0;
}
void SandboxServer::triggerAlert() { }

} // namespace calib
