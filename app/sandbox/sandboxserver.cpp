#include "sandbox/sandboxserver.h"

#include "core/calibrationdiff.h"
#include "core/clock.h"
#include "core/constraints.h"
#include "core/validation.h"
#include "core/wirejson.h"
#include "sandbox/alertsimulator.h"
#include "sandbox/auditlog.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpresponse.h"
#include "sandbox/idempotencystore.h"
#include "sandbox/lowdelaytcpserver.h"
#include "sandbox/pagecursor.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxsocket.h"
#include "sandbox/tenantstate.h"
#include "sandbox/tokenissuer.h"
#include "sandbox/webhookdispatcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <sys/socket.h>

namespace calib {

using namespace calib::sandbox;

namespace {

constexpr qint64 headerAllowance = 64 * 1024;
const QString apiPrefix = QStringLiteral("/api/v1");
const QByteArray bearerRealm = QByteArrayLiteral("Bearer realm=\"calibration-sandbox\"");

QString scopeWrite()
{
    return QStringLiteral("agentassist:write");
}
QString scopeCalibrate()
{
    return QStringLiteral("sentiment:calibrate");
}
QString scopeWebhooks()
{
    return QStringLiteral("webhook:manage");
}
QString scopeAudit()
{
    return QStringLiteral("audit:read");
}

enum class Route { None, Token, Calibration, Job, Webhooks, Webhook, Alerts, Audit };

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool hasHeader(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QString timestampToWire(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<qint64> timestampFromWire(const QString &text)
{
    // RFC 3339: a date, 'T', a time and an explicit offset (Z or +hh:mm).
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized.replace(QLatin1Char('t'), QLatin1Char('T')).replace(QLatin1Char('z'), QLatin1Char('Z'));
    const QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QByteArray retryAfterSeconds(qint64 ms)
{
    return QByteArray::number(std::max<qint64>(1, (ms + 999) / 1000));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString formDecode(const QByteArray &raw)
{
    QByteArray bytes = raw;
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

bool isVisibleAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7E; });
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse response = HttpResponse::json(
        status, QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse invalidParameter(const QString &message)
{
    return HttpResponse::error(400, message, QStringLiteral("invalid_parameter"));
}

struct Caller
{
    QString clientId;
    QStringList scopes;
};

struct PageParams
{
    int limit = 50;
    std::optional<qint64> afterSeq;
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    QString actor;
};

} // namespace

class SandboxServerPrivate
{
public:
    SandboxServerPrivate(SandboxServer *q, SandboxOptions opts);

    struct Reply
    {
        QPointer<QTcpSocket> socket;
        bool keepAlive = true;
        Fault fault = Fault::None;
        QByteArray method;
        QString path;
        QElapsedTimer timer;
    };

    void onSocketAccepted(QTcpSocket *socket);
    void checkParseFailure(QTcpSocket *socket);
    void rejectOversized(QTcpSocket *socket);
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void finish(Reply &reply, HttpResponse response);
    void writeWithFault(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, Fault fault);
    void resetConnection(QTcpSocket *socket);

    std::optional<HttpResponse> authenticate(const QHttpServerRequest &request, const QStringList &required,
                                             Caller *caller);
    std::optional<HttpResponse> otherRateLimit();
    std::optional<HttpResponse> parsePageParams(const QUrlQuery &query, const QByteArray &kind, bool withFilters,
                                                PageParams *params) const;

    HttpResponse handleToken(const QHttpServerRequest &request);
    // nullopt: the response is sent later (applyDelayMs).
    std::optional<HttpResponse> handlePutCalibration(const QHttpServerRequest &request, Reply &reply);
    HttpResponse handleGetCalibration(const QHttpServerRequest &request);
    HttpResponse handleGetJob(const QHttpServerRequest &request, const QString &jobId);
    HttpResponse handlePostWebhook(const QHttpServerRequest &request);
    HttpResponse handleListWebhooks(const QHttpServerRequest &request);
    HttpResponse handleDeleteWebhook(const QHttpServerRequest &request, const QString &webhookId);
    HttpResponse handleAlerts(const QHttpServerRequest &request);
    HttpResponse handleAudit(const QHttpServerRequest &request);

    HttpResponse applyCalibration(const Calibration &calibration, const QString &actor, const QString &key,
                                  bool representation);
    void auditRejected(const QString &actor, const QString &key, int status);
    void settle();
    void publishAlerts(const QList<SimulatedAlert> &alerts);
    void writeGroundTruth(bool rewrite, const QList<SimulatedAlert> &alerts);
    void scheduleSave();
    bool save(QString *error);
    bool load(QString *error);
    [[nodiscard]] QJsonObject stateToJson() const;

    SandboxServer *q;
    SandboxOptions options;
    const Clock *clock;
    std::unique_ptr<SandboxHttpServer> http;
    LowDelayTcpServer *tcp = nullptr;
    bool listening = false;
    quint16 port = 0;

    TenantState tenant;
    TokenIssuer tokens;
    RateLimiter putLimiter;
    RateLimiter otherLimiter;
    RateLimiter tokenLimiter;
    IdempotencyStore idempotency;
    AuditLog audit;
    AlertSimulator alerts;
    PageCursor cursors;
    FaultInjector faults;
    std::unique_ptr<WebhookDispatcher> webhooks;
    QTimer tickTimer;
    QTimer saveTimer;
    QHash<QTcpSocket *, qint64> received;
    QSet<QTcpSocket *> closing;
};

SandboxServerPrivate::SandboxServerPrivate(SandboxServer *qq, SandboxOptions opts)
    : q(qq)
    , options(std::move(opts))
    , clock(options.clock ? options.clock : Clock::system())
    , tokens(clock)
    , putLimiter(options.rateLimit)
    , otherLimiter(options.otherRateLimit)
    , tokenLimiter(options.otherRateLimit)
    , alerts(options.seed, options.alertIntervalMs)
    , cursors(QByteArray("calibration-sandbox-cursor-") + QByteArray::number(options.seed))
    , webhooks(std::make_unique<WebhookDispatcher>(clock))
{
    webhooks->setRetryPolicy(options.webhookMaxAttempts, options.webhookRetryBaseMs);
    QObject::connect(webhooks.get(), &WebhookDispatcher::deliveryFinished, q, &SandboxServer::webhookDeliveryFinished);
    tickTimer.setInterval(std::max(10, options.tickIntervalMs));
    QObject::connect(&tickTimer, &QTimer::timeout, q, [this]() { settle(); });
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(200);
    QObject::connect(&saveTimer, &QTimer::timeout, q, [this]() {
        QString error;
        if (!save(&error))
            Q_EMIT q->requestLogged(QStringLiteral("state: ") + error);
    });
}

// ---- connection handling -------------------------------------------------------------

void SandboxServerPrivate::onSocketAccepted(QTcpSocket *socket)
{
    received.insert(socket, 0);
    QObject::connect(socket, &QObject::destroyed, q, [this, socket]() {
        received.remove(socket);
        closing.remove(socket);
    });
    // Connected before Qt HTTP Server's own handler, so it sees each chunk first.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
        qint64 &count = received[socket];
        count += socket->bytesAvailable();
        if (count > options.maxBodyBytes + headerAllowance) {
            rejectOversized(socket);
            return;
        }
        QMetaObject::invokeMethod(
            socket, [this, socket]() { checkParseFailure(socket); }, Qt::QueuedConnection);
    });
}

// Qt HTTP Server 6.4 drops every signal connection of a socket whose bytes are not HTTP and
// leaves it open; answer 400 and close it instead, so garbage never piles up connections.
void SandboxServerPrivate::checkParseFailure(QTcpSocket *socket)
{
    const auto *guarded = qobject_cast<SandboxSocket *>(socket);
    if (!guarded || closing.contains(socket) || socket->state() != QAbstractSocket::ConnectedState
        || guarded->isReadyReadConnected())
        return;
    closing.insert(socket);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QObject::destroyed, q, [this, socket]() {
        received.remove(socket);
        closing.remove(socket);
    });
    const HttpResponse response
        = HttpResponse::error(400, QStringLiteral("malformed HTTP request"), QStringLiteral("bad_request"));
    socket->write(response.serialize(false));
    socket->disconnectFromHost();
    Q_EMIT q->requestLogged(QStringLiteral("- - 400 malformed HTTP request"));
}

void SandboxServerPrivate::rejectOversized(QTcpSocket *socket)
{
    if (closing.contains(socket))
        return;
    closing.insert(socket);
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setReadBufferSize(4096);
    const HttpResponse response
        = HttpResponse::error(413, QStringLiteral("request body exceeds %1 bytes").arg(options.maxBodyBytes),
                              QStringLiteral("payload_too_large"));
    socket->write(response.serialize(false));
    socket->disconnectFromHost();
    QTimer::singleShot(5000, socket, [socket]() { socket->abort(); });
    Q_EMIT q->requestLogged(QStringLiteral("- - 413 oversized request, connection closed"));
}

void SandboxServerPrivate::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout turns the close into a TCP RST.
    struct linger lingerOption
    {
        1, 0
    };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof(lingerOption));
    closing.insert(socket);
    socket->abort();
}

void SandboxServerPrivate::writeWithFault(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, Fault fault)
{
    switch (fault) {
    case Fault::Trickle: {
        const QByteArray bytes = response.serialize(keepAlive);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, offset, keepAlive]() {
            socket->write(bytes.mid(*offset, 64));
            *offset += 64;
            if (*offset >= bytes.size()) {
                timer->deleteLater();
                if (!keepAlive)
                    socket->disconnectFromHost();
            }
        });
        timer->start(std::max(1, options.faultTrickleIntervalMs));
        return;
    }
    case Fault::Truncated: {
        const QByteArray bytes = response.serialize(true);
        const qsizetype cut = bytes.size() - std::max<qsizetype>(1, response.body.size() / 2);
        socket->write(bytes.left(cut));
        closing.insert(socket);
        socket->disconnectFromHost();
        return;
    }
    case Fault::Malformed: {
        HttpResponse broken = response;
        broken.body = response.body.left(response.body.size() / 2) + QByteArrayLiteral("\",]}{<!-- garbled -->");
        broken.setHeader("Content-Type", "application/json");
        socket->write(broken.serialize(keepAlive));
        break;
    }
    default: socket->write(response.serialize(keepAlive)); break;
    }
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SandboxServerPrivate::finish(Reply &reply, HttpResponse response)
{
    QString line = QString::fromLatin1(reply.method) % QLatin1Char(' ') % reply.path % QLatin1Char(' ')
        % QString::number(response.status) % QLatin1Char(' ')
        % QString::number(double(reply.timer.nsecsElapsed()) / 1e6, 'f', 2) % QStringLiteral("ms");
    if (reply.fault != Fault::None)
        line += QStringLiteral(" fault=") + FaultInjector::name(reply.fault);
    if (reply.socket && reply.socket->state() == QAbstractSocket::ConnectedState)
        writeWithFault(reply.socket, response, reply.keepAlive, reply.fault);
    Q_EMIT q->requestLogged(line);
}

void SandboxServerPrivate::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply reply;
    reply.timer.start();
    reply.socket = socket;
    reply.method = methodName(request.method());
    reply.path = request.url().path();
    received[socket] = 0;
    reply.keepAlive = headerValue(request, "Connection").trimmed().compare("close", Qt::CaseInsensitive) != 0;

    settle();

    // Routing: 404 for unknown paths, 405 (with Allow) for a known path and wrong method.
    Route route = Route::None;
    QString parameter;
    QByteArray allow;
    const QString &path = reply.path;
    if (path.startsWith(apiPrefix + QLatin1Char('/'))) {
        const QStringList segments = path.mid(apiPrefix.size() + 1).split(QLatin1Char('/'));
        const auto is = [&segments](std::initializer_list<const char *> parts) {
            if (segments.size() != qsizetype(parts.size()))
                return false;
            qsizetype i = 0;
            for (const char *part : parts) {
                if (part && segments.at(i) != QLatin1StringView(part))
                    return false;
                if (!part && segments.at(i).isEmpty())
                    return false;
                ++i;
            }
            return true;
        };
        if (is({"auth", "token"})) {
            route = Route::Token;
            allow = "POST";
        } else if (is({"agentassist", "sentiment", "calibration"})) {
            route = Route::Calibration;
            allow = "GET, PUT";
        } else if (is({"agentassist", "sentiment", "calibration", "jobs", nullptr})) {
            route = Route::Job;
            allow = "GET";
            parameter = segments.constLast();
        } else if (is({"agentassist", "webhooks"})) {
            route = Route::Webhooks;
            allow = "GET, POST";
        } else if (is({"agentassist", "webhooks", nullptr})) {
            route = Route::Webhook;
            allow = "DELETE";
            parameter = segments.constLast();
        } else if (is({"agentassist", "alerts"})) {
            route = Route::Alerts;
            allow = "GET";
        } else if (is({"audit", "sentiment", "calibration"})) {
            route = Route::Audit;
            allow = "GET";
        }
    }
    if (route == Route::None) {
        finish(reply,
               HttpResponse::error(404, QStringLiteral("no such resource: ") + path, QStringLiteral("not_found")));
        return;
    }
    const QList<QByteArray> allowed = allow.split(',');
    if (std::none_of(allowed.cbegin(), allowed.cend(),
                     [&reply](const QByteArray &m) { return m.trimmed() == reply.method; })) {
        HttpResponse response = HttpResponse::error(
            405, QStringLiteral("method %1 not allowed on %2").arg(QString::fromLatin1(reply.method), path),
            QStringLiteral("method_not_allowed"));
        response.setHeader("Allow", allow);
        finish(reply, response);
        return;
    }

    reply.fault = faults.next(route == Route::Token);
    switch (reply.fault) {
    case Fault::Reset:
        Q_EMIT q->requestLogged(QString::fromLatin1(reply.method) % QLatin1Char(' ') % path
                                % QStringLiteral(" - fault=reset"));
        resetConnection(socket);
        return;
    case Fault::Stall:
        Q_EMIT q->requestLogged(QString::fromLatin1(reply.method) % QLatin1Char(' ') % path
                                % QStringLiteral(" - fault=stall"));
        closing.insert(socket);
        QTimer::singleShot(std::max(1, options.faultStallMs), socket, [socket]() { socket->abort(); });
        return;
    case Fault::Http500:
        finish(reply,
               HttpResponse::error(500, QStringLiteral("internal server error"), QStringLiteral("internal_error")));
        return;
    case Fault::Http502: {
        HttpResponse response;
        response.status = 502;
        response.setHeader("Content-Type", "text/html");
        response.body = QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
        finish(reply, response);
        return;
    }
    case Fault::Http429: {
        HttpResponse response
            = HttpResponse::error(429, QStringLiteral("rate limit exceeded"), QStringLiteral("rate_limited"));
        response.setHeader("Retry-After", "1");
        finish(reply, response);
        return;
    }
    case Fault::Http503: {
        HttpResponse response = HttpResponse::error(503, QStringLiteral("service temporarily unavailable"),
                                                    QStringLiteral("unavailable"));
        response.setHeader("Retry-After", "1");
        finish(reply, response);
        return;
    }
    default: break;
    }

    if (request.body().size() > options.maxBodyBytes) {
        finish(reply,
               HttpResponse::error(413, QStringLiteral("request body exceeds %1 bytes").arg(options.maxBodyBytes),
                                   QStringLiteral("payload_too_large")));
        return;
    }

    const QHttpServerRequest::Method method = request.method();
    switch (route) {
    case Route::Token: finish(reply, handleToken(request)); return;
    case Route::Calibration:
        if (method == QHttpServerRequest::Method::Put) {
            if (auto response = handlePutCalibration(request, reply))
                finish(reply, *response);
        } else {
            finish(reply, handleGetCalibration(request));
        }
        return;
    case Route::Job: finish(reply, handleGetJob(request, parameter)); return;
    case Route::Webhooks:
        finish(reply,
               method == QHttpServerRequest::Method::Post ? handlePostWebhook(request) : handleListWebhooks(request));
        return;
    case Route::Webhook: finish(reply, handleDeleteWebhook(request, parameter)); return;
    case Route::Alerts: finish(reply, handleAlerts(request)); return;
    case Route::Audit: finish(reply, handleAudit(request)); return;
    case Route::None: break;
    }
}

// ---- auth and limits -----------------------------------------------------------------

std::optional<HttpResponse> SandboxServerPrivate::authenticate(const QHttpServerRequest &request,
                                                               const QStringList &required, Caller *caller)
{
    const QByteArray authorization = headerValue(request, "Authorization").trimmed();
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty()) {
        HttpResponse response = HttpResponse::error(
            401, QStringLiteral("missing bearer token: send Authorization: Bearer <access_token>"),
            QStringLiteral("unauthorized"));
        response.setHeader("WWW-Authenticate", bearerRealm);
        return response;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto info = tokens.lookup(token);
    if (!info) {
        HttpResponse response
            = HttpResponse::error(401, QStringLiteral("invalid_token: the access token is unknown or has expired"),
                                  QStringLiteral("invalid_token"));
        response.setHeader("WWW-Authenticate",
                           bearerRealm
                               + ", error=\"invalid_token\", error_description=\"The access token is unknown or has "
                                 "expired\"");
        return response;
    }
    QStringList missing;
    for (const QString &scope : required) {
        if (!info->scopes.contains(scope))
            missing.append(scope);
    }
    if (!missing.isEmpty()) {
        HttpResponse response
            = HttpResponse::error(403, QStringLiteral("missing scope: ") + missing.join(QStringLiteral(", ")),
                                  QStringLiteral("insufficient_scope"),
                                  QJsonObject {{QStringLiteral("missing_scope"), missing.join(QLatin1Char(' '))}});
        response.setHeader("WWW-Authenticate",
                           bearerRealm + ", error=\"insufficient_scope\", scope=\""
                               + required.join(QLatin1Char(' ')).toLatin1() + '"');
        return response;
    }
    if (caller) {
        caller->clientId = info->clientId;
        caller->scopes = info->scopes;
    }
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServerPrivate::otherRateLimit()
{
    if (const auto wait = otherLimiter.tryAcquire(clock->nowMs())) {
        HttpResponse response = HttpResponse::error(
            429, QStringLiteral("rate limit exceeded: %1 requests per 60 s").arg(otherLimiter.limit()),
            QStringLiteral("rate_limited"));
        response.setHeader("Retry-After", retryAfterSeconds(*wait));
        return response;
    }
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServerPrivate::parsePageParams(const QUrlQuery &query, const QByteArray &kind,
                                                                  bool withFilters, PageParams *params) const
{
    const auto value = [&query](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        const QString text = value(QStringLiteral("limit"));
        const int limit = digits.match(text).hasMatch() ? text.toInt() : 0;
        if (limit < 1 || limit > 200)
            return invalidParameter(QStringLiteral("limit must be an integer from 1 to 200"));
        params->limit = limit;
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto seq = cursors.decode(kind, value(QStringLiteral("cursor")));
        const bool known = seq && (kind == "audit" ? audit.containsSeq(*seq) : alerts.containsSeq(*seq));
        if (!known)
            return HttpResponse::error(400, QStringLiteral("unknown or malformed cursor"),
                                       QStringLiteral("invalid_cursor"));
        params->afterSeq = seq;
    }
    if (withFilters && !options.auditFilters) {
        for (const char *key : {"since", "until", "actor"}) {
            if (query.hasQueryItem(QLatin1StringView(key)))
                return invalidParameter(
                    QStringLiteral("%1 is not supported by this tenant").arg(QLatin1StringView(key)));
        }
    }
    if (query.hasQueryItem(QStringLiteral("since"))) {
        params->sinceMs = timestampFromWire(value(QStringLiteral("since")));
        if (!params->sinceMs)
            return invalidParameter(QStringLiteral("since must be an RFC 3339 timestamp such as 2026-11-24T09:15:00Z"));
    }
    if (withFilters && query.hasQueryItem(QStringLiteral("until"))) {
        params->untilMs = timestampFromWire(value(QStringLiteral("until")));
        if (!params->untilMs)
            return invalidParameter(QStringLiteral("until must be an RFC 3339 timestamp such as 2026-11-24T09:15:00Z"));
    }
    if (withFilters && query.hasQueryItem(QStringLiteral("actor")))
        params->actor = value(QStringLiteral("actor"));
    return std::nullopt;
}

// ---- endpoints -----------------------------------------------------------------------

HttpResponse SandboxServerPrivate::handleToken(const QHttpServerRequest &request)
{
    if (mediaType(headerValue(request, "Content-Type")) != "application/x-www-form-urlencoded")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("the token request must be application/x-www-form-urlencoded"));
    QHash<QString, QString> form;
    for (const QByteArray &pair : request.body().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = formDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
        if (form.contains(name))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("parameter %1 is repeated").arg(name));
        form.insert(name, value);
    }
    if (!form.contains(QStringLiteral("grant_type")))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));

    // Client authentication: HTTP Basic or form fields (RFC 6749 §2.3.1), not both.
    const QByteArray authorization = headerValue(request, "Authorization").trimmed();
    const bool basic = authorization.startsWith("Basic ");
    QString clientId;
    QString clientSecret;
    if (basic) {
        if (form.contains(QStringLiteral("client_secret")))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("use exactly one client authentication method"));
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            clientId = formDecode(decoded.left(colon));
            clientSecret = formDecode(decoded.mid(colon + 1));
        }
    } else {
        clientId = form.value(QStringLiteral("client_id"));
        clientSecret = form.value(QStringLiteral("client_secret"));
    }
    const bool idOk = constantTimeEquals(clientId.toUtf8(), options.clientId.toUtf8());
    const bool secretOk = constantTimeEquals(clientSecret.toUtf8(), options.clientSecret.toUtf8());
    if (clientId.isEmpty() || !idOk || !secretOk) {
        HttpResponse response
            = oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
        if (basic)
            response.setHeader("WWW-Authenticate", "Basic realm=\"calibration-sandbox\"");
        return response;
    }
    if (form.value(QStringLiteral("grant_type")) != QLatin1StringView("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("only the client_credentials grant is supported"));

    QStringList granted = options.scopes;
    if (form.contains(QStringLiteral("scope"))) {
        const QStringList requested = form.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!requested.isEmpty()) {
            granted.removeIf([&requested](const QString &scope) { return !requested.contains(scope); });
            if (granted.isEmpty())
                return oauthError(400, QStringLiteral("invalid_scope"),
                                  QStringLiteral("none of the requested scopes is available to this client"));
        }
    }
    if (const auto wait = tokenLimiter.tryAcquire(clock->nowMs())) {
        HttpResponse response
            = HttpResponse::error(429, QStringLiteral("too many token requests"), QStringLiteral("rate_limited"));
        response.setHeader("Retry-After", retryAfterSeconds(*wait));
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    const QString token = tokens.issue(clientId, granted, options.tokenTtlSeconds);
    HttpResponse response = HttpResponse::json(200,
                                               QJsonObject {
                                                   {QStringLiteral("access_token"), token},
                                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                   {QStringLiteral("expires_in"), options.tokenTtlSeconds},
                                                   {QStringLiteral("scope"), granted.join(QLatin1Char(' '))},
                                               });
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

void SandboxServerPrivate::auditRejected(const QString &actor, const QString &key, int status)
{
    AuditEvent event;
    event.timestampMs = clock->nowMs();
    event.actor = actor;
    event.action = AuditAction::CalibrationRejected;
    event.idempotencyKey = key;
    event.statusCode = status;
    audit.append(std::move(event));
    scheduleSave();
}

std::optional<HttpResponse> SandboxServerPrivate::handlePutCalibration(const QHttpServerRequest &request, Reply &reply)
{
    Caller caller;
    if (auto denied = authenticate(request, {scopeWrite(), scopeCalibrate()}, &caller))
        return denied;
    const qint64 now = clock->nowMs();
    const QString key = QString::fromUtf8(headerValue(request, "X-Idempotency-Key"));
    const auto reject = [this, &caller, &key](HttpResponse response) {
        auditRejected(caller.clientId, key, response.status);
        return response;
    };

    if (!hasHeader(request, "X-Format-Version"))
        return reject(
            HttpResponse::error(400, QStringLiteral("X-Format-Version header is required (this tenant accepts 2.1)"),
                                QStringLiteral("missing_format_version")));
    const QByteArray format = headerValue(request, "X-Format-Version").trimmed();
    if (format != constraints::formatVersionHeader)
        return reject(HttpResponse::error(400,
                                          QStringLiteral("unsupported X-Format-Version \"%1\": this tenant accepts 2.1")
                                              .arg(QString::fromLatin1(format)),
                                          QStringLiteral("unsupported_format_version")));
    if (!hasHeader(request, "X-Idempotency-Key") || key.isEmpty())
        return reject(HttpResponse::error(400, QStringLiteral("X-Idempotency-Key header is required"),
                                          QStringLiteral("missing_idempotency_key")));
    if (key.size() > 255 || !isVisibleAscii(key))
        return reject(HttpResponse::error(400,
                                          QStringLiteral("X-Idempotency-Key must be 1 to 255 visible ASCII characters"),
                                          QStringLiteral("invalid_idempotency_key")));
    if (mediaType(headerValue(request, "Content-Type")) != "application/json")
        return reject(HttpResponse::error(415, QStringLiteral("Content-Type must be application/json"),
                                          QStringLiteral("unsupported_media_type")));

    const QByteArray body = request.body();
    const auto strict = parseStrictJson(body);
    // Same payload = same JSON value (key order and whitespace do not matter).
    QByteArray canonical = body;
    if (strict.ok() && strict.value->isObject())
        canonical = QJsonDocument(strict.value->toObject()).toJson(QJsonDocument::Compact);
    else if (strict.ok() && strict.value->isArray())
        canonical = QJsonDocument(strict.value->toArray()).toJson(QJsonDocument::Compact);

    const auto lookup = idempotency.begin(key, canonical, now);
    switch (lookup.outcome) {
    case IdempotencyStore::Outcome::Mismatch:
        return reject(HttpResponse::error(422, QStringLiteral("idempotency key reused with a different payload"),
                                          QStringLiteral("idempotency_key_reused")));
    case IdempotencyStore::Outcome::InFlight:
        return reject(
            HttpResponse::error(409, QStringLiteral("a request with this idempotency key is still being processed"),
                                QStringLiteral("idempotency_in_flight")));
    case IdempotencyStore::Outcome::Replay: {
        HttpResponse response;
        response.status = lookup.entry.status;
        response.body = lookup.entry.responseBody;
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Idempotent-Replayed", "true");
        return response;
    }
    case IdempotencyStore::Outcome::New: break;
    }
    const auto abandon = [this, &key, &reject](HttpResponse response) {
        idempotency.abandon(key);
        return reject(std::move(response));
    };

    if (const auto wait = putLimiter.tryAcquire(now)) {
        HttpResponse response = HttpResponse::error(
            429, QStringLiteral("rate limit exceeded: %1 calibration requests per 60 s").arg(putLimiter.limit()),
            QStringLiteral("rate_limited"));
        response.setHeader("Retry-After", retryAfterSeconds(*wait));
        return abandon(response);
    }
    if (const CalibrationJob *active = tenant.activeReweight(now)) {
        HttpResponse response
            = HttpResponse::error(503, QStringLiteral("AI engine busy: model reweight in progress"),
                                  QStringLiteral("engine_busy"), QJsonObject {{QStringLiteral("job_id"), active->id}});
        response.setHeader("Retry-After", retryAfterSeconds(active->createdMs + active->durationMs - now));
        return abandon(response);
    }

    if (!strict.ok()) {
        // Well-formed JSON that the strict reader refuses (a duplicate key) is a schema error
        // with its path; anything a JSON parser cannot read at all is malformed.
        QJsonParseError syntax;
        QJsonDocument::fromJson(body, &syntax);
        if (syntax.error == QJsonParseError::NoError) {
            QList<Violation> pathed;
            for (const ParseError &error : strict.errors)
                pathed.append(Violation {error.path, error.message, Severity::Error});
            return abandon(HttpResponse::json(400, validationErrorBody(pathed)));
        }
        const ParseError first = strict.errors.isEmpty() ? ParseError {} : strict.errors.constFirst();
        return abandon(HttpResponse::error(400, QStringLiteral("malformed JSON: ") + first.toString(),
                                           QStringLiteral("malformed_json")));
    }
    const auto parsed = calibrationFromBytes(body);
    QList<Violation> violations;
    for (const ParseError &error : parsed.errors)
        violations.append(Violation {error.path, error.message, Severity::Error});
    if (parsed.value && violations.isEmpty())
        violations = validate(*parsed.value).errors();
    if (!parsed.value || !violations.isEmpty())
        return abandon(HttpResponse::json(400, validationErrorBody(violations)));

    const bool representation = headerValue(request, "Prefer").contains("return=representation");
    const Calibration calibration = *parsed.value;
    if (options.applyDelayMs <= 0)
        return applyCalibration(calibration, caller.clientId, key, representation);

    // Emulated processing time: the key stays in flight until the answer is sent.
    auto deferred = std::make_shared<Reply>(std::move(reply));
    QTimer::singleShot(options.applyDelayMs, q, [this, deferred, calibration, caller, key, representation]() {
        finish(*deferred, applyCalibration(calibration, caller.clientId, key, representation));
    });
    return std::nullopt;
}

HttpResponse SandboxServerPrivate::applyCalibration(const Calibration &requested, const QString &actor,
                                                    const QString &key, bool representation)
{
    const qint64 now = clock->nowMs();
    settle();
    Calibration calibration = requested;
    const bool reweight = calibration.triggerModelReweight;
    calibration.triggerModelReweight = false; // an instruction, not part of the state in force
    const Calibration previous = tenant.calibration();
    const int version = tenant.apply(calibration, now);
    CalibrationJob &job = tenant.createJob(reweight, now, qint64(options.reweightSeconds * 1000.0));
    job.actor = actor;
    job.calibrationId = tenant.calibrationId();
    job.version = version;
    const QString jobId = job.id;

    QJsonObject body {
        {QStringLiteral("calibration_id"), tenant.calibrationId()},
        {QStringLiteral("version"), version},
        {QStringLiteral("job_id"), jobId},
        {QStringLiteral("status"), reweight ? QStringLiteral("queued") : QStringLiteral("completed")},
        {QStringLiteral("applied_at"), timestampToWire(now)},
    };
    if (representation)
        body.insert(QStringLiteral("calibration"), toWireJson(calibration));
    HttpResponse response = HttpResponse::json(200, body);
    if (representation)
        response.setHeader("Preference-Applied", "return=representation");
    idempotency.complete(key, 200, response.body);
    idempotency.recordApplied(key);

    AuditEvent applied;
    applied.timestampMs = now;
    applied.actor = actor;
    applied.action = AuditAction::CalibrationApplied;
    applied.calibrationId = tenant.calibrationId();
    applied.version = version;
    applied.jobId = jobId;
    applied.idempotencyKey = key;
    applied.statusCode = 200;
    applied.changes = changesToJson(diff(previous, calibration));
    audit.append(std::move(applied));
    if (reweight) {
        AuditEvent started;
        started.timestampMs = now;
        started.actor = actor;
        started.action = AuditAction::ReweightStarted;
        started.calibrationId = tenant.calibrationId();
        started.version = version;
        started.jobId = jobId;
        audit.append(std::move(started));
    }
    webhooks->dispatch(QStringLiteral("sentiment.calibration.updated"),
                       QJsonObject {{QStringLiteral("calibration_id"), tenant.calibrationId()},
                                    {QStringLiteral("version"), version},
                                    {QStringLiteral("calibration"), toWireJson(calibration)}});
    scheduleSave();
    return response;
}

HttpResponse SandboxServerPrivate::handleGetCalibration(const QHttpServerRequest &request)
{
    if (auto denied = authenticate(request, {}, nullptr))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    return HttpResponse::json(200,
                              QJsonObject {
                                  {QStringLiteral("calibration_id"), tenant.calibrationId()},
                                  {QStringLiteral("version"), tenant.version()},
                                  {QStringLiteral("applied_at"), timestampToWire(tenant.appliedAtMs())},
                                  {QStringLiteral("calibration"), toWireJson(tenant.calibration())},
                              });
}

HttpResponse SandboxServerPrivate::handleGetJob(const QHttpServerRequest &request, const QString &jobId)
{
    if (auto denied = authenticate(request, {}, nullptr))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    const CalibrationJob *job = tenant.job(jobId);
    if (!job)
        return HttpResponse::error(404, QStringLiteral("unknown job: ") + jobId, QStringLiteral("not_found"));
    const JobSnapshot snapshot = TenantState::snapshot(*job, clock->nowMs());
    return HttpResponse::json(200,
                              QJsonObject {
                                  {QStringLiteral("job_id"), job->id},
                                  {QStringLiteral("status"), TenantState::statusToWire(snapshot.status)},
                                  {QStringLiteral("progress"), snapshot.progress},
                                  {QStringLiteral("created_at"), timestampToWire(job->createdMs)},
                                  {QStringLiteral("updated_at"), timestampToWire(snapshot.updatedMs)},
                              });
}

HttpResponse SandboxServerPrivate::handlePostWebhook(const QHttpServerRequest &request)
{
    Caller caller;
    if (auto denied = authenticate(request, {scopeWebhooks()}, &caller))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    if (mediaType(headerValue(request, "Content-Type")) != "application/json")
        return HttpResponse::error(415, QStringLiteral("Content-Type must be application/json"),
                                   QStringLiteral("unsupported_media_type"));
    const auto parsed = parseStrictJson(request.body());
    if (!parsed.ok()) {
        const ParseError first = parsed.errors.isEmpty() ? ParseError {} : parsed.errors.constFirst();
        return HttpResponse::error(400, QStringLiteral("malformed JSON: ") + first.toString(),
                                   QStringLiteral("malformed_json"));
    }
    QList<Violation> violations;
    const auto violation = [&violations](const QString &path, const QString &message) {
        violations.append(Violation {path, message, Severity::Error});
    };
    if (!parsed.value->isObject()) {
        violation(QString(), QStringLiteral("expected a JSON object"));
        return HttpResponse::json(400, validationErrorBody(violations));
    }
    const QJsonObject object = parsed.value->toObject();
    static const QStringList known {QStringLiteral("url"), QStringLiteral("events"), QStringLiteral("secret"),
                                    QStringLiteral("active")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            violation(it.key(), QStringLiteral("unknown field"));
    }
    QUrl url;
    const QJsonValue urlValue = object.value(QStringLiteral("url"));
    if (urlValue.isUndefined()) {
        violation(QStringLiteral("url"), QStringLiteral("is required"));
    } else if (!urlValue.isString()) {
        violation(QStringLiteral("url"), QStringLiteral("expected a string"));
    } else {
        url = QUrl(urlValue.toString(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")))
            violation(QStringLiteral("url"), QStringLiteral("must be an absolute https URL"));
        else if (scheme == QLatin1StringView("http") && !isLoopbackHost(url.host()))
            violation(QStringLiteral("url"), QStringLiteral("must use https (plain http only to a loopback host)"));
    }
    QStringList events;
    const QJsonValue eventsValue = object.value(QStringLiteral("events"));
    if (eventsValue.isUndefined()) {
        violation(QStringLiteral("events"), QStringLiteral("is required"));
    } else if (!eventsValue.isArray()) {
        violation(QStringLiteral("events"), QStringLiteral("expected an array"));
    } else if (eventsValue.toArray().isEmpty()) {
        violation(QStringLiteral("events"), QStringLiteral("must name at least one event"));
    } else {
        const QJsonArray array = eventsValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("events[%1]").arg(i);
            const QString event = array.at(i).toString();
            if (!array.at(i).isString())
                violation(path, QStringLiteral("expected a string"));
            else if (!WebhookDispatcher::eventTypes().contains(event))
                violation(path,
                          QStringLiteral("must be one of ")
                              + WebhookDispatcher::eventTypes().join(QStringLiteral(", ")));
            else if (events.contains(event))
                violation(path, QStringLiteral("duplicate event"));
            else
                events.append(event);
        }
    }
    QString secret;
    const QJsonValue secretValue = object.value(QStringLiteral("secret"));
    if (secretValue.isUndefined()) {
        violation(QStringLiteral("secret"), QStringLiteral("is required"));
    } else if (!secretValue.isString()) {
        violation(QStringLiteral("secret"), QStringLiteral("expected a string"));
    } else {
        secret = secretValue.toString();
        // JSON Schema counts characters (code points), not UTF-16 units.
        const auto characters = QStringView(secret).toUcs4().size();
        if (characters < 8 || characters > 256)
            violation(QStringLiteral("secret"), QStringLiteral("must be 8 to 256 characters"));
    }
    bool active = true;
    const QJsonValue activeValue = object.value(QStringLiteral("active"));
    if (!activeValue.isUndefined()) {
        if (!activeValue.isBool())
            violation(QStringLiteral("active"), QStringLiteral("expected a boolean"));
        else
            active = activeValue.toBool();
    }
    if (!violations.isEmpty())
        return HttpResponse::json(400, validationErrorBody(violations));

    const Webhook webhook = webhooks->add(url, events, secret, active);
    AuditEvent event;
    event.timestampMs = clock->nowMs();
    event.actor = caller.clientId;
    event.action = AuditAction::WebhookRegistered;
    event.changes = QJsonObject {{QStringLiteral("webhook_id"), webhook.id},
                                 {QStringLiteral("url"), webhook.url.toString(QUrl::FullyEncoded)}};
    audit.append(std::move(event));
    scheduleSave();
    HttpResponse response = HttpResponse::json(201, WebhookDispatcher::toJson(webhook));
    response.setHeader("Location", (apiPrefix + QStringLiteral("/agentassist/webhooks/") + webhook.id).toUtf8());
    return response;
}

HttpResponse SandboxServerPrivate::handleListWebhooks(const QHttpServerRequest &request)
{
    if (auto denied = authenticate(request, {scopeWebhooks()}, nullptr))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    QJsonArray items;
    for (const auto &webhook : webhooks->webhooks())
        items.append(WebhookDispatcher::toJson(webhook));
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("items"), items}});
}

HttpResponse SandboxServerPrivate::handleDeleteWebhook(const QHttpServerRequest &request, const QString &webhookId)
{
    Caller caller;
    if (auto denied = authenticate(request, {scopeWebhooks()}, &caller))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    if (!webhooks->remove(webhookId))
        return HttpResponse::error(404, QStringLiteral("unknown webhook: ") + webhookId, QStringLiteral("not_found"));
    AuditEvent event;
    event.timestampMs = clock->nowMs();
    event.actor = caller.clientId;
    event.action = AuditAction::WebhookDeleted;
    event.changes = QJsonObject {{QStringLiteral("webhook_id"), webhookId}};
    audit.append(std::move(event));
    scheduleSave();
    return HttpResponse::empty(204);
}

HttpResponse SandboxServerPrivate::handleAlerts(const QHttpServerRequest &request)
{
    if (auto denied = authenticate(request, {}, nullptr))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    PageParams params;
    if (auto invalid = parsePageParams(request.query(), "alerts", false, &params))
        return *invalid;
    QJsonArray items;
    qint64 index = alerts.size() - 1;
    if (params.afterSeq)
        index = std::min(index, *params.afterSeq - 2);
    qint64 lastSeq = 0;
    for (; index >= 0 && items.size() < params.limit; --index) {
        const SimulatedAlert &alert = alerts.at(index);
        if (params.sinceMs && alert.triggeredAtMs < *params.sinceMs) {
            index = -1;
            break;
        }
        items.append(AlertSimulator::toJson(alert));
        lastSeq = alert.seq;
    }
    const bool more = index >= 0 && !(params.sinceMs && alerts.at(index).triggeredAtMs < *params.sinceMs);
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("items"), items},
                                           {QStringLiteral("next_cursor"),
                                            more && lastSeq > 0 ? QJsonValue(cursors.encode("alerts", lastSeq))
                                                                : QJsonValue(QJsonValue::Null)}});
}

HttpResponse SandboxServerPrivate::handleAudit(const QHttpServerRequest &request)
{
    if (auto denied = authenticate(request, {scopeAudit()}, nullptr))
        return *denied;
    if (auto limited = otherRateLimit())
        return *limited;
    PageParams params;
    if (auto invalid = parsePageParams(request.query(), "audit", true, &params))
        return *invalid;
    AuditQuery query;
    query.limit = params.limit;
    query.afterSeq = params.afterSeq;
    query.sinceMs = params.sinceMs;
    query.untilMs = params.untilMs;
    query.actor = params.actor;
    const AuditPage page = audit.page(query);
    HttpResponse response;
    response.setHeader("Content-Type", "application/json");
    response.body.reserve(page.indexes.size() * 320 + 64);
    response.body += "{\"items\":[";
    for (qsizetype i = 0; i < page.indexes.size(); ++i) {
        if (i > 0)
            response.body += ',';
        AuditLog::appendJson(response.body, audit.at(page.indexes.at(i)));
    }
    response.body += "],\"next_cursor\":";
    if (page.nextAfterSeq)
        response.body += '"' + cursors.encode("audit", *page.nextAfterSeq).toLatin1() + '"';
    else
        response.body += "null";
    response.body += '}';
    return response;
}

// ---- simulation, persistence ---------------------------------------------------------

void SandboxServerPrivate::settle()
{
    const qint64 now = clock->nowMs();
    bool changed = false;
    const QList<CalibrationJob> finished = tenant.takeFinishedReweights(now);
    for (const CalibrationJob &job : finished) {
        AuditEvent event;
        event.timestampMs = job.createdMs + job.durationMs;
        event.actor = job.actor;
        event.action = AuditAction::ReweightCompleted;
        event.calibrationId = job.calibrationId;
        event.version = job.version;
        event.jobId = job.id;
        audit.append(std::move(event));
        changed = true;
    }
    const QList<SimulatedAlert> fired = alerts.advanceTo(now, tenant.calibration(), tenant.version());
    if (!fired.isEmpty()) {
        publishAlerts(fired);
        changed = true;
    }
    if (changed)
        scheduleSave();
}

void SandboxServerPrivate::publishAlerts(const QList<SimulatedAlert> &fired)
{
    writeGroundTruth(false, fired);
    // After a long pause only the most recent alerts are delivered to webhooks.
    const qsizetype first = std::max<qsizetype>(0, fired.size() - 100);
    for (qsizetype i = first; i < fired.size(); ++i)
        webhooks->dispatch(QStringLiteral("agentassist.alert.triggered"), AlertSimulator::toJson(fired.at(i)));
}

void SandboxServerPrivate::writeGroundTruth(bool rewrite, const QList<SimulatedAlert> &fired)
{
    if (options.groundTruthFile.isEmpty())
        return;
    QFile file(options.groundTruthFile);
    if (!file.open(rewrite ? (QIODevice::WriteOnly | QIODevice::Truncate) : (QIODevice::WriteOnly | QIODevice::Append)))
        return;
    QByteArray out;
    if (rewrite) {
        for (qint64 i = 0; i < alerts.size(); ++i)
            out += AlertSimulator::groundTruthLine(alerts.at(i));
    } else {
        for (const auto &alert : fired)
            out += AlertSimulator::groundTruthLine(alert);
    }
    file.write(out);
}

void SandboxServerPrivate::scheduleSave()
{
    if (!options.stateFile.isEmpty() && !saveTimer.isActive())
        saveTimer.start();
}

QJsonObject SandboxServerPrivate::stateToJson() const
{
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("calibration-sandbox-state")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("tenant"), tenant.toJson()},
        {QStringLiteral("webhooks"), webhooks->stateToJson()},
        {QStringLiteral("idempotency"), idempotency.toJson()},
        {QStringLiteral("audit"), audit.toJsonArray()},
        {QStringLiteral("alerts"), alerts.stateToJson()},
    };
}

bool SandboxServerPrivate::save(QString *error)
{
    if (options.stateFile.isEmpty())
        return true;
    saveTimer.stop();
    QSaveFile file(options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(options.stateFile, file.errorString());
        return false;
    }
    file.write(QJsonDocument(stateToJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(options.stateFile, file.errorString());
        return false;
    }
    // It holds webhook secrets: owner only.
    QFile::setPermissions(options.stateFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool SandboxServerPrivate::load(QString *error)
{
    QFile file(options.stateFile);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(options.stateFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")) != QLatin1StringView("calibration-sandbox-state")) {
        if (error)
            *error = QStringLiteral("%1 is not a calibration-sandbox state file").arg(options.stateFile);
        return false;
    }
    tenant.fromJson(root.value(QStringLiteral("tenant")).toObject());
    webhooks->stateFromJson(root.value(QStringLiteral("webhooks")).toArray());
    idempotency.fromJson(root.value(QStringLiteral("idempotency")).toArray());
    audit.fromJsonArray(root.value(QStringLiteral("audit")).toArray());
    alerts.stateFromJson(root.value(QStringLiteral("alerts")).toObject());
    return true;
}

// ---- SandboxServer -------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this, std::move(options)))
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    if (d->listening)
        return true;
    QString message;
    auto injector = FaultInjector::create(d->options.seed, d->options.faultRate, d->options.faults, &message);
    if (!injector) {
        if (error)
            *error = message;
        return false;
    }
    d->faults = *injector;
    if (!d->options.allowRemote && !d->options.host.isLoopback()) {
        if (error)
            *error = tr("refusing to listen on %1: not a loopback address (allow remote access explicitly)")
                         .arg(d->options.host.toString());
        return false;
    }

    bool loaded = false;
    if (!d->options.stateFile.isEmpty() && QFile::exists(d->options.stateFile)) {
        if (!d->load(&message)) {
            if (error)
                *error = message;
            return false;
        }
        loaded = true;
    }
    if (!loaded && d->audit.size() == 0 && d->alerts.size() == 0) {
        const qint64 now = d->clock->nowMs();
        d->tenant.setOrigin(now);
        d->alerts.setOrigin(now);
        // The seeded applies are the versions before the one in force.
        const AuditLog::SeededHistory history = d->audit.seed(d->options.seedAudit, now, d->options.seed, d->tenant.calibration());
        if (history.version > 0)
            d->tenant.setHistory(history.version, history.lastAppliedMs);
        d->alerts.seedHistory(d->options.seedAlerts, d->tenant.calibration(), d->tenant.version());
    }
    d->writeGroundTruth(true, {});

    d->http = std::make_unique<SandboxHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->handle(request, socket); });
    d->tcp = new LowDelayTcpServer;
    connect(d->tcp, &LowDelayTcpServer::socketAccepted, this,
            [this](QTcpSocket *socket) { d->onSocketAccepted(socket); });
    if (!d->tcp->listen(d->options.host, d->options.port)) {
        if (error)
            *error = tr("could not listen on %1:%2: %3")
                         .arg(d->options.host.toString())
                         .arg(d->options.port)
                         .arg(d->tcp->errorString());
        delete d->tcp;
        d->tcp = nullptr;
        d->http.reset();
        return false;
    }
    d->http->bind(d->tcp);
    d->port = d->tcp->serverPort();
    d->listening = true;
    d->tickTimer.start();
    d->scheduleSave();
    return true;
}

void SandboxServer::stop()
{
    if (!d->listening)
        return;
    d->tickTimer.stop();
    d->listening = false;
    QString error;
    d->save(&error);
    d->tcp->close();
    const auto sockets = d->tcp->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    d->http.reset();
    d->tcp = nullptr;
    d->received.clear();
    d->closing.clear();
}

bool SandboxServer::isListening() const
{
    return d->listening;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.host.toString());
    url.setPort(d->port);
    url.setPath(apiPrefix);
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

Calibration SandboxServer::calibrationInForce() const
{
    return d->tenant.calibration();
}

int SandboxServer::version() const
{
    return d->tenant.version();
}

int SandboxServer::appliedCountForKey(const QString &idempotencyKey) const
{
    return d->idempotency.appliedCount(idempotencyKey);
}

void SandboxServer::triggerAlert()
{
    d->settle();
    const SimulatedAlert alert = d->alerts.fireNow(d->clock->nowMs(), d->tenant.calibration(), d->tenant.version());
    d->publishAlerts({alert});
    d->scheduleSave();
}

void SandboxServer::advance()
{
    d->settle();
}

qint64 SandboxServer::auditEventCount() const
{
    return d->audit.size();
}

qint64 SandboxServer::alertCount() const
{
    return d->alerts.size();
}

int SandboxServer::pendingWebhookDeliveries() const
{
    return d->webhooks->pendingDeliveries();
}

bool SandboxServer::saveState(QString *error)
{
    return d->save(error);
}

} // namespace calib
