#include "editor/interactionidlistmodel.h"

#include "editor/calibrationdocument.h"
#include "editor/fieldpath.h"
#include "editor/problemstyle.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <algorithm>

namespace calib {

InteractionIdListModel::InteractionIdListModel(CalibrationDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_ids(document->calibration().interactionIds)
    , m_palette(QGuiApplication::palette())
{
    connect(m_document, &CalibrationDocument::calibrationChanged, this, &InteractionIdListModel::sync);
    connect(m_document, &CalibrationDocument::problemsChanged, this, &InteractionIdListModel::emitAllChanged);
}

InteractionIdListModel::~InteractionIdListModel() = default;

int InteractionIdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant InteractionIdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return id;
    case Qt::AccessibleTextRole: return tr("Interaction id %1: %2").arg(index.row() + 1).arg(id);
    default: break;
    }
    const QList<Violation> problems = problemsAt(index.row());
    const std::optional<Severity> severity = problemstyle::worst(problems);
    if (!severity)
        return {};
    switch (role) {
    case Qt::BackgroundRole: return problemstyle::backgroundColor(m_palette, *severity);
    case Qt::ForegroundRole: return problemstyle::textColor(m_palette, *severity);
    case Qt::DecorationRole: return problemstyle::icon(m_palette, *severity);
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const Violation &v : problems)
            messages << v.message;
        return messages.join(u'\n');
    }
    default: return {};
    }
}

Qt::ItemFlags InteractionIdListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool InteractionIdListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Calibration after = m_document->calibration();
    if (index.row() >= after.interactionIds.size())
        return false;
    const QString id = value.toString().trimmed();
    after.interactionIds[index.row()] = id;
    m_document->edit(after, tr("Change interaction id %1 to \"%2\"").arg(index.row() + 1).arg(id.left(40)));
    return true;
}

QList<Violation> InteractionIdListModel::problemsAt(int row) const
{
    return m_document->problemsAt(QStringLiteral("interaction_ids[%1]").arg(row));
}

QStringList InteractionIdListModel::splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    return text.split(separators, Qt::SkipEmptyParts);
}

int InteractionIdListModel::pasteIds(const QString &text)
{
    const QStringList ids = splitIds(text);
    if (ids.isEmpty())
        return 0;
    Calibration after = m_document->calibration();
    after.interactionIds << ids;
    m_document->edit(after,
                     ids.size() == 1 ? tr("Add interaction id \"%1\"").arg(ids.constFirst().left(40))
                                     : tr("Paste %1 interaction ids").arg(ids.size()));
    return static_cast<int>(ids.size());
}

int InteractionIdListModel::addId(const QString &id)
{
    Calibration after = m_document->calibration();
    after.interactionIds << id;
    m_document->edit(after, tr("Add interaction id \"%1\"").arg(id.left(40)));
    return static_cast<int>(after.interactionIds.size()) - 1;
}

void InteractionIdListModel::removeIds(QList<int> rows)
{
    Calibration after = m_document->calibration();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList removed;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < after.interactionIds.size())
            removed.prepend(after.interactionIds.takeAt(row));
    }
    if (removed.isEmpty())
        return;
    m_document->edit(after,
                     removed.size() == 1 ? tr("Remove interaction id \"%1\"").arg(removed.constFirst().left(40))
                                         : tr("Remove %1 interaction ids").arg(removed.size()));
}

void InteractionIdListModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    emitAllChanged();
}

void InteractionIdListModel::sync()
{
    const QStringList &next = m_document->calibration().interactionIds;
    const qsizetype oldSize = m_ids.size();
    const qsizetype newSize = next.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && m_ids.at(prefix) == next.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && m_ids.at(oldSize - 1 - suffix) == next.at(newSize - 1 - suffix))
        ++suffix;

    if (newSize > oldSize && prefix + suffix >= oldSize) {
        const int first = static_cast<int>(std::min(prefix, oldSize - suffix));
        beginInsertRows({}, first, first + static_cast<int>(newSize - oldSize) - 1);
        m_ids = next;
        endInsertRows();
    } else if (newSize < oldSize && prefix + suffix >= newSize) {
        const int first = static_cast<int>(std::min(prefix, newSize - suffix));
        beginRemoveRows({}, first, first + static_cast<int>(oldSize - newSize) - 1);
        m_ids = next;
        endRemoveRows();
    } else if (newSize != oldSize) {
        beginResetModel();
        m_ids = next;
        endResetModel();
        return;
    } else {
        m_ids = next;
    }
    emitAllChanged();
}

void InteractionIdListModel::emitAllChanged()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

} // namespace calib
