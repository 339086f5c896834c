#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib {

class LocalDatabase;

// A reviewer's verdict on one fired alert.
struct AlertReview
{
    enum class Label {
        TruePositive, // "tp"
        FalsePositive, // "fp"
        Skip, // "skip": looked at, no verdict
    };

    QString tenant; // the profile / tenant the alert belongs to
    QString alertId; // kept as a string, as the API sends it
    Label label = Label::Skip;
    QDateTime reviewedAt; // UTC
    QJsonObject alert; // snapshot of the alert as reviewed (may be empty)

    [[nodiscard]] static QString labelName(Label label); // "tp", "fp", "skip"
    [[nodiscard]] static std::optional<Label> labelFromName(const QString &name);

    friend bool operator==(const AlertReview &, const AlertReview &) = default;
};

// Alert reviews keyed by (tenant, alert id): one verdict per alert, the latest wins.
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(const LocalDatabase &database);

    StoreStatus upsert(const AlertReview &review);
    // All or nothing: one transaction for the whole list.
    StoreStatus upsertMany(const QList<AlertReview> &reviews);
    // All or nothing: writes `reviews` and removes the reviews of `removedIds` (of
    // `tenant`) in one transaction.
    StoreStatus update(const QList<AlertReview> &reviews, const QString &tenant, const QStringList &removedIds);
    StoreStatus remove(const QString &tenant, const QString &alertId);
    [[nodiscard]] StoreResult<std::optional<AlertReview>> get(const QString &tenant, const QString &alertId) const;
    // Oldest review first.
    [[nodiscard]] StoreResult<QList<AlertReview>> list(const QString &tenant) const;

private:
    StoreStatus write(const AlertReview &review);

    const LocalDatabase &m_db;
};

} // namespace calib
