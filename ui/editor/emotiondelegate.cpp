#include "editor/emotiondelegate.h"

#include "core/emotion.h"

namespace calib {

namespace {

QList<ChoiceDelegate::Choice> choices()
{
    QList<ChoiceDelegate::Choice> result;
    for (Emotion value : allEmotions())
        result << ChoiceDelegate::Choice {static_cast<int>(value), displayName(value)};
    return result;
}

} // namespace

EmotionDelegate::EmotionDelegate(QObject *parent)
    : ChoiceDelegate(choices(), tr("Emotion"), parent)
{ }

} // namespace calib
