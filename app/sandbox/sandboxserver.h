#pragma once

#include "core/calibration.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace calib {

class Clock;

struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    bool allowRemote = false;
    QString clientId = QStringLiteral("sandbox");
    QString clientSecret = QStringLiteral("sandbox-secret");
    // Scopes the token endpoint grants at most (requested scopes are narrowed to these).
    QStringList scopes = {QStringLiteral("agentassist:write"), QStringLiteral("sentiment:calibrate"),
                          QStringLiteral("webhook:manage"), QStringLiteral("audit:read")};
    int tokenTtlSeconds = 3600;
    int rateLimit = 10; // calibration PUTs per rolling 60 s
    int otherRateLimit = 120; // other endpoints per rolling 60 s
    double reweightSeconds = 5.0; // duration of a reweight job
    quint64 seed = 1;
    int seedAlerts = 2000; // pre-seeded history sizes
    int seedAudit = 300;
    QString stateFile; // keep the tenant across restarts when set
    QString groundTruthFile; // export hidden ground truth of alerts (JSONL) when set
    // The audit trail's filter extensions (since, until, actor). Off: a tenant without
    // them, which answers 400 to each, as an older engine does.
    bool auditFilters = true;
    double faultRate = 0.0; // 0..1
    QStringList faults; // reset, stall, trickle, 500, 502, truncated, malformed, 429, 503
    qint64 maxBodyBytes = 1024 * 1024;
    Clock *clock = nullptr; // injected time; system clock when null

    // Emulates processing time of a calibration PUT (real milliseconds): while it runs the
    // idempotency key is "in flight" and a second PUT with the same key gets 409.
    int applyDelayMs = 0;
    qint64 alertIntervalMs = 3000; // simulated time between candidate alert moments
    int tickIntervalMs = 250; // how often jobs and alerts are advanced without a request
    int webhookMaxAttempts = 5; // delivery attempts per webhook event
    int webhookRetryBaseMs = 1000; // first retry delay; doubles per attempt
    int faultStallMs = 30000; // a stalled request is dropped after this long
    int faultTrickleIntervalMs = 50; // a trickled response sends 64 bytes per interval
};

class SandboxServerPrivate;

// The tenant emulator: serves the whole API contract over real loopback sockets.
// In-process for the workbench and tests; wrapped by the calibration-sandbox executable.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds and listens. Returns false with a message in *error on failure.
    bool start(QString *error = nullptr);
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // http://HOST:PORT/api/v1
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] const SandboxOptions &options() const;

    // Test and demo hooks.
    [[nodiscard]] Calibration calibrationInForce() const;
    [[nodiscard]] int version() const;
    // How many times a PUT with this idempotency key was actually applied (not replayed).
    [[nodiscard]] int appliedCountForKey(const QString &idempotencyKey) const;
    // Fire one simulated alert now (also delivers agentassist.alert.triggered webhooks).
    void triggerAlert();
    // Advances reweight jobs and the alert stream to the clock's now (also done on a timer
    // and before every request); useful after moving a ManualClock.
    void advance();
    [[nodiscard]] qint64 auditEventCount() const;
    [[nodiscard]] qint64 alertCount() const;
    [[nodiscard]] int pendingWebhookDeliveries() const;
    // Writes the --state file now (otherwise written shortly after each change and on stop).
    bool saveState(QString *error = nullptr);

Q_SIGNALS:
    void requestLogged(const QString &line); // method, path, status; never a secret
    void webhookDeliveryFinished(const QString &deliveryId, const QString &webhookId, int attempts, bool delivered);

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace calib
