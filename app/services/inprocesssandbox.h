#pragma once

#include "api/connectionconfig.h"
#include "sandbox/sandboxserver.h"

#include <QObject>

#include <memory>

namespace calib {

// The built-in Sandbox connection: a SandboxServer on a free loopback port inside this
// process, pre-seeded with demo history, and the credentials to talk to it.
class InProcessSandbox final : public QObject
{
    Q_OBJECT
public:
    // Demo defaults: seeded history, a short reweight job.
    [[nodiscard]] static SandboxOptions demoOptions();

    explicit InProcessSandbox(SandboxOptions options = demoOptions(), QObject *parent = nullptr);
    ~InProcessSandbox() override;

    // Starts listening (idempotent). Returns false with a message on failure.
    bool start(QString *error = nullptr);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] ConnectionConfig connectionConfig() const;
    [[nodiscard]] SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace calib
