#include "api/responseparser.h"

#include "api/retryafter.h"
#include "core/rfc3339.h"
#include "core/wirejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace calib {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
constexpr qsizetype kMaxMessageLength = 500;

// Reads fields of one JSON object, remembering the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    { }

    [[nodiscard]] QString fieldPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    bool fail(const QString &key, const QString &message) const
    {
        if (m_error->isEmpty())
            *m_error = fieldPath(key) + QStringLiteral(": ") + message;
        return false;
    }

    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    QString string(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("expected a string"));
            return {};
        }
        return v.toString();
    }

    QString nonEmptyString(const QString &key) const
    {
        const QString s = string(key);
        if (s.isEmpty() && m_error->isEmpty())
            fail(key, QStringLiteral("must not be empty"));
        return s;
    }

    std::optional<qint64> integer(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(key, QStringLiteral("expected an integer"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxExactInteger) {
            fail(key, QStringLiteral("expected an exact integer"));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<double> number(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key, QStringLiteral("expected a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<bool> boolean(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isBool()) {
            fail(key, QStringLiteral("expected a boolean"));
            return std::nullopt;
        }
        return v.toBool();
    }

    QDateTime timestamp(const QString &key, bool required = true) const
    {
        const QString s = string(key, required);
        if (s.isEmpty())
            return {};
        // RFC 3339 needs a date, a time and an offset.
        std::optional<QDateTime> t = parseRfc3339(s);
        if (!t) {
            fail(key, QStringLiteral("expected an RFC 3339 timestamp"));
            return {};
        }
        return *t;
    }

    std::optional<QJsonObject> object(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(key, QStringLiteral("expected an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isArray()) {
            fail(key, QStringLiteral("expected an array"));
            return std::nullopt;
        }
        return v.toArray();
    }

    // next_cursor: required, string or null.
    std::optional<std::optional<QString>> cursor(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (v.isNull())
            return std::optional<QString>();
        if (!v.isString() || v.toString().isEmpty()) {
            fail(key, QStringLiteral("expected a non-empty string or null"));
            return std::nullopt;
        }
        return std::optional<QString>(v.toString());
    }

    [[nodiscard]] bool ok() const { return m_error->isEmpty(); }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Parses a document that must be a JSON object.
std::optional<QJsonObject> documentObject(const QByteArray &body, QString *error)
{
    const ParseResult<QJsonValue> parsed = parseStrictJson(body);
    if (!parsed.ok()) {
        *error = parsed.errors.isEmpty() ? QStringLiteral("malformed JSON")
                                         : QStringLiteral("malformed JSON: ") + parsed.errors.constFirst().toString();
        return std::nullopt;
    }
    if (!parsed.value->isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return parsed.value->toObject();
}

template<typename T> Parsed<T> failed(const QString &error)
{
    Parsed<T> result;
    result.error = error.isEmpty() ? QStringLiteral("malformed response") : error;
    return result;
}

std::optional<Job::Status> jobStatusFromWire(const QString &text)
{
    if (text == QLatin1StringView("queued"))
        return Job::Status::Queued;
    if (text == QLatin1StringView("running"))
        return Job::Status::Running;
    if (text == QLatin1StringView("completed"))
        return Job::Status::Completed;
    if (text == QLatin1StringView("failed"))
        return Job::Status::Failed;
    return std::nullopt;
}

std::optional<Webhook> webhookFrom(const QJsonObject &object, const QString &path, QString *error)
{
    Reader r(object, path, error);
    Webhook w;
    w.id = r.nonEmptyString(QStringLiteral("id"));
    w.url = QUrl(r.string(QStringLiteral("url")), QUrl::StrictMode);
    if (const auto events = r.array(QStringLiteral("events"))) {
        for (qsizetype i = 0; i < events->size(); ++i) {
            if (!events->at(i).isString()) {
                r.fail(QStringLiteral("events[%1]").arg(i), QStringLiteral("expected a string"));
                break;
            }
            w.events.append(events->at(i).toString());
        }
    }
    w.active = r.boolean(QStringLiteral("active")).value_or(false);
    w.createdAt = r.timestamp(QStringLiteral("created_at"));
    if (r.ok() && !w.url.isValid())
        r.fail(QStringLiteral("url"), QStringLiteral("expected a URL"));
    if (!r.ok())
        return std::nullopt;
    return w;
}

std::optional<Alert> alertFrom(const QJsonObject &object, const QString &path, QString *error)
{
    Reader r(object, path, error);
    Alert a;
    a.raw = object;
    a.id = r.nonEmptyString(QStringLiteral("id"));
    a.interactionId = r.string(QStringLiteral("interaction_id"));
    const QString emotion = r.string(QStringLiteral("emotion"));
    a.confidence = r.number(QStringLiteral("confidence")).value_or(0.0);
    a.threshold = r.number(QStringLiteral("threshold")).value_or(0.0);
    const QString directive = r.string(QStringLiteral("directive"));
    a.triggeredAt = r.timestamp(QStringLiteral("triggered_at"));
    a.calibrationVersion = r.integer(QStringLiteral("calibration_version")).value_or(0);
    a.transcriptExcerpt = r.string(QStringLiteral("transcript_excerpt"), false);
    if (!r.ok())
        return std::nullopt;
    const auto e = emotionFromWire(emotion);
    const auto d = directiveFromWire(directive);
    if (!e) {
        r.fail(QStringLiteral("emotion"), QStringLiteral("unknown emotion"));
        return std::nullopt;
    }
    if (!d) {
        r.fail(QStringLiteral("directive"), QStringLiteral("unknown directive"));
        return std::nullopt;
    }
    if (a.confidence < 0.0 || a.confidence > 1.0) {
        r.fail(QStringLiteral("confidence"), QStringLiteral("out of range 0..1"));
        return std::nullopt;
    }
    a.emotion = *e;
    a.directive = *d;
    return a;
}

std::optional<AuditEvent> auditEventFrom(const QJsonObject &object, const QString &path, QString *error)
{
    Reader r(object, path, error);
    AuditEvent e;
    e.raw = object;
    e.id = r.nonEmptyString(QStringLiteral("id"));
    e.timestamp = r.timestamp(QStringLiteral("timestamp"));
    e.actor = r.string(QStringLiteral("actor"));
    e.action = r.nonEmptyString(QStringLiteral("action"));
    e.calibrationId = r.string(QStringLiteral("calibration_id"), false);
    e.version = r.integer(QStringLiteral("version"), false);
    e.jobId = r.string(QStringLiteral("job_id"), false);
    e.idempotencyKey = r.string(QStringLiteral("idempotency_key"), false);
    if (const auto status = r.integer(QStringLiteral("status_code"), false)) {
        if (*status < 100 || *status > 599)
            r.fail(QStringLiteral("status_code"), QStringLiteral("not an HTTP status"));
        else
            e.statusCode = int(*status);
    }
    e.changes = r.object(QStringLiteral("changes"), false).value_or(QJsonObject());
    if (!r.ok())
        return std::nullopt;
    return e;
}

template<typename Item, typename Fn>
Parsed<CursorPage> pageFrom(const QByteArray &body, Fn itemFrom, QList<Item> CursorPage::*list)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<CursorPage>(error);
    Reader r(*object, {}, &error);
    CursorPage page;
    const auto items = r.array(QStringLiteral("items"));
    const auto cursor = r.cursor(QStringLiteral("next_cursor"));
    if (!items || !cursor)
        return failed<CursorPage>(error);
    page.nextCursor = *cursor;
    (page.*list).reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        // The item's path is only spelled out for an error (this loop runs a million times
        // when a whole audit trail is read).
        const QJsonValue v = items->at(i);
        if (!v.isObject())
            return failed<CursorPage>(QStringLiteral("items[%1]: expected an object").arg(i));
        auto item = itemFrom(v.toObject(), QString(), &error);
        if (!item)
            return failed<CursorPage>(QStringLiteral("items[%1].").arg(i) + error);
        (page.*list).append(std::move(*item));
    }
    Parsed<CursorPage> result;
    result.value = std::move(page);
    return result;
}

QString bounded(QString text)
{
    if (text.size() > kMaxMessageLength)
        text = text.left(kMaxMessageLength) + QStringLiteral("…");
    return text;
}

// auth-param value of `name` in a WWW-Authenticate header (quoted or token).
QString authParam(const QByteArray &header, const QString &name)
{
    const QRegularExpression re(QString::fromLatin1(R"re((?:^|[\s,])%1\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+)))re")
                                    .arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

} // namespace

QString Job::statusName(Status status)
{
    switch (status) {
    case Status::Queued: return QStringLiteral("queued");
    case Status::Running: return QStringLiteral("running");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

Parsed<TokenInfo> ResponseParser::tokenResponse(const QByteArray &body, QString *accessToken)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<TokenInfo>(error);
    Reader r(*object, {}, &error);
    TokenInfo info;
    const QString token = r.nonEmptyString(QStringLiteral("access_token"));
    info.tokenType = r.string(QStringLiteral("token_type"));
    const auto expiresIn = r.integer(QStringLiteral("expires_in"));
    const QString scope = r.string(QStringLiteral("scope"), false);
    if (!r.ok())
        return failed<TokenInfo>(error);
    if (info.tokenType.compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) != 0)
        return failed<TokenInfo>(QStringLiteral("token_type: expected Bearer"));
    if (*expiresIn <= 0)
        return failed<TokenInfo>(QStringLiteral("expires_in: must be positive"));
    info.expiresInSeconds = *expiresIn;
    info.grantedScopes = scope.split(u' ', Qt::SkipEmptyParts);
    if (accessToken)
        *accessToken = token;
    Parsed<TokenInfo> result;
    result.value = std::move(info);
    return result;
}

Parsed<AppliedCalibration> ResponseParser::appliedCalibration(const QByteArray &body)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<AppliedCalibration>(error);
    Reader r(*object, {}, &error);
    AppliedCalibration a;
    a.calibrationId = r.nonEmptyString(QStringLiteral("calibration_id"));
    a.version = r.integer(QStringLiteral("version")).value_or(0);
    a.jobId = r.nonEmptyString(QStringLiteral("job_id"));
    a.status = r.string(QStringLiteral("status"));
    a.appliedAt = r.timestamp(QStringLiteral("applied_at"));
    const auto calibration = r.object(QStringLiteral("calibration"), false);
    if (!r.ok())
        return failed<AppliedCalibration>(error);
    if (a.status != QLatin1StringView("completed") && a.status != QLatin1StringView("queued"))
        return failed<AppliedCalibration>(QStringLiteral("status: expected completed or queued"));
    if (calibration) {
        const ParseResult<Calibration> c = calibrationFromJson(*calibration, QStringLiteral("calibration"));
        if (!c.ok())
            return failed<AppliedCalibration>(c.errors.isEmpty() ? QStringLiteral("calibration: malformed")
                                                                 : c.errors.constFirst().toString());
        a.calibration = *c.value;
    }
    Parsed<AppliedCalibration> result;
    result.value = std::move(a);
    return result;
}

Parsed<CalibrationInForce> ResponseParser::calibrationInForce(const QByteArray &body)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<CalibrationInForce>(error);
    Reader r(*object, {}, &error);
    CalibrationInForce c;
    c.calibrationId = r.string(QStringLiteral("calibration_id"));
    c.version = r.integer(QStringLiteral("version")).value_or(0);
    c.appliedAt = r.timestamp(QStringLiteral("applied_at"));
    const auto calibration = r.object(QStringLiteral("calibration"));
    if (!r.ok())
        return failed<CalibrationInForce>(error);
    const ParseResult<Calibration> parsed = calibrationFromJson(*calibration, QStringLiteral("calibration"));
    if (!parsed.ok())
        return failed<CalibrationInForce>(parsed.errors.isEmpty() ? QStringLiteral("calibration: malformed")
                                                                  : parsed.errors.constFirst().toString());
    c.calibration = *parsed.value;
    Parsed<CalibrationInForce> result;
    result.value = std::move(c);
    return result;
}

Parsed<Job> ResponseParser::job(const QByteArray &body)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<Job>(error);
    Reader r(*object, {}, &error);
    Job j;
    j.jobId = r.nonEmptyString(QStringLiteral("job_id"));
    const QString status = r.string(QStringLiteral("status"));
    j.progress = r.number(QStringLiteral("progress"), false);
    j.createdAt = r.timestamp(QStringLiteral("created_at"), false);
    j.updatedAt = r.timestamp(QStringLiteral("updated_at"), false);
    j.error = r.string(QStringLiteral("error"), false);
    if (!r.ok())
        return failed<Job>(error);
    const auto s = jobStatusFromWire(status);
    if (!s)
        return failed<Job>(QStringLiteral("status: unknown job status"));
    if (j.progress && (*j.progress < 0.0 || *j.progress > 1.0))
        return failed<Job>(QStringLiteral("progress: out of range 0..1"));
    j.status = *s;
    Parsed<Job> result;
    result.value = std::move(j);
    return result;
}

Parsed<Webhook> ResponseParser::webhook(const QByteArray &body)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<Webhook>(error);
    auto w = webhookFrom(*object, {}, &error);
    if (!w)
        return failed<Webhook>(error);
    Parsed<Webhook> result;
    result.value = std::move(*w);
    return result;
}

Parsed<QList<Webhook>> ResponseParser::webhookList(const QByteArray &body)
{
    QString error;
    const auto object = documentObject(body, &error);
    if (!object)
        return failed<QList<Webhook>>(error);
    Reader r(*object, {}, &error);
    const auto items = r.array(QStringLiteral("items"));
    if (!items)
        return failed<QList<Webhook>>(error);
    QList<Webhook> list;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items->at(i).isObject())
            return failed<QList<Webhook>>(path + QStringLiteral(": expected an object"));
        auto w = webhookFrom(items->at(i).toObject(), path, &error);
        if (!w)
            return failed<QList<Webhook>>(error);
        list.append(std::move(*w));
    }
    Parsed<QList<Webhook>> result;
    result.value = std::move(list);
    return result;
}

Parsed<CursorPage> ResponseParser::auditPage(const QByteArray &body)
{
    return pageFrom<AuditEvent>(body, auditEventFrom, &CursorPage::auditEvents);
}

Parsed<CursorPage> ResponseParser::alertPage(const QByteArray &body)
{
    return pageFrom<Alert>(body, alertFrom, &CursorPage::alerts);
}

std::optional<std::optional<QString>> ResponseParser::peekNextCursor(QByteArrayView body)
{
    static constexpr QByteArrayView key = "\"next_cursor\"";
    int depth = 0;
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = body[i];
        if (c == '"') {
            // A string: a key at depth 1 is compared, everything else skipped.
            if (depth == 1 && body.sliced(i).startsWith(key)) {
                qsizetype j = i + key.size();
                while (j < n && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n' || body[j] == '\r'))
                    ++j;
                if (j >= n || body[j] != ':')
                    return std::nullopt;
                ++j;
                while (j < n && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n' || body[j] == '\r'))
                    ++j;
                if (body.sliced(j).startsWith("null"))
                    return std::optional<QString>();
                if (j >= n || body[j] != '"')
                    return std::nullopt;
                const qsizetype start = j + 1;
                qsizetype end = start;
                while (end < n && body[end] != '"' && body[end] != '\\' && uchar(body[end]) >= 0x20)
                    ++end;
                if (end >= n || body[end] != '"' || end == start)
                    return std::nullopt;
                return std::optional<QString>(QString::fromUtf8(body.sliced(start, end - start)));
            }
            for (++i; i < n && body[i] != '"'; ++i) {
                if (body[i] == '\\')
                    ++i;
            }
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return std::nullopt;
}

bool ResponseParser::isInvalidToken(const HttpErrorResponse &response)
{
    if (response.status != 401)
        return false;
    if (authParam(response.wwwAuthenticate, QStringLiteral("error")) == QLatin1StringView("invalid_token"))
        return true;
    QString error;
    const auto object = documentObject(response.body, &error);
    if (!object)
        return false;
    return object->value(QLatin1StringView("error")).toString() == QLatin1StringView("invalid_token")
        || object->value(QLatin1StringView("code")).toString() == QLatin1StringView("invalid_token");
}

ApiError ResponseParser::errorFromResponse(const HttpErrorResponse &response, const QDateTime &now)
{
    using Kind = ApiError::Kind;
    ApiError e;
    e.httpStatus = response.status;

    // The body is informative only: a malformed error body still yields the status mapping.
    QString parseError;
    const std::optional<QJsonObject> object = documentObject(response.body, &parseError);
    QString serverMessage;
    if (object) {
        serverMessage = object->value(QLatin1StringView("error")).toString();
        const QString description = object->value(QLatin1StringView("error_description")).toString();
        if (!description.isEmpty())
            serverMessage = serverMessage.isEmpty() ? description : serverMessage + QStringLiteral(": ") + description;
        const QJsonValue jobId = object->value(QLatin1StringView("job_id"));
        if (jobId.isString())
            e.jobId = jobId.toString();
        const QJsonValue details = object->value(QLatin1StringView("details"));
        if (details.isArray()) {
            const QJsonArray array = details.toArray();
            for (const QJsonValue &d : array) {
                if (!d.isObject())
                    continue;
                const QJsonObject detail = d.toObject();
                const QString field = detail.value(QLatin1StringView("field")).toString();
                const QString message = detail.value(QLatin1StringView("message")).toString();
                if (!field.isEmpty() || !message.isEmpty())
                    e.fieldErrors.append(Violation {field, bounded(message), Severity::Error});
            }
        }
        const QJsonValue scope = object->value(QLatin1StringView("scope"));
        if (scope.isString())
            e.missingScope = scope.toString();
        const QJsonValue missing = object->value(QLatin1StringView("missing_scope"));
        if (missing.isString())
            e.missingScope = missing.toString();
    }
    e.message = bounded(serverMessage);

    if (!response.retryAfter.isEmpty()) {
        if (const auto seconds = RetryAfter::parse(response.retryAfter, now, 24 * 3600))
            e.retryAfterSeconds = int(*seconds);
    }

    const int s = response.status;
    if (s == 400) {
        e.kind = response.tokenEndpoint ? Kind::Authentication : Kind::InvalidInput;
    } else if (s == 401) {
        e.kind = Kind::Authentication;
    } else if (s == 403) {
        e.kind = Kind::Permission;
        if (e.missingScope.isEmpty())
            e.missingScope = authParam(response.wwwAuthenticate, QStringLiteral("scope"));
        if (e.missingScope.isEmpty() && !response.missingScopes.isEmpty())
            e.missingScope = response.missingScopes.join(u' ');
        if (e.message.isEmpty())
            e.message = e.missingScope.isEmpty() ? QStringLiteral("permission denied")
                                                 : QStringLiteral("missing scope ") + e.missingScope;
    } else if ((s == 404 && response.extension) || s == 405) {
        const ApiError unsupported = ApiError::notSupported(s);
        e.kind = unsupported.kind;
        e.message = unsupported.message;
    } else if (s == 404) {
        e.kind = Kind::NotFound;
    } else if (s == 409) {
        e.kind = Kind::Conflict;
    } else if (s == 422) {
        e.kind = Kind::IdempotencyReuse;
    } else if (s == 429) {
        e.kind = Kind::RateLimited;
    } else if (s == 503) {
        e.kind = Kind::Busy;
    } else if (s >= 500 && s <= 599) {
        e.kind = Kind::Server;
    } else if (s >= 400 && s <= 499) {
        e.kind = Kind::InvalidInput;
    } else {
        e.kind = Kind::Protocol;
        if (e.message.isEmpty())
            e.message = QStringLiteral("unexpected HTTP status %1").arg(s);
    }
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1").arg(s);
    return e;
}

} // namespace calib
