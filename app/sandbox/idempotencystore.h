#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>

namespace calib::sandbox {

// Remembers calibration PUTs by X-Idempotency-Key for 24 h (by the injected clock):
// the canonical request body and the final response, so a retry is replayed, a
// different body under the same key is refused, and a retry racing the first is a 409.
// Only successful (2xx) outcomes are stored; a rejected request leaves the key free.
class IdempotencyStore
{
public:
    static constexpr qint64 retentionMs = 24LL * 3600 * 1000;

    enum class Outcome { New, Replay, Mismatch, InFlight };

    struct Entry
    {
        QByteArray canonicalBody;
        bool inFlight = false;
        qint64 createdMs = 0;
        int status = 0;
        QByteArray responseBody;
    };

    struct Lookup
    {
        Outcome outcome = Outcome::New;
        Entry entry;
    };

    // New: the key is now marked in flight for this body.
    Lookup begin(const QString &key, const QByteArray &canonicalBody, qint64 nowMs);
    // Stores the final response of an in-flight key.
    void complete(const QString &key, int status, const QByteArray &responseBody);
    // Forgets an in-flight key whose request was not applied.
    void abandon(const QString &key);
    void purge(qint64 nowMs);

    void recordApplied(const QString &key) { ++m_appliedCounts[key]; }
    [[nodiscard]] int appliedCount(const QString &key) const { return m_appliedCounts.value(key); }
    [[nodiscard]] int size() const { return int(m_entries.size()); }

    [[nodiscard]] QJsonArray toJson() const;
    void fromJson(const QJsonArray &array);

private:
    QHash<QString, Entry> m_entries;
    QHash<QString, int> m_appliedCounts;
};

} // namespace calib::sandbox
