#include "editor/editorpage.h"

namespace calib {

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent)
{ }

bool EditorPage::hasHeightForWidth() const
{
    return false;
}

} // namespace calib
