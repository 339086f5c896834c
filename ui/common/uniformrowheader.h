#pragma once

#include <QHeaderView>

namespace calib {

// The vertical header of a large table whose rows all share one fixed height and are never
// hidden, resized or moved one by one (the audit trail: a million rows).
//
// QHeaderView answers every layoutAboutToBeChanged by walking all of its sections to remember
// the ones that are not at their defaults, and layoutChanged by restoring them. A header of
// uniform rows has none to remember, so the walk finds nothing and only costs time: at a
// million rows it is most of a page insert into a sorted view. This header does not take
// part in that walk. On layoutChanged QHeaderView then only adds or drops sections to match
// the model's new row count, which is all that uniform rows need.
//
// Its sections are fixed and not movable; the view must not hide or resize single rows.
class UniformRowHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit UniformRowHeader(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
};

} // namespace calib
