#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

class Clock;
class LocalDatabase;

// One apply in the outbox. `payload` is the calibration body to PUT (never a secret).
struct OutboxEntry
{
    enum class State {
        Pending, // written, not sent yet, or an attempt ended without a final answer
        Sending, // an attempt is in flight (after a crash this still reads Sending)
        Done, // closed with a final success
        Failed, // closed with a final rejection (e.g. 400/422)
    };

    qint64 id = 0;
    QString profile;
    QString idempotencyKey;
    QJsonObject payload;
    QDateTime createdAt; // UTC
    int attempts = 0;
    QString lastError;
    State state = State::Pending;
    QJsonObject outcome; // the final answer, set by close()
    QDateTime updatedAt; // UTC

    // Not closed: to be (re)sent with the same idempotency key.
    [[nodiscard]] bool isOpen() const { return state == State::Pending || state == State::Sending; }
    [[nodiscard]] static QString stateName(State state); // "pending", "sending", ...

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

// The outbox of applies. Rule: enqueue() before the first send; markSending() before each
// attempt; markAttempt() when an attempt ends without a final answer; close() only on a
// final answer. Whatever is not closed (Pending, or Sending left behind by a crash or
// kill -9) is returned by pending() and resumed with the same idempotency key.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(const LocalDatabase &database, const Clock *clock = nullptr); // nullptr = system clock

    // Writes a new Pending row. The key must be unique (one key per logical apply).
    StoreResult<OutboxEntry> enqueue(const QString &profile, const QString &idempotencyKey, const QJsonObject &payload);
    // Counts an attempt and sets Sending.
    StoreResult<OutboxEntry> markSending(qint64 id);
    // The attempt ended without a final answer: back to Pending with the error noted.
    StoreResult<OutboxEntry> markAttempt(qint64 id, const QString &error);
    // Final answer: `finalState` is Done or Failed; `outcome` is kept with the row.
    StoreResult<OutboxEntry> close(qint64 id, OutboxEntry::State finalState, const QJsonObject &outcome,
                                   const QString &error = {});

    [[nodiscard]] StoreResult<std::optional<OutboxEntry>> get(qint64 id) const;
    [[nodiscard]] StoreResult<std::optional<OutboxEntry>> findByKey(const QString &idempotencyKey) const;
    // Open rows (Pending or Sending), oldest first; an empty profile means every profile.
    [[nodiscard]] StoreResult<QList<OutboxEntry>> pending(const QString &profile = {}) const;
    // The newest rows of any state, newest first.
    [[nodiscard]] StoreResult<QList<OutboxEntry>> recent(int limit = 100, const QString &profile = {}) const;

private:
    [[nodiscard]] QString now() const;
    StoreResult<OutboxEntry> update(qint64 id, const QString &sql, const QVariantList &params);

    const LocalDatabase &m_db;
    const Clock *m_clock;
};

} // namespace calib
