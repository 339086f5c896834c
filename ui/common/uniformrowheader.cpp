#include "common/uniformrowheader.h"

namespace calib {

UniformRowHeader::UniformRowHeader(QWidget *parent)
    : QHeaderView(Qt::Vertical, parent)
{
    // What QTableView gives its own vertical header, then what uniform rows require.
    setSectionsClickable(true);
    setHighlightSections(true);
    setSectionResizeMode(QHeaderView::Fixed);
    setSectionsMovable(false);
}

void UniformRowHeader::setModel(QAbstractItemModel *model)
{
    QHeaderView::setModel(model);
    // Only this header's own handler of the signal: the view and its selection model keep
    // theirs, and so does this header for layoutChanged.
    if (model)
        disconnect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, nullptr);
}

} // namespace calib
