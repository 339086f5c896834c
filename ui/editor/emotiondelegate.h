#pragma once

#include "editor/choicedelegate.h"

namespace calib {

// Combo box editor for the emotion column of the trigger table.
class EmotionDelegate final : public ChoiceDelegate
{
    Q_OBJECT
public:
    explicit EmotionDelegate(QObject *parent = nullptr);
};

} // namespace calib
