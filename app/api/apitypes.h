#pragma once

#include "core/calibration.h"
#include "core/emotion.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace calib {

// The value types live in an inline namespace so that their symbols never clash with
// same-named internal types of other layers (e.g. the sandbox's own AuditEvent) when both
// are linked into one program. Callers spell them calib::AuditEvent as usual; do not
// forward-declare them as calib::X (include this header instead).
inline namespace api {

// Typed results of the tenant API calls (see TenantClient). Ids and cursors are kept as
// strings exactly as the server sent them; versions are qint64.

// issueToken: the token itself never leaves the client.
struct TokenInfo
{
    QString tokenType; // "Bearer"
    qint64 expiresInSeconds = 0;
    QDateTime expiresAt; // by the client's Clock
    QStringList grantedScopes;
};

// PUT /agentassist/sentiment/calibration
struct AppliedCalibration
{
    QString calibrationId;
    qint64 version = 0;
    QString jobId;
    QString status; // "completed" or "queued"
    QDateTime appliedAt;
    bool replayed = false; // Idempotent-Replayed: true
    std::optional<Calibration> calibration; // with Prefer: return=representation
};

// GET /agentassist/sentiment/calibration (extension)
struct CalibrationInForce
{
    QString calibrationId;
    qint64 version = 0;
    QDateTime appliedAt;
    Calibration calibration;
};

// GET /agentassist/sentiment/calibration/jobs/{job_id}
struct Job
{
    enum class Status { Queued, Running, Completed, Failed };

    QString jobId;
    Status status = Status::Queued;
    std::optional<double> progress; // 0..1
    QDateTime createdAt;
    QDateTime updatedAt;
    QString error;

    [[nodiscard]] bool isFinal() const { return status == Status::Completed || status == Status::Failed; }
    [[nodiscard]] static QString statusName(Status status);
};

struct Webhook
{
    QString id;
    QUrl url;
    QStringList events;
    bool active = true;
    QDateTime createdAt;
};

// POST /agentassist/webhooks body
struct WebhookRegistration
{
    QUrl url;
    QStringList events;
    QString secret; // never logged
    bool active = true;
};

struct Alert
{
    QString id;
    QString interactionId;
    Emotion emotion = Emotion::Anger;
    double confidence = 0.0;
    double threshold = 0.0;
    Directive directive = Directive::Notify;
    QDateTime triggeredAt;
    qint64 calibrationVersion = 0;
    QString transcriptExcerpt;
    QJsonObject raw;
};

struct AuditEvent
{
    QString id;
    QDateTime timestamp;
    QString actor;
    QString action; // calibration.applied, reweight.started, ...
    QString calibrationId;
    std::optional<qint64> version;
    QString jobId;
    QString idempotencyKey;
    std::optional<int> statusCode;
    QJsonObject changes; // field path -> {from, to}
    QJsonObject raw; // the whole event as received
};

// One page of a cursor-paginated list. Exactly one of the two lists is used, depending
// on the call (listAuditEvents fills auditEvents, listAlerts fills alerts).
struct CursorPage
{
    QList<AuditEvent> auditEvents;
    QList<Alert> alerts;
    std::optional<QString> nextCursor; // nullopt: last page

    [[nodiscard]] qsizetype size() const { return auditEvents.size() + alerts.size(); }
};

struct AuditQuery
{
    int limit = 50; // 1..200 per page
    QString cursor;
    QDateTime since; // extensions; unset = not sent
    QDateTime until;
    QString actor;
};

struct AlertQuery
{
    int limit = 50;
    QString cursor;
    QDateTime since;
};

enum class PreferReturn {
    Default, // no Prefer header
    Minimal, // return=minimal
    Representation, // return=representation
};

} // namespace api
} // namespace calib

Q_DECLARE_METATYPE(calib::TokenInfo)
Q_DECLARE_METATYPE(calib::AppliedCalibration)
Q_DECLARE_METATYPE(calib::CalibrationInForce)
Q_DECLARE_METATYPE(calib::Job)
Q_DECLARE_METATYPE(calib::Webhook)
Q_DECLARE_METATYPE(calib::Alert)
Q_DECLARE_METATYPE(calib::AuditEvent)
Q_DECLARE_METATYPE(calib::CursorPage)
