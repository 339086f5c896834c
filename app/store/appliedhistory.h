#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

class LocalDatabase;

// One calibration the tenant accepted.
struct AppliedRecord
{
    qint64 id = 0; // assigned by add()
    QString profile;
    QString calibrationId; // kept as a string, as the API sends it
    qint64 version = 0;
    QDateTime appliedAt; // UTC
    QJsonObject payload; // the calibration as applied
    std::optional<qint64> latencyMs; // from first send to final answer
    std::optional<qint64> outboxId; // the outbox row it came from, if any

    friend bool operator==(const AppliedRecord &, const AppliedRecord &) = default;
};

// History of applied calibrations per profile.
class AppliedHistory final
{
    Q_DECLARE_TR_FUNCTIONS(AppliedHistory)

public:
    explicit AppliedHistory(const LocalDatabase &database);

    StoreResult<AppliedRecord> add(const AppliedRecord &record);
    // Newest first; an empty profile means every profile.
    [[nodiscard]] StoreResult<QList<AppliedRecord>> list(const QString &profile = {}, int limit = 100) const;

private:
    const LocalDatabase &m_db;
};

} // namespace calib
