#include "editor/directivedelegate.h"

#include "core/emotion.h"

namespace calib {

namespace {

QList<ChoiceDelegate::Choice> choices()
{
    QList<ChoiceDelegate::Choice> result;
    for (Directive value : allDirectives())
        result << ChoiceDelegate::Choice {static_cast<int>(value), displayName(value)};
    return result;
}

} // namespace

DirectiveDelegate::DirectiveDelegate(QObject *parent)
    : ChoiceDelegate(choices(), tr("Directive"), parent)
{ }

} // namespace calib
