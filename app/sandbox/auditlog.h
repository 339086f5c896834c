#pragma once

#include "core/calibration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib::sandbox {

enum class AuditAction {
    CalibrationApplied,
    CalibrationRejected,
    ReweightStarted,
    ReweightCompleted,
    ReweightFailed,
    WebhookRegistered,
    WebhookDeleted,
};

struct AuditEvent
{
    qint64 seq = 0; // 1, 2, 3 ... in insertion order; the id is "evt_<seq>"
    qint64 timestampMs = 0;
    QString actor;
    AuditAction action = AuditAction::CalibrationApplied;
    QString calibrationId;
    int version = -1; // -1: absent
    QString jobId;
    QString idempotencyKey;
    int statusCode = 0; // 0: absent
    QJsonObject changes;
    QByteArray changesJson; // compact form of `changes`, kept for fast paging
};

struct AuditQuery
{
    int limit = 50;
    std::optional<qint64> afterSeq; // decoded cursor: items strictly older than this seq
    std::optional<qint64> sinceMs; // inclusive
    std::optional<qint64> untilMs; // exclusive
    QString actor;
};

struct AuditPage
{
    QList<qint64> indexes; // into the log, newest first
    std::optional<qint64> nextAfterSeq; // set when more items may follow
};

// The calibration audit trail: append-only, timestamps never go backwards, newest first
// on read. Pages are occasionally shortened on purpose (as the contract allows).
class AuditLog
{
public:
    static QString actionToWire(AuditAction action);
    static std::optional<AuditAction> actionFromWire(const QString &text);

    // Assigns seq (and clamps the timestamp so the log stays ordered); returns the seq.
    qint64 append(AuditEvent event);
    [[nodiscard]] qint64 size() const { return m_events.size(); }
    [[nodiscard]] const AuditEvent &at(qint64 index) const { return m_events.at(index); }
    [[nodiscard]] bool containsSeq(qint64 seq) const { return seq >= 1 && seq <= size(); }
    void reserve(qint64 count) { m_events.reserve(count); }

    [[nodiscard]] AuditPage page(const AuditQuery &query) const;

    [[nodiscard]] static QJsonObject toJson(const AuditEvent &event);
    // The same object as compact JSON, written straight into `out` (the hot path of paging).
    static void appendJson(QByteArray &out, const AuditEvent &event);
    // RFC 3339 UTC with second precision ("2026-11-24T09:15:00Z"), without QDateTime.
    static void appendTimestamp(QByteArray &out, qint64 ms);
    [[nodiscard]] QJsonArray toJsonArray() const;
    void fromJsonArray(const QJsonArray &array);

    // Pre-seeded history: `count` events spread over the time before endMs. Its applies
    // carry versions 1, 2, ... and their calibration ids.
    struct SeededHistory
    {
        int version = 0; // the version the tenant is at after the seeded applies
        qint64 lastAppliedMs = 0; // when the last of them happened (0: none)
    };
    // Their diffs form a chain that ends at `inForce`, the calibration the tenant starts with.
    SeededHistory seed(int count, qint64 endMs, quint64 seed, const Calibration &inForce);

private:
    QList<AuditEvent> m_events;
};

} // namespace calib::sandbox
