#include "core/validation.h"

#include "core/constraints.h"

#include <QHash>

#include <cmath>

namespace calib {

bool ValidationResult::ok() const
{
    for (const Violation &v : violations) {
        if (v.severity == Severity::Error)
            return false;
    }
    return true;
}

QList<Violation> ValidationResult::errors() const
{
    QList<Violation> out;
    for (const Violation &v : violations) {
        if (v.severity == Severity::Error)
            out.append(v);
    }
    return out;
}

QList<Violation> ValidationResult::warnings() const
{
    QList<Violation> out;
    for (const Violation &v : violations) {
        if (v.severity == Severity::Warning)
            out.append(v);
    }
    return out;
}

QList<Violation> ValidationResult::at(const QString &path) const
{
    QList<Violation> out;
    for (const Violation &v : violations) {
        if (v.path == path)
            out.append(v);
    }
    return out;
}

namespace {

// Length in Unicode code points (what JSON Schema's maxLength counts).
qsizetype codePointLength(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

// Appends a bound violation; returns true when the value is a finite number inside it.
bool checkBound(QList<Violation> &out, const QString &path, const NumberBound &bound, double value)
{
    if (!std::isfinite(value)) {
        out.append(Violation {path, constraints::notFiniteMessage(), Severity::Error});
        return false;
    }
    if (!bound.contains(value)) {
        out.append(Violation {path, bound.message(), Severity::Error});
        return false;
    }
    return true;
}

QString triggerPath(qsizetype index, QLatin1StringView field)
{
    return QStringLiteral("alert_triggers[%1].").arg(index) + field;
}

} // namespace

ValidationResult validate(const Calibration &calibration)
{
    ValidationResult result;
    QList<Violation> &out = result.violations;

    // interaction_ids
    const QStringList &ids = calibration.interactionIds;
    if (ids.size() < constraints::interactionIdsMin || ids.size() > constraints::interactionIdsMax)
        out.append(
            Violation {QStringLiteral("interaction_ids"), constraints::interactionIdsCountMessage(), Severity::Error});
    QHash<QString, qsizetype> firstIndexOfId;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString path = QStringLiteral("interaction_ids[%1]").arg(i);
        const QString &id = ids.at(i);
        const qsizetype length = codePointLength(id);
        if (length < 1 || length > constraints::interactionIdMaxLength)
            out.append(Violation {path, constraints::interactionIdLengthMessage(), Severity::Error});
        const auto it = firstIndexOfId.constFind(id);
        if (it != firstIndexOfId.constEnd())
            out.append(
                Violation {path, constraints::duplicateInteractionIdMessage(int(it.value())), Severity::Warning});
        else
            firstIndexOfId.insert(id, i);
    }

    // polarity_matrix
    const PolarityMatrix &m = calibration.polarityMatrix;
    checkBound(out, QString::fromLatin1(constraints::polarityNegative.field), constraints::polarityNegative,
               m.negative);
    checkBound(out, QString::fromLatin1(constraints::polarityNeutral.field), constraints::polarityNeutral, m.neutral);
    checkBound(out, QString::fromLatin1(constraints::polarityPositive.field), constraints::polarityPositive,
               m.positive);

    // alert_triggers
    const QList<AlertTrigger> &triggers = calibration.alertTriggers;
    if (triggers.isEmpty())
        out.append(Violation {QStringLiteral("alert_triggers"), constraints::noTriggersMessage(), Severity::Warning});
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const AlertTrigger &t = triggers.at(i);
        const QString thresholdPath = triggerPath(i, QLatin1StringView("threshold"));
        const bool finite = std::isfinite(t.threshold);
        checkBound(out, thresholdPath, constraints::triggerThreshold, t.threshold);
        if (finite && t.directive == Directive::Block && t.threshold < constraints::blockMinThreshold)
            out.append(Violation {thresholdPath, constraints::blockThresholdMessage(), Severity::Error});
        for (qsizetype j = 0; j < i; ++j) {
            const AlertTrigger &earlier = triggers.at(j);
            if (earlier.emotion == t.emotion && earlier.directive == t.directive) {
                out.append(Violation {triggerPath(i, QLatin1StringView("directive")),
                                      constraints::duplicateTriggerMessage()
                                          + QStringLiteral(" (same as alert_triggers[%1]: %2, %3)")
                                                .arg(j)
                                                .arg(toWire(t.emotion), toWire(t.directive)),
                                      Severity::Error});
                break;
            }
        }
    }

    // sensitivity_level
    checkBound(out, QString::fromLatin1(constraints::sensitivityLevel.field), constraints::sensitivityLevel,
               calibration.sensitivityLevel);

    return result;
}

} // namespace calib
