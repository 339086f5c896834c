#pragma once

#include "api/apierror.h"
#include "services/webhookreceiver.h"
#include "services/webhookverifier.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace calib {

class Clock;
class SandboxServer;
class TenantClient;
class WebhookManager;

// "Test delivery" end to end against the built-in sandbox: starts a WebhookReceiver on
// 127.0.0.1 with a fresh CSPRNG secret, registers its URL for agentassist.alert.triggered
// with that secret, fires one alert on the sandbox, waits (timer, no nested event loop)
// for the delivery, verifies its signature (HMAC-SHA256 over "t.body", 300 s tolerance,
// constant time), and then deletes the temporary webhook again. finished() is emitted
// exactly once per start(), after the clean-up.
class WebhookTestDelivery final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Valid, // a delivery arrived and its signature is valid
        Rejected, // a delivery arrived and its signature is not valid (see verification)
        TimedOut, // no delivery within timeout()
        Failed, // the receiver could not start, or the registration failed (see error)
        Cancelled,
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<WebhookVerification> verification; // when a delivery arrived
        QString deliveryId;
        ApiError error; // a failed registration
        QString cleanupProblem; // the temporary webhook could not be deleted (plain words)
        qint64 elapsedMs = 0;

        [[nodiscard]] bool ok() const { return outcome == Outcome::Valid; }
        // One line for a status bar: "Delivery arrived, signature valid (0 s old)".
        [[nodiscard]] QString message() const;
    };

    static constexpr std::chrono::milliseconds defaultTimeout {15000};

    // `sandbox` fires the event; `client` talks to it. `clock` is the verifier's now
    // (system clock when null).
    WebhookTestDelivery(TenantClient *client, SandboxServer *sandbox, Clock *clock = nullptr,
                        QObject *parent = nullptr);
    ~WebhookTestDelivery() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts a run; false (and nothing emitted) when one is already running.
    bool start();
    // Stops waiting; the temporary webhook is still deleted before finished().
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A step in plain words ("Registering a receiver on 127.0.0.1:43121…").
    void progress(const QString &step);
    void finished(const calib::WebhookTestDelivery::Result &result);

private:
    void onRegistered();
    void onDelivery(const ReceivedWebhook &delivery);
    void conclude(Result result);
    void cleanUp();
    void finish();

    QPointer<TenantClient> m_client;
    QPointer<SandboxServer> m_sandbox;
    Clock *m_clock;
    WebhookManager *m_manager;
    QTimer *m_timer;
    QPointer<WebhookReceiver> m_receiver;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QString m_webhookId;
    Result m_result;
    qint64 m_startedMs = 0;
    bool m_running = false;
    bool m_concluded = false;
    bool m_registrationPending = false;
    int m_generation = 0;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::WebhookTestDelivery::Result)
