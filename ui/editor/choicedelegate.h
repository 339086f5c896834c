#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace calib {

// A combo box editor over a fixed list of choices, stored as ints in Qt::EditRole.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choice = QPair<int, QString>; // edit value, display text

    explicit ChoiceDelegate(QList<Choice> choices, QString accessibleName, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
    QString m_accessibleName;
};

} // namespace calib
