#include "editor/thresholddelegate.h"

#include "core/constraints.h"
#include "editor/spinboxfield.h"

#include <QDoubleSpinBox>

namespace calib {

ThresholdDelegate::ThresholdDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *ThresholdDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spinBox = new QDoubleSpinBox(parent);
    spinBox->setObjectName(QStringLiteral("thresholdEditorSpinBox"));
    spinBox->setAccessibleName(tr("Threshold"));
    spinBox->setFrame(false);
    spinboxfield::configure(spinBox, constraints::triggerThreshold);
    return spinBox;
}

void ThresholdDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spinBox = qobject_cast<QDoubleSpinBox *>(editor))
        spinboxfield::show(spinBox, constraints::triggerThreshold, index.data(Qt::EditRole).toDouble());
}

void ThresholdDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spinBox = qobject_cast<QDoubleSpinBox *>(editor);
    if (!spinBox)
        return;
    spinBox->interpretText();
    const double value = spinBox->value();
    // Leave an out-of-range value alone when the editor merely showed it.
    if (qFuzzyCompare(1.0 + value, 1.0 + index.data(Qt::EditRole).toDouble()))
        return;
    model->setData(index, value, Qt::EditRole);
}

void ThresholdDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace calib
