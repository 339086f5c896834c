#include "core/calibrationdiff.h"

#include <QJsonArray>

#include <cmath>

namespace calib {

namespace {

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

QJsonObject triggerJson(const AlertTrigger &t)
{
    QJsonObject o;
    o.insert(QLatin1StringView("emotion"), toWire(t.emotion));
    o.insert(QLatin1StringView("threshold"), t.threshold);
    o.insert(QLatin1StringView("directive"), toWire(t.directive));
    return o;
}

void addNumber(QList<FieldChange> &out, const QString &path, double from, double to)
{
    if (!sameNumber(from, to))
        out.append(FieldChange {path, QJsonValue(from), QJsonValue(to)});
}

} // namespace

QList<FieldChange> diff(const Calibration &from, const Calibration &to)
{
    QList<FieldChange> out;

    if (from.interactionIds != to.interactionIds)
        out.append(FieldChange {QStringLiteral("interaction_ids"), QJsonArray::fromStringList(from.interactionIds),
                                QJsonArray::fromStringList(to.interactionIds)});

    addNumber(out, QStringLiteral("polarity_matrix.negative"), from.polarityMatrix.negative,
              to.polarityMatrix.negative);
    addNumber(out, QStringLiteral("polarity_matrix.neutral"), from.polarityMatrix.neutral, to.polarityMatrix.neutral);
    addNumber(out, QStringLiteral("polarity_matrix.positive"), from.polarityMatrix.positive,
              to.polarityMatrix.positive);

    // Triggers are compared by position; rows only on one side are whole objects.
    const qsizetype rows = std::max(from.alertTriggers.size(), to.alertTriggers.size());
    for (qsizetype i = 0; i < rows; ++i) {
        const QString prefix = QStringLiteral("alert_triggers[%1]").arg(i);
        if (i >= from.alertTriggers.size()) {
            out.append(FieldChange {prefix, QJsonValue(QJsonValue::Undefined), triggerJson(to.alertTriggers.at(i))});
            continue;
        }
        if (i >= to.alertTriggers.size()) {
            out.append(FieldChange {prefix, triggerJson(from.alertTriggers.at(i)), QJsonValue(QJsonValue::Undefined)});
            continue;
        }
        const AlertTrigger &a = from.alertTriggers.at(i);
        const AlertTrigger &b = to.alertTriggers.at(i);
        if (a.emotion != b.emotion)
            out.append(FieldChange {prefix + QStringLiteral(".emotion"), toWire(a.emotion), toWire(b.emotion)});
        addNumber(out, prefix + QStringLiteral(".threshold"), a.threshold, b.threshold);
        if (a.directive != b.directive)
            out.append(FieldChange {prefix + QStringLiteral(".directive"), toWire(a.directive), toWire(b.directive)});
    }

    addNumber(out, QStringLiteral("sensitivity_level"), from.sensitivityLevel, to.sensitivityLevel);
    if (from.triggerModelReweight != to.triggerModelReweight)
        out.append(
            FieldChange {QStringLiteral("trigger_model_reweight"), from.triggerModelReweight, to.triggerModelReweight});
    return out;
}

QJsonObject changesToJson(const QList<FieldChange> &changes)
{
    auto orNull = [](const QJsonValue &v) {
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    QJsonObject out;
    for (const FieldChange &c : changes) {
        QJsonObject entry;
        entry.insert(QLatin1StringView("from"), orNull(c.from));
        entry.insert(QLatin1StringView("to"), orNull(c.to));
        out.insert(c.path, entry);
    }
    return out;
}

} // namespace calib
