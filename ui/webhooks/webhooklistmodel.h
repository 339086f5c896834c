#pragma once

#include "api/apitypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace calib {

// The tenant's registered webhooks, one row each: id, URL, events, active, created.
class WebhookListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Url, Events, Active, Created, ColumnCount };
    enum Role { WebhookIdRole = Qt::UserRole + 1 };

    explicit WebhookListModel(QObject *parent = nullptr);

    // Replaces every row (one model reset).
    void setWebhooks(const QList<Webhook> &webhooks);
    [[nodiscard]] const QList<Webhook> &webhooks() const { return m_webhooks; }
    [[nodiscard]] Webhook webhook(int row) const { return m_webhooks.value(row); }
    // Row of the webhook with this id, -1 when absent.
    [[nodiscard]] int rowOf(const QString &id) const;
    // Appends one row (a webhook just registered).
    void addWebhook(const Webhook &webhook);
    // Removes the row of this webhook; false when absent.
    bool removeWebhook(const QString &id);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Webhook> m_webhooks;
};

} // namespace calib
