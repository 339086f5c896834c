#include "services/inprocesssandbox.h"

namespace calib {

SandboxOptions InProcessSandbox::demoOptions()
{
    SandboxOptions options;
    options.port = 0;
    options.reweightSeconds = 8.0;
    options.seed = 20261124;
    return options;
}

InProcessSandbox::InProcessSandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<SandboxServer>(std::move(options)))
{ }

InProcessSandbox::~InProcessSandbox() = default;

bool InProcessSandbox::start(QString *error)
{
    if (m_server->isListening())
        return true;
    return m_server->start(error);
}

bool InProcessSandbox::isRunning() const
{
    return m_server->isListening();
}

ConnectionConfig InProcessSandbox::connectionConfig() const
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.clientId = m_server->options().clientId;
    config.clientSecret = m_server->options().clientSecret;
    config.authMethod = ConnectionConfig::AuthMethod::FormFields;
    return config;
}

} // namespace calib
