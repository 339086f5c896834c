#include "core/constraints.h"

#include <QCoreApplication>
#include <QLocale>

namespace calib {

namespace {
// Shortest exact form with at least one decimal: -1.0, 0.05, 0.95.
QString number(double v)
{
    QString text = QString::number(v, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += QStringLiteral(".0");
    return text;
}
} // namespace

QString NumberBound::message() const
{
    // Same words on client and server.
    return QStringLiteral("must be between %1 and %2").arg(number(min), number(max));
}

namespace constraints {

QString blockThresholdMessage()
{
    return QStringLiteral("Block directives require a minimum threshold of 0.7");
}

QString duplicateTriggerMessage()
{
    return QStringLiteral("only one trigger per (emotion, directive) pair is allowed");
}

QString interactionIdsCountMessage()
{
    return QStringLiteral("must contain %1 to %2 interaction ids").arg(interactionIdsMin).arg(interactionIdsMax);
}

QString interactionIdLengthMessage()
{
    return QStringLiteral("must be a non-empty string of at most %1 characters").arg(interactionIdMaxLength);
}

QString emotionEnumMessage()
{
    return QStringLiteral("must be one of anger, frustration, satisfaction, confusion");
}

QString directiveEnumMessage()
{
    return QStringLiteral("must be one of block, notify, escalate, log");
}

QString notFiniteMessage()
{
    return QStringLiteral("must be a finite number (NaN and Infinity are not allowed)");
}

QString duplicateInteractionIdMessage(int firstIndex)
{
    return QStringLiteral("duplicate of interaction_ids[%1]").arg(firstIndex);
}

QString noTriggersMessage()
{
    return QStringLiteral("no alert triggers: no alert will ever fire");
}

QString interactionIdsTooManyItemsMessage()
{
    return QStringLiteral("at most %1 items").arg(interactionIdsMax);
}

QString tooltipFor(const NumberBound &bound)
{
    return QCoreApplication::translate("calib::constraints", "%1: from %2 to %3 (inclusive)")
        .arg(QString::fromLatin1(bound.field), QString::number(bound.min, 'f', bound.decimals),
             QString::number(bound.max, 'f', bound.decimals));
}

} // namespace constraints
} // namespace calib
