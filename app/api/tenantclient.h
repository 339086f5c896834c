#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/connectionconfig.h"
#include "api/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace calib {

class Clock;
class CursorPager;
class JobPoller;

struct TenantClientOptions
{
    RetryPolicy::Config retry;
    std::function<double()> random; // jitter source in [0,1); QRandomGenerator when empty
    int transferTimeoutMs = 30'000; // inactivity timeout per attempt
    int deadlineMs = 120'000; // overall deadline per attempt (aborts)
    qint64 maxResponseBytes = 16LL * 1024 * 1024; // larger responses abort with Kind::Protocol
    // Multiplies every retry and poll wait (not the timeouts). Tests use e.g. 0.01; the
    // "retrying in N s" countdown still reports nominal seconds.
    double timeScale = 1.0;
    int maxBusyJobWaits = 3; // 503 with job_id: wait out at most this many jobs per call
    qint64 jobPollInitialMs = 500;
    double jobPollFactor = 1.5;
    qint64 jobPollMaxDelayMs = 5'000;
    qint64 jobPollMaxWaitMs = 15LL * 60 * 1000;
    int tokenSafetyMarginSeconds = 60; // a cached token is renewed this long before expiry
    // Extra trust anchors (e.g. a company CA) on top of the system's CA certificates, for
    // every request; never a way to ignore TLS errors. Qt reuses an open connection of the
    // same QNetworkAccessManager to the same host without checking this list again, so
    // clients with different lists need their own network manager.
    QList<QSslCertificate> caCertificates;
};

// The asynchronous client of the tenant API (see shared/api/openapi.yaml beside the repository).
//
// * One injected QNetworkAccessManager and Clock; nothing blocks, no nested event loop.
// * Every call returns an ApiCall* (child of this client, self-deleting after finished()).
//   The typed value of ApiResult is named on each call below.
// * OAuth client credentials: the token is fetched on demand, cached in memory until
//   tokenSafetyMarginSeconds before it expires (by the Clock), and one token request is
//   shared by every caller that needs it (single flight). A 401 invalid_token discards the
//   token, fetches a new one and retries the call once.
// * Retries follow RetryPolicy; a busy engine (503 + job_id on the apply) is waited out by
//   polling the job, then the PUT is repeated unchanged (same idempotency key).
// * Safety on every request: SameOriginRedirectPolicy (the bearer token never follows a
//   redirect to another origin), inactivity timeout + overall deadline, a response size
//   cap, strict JSON, TLS errors never ignored, plain http only to loopback.
// * Errors are ApiError; 404/405 from an extension endpoint is Kind::NotSupported.
class TenantClient final : public QObject
{
    Q_OBJECT
public:
    // "agentassist:write sentiment:calibrate webhook:manage audit:read"
    [[nodiscard]] static const QStringList &requestedScopes();
    // A new random idempotency key (UUID) for a new logical change.
    [[nodiscard]] static QString newIdempotencyKey();
    // 1..255 visible ASCII characters.
    [[nodiscard]] static bool isValidIdempotencyKey(const QString &key);

    TenantClient(QNetworkAccessManager *network, Clock *clock, ConnectionConfig config,
                 TenantClientOptions options = {}, QObject *parent = nullptr);
    ~TenantClient() override;

    [[nodiscard]] const ConnectionConfig &config() const { return m_config; }
    // Replaces the connection; drops the cached token.
    void setConfig(const ConnectionConfig &config);
    [[nodiscard]] const TenantClientOptions &options() const { return m_options; }
    void setOptions(const TenantClientOptions &options);
    [[nodiscard]] Clock *clock() const { return m_clock; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // Token state (the token itself is never exposed).
    [[nodiscard]] bool hasValidToken() const;
    [[nodiscard]] QDateTime tokenExpiresAt() const { return m_tokenExpiresAt; }
    [[nodiscard]] QStringList grantedScopes() const { return m_grantedScopes; }
    // Requested scopes the last token did not grant (empty before the first token).
    [[nodiscard]] QStringList missingScopes() const;
    [[nodiscard]] int tokenRequestCount() const { return m_tokenRequests; }
    void clearToken();

    // POST /auth/token. Value: TokenInfo. Joins a token request already in flight,
    // otherwise always asks for a fresh token.
    ApiCall *issueToken();
    // PUT /agentassist/sentiment/calibration. Value: AppliedCalibration (replayed from
    // Idempotent-Replayed). The key must be kept for every retry and resume of one change.
    ApiCall *applyCalibration(const Calibration &calibration, const QString &idempotencyKey,
                              PreferReturn prefer = PreferReturn::Default);
    // GET /agentassist/sentiment/calibration (extension). Value: CalibrationInForce.
    ApiCall *getCalibration();
    // GET /agentassist/sentiment/calibration/jobs/{id}. Value: Job.
    ApiCall *getJob(const QString &jobId);
    // POST /agentassist/webhooks. Value: Webhook.
    ApiCall *registerWebhook(const WebhookRegistration &registration);
    // GET /agentassist/webhooks (extension). Value: QList<Webhook>.
    ApiCall *listWebhooks();
    // DELETE /agentassist/webhooks/{id} (extension). No value. 405 = NotSupported;
    // 404 = NotFound (unknown id, or a tenant without the extension).
    ApiCall *deleteWebhook(const QString &webhookId);
    // GET /agentassist/alerts (extension). Value: CursorPage (alerts).
    ApiCall *listAlerts(const AlertQuery &query);
    // GET /audit/sentiment/calibration. Value: CursorPage (auditEvents).
    ApiCall *listAuditEvents(const AuditQuery &query);

    // Pagers over the two lists (query.cursor is the first cursor); not started yet.
    CursorPager *auditPager(const AuditQuery &query, qint64 maxItems = 0, QObject *parent = nullptr);
    CursorPager *alertPager(const AlertQuery &query, qint64 maxItems = 0, QObject *parent = nullptr);
    // A poller for one job; not started yet.
    JobPoller *pollJob(const QString &jobId, QObject *parent = nullptr);

Q_SIGNALS:
    // A token was obtained, dropped or refused; read hasValidToken()/grantedScopes().
    void tokenStateChanged();

private:
    friend class ApiCall;
    using TokenCallback = std::function<void(const QString &token, const ApiError &error)>;

    ApiCall *startCall(RequestSpec spec);
    // Calls back (possibly synchronously) with a valid token or the token error.
    void acquireToken(QObject *context, TokenCallback callback);
    ApiCall *startTokenRequest();
    void invalidateToken(const QString &token);
    [[nodiscard]] QUrl urlFor(const RequestSpec &spec) const;
    [[nodiscard]] QStringList notGranted(const QStringList &required) const;

    QNetworkAccessManager *m_network;
    Clock *m_clock;
    ConnectionConfig m_config;
    TenantClientOptions m_options;
    RetryPolicy m_retryPolicy;
    QString m_token;
    QString m_lastIssuedToken;
    QString m_pendingToken; // between the token parser and the token call's finished()
    QDateTime m_tokenExpiresAt;
    QStringList m_grantedScopes;
    QPointer<ApiCall> m_tokenCall;
    int m_tokenRequests = 0;
};

} // namespace calib
