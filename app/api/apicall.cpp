#include "api/apicall.h"

#include "api/apilog.h"
#include "api/jobpoller.h"
#include "api/responseparser.h"
#include "api/retryafter.h"
#include "api/tenantclient.h"
#include "core/clock.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace calib {

namespace {

using Transport = AttemptOutcome::Transport;

bool isConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure: // e.g. a truncated or garbled HTTP response
        return true;
    default: return false;
    }
}

} // namespace

ApiCall::ApiCall(TenantClient *client, RequestSpec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_deadline(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { abortReply(AbortReason::Deadline); });
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_countdown->stop();
        attempt();
    });
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_secondsRemaining > 1) {
            --m_secondsRemaining;
            Q_EMIT retrying(m_secondsRemaining, m_retryReason);
        } else {
            m_countdown->stop();
        }
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int ApiCall::scaled(qint64 ms) const
{
    const double factor = m_client ? m_client->options().timeScale : 1.0;
    return int(std::clamp<double>(std::ceil(double(ms) * factor), 0.0, 24.0 * 3600 * 1000));
}

void ApiCall::start()
{
    QTimer::singleShot(0, this, &ApiCall::attempt);
}

void ApiCall::startWithError(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        ApiResult result;
        result.error = error;
        finish(result);
    });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_countdown->stop();
    if (m_poller) {
        m_poller->disconnect(this);
        m_poller->cancel();
    }
    if (m_reply) {
        abortReply(AbortReason::Cancelled);
        return; // onReplyFinished() finishes the call
    }
    ApiResult result;
    result.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
    finish(result);
}

void ApiCall::attempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        ApiResult result;
        result.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the client was destroyed"));
        finish(result);
        return;
    }
    if (!m_spec.authenticated) {
        send({});
        return;
    }
    m_client->acquireToken(this, [this](const QString &token, const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            ApiResult result;
            result.error = error;
            result.httpStatus = error.httpStatus;
            finish(result);
            return;
        }
        send(token);
    });
}

void ApiCall::send(const QString &token)
{
    const TenantClientOptions &options = m_client->options();
    QNetworkRequest request(m_client->urlFor(m_spec));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(options.transferTimeoutMs);
    if (!options.caCertificates.isEmpty()) {
        // Added to the system's CAs, not instead of them (setting a CA list switches off
        // Qt's on-demand loading of the system store, so the system list is given too).
        static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
        QSslConfiguration tls = request.sslConfiguration();
        tls.setCaCertificates(systemCas + options.caCertificates);
        request.setSslConfiguration(tls);
    }
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("calibration-workbench/") + CALIB_VERSION_STRING);
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    m_usedToken = token;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token.toUtf8());

    m_abortReason = AbortReason::None;
    ++m_sent;
    ++m_policyAttempts;
    m_attemptTimer.start();
    if (m_spec.body.isEmpty() && m_spec.verb == "GET")
        m_reply = m_client->network()->get(request);
    else
        m_reply = m_client->network()->sendCustomRequest(request, m_spec.verb, m_spec.body);

    Q_EMIT sending(m_sent);
    const qint64 cap = options.maxResponseBytes;
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortReply(AbortReason::Oversized);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap || reply->bytesAvailable() > cap)
            abortReply(AbortReason::Oversized);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError.
        qCWarning(lcApi) << m_spec.operation << "TLS errors:" << errors.size();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline->start(options.deadlineMs);
}

void ApiCall::abortReply(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished()
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline->stop();
    reply->deleteLater();

    const QNetworkReply::NetworkError netError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const qint64 cap = m_client ? m_client->options().maxResponseBytes : 0;
    qCDebug(lcApi).noquote() << m_spec.verb << m_spec.path << "->" << status << "error" << int(netError) << "attempt"
                             << m_sent << m_attemptTimer.elapsed() << "ms";

    if (m_abortReason == AbortReason::Cancelled || !m_client) {
        ApiResult result;
        result.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
        finish(result);
        return;
    }
    if (m_abortReason == AbortReason::Oversized
        || (netError == QNetworkReply::NoError && reply->bytesAvailable() > cap)) {
        retryOrFinish(int(Transport::Fatal), status,
                      ApiError::make(ApiError::Kind::Protocol,
                                     QStringLiteral("the response is larger than the limit of %1 bytes").arg(cap),
                                     status),
                      std::nullopt);
        return;
    }
    // error() first: a reply that timed out can still carry status 200.
    if (m_abortReason == AbortReason::Deadline || netError == QNetworkReply::OperationCanceledError
        || netError == QNetworkReply::TimeoutError) {
        const QString message = m_abortReason == AbortReason::Deadline
            ? QStringLiteral("no complete answer within %1 ms").arg(m_client->options().deadlineMs)
            : QStringLiteral("no data for %1 ms").arg(m_client->options().transferTimeoutMs);
        retryOrFinish(int(Transport::Timeout), 0, ApiError::make(ApiError::Kind::Timeout, message), std::nullopt);
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError || netError == QNetworkReply::TooManyRedirectsError) {
        retryOrFinish(int(Transport::Fatal), status,
                      ApiError::make(ApiError::Kind::Protocol,
                                     QStringLiteral("refused a redirect to another origin or too many redirects"),
                                     status),
                      std::nullopt);
        return;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        retryOrFinish(
            int(Transport::Fatal), 0,
            ApiError::make(ApiError::Kind::Network, QStringLiteral("TLS handshake failed: ") + reply->errorString()),
            std::nullopt);
        return;
    }
    if (isConnectionError(netError) || (netError != QNetworkReply::NoError && status == 0)) {
        retryOrFinish(int(Transport::ConnectionError), 0, ApiError::make(ApiError::Kind::Network, reply->errorString()),
                      std::nullopt);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status <= 299) {
        Q_EMIT bodyReceived(status, body);
        if (m_finished)
            return; // cancelled from a slot
        if (m_spec.parseInBackground && m_spec.parse) {
            // The parser is copied into the task; if this call is cancelled or destroyed
            // meanwhile, the watcher goes with it and the result is dropped.
            auto *watcher = new QFutureWatcher<ApiResult>(this);
            connect(watcher, &QFutureWatcher<ApiResult>::finished, this, [this, watcher, status] {
                watcher->deleteLater();
                if (!m_finished)
                    finishParsed(watcher->result(), status);
            });
            watcher->setFuture(
                QtConcurrent::run([parse = m_spec.parse, status, body] { return parse(status, body, nullptr); }));
            return;
        }
        finishParsed(m_spec.parse ? m_spec.parse(status, body, reply) : ApiResult {}, status);
        return;
    }
    if (status >= 300 && status <= 399) {
        retryOrFinish(int(Transport::Fatal), status,
                      ApiError::make(ApiError::Kind::Protocol,
                                     QStringLiteral("unexpected redirect (HTTP %1) was not followed").arg(status),
                                     status),
                      std::nullopt);
        return;
    }
    handleHttpError(status, body, reply);
}

void ApiCall::handleHttpError(int status, const QByteArray &body, QNetworkReply *reply)
{
    HttpErrorResponse response;
    response.status = status;
    response.body = body;
    response.retryAfter = reply->rawHeader("Retry-After");
    response.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    response.extension = m_spec.extension;
    response.tokenEndpoint = m_spec.tokenEndpoint;
    response.missingScopes = m_client->notGranted(m_spec.requiredScopes);

    if (status == 401 && m_spec.authenticated && !m_tokenRefreshed && ResponseParser::isInvalidToken(response)) {
        qCInfo(lcApi).noquote() << m_spec.operation << "token rejected; fetching a new one and retrying once";
        m_tokenRefreshed = true;
        --m_policyAttempts;
        m_client->invalidateToken(m_usedToken);
        attempt();
        return;
    }

    const QDateTime now = m_client->clock()->now();
    const ApiError error = ResponseParser::errorFromResponse(response, now);
    std::optional<qint64> retryAfter;
    if (!response.retryAfter.isEmpty())
        retryAfter = RetryAfter::parse(response.retryAfter, now);

    if (status == 503 && m_spec.waitOutBusyJob && !error.jobId.isEmpty()
        && m_busyWaits < m_client->options().maxBusyJobWaits) {
        ++m_busyWaits;
        waitForJob(error.jobId);
        return;
    }
    retryOrFinish(int(Transport::Ok), status, error, retryAfter);
}

void ApiCall::retryOrFinish(int transport, int status, const ApiError &error, std::optional<qint64> retryAfter)
{
    AttemptOutcome outcome;
    outcome.attempt = m_policyAttempts;
    outcome.transport = Transport(transport);
    outcome.httpStatus = status;
    outcome.idempotent = m_spec.idempotent;
    outcome.retryAfterSeconds = retryAfter;
    const RetryDecision decision = m_client->retryPolicy().decide(outcome);
    if (decision.retry) {
        qCInfo(lcApi).noquote() << m_spec.operation << decision.reason << "- retrying in" << decision.delayMs << "ms";
        scheduleRetry(decision.delayMs, decision.reason);
        return;
    }
    ApiResult result;
    result.error = error;
    result.httpStatus = status;
    finish(result);
}

void ApiCall::scheduleRetry(qint64 delayMs, const QString &reason)
{
    m_retryReason = reason;
    m_secondsRemaining = int((delayMs + 999) / 1000);
    Q_EMIT retrying(m_secondsRemaining, reason);
    if (m_finished)
        return; // cancelled from a slot
    m_retryTimer->start(scaled(delayMs));
    if (m_secondsRemaining > 1)
        m_countdown->start(std::max(1, scaled(1000)));
}

void ApiCall::waitForJob(const QString &jobId)
{
    qCInfo(lcApi).noquote() << m_spec.operation << "engine busy; waiting for job" << jobId;
    m_poller = m_client->pollJob(jobId, this);
    connect(m_poller, &JobPoller::progress, this, &ApiCall::jobProgress);
    connect(m_poller, &JobPoller::finished, this, [this](const Job &job, const ApiError &error) {
        if (m_poller)
            m_poller->deleteLater();
        if (!error.isError())
            Q_EMIT jobProgress(job);
        // Whatever the job ended with, the engine is free (or the job is unknown): repeat
        // the request unchanged; another 503 is handled like the first one.
        attempt();
    });
    Q_EMIT waitingForJob(jobId);
    if (!m_finished && m_poller)
        m_poller->start();
}

void ApiCall::finishParsed(ApiResult result, int status)
{
    result.httpStatus = status;
    if (result.error.isError()) {
        result.error.httpStatus = status;
        qCWarning(lcApi).noquote() << m_spec.operation << redactForLog(result.error.message);
    }
    finish(std::move(result));
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_retryTimer->stop();
    m_countdown->stop();
    m_result = std::move(result);
    if (m_result.error.isError())
        qCDebug(lcApi).noquote() << m_spec.operation << "failed:" << redactForLog(m_result.error.toString());
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace calib
