#include "api/tenantclient.h"

#include "api/apilog.h"
#include "api/cursorpager.h"
#include "api/jobpoller.h"
#include "api/responseparser.h"
#include "core/clock.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace calib {

namespace {

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

template<typename T> ApiResult resultFrom(const Parsed<T> &parsed)
{
    ApiResult result;
    if (parsed.ok())
        result.value = QVariant::fromValue(*parsed.value);
    else
        result.error = ApiError::make(ApiError::Kind::Protocol, QStringLiteral("malformed response: ") + parsed.error);
    return result;
}

const QString kWrite = QStringLiteral("agentassist:write");
const QString kCalibrate = QStringLiteral("sentiment:calibrate");
const QString kWebhook = QStringLiteral("webhook:manage");
const QString kAudit = QStringLiteral("audit:read");

} // namespace

const QStringList &TenantClient::requestedScopes()
{
    static const QStringList scopes = {kWrite, kCalibrate, kWebhook, kAudit};
    return scopes;
}

QString TenantClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool TenantClient::isValidIdempotencyKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

TenantClient::TenantClient(QNetworkAccessManager *network, Clock *clock, ConnectionConfig config,
                           TenantClientOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
    , m_config(std::move(config))
{
    setOptions(options);
}

TenantClient::~TenantClient() = default;

void TenantClient::setConfig(const ConnectionConfig &config)
{
    m_config = config;
    clearToken();
}

void TenantClient::setOptions(const TenantClientOptions &options)
{
    m_options = options;
    m_retryPolicy = RetryPolicy(m_options.retry, m_options.random);
}

bool TenantClient::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->now() < m_tokenExpiresAt;
}

QStringList TenantClient::missingScopes() const
{
    if (m_lastIssuedToken.isEmpty())
        return {};
    return notGranted(requestedScopes());
}

QStringList TenantClient::notGranted(const QStringList &required) const
{
    if (m_lastIssuedToken.isEmpty())
        return {};
    QStringList missing;
    for (const QString &scope : required) {
        if (!m_grantedScopes.contains(scope))
            missing.append(scope);
    }
    return missing;
}

void TenantClient::clearToken()
{
    const bool had = !m_token.isEmpty();
    m_token.clear();
    m_lastIssuedToken.clear();
    m_grantedScopes.clear();
    m_tokenExpiresAt = {};
    if (had)
        Q_EMIT tokenStateChanged();
}

void TenantClient::invalidateToken(const QString &token)
{
    // Only the token that was refused: a concurrent caller may already have a new one.
    if (!m_token.isEmpty() && m_token == token) {
        m_token.clear();
        Q_EMIT tokenStateChanged();
    }
}

QUrl TenantClient::urlFor(const RequestSpec &spec) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + spec.path, QUrl::StrictMode);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    return url;
}

ApiCall *TenantClient::startCall(RequestSpec spec)
{
    auto *call = new ApiCall(this, std::move(spec));
    const ApiError configError = m_config.validate();
    if (configError.isError())
        call->startWithError(configError);
    else
        call->start();
    return call;
}

void TenantClient::acquireToken(QObject *context, TokenCallback callback)
{
    if (hasValidToken()) {
        callback(m_token, {});
        return;
    }
    if (!m_tokenCall)
        m_tokenCall = startTokenRequest();
    connect(m_tokenCall, &ApiCall::finished, context, [this, callback](const ApiResult &result) {
        // The client's own handler ran first (it was connected first) and stored the token.
        if (result.ok())
            callback(m_lastIssuedToken, {});
        else
            callback({}, result.error);
    });
}

ApiCall *TenantClient::startTokenRequest()
{
    RequestSpec spec;
    spec.operation = QStringLiteral("issueToken");
    spec.verb = "POST";
    spec.path = QStringLiteral("/auth/token");
    spec.authenticated = false;
    spec.tokenEndpoint = true;
    spec.idempotent = true; // a lost token request is harmless to repeat
    spec.contentType = "application/x-www-form-urlencoded";
    QByteArray form = "grant_type=client_credentials&scope=" + formValue(requestedScopes().join(u' '));
    if (m_config.authMethod == ConnectionConfig::AuthMethod::HttpBasic) {
        const QByteArray credentials = formValue(m_config.clientId) + ':' + formValue(m_config.clientSecret);
        spec.headers.emplaceBack(QByteArray("Authorization"), "Basic " + credentials.toBase64());
    } else {
        form += "&client_id=" + formValue(m_config.clientId) + "&client_secret=" + formValue(m_config.clientSecret);
    }
    spec.body = form;
    spec.parse = [this](int, const QByteArray &body, QNetworkReply *) {
        QString token;
        Parsed<TokenInfo> parsed = ResponseParser::tokenResponse(body, &token);
        if (parsed.ok()) {
            m_pendingToken = token;
            parsed.value->expiresAt = m_clock->now().addSecs(parsed.value->expiresInSeconds);
            if (parsed.value->grantedScopes.isEmpty())
                parsed.value->grantedScopes = requestedScopes(); // RFC 6749 §5.1: omitted = as requested
        }
        return resultFrom(parsed);
    };
    ++m_tokenRequests;
    ApiCall *call = startCall(std::move(spec));
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) {
        if (m_tokenCall == call)
            m_tokenCall = nullptr;
        if (!result.ok()) {
            m_pendingToken.clear();
            qCWarning(lcApi).noquote() << "token request failed:" << redactForLog(result.error.toString());
            Q_EMIT tokenStateChanged();
            return;
        }
        const auto info = result.as<TokenInfo>();
        // The parser kept the token text aside; it never travels in an ApiResult.
        m_token = m_pendingToken;
        m_pendingToken.clear();
        m_lastIssuedToken = m_token;
        m_grantedScopes = info.grantedScopes;
        m_tokenExpiresAt = info.expiresAt.addSecs(-m_options.tokenSafetyMarginSeconds);
        qCInfo(lcApi).noquote() << "token obtained; scopes:" << m_grantedScopes.join(u' ') << "expires in"
                                << info.expiresInSeconds << "s";
        Q_EMIT tokenStateChanged();
    });
    return call;
}

ApiCall *TenantClient::issueToken()
{
    // A public request always yields a fresh token unless one is already being fetched.
    ApiCall *shared = m_tokenCall ? m_tokenCall.data() : startTokenRequest();
    m_tokenCall = shared;
    RequestSpec spec;
    spec.operation = QStringLiteral("issueToken");
    auto *call = new ApiCall(this, std::move(spec));
    connect(shared, &ApiCall::finished, call, [call](const ApiResult &result) { call->finish(result); });
    return call;
}

ApiCall *TenantClient::applyCalibration(const Calibration &calibration, const QString &idempotencyKey,
                                        PreferReturn prefer)
{
    RequestSpec spec;
    spec.operation = QStringLiteral("applyCalibration");
    spec.verb = "PUT";
    spec.path = QStringLiteral("/agentassist/sentiment/calibration");
    spec.body = toWireBytes(calibration);
    spec.contentType = "application/json";
    spec.headers.emplaceBack(QByteArray("X-Idempotency-Key"), idempotencyKey.toLatin1());
    spec.headers.emplaceBack(QByteArray("X-Format-Version"), "2.1");
    if (prefer == PreferReturn::Minimal)
        spec.headers.emplaceBack(QByteArray("Prefer"), "return=minimal");
    else if (prefer == PreferReturn::Representation)
        spec.headers.emplaceBack(QByteArray("Prefer"), "return=representation");
    spec.idempotent = true; // it carries its idempotency key
    spec.waitOutBusyJob = true;
    spec.requiredScopes = {kWrite, kCalibrate};
    spec.parse = [](int, const QByteArray &body, QNetworkReply *reply) {
        Parsed<AppliedCalibration> parsed = ResponseParser::appliedCalibration(body);
        if (parsed.ok())
            parsed.value->replayed = reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
        return resultFrom(parsed);
    };
    if (!isValidIdempotencyKey(idempotencyKey)) {
        auto *call = new ApiCall(this, std::move(spec));
        call->startWithError(
            ApiError::make(ApiError::Kind::InvalidInput,
                           QStringLiteral("the idempotency key must be 1..255 visible ASCII characters")));
        return call;
    }
    return startCall(std::move(spec));
}

ApiCall *TenantClient::getCalibration()
{
    RequestSpec spec;
    spec.operation = QStringLiteral("getCalibration");
    spec.verb = "GET";
    spec.path = QStringLiteral("/agentassist/sentiment/calibration");
    spec.idempotent = true;
    spec.extension = true;
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::calibrationInForce(body));
    };
    return startCall(std::move(spec));
}

ApiCall *TenantClient::getJob(const QString &jobId)
{
    RequestSpec spec;
    spec.operation = QStringLiteral("getJob");
    spec.verb = "GET";
    spec.path = QStringLiteral("/agentassist/sentiment/calibration/jobs/") + pathSegment(jobId);
    spec.idempotent = true;
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::job(body));
    };
    if (jobId.isEmpty()) {
        auto *call = new ApiCall(this, std::move(spec));
        call->startWithError(ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("no job id")));
        return call;
    }
    return startCall(std::move(spec));
}

ApiCall *TenantClient::registerWebhook(const WebhookRegistration &registration)
{
    QJsonObject object;
    object.insert(QStringLiteral("url"), registration.url.toString(QUrl::FullyEncoded));
    object.insert(QStringLiteral("events"), QJsonArray::fromStringList(registration.events));
    object.insert(QStringLiteral("secret"), registration.secret);
    object.insert(QStringLiteral("active"), registration.active);
    RequestSpec spec;
    spec.operation = QStringLiteral("registerWebhook");
    spec.verb = "POST";
    spec.path = QStringLiteral("/agentassist/webhooks");
    spec.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.requiredScopes = {kWebhook};
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::webhook(body));
    };
    return startCall(std::move(spec));
}

ApiCall *TenantClient::listWebhooks()
{
    RequestSpec spec;
    spec.operation = QStringLiteral("listWebhooks");
    spec.verb = "GET";
    spec.path = QStringLiteral("/agentassist/webhooks");
    spec.idempotent = true;
    spec.extension = true;
    spec.requiredScopes = {kWebhook};
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::webhookList(body));
    };
    return startCall(std::move(spec));
}

ApiCall *TenantClient::deleteWebhook(const QString &webhookId)
{
    RequestSpec spec;
    spec.operation = QStringLiteral("deleteWebhook");
    spec.verb = "DELETE";
    spec.path = QStringLiteral("/agentassist/webhooks/") + pathSegment(webhookId);
    spec.requiredScopes = {kWebhook};
    spec.parse = [](int, const QByteArray &, QNetworkReply *) {
        return ApiResult {};
    };
    // Not flagged as an extension: a 404 names an unknown id; a 405 is NotSupported anyway.
    return startCall(std::move(spec));
}

ApiCall *TenantClient::listAlerts(const AlertQuery &query)
{
    RequestSpec spec;
    spec.operation = QStringLiteral("listAlerts");
    spec.verb = "GET";
    spec.path = QStringLiteral("/agentassist/alerts");
    spec.idempotent = true;
    spec.extension = true;
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(query.cursor)));
    if (query.since.isValid())
        spec.query.addQueryItem(QStringLiteral("since"), rfc3339(query.since));
    spec.parseInBackground = true;
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::alertPage(body));
    };
    return startCall(std::move(spec));
}

ApiCall *TenantClient::listAuditEvents(const AuditQuery &query)
{
    RequestSpec spec;
    spec.operation = QStringLiteral("listAuditEvents");
    spec.verb = "GET";
    spec.path = QStringLiteral("/audit/sentiment/calibration");
    spec.idempotent = true;
    spec.requiredScopes = {kAudit};
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(query.cursor)));
    if (query.since.isValid())
        spec.query.addQueryItem(QStringLiteral("since"), rfc3339(query.since));
    if (query.until.isValid())
        spec.query.addQueryItem(QStringLiteral("until"), rfc3339(query.until));
    if (!query.actor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("actor"), QString::fromLatin1(QUrl::toPercentEncoding(query.actor)));
    spec.parseInBackground = true;
    spec.parse = [](int, const QByteArray &body, QNetworkReply *) {
        return resultFrom(ResponseParser::auditPage(body));
    };
    return startCall(std::move(spec));
}

CursorPager *TenantClient::auditPager(const AuditQuery &query, qint64 maxItems, QObject *parent)
{
    QPointer<TenantClient> self(this);
    auto *pager = new CursorPager(
        [self, query](const QString &cursor, int limit) -> ApiCall * {
            if (!self)
                return nullptr;
            AuditQuery q = query;
            q.cursor = cursor;
            q.limit = limit;
            return self->listAuditEvents(q);
        },
        query.limit, maxItems, parent);
    return pager;
}

CursorPager *TenantClient::alertPager(const AlertQuery &query, qint64 maxItems, QObject *parent)
{
    QPointer<TenantClient> self(this);
    return new CursorPager(
        [self, query](const QString &cursor, int limit) -> ApiCall * {
            if (!self)
                return nullptr;
            AlertQuery q = query;
            q.cursor = cursor;
            q.limit = limit;
            return self->listAlerts(q);
        },
        query.limit, maxItems, parent);
}

JobPoller *TenantClient::pollJob(const QString &jobId, QObject *parent)
{
    return new JobPoller(this, jobId, parent);
}

} // namespace calib
