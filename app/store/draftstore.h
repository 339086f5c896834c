#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace calib {

class Clock;
class LocalDatabase;

// The autosaved, not yet applied calibration of one profile.
struct Draft
{
    QJsonObject payload;
    QDateTime savedAt; // UTC
};

// One autosaved draft per profile; saving replaces the previous one.
class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(const LocalDatabase &database, const Clock *clock = nullptr); // nullptr = system clock

    StoreStatus save(const QString &profile, const QJsonObject &payload);
    [[nodiscard]] StoreResult<std::optional<Draft>> load(const QString &profile) const;
    StoreStatus clear(const QString &profile);

private:
    const LocalDatabase &m_db;
    const Clock *m_clock;
};

} // namespace calib
