#include "webhooks/webhooklistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace calib {

WebhookListModel::WebhookListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WebhookListModel::setWebhooks(const QList<Webhook> &webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

int WebhookListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_webhooks.size(); ++i) {
        if (m_webhooks.at(i).id == id)
            return int(i);
    }
    return -1;
}

void WebhookListModel::addWebhook(const Webhook &webhook)
{
    if (const int existing = rowOf(webhook.id); existing >= 0) {
        m_webhooks[existing] = webhook;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_webhooks.size());
    beginInsertRows({}, row, row);
    m_webhooks.append(webhook);
    endInsertRows();
}

bool WebhookListModel::removeWebhook(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_webhooks.removeAt(row);
    endRemoveRows();
    return true;
}

void WebhookListModel::clear()
{
    setWebhooks({});
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &hook = m_webhooks.at(index.row());
    if (role == WebhookIdRole)
        return hook.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return hook.id;
        case Url: return hook.url.toDisplayString();
        case Events: return hook.events.join(u", "_s);
        case Active: return hook.active ? tr("Yes") : tr("No");
        case Created:
            return hook.createdAt.isValid() ? QLocale().toString(hook.createdAt.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Url: return hook.url.toDisplayString();
        case Events: return hook.events.join(u'\n');
        case Active:
            return hook.active ? tr("The tenant delivers events to this webhook.")
                               : tr("Paused: the tenant delivers nothing to this webhook.");
        case Created: return hook.createdAt.toUTC().toString(Qt::ISODate);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == Active)
            return hook.active ? tr("Active") : tr("Not active");
        return {};
    default: return {};
    }
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Id");
    case Url: return tr("URL");
    case Events: return tr("Events");
    case Active: return tr("Active");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace calib
