#include "editor/triggertablemodel.h"

#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/fieldpath.h"
#include "editor/problemstyle.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace calib {

namespace {

qint64 cellKey(int row, int column)
{
    return static_cast<qint64>(row) * TriggerTableModel::ColumnCount + column;
}

QString formatThreshold(double value)
{
    return QString::number(value, 'f', constraints::triggerThreshold.decimals);
}

} // namespace

TriggerTableModel::TriggerTableModel(CalibrationDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->calibration().alertTriggers)
    , m_palette(QGuiApplication::palette())
{
    mapProblems();
    connect(m_document, &CalibrationDocument::calibrationChanged, this, &TriggerTableModel::sync);
    connect(m_document, &CalibrationDocument::problemsChanged, this, [this] {
        mapProblems();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

TriggerTableModel::~TriggerTableModel() = default;

int TriggerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TriggerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertTrigger &trigger = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EmotionColumn: return displayName(trigger.emotion);
        case DirectiveColumn: return displayName(trigger.directive);
        case ThresholdColumn: return formatThreshold(trigger.threshold);
        default: return {};
        }
    case Qt::EditRole:
        switch (column) {
        case EmotionColumn: return static_cast<int>(trigger.emotion);
        case DirectiveColumn: return static_cast<int>(trigger.directive);
        case ThresholdColumn: return trigger.threshold;
        default: return {};
        }
    case Qt::AccessibleTextRole:
        return QString(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() % QStringLiteral(": ")
                       % data(index, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        if (column == ThresholdColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default: break;
    }

    const QList<Violation> problems = problemsAt(index.row(), column);
    const std::optional<Severity> severity = problemstyle::worst(problems);
    if (!severity) {
        if (role == Qt::ToolTipRole && column == ThresholdColumn)
            return constraints::tooltipFor(constraints::triggerThreshold);
        return {};
    }
    switch (role) {
    case Qt::BackgroundRole: return problemstyle::backgroundColor(m_palette, *severity);
    case Qt::ForegroundRole: return problemstyle::textColor(m_palette, *severity);
    case Qt::DecorationRole: return problemstyle::icon(m_palette, *severity);
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const Violation &v : problems) {
            if (!messages.contains(v.message))
                messages << v.message;
        }
        return messages.join(u'\n');
    }
    default: return {};
    }
}

QVariant TriggerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case EmotionColumn: return tr("Emotion");
    case DirectiveColumn: return tr("Directive");
    case ThresholdColumn: return tr("Threshold");
    default: return {};
    }
}

Qt::ItemFlags TriggerTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TriggerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Calibration after = m_document->calibration();
    if (index.row() >= after.alertTriggers.size())
        return false;
    AlertTrigger &trigger = after.alertTriggers[index.row()];
    const int row = index.row() + 1;
    QString text;
    QString mergeKey;
    switch (index.column()) {
    case EmotionColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v >= allEmotions().size())
            return false;
        trigger.emotion = allEmotions().at(v);
        text = tr("Set trigger %1 emotion to %2").arg(row).arg(displayName(trigger.emotion));
        break;
    }
    case DirectiveColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v >= allDirectives().size())
            return false;
        trigger.directive = allDirectives().at(v);
        text = tr("Set trigger %1 directive to %2").arg(row).arg(displayName(trigger.directive));
        break;
    }
    case ThresholdColumn: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        trigger.threshold = v;
        text = tr("Change trigger %1 threshold to %2").arg(row).arg(formatThreshold(v));
        mergeKey = QStringLiteral("alert_triggers[%1].threshold").arg(index.row());
        break;
    }
    default: return false;
    }
    m_document->edit(after, text, mergeKey);
    return true;
}

QList<Violation> TriggerTableModel::problemsAt(int row, int column) const
{
    return m_cellProblems.value(cellKey(row, column));
}

QModelIndex TriggerTableModel::indexForPath(const QString &path) const
{
    const FieldPath p = FieldPath::parse(path);
    if (p.area != FieldPath::Area::Triggers || p.index < 0 || p.index >= rowCount())
        return {};
    int column = EmotionColumn;
    if (p.member == u"directive")
        column = DirectiveColumn;
    else if (p.member == u"threshold")
        column = ThresholdColumn;
    return index(p.index, column);
}

int TriggerTableModel::addTrigger()
{
    Calibration after = m_document->calibration();
    // Prefer a pair that is not used yet, so a new row does not start as a duplicate.
    AlertTrigger trigger;
    for (Emotion e : allEmotions()) {
        const bool used
            = std::any_of(after.alertTriggers.cbegin(), after.alertTriggers.cend(),
                          [&](const AlertTrigger &t) { return t.emotion == e && t.directive == trigger.directive; });
        if (!used) {
            trigger.emotion = e;
            break;
        }
    }
    after.alertTriggers << trigger;
    m_document->edit(after, tr("Add trigger %1").arg(after.alertTriggers.size()));
    return static_cast<int>(after.alertTriggers.size()) - 1;
}

int TriggerTableModel::duplicateTrigger(int row)
{
    Calibration after = m_document->calibration();
    if (row < 0 || row >= after.alertTriggers.size())
        return -1;
    after.alertTriggers.insert(row + 1, after.alertTriggers.at(row));
    m_document->edit(after, tr("Duplicate trigger %1").arg(row + 1));
    return row + 1;
}

void TriggerTableModel::removeTriggers(QList<int> rows)
{
    Calibration after = m_document->calibration();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<int> removed;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < after.alertTriggers.size()) {
            after.alertTriggers.removeAt(row);
            removed.prepend(row + 1);
        }
    }
    if (removed.isEmpty())
        return;
    const QString text = removed.size() == 1 ? tr("Remove trigger %1").arg(removed.constFirst())
                                             : tr("Remove %1 triggers").arg(removed.size());
    m_document->edit(after, text);
}

void TriggerTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TriggerTableModel::sync()
{
    const QList<AlertTrigger> &next = m_document->calibration().alertTriggers;
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = next.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && m_rows.at(prefix) == next.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && m_rows.at(oldSize - 1 - suffix) == next.at(newSize - 1 - suffix))
        ++suffix;

    if (newSize > oldSize && prefix + suffix >= oldSize) {
        const int first = static_cast<int>(std::min(prefix, oldSize - suffix));
        const int count = static_cast<int>(newSize - oldSize);
        beginInsertRows({}, first, first + count - 1);
        m_rows = next;
        mapProblems();
        endInsertRows();
    } else if (newSize < oldSize && prefix + suffix >= newSize) {
        const int first = static_cast<int>(std::min(prefix, newSize - suffix));
        const int count = static_cast<int>(oldSize - newSize);
        beginRemoveRows({}, first, first + count - 1);
        m_rows = next;
        mapProblems();
        endRemoveRows();
    } else if (newSize != oldSize) {
        beginResetModel();
        m_rows = next;
        mapProblems();
        endResetModel();
        return;
    } else {
        m_rows = next;
        mapProblems();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TriggerTableModel::mapProblems()
{
    m_cellProblems.clear();
    const QString duplicateMessage = constraints::duplicateTriggerMessage();
    const QString blockMessage = constraints::blockThresholdMessage();
    for (const Violation &v : m_document->problems()) {
        const FieldPath p = FieldPath::parse(v.path);
        if (p.area != FieldPath::Area::Triggers || p.index < 0 || p.index >= m_rows.size())
            continue;
        if (v.message.startsWith(duplicateMessage)) {
            // Flag the emotion and directive cells of every row with this pair.
            const AlertTrigger &t = m_rows.at(p.index);
            for (int row = 0; row < m_rows.size(); ++row) {
                if (m_rows.at(row).emotion == t.emotion && m_rows.at(row).directive == t.directive) {
                    addCellProblem(row, EmotionColumn, v);
                    addCellProblem(row, DirectiveColumn, v);
                }
            }
        } else if (p.member == u"emotion") {
            addCellProblem(p.index, EmotionColumn, v);
        } else if (p.member == u"directive") {
            addCellProblem(p.index, DirectiveColumn, v);
        } else if (p.member == u"threshold") {
            addCellProblem(p.index, ThresholdColumn, v);
        } else if (v.message.startsWith(blockMessage)) {
            addCellProblem(p.index, ThresholdColumn, v);
        } else {
            for (int column = 0; column < ColumnCount; ++column)
                addCellProblem(p.index, column, v);
        }
    }
}

void TriggerTableModel::addCellProblem(int row, int column, const Violation &violation)
{
    QList<Violation> &list = m_cellProblems[cellKey(row, column)];
    if (!list.contains(violation))
        list << violation;
}

} // namespace calib
