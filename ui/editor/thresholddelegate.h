#pragma once

#include <QStyledItemDelegate>

namespace calib {

// Spin box editor for trigger thresholds, with the range of the constraint table.
class ThresholdDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThresholdDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace calib
