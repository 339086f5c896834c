#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>
#include <QVariant>

#include <functional>
#include <utility>

class QNetworkReply;
class QTimer;

namespace calib {

class JobPoller;
class TenantClient;

// The outcome of one API call: an error (kind None on success), the final HTTP status
// and the typed value (see the TenantClient call for its type; read it with as<T>()).
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    QVariant value;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    template<typename T> [[nodiscard]] T as() const { return value.value<T>(); }
};

// What a TenantClient call sends; built by TenantClient, executed by ApiCall.
struct RequestSpec
{
    using Parser = std::function<ApiResult(int status, const QByteArray &body, QNetworkReply *reply)>;

    QString operation; // "applyCalibration", for logs
    QByteArray verb; // GET, PUT, POST, DELETE
    QString path; // below the base URL, percent-encoded: "/agentassist/webhooks/wh_1"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers; // never logged
    bool authenticated = true; // needs a bearer token
    bool idempotent = false; // network errors, timeouts, 502/504 may be retried
    bool extension = false; // 404/405 = not supported by this tenant
    bool tokenEndpoint = false;
    bool waitOutBusyJob = false; // 503 with job_id: poll the job, then retry unchanged
    // Parse a 2xx body on a worker thread (large list pages), so the calling thread keeps
    // serving events; the parser then gets no reply (nullptr) and must be thread-safe.
    bool parseInBackground = false;
    QStringList requiredScopes;
    Parser parse; // for 2xx answers
};

// The handle of one logical API call, including all of its retries, token refreshes and
// busy-engine waits. Returned by every TenantClient call; the call starts on the next
// event-loop turn, so connect to its signals right away.
//
// Lifetime: the call is a child of the TenantClient and deletes itself (deleteLater)
// after emitting finished(), unless setAutoDelete(false) was called.
// Exactly one finished() is emitted per call, also after cancel().
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    [[nodiscard]] const QString &operation() const { return m_spec.operation; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ApiResult &result() const { return m_result; }
    // HTTP attempts sent so far (a 401 refresh or a job wait counts as an attempt too).
    [[nodiscard]] int attempts() const { return m_sent; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    // Aborts the request in flight or the wait; finished() follows with Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const calib::ApiResult &result);
    // A request goes out; `attempt` counts from 1 (a retry or a repeat after a job wait
    // has 2 and up), so a UI showing "retrying in N s" can say "sending" again.
    void sending(int attempt);
    // A retry is scheduled: emitted when the wait starts and then once per second with the
    // whole seconds remaining, so a UI can show "retrying in N s". `reason` is short
    // ("rate limited", "engine busy", "timeout", ...).
    void retrying(int secondsRemaining, const QString &reason);
    // The engine answered busy with this job; the job is polled before the retry.
    void waitingForJob(const QString &jobId);
    void jobProgress(const calib::Job &job);
    // A 2xx body arrived and is about to be parsed (before finished()); lets a pager look
    // ahead while a background parse runs.
    void bodyReceived(int status, const QByteArray &body);

private:
    friend class TenantClient;
    enum class AbortReason { None, Deadline, Oversized, Cancelled };

    ApiCall(TenantClient *client, RequestSpec spec);
    void start();
    void startWithError(const ApiError &error);
    void attempt();
    void send(const QString &token);
    void onReplyFinished();
    void handleHttpError(int status, const QByteArray &body, QNetworkReply *reply);
    void retryOrFinish(int transport, int status, const ApiError &error, std::optional<qint64> retryAfter);
    void scheduleRetry(qint64 delayMs, const QString &reason);
    void waitForJob(const QString &jobId);
    void abortReply(AbortReason reason);
    void finish(ApiResult result);
    void finishParsed(ApiResult result, int status);
    [[nodiscard]] int scaled(qint64 ms) const;

    QPointer<TenantClient> m_client;
    RequestSpec m_spec;
    ApiResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_countdown = nullptr;
    QPointer<JobPoller> m_poller;
    QElapsedTimer m_attemptTimer;
    AbortReason m_abortReason = AbortReason::None;
    QString m_usedToken;
    QString m_retryReason;
    int m_sent = 0;
    int m_policyAttempts = 0;
    int m_busyWaits = 0;
    int m_secondsRemaining = 0;
    bool m_tokenRefreshed = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace calib

Q_DECLARE_METATYPE(calib::ApiResult)
