#pragma once

#include "editor/choicedelegate.h"

namespace calib {

// Combo box editor for the directive column of the trigger table.
class DirectiveDelegate final : public ChoiceDelegate
{
    Q_OBJECT
public:
    explicit DirectiveDelegate(QObject *parent = nullptr);
};

} // namespace calib
