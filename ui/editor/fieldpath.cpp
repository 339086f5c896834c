#include "editor/fieldpath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace calib {

namespace {

QString triggerText(const AlertTrigger &t)
{
    return toWire(t.emotion) % u'/' % toWire(t.directive) % u'/' % QString::number(t.threshold, 'g', 17);
}

} // namespace

FieldPath FieldPath::parse(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?$)"));
    FieldPath result;
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return result;
    const QString head = match.captured(1);
    if (head == u"polarity_matrix")
        result.area = Area::Polarity;
    else if (head == u"alert_triggers")
        result.area = Area::Triggers;
    else if (head == u"sensitivity_level")
        result.area = Area::Sensitivity;
    else if (head == u"interaction_ids")
        result.area = Area::InteractionIds;
    else if (head == u"trigger_model_reweight")
        result.area = Area::Reweight;
    else
        return result;
    if (match.hasCaptured(2)) {
        bool ok = false;
        result.index = match.captured(2).toInt(&ok);
        if (!ok)
            result.index = -1;
    }
    result.member = match.captured(3);
    return result;
}

QString FieldPath::displayName(const QString &path)
{
    const FieldPath p = parse(path);
    switch (p.area) {
    case Area::Polarity: {
        QString member = p.member;
        if (member == u"negative")
            member = tr("negative");
        else if (member == u"neutral")
            member = tr("neutral");
        else if (member == u"positive")
            member = tr("positive");
        return member.isEmpty() ? tr("Polarity matrix") : tr("Polarity matrix · %1").arg(member);
    }
    case Area::Triggers: {
        if (p.index < 0)
            return tr("Alert triggers");
        QString member = p.member;
        if (member == u"emotion")
            member = tr("emotion");
        else if (member == u"directive")
            member = tr("directive");
        else if (member == u"threshold")
            member = tr("threshold");
        const QString row = tr("Trigger %1").arg(p.index + 1);
        return member.isEmpty() ? row : row % QStringLiteral(" · ") % member;
    }
    case Area::Sensitivity: return tr("Sensitivity");
    case Area::InteractionIds: return p.index < 0 ? tr("Interaction ids") : tr("Interaction id %1").arg(p.index + 1);
    case Area::Reweight: return tr("Model reweight");
    case Area::Unknown: break;
    }
    return path;
}

std::optional<QString> FieldPath::valueText(const Calibration &c, const QString &path)
{
    const FieldPath p = parse(path);
    const auto number = [](double v) {
        return QString::number(v, 'g', 17);
    };
    switch (p.area) {
    case Area::Polarity:
        if (p.member == u"negative")
            return number(c.polarityMatrix.negative);
        if (p.member == u"neutral")
            return number(c.polarityMatrix.neutral);
        if (p.member == u"positive")
            return number(c.polarityMatrix.positive);
        return number(c.polarityMatrix.negative) % u' ' % number(c.polarityMatrix.neutral) % u' '
            % number(c.polarityMatrix.positive);
    case Area::Sensitivity: return number(c.sensitivityLevel);
    case Area::Reweight: return c.triggerModelReweight ? QStringLiteral("true") : QStringLiteral("false");
    case Area::InteractionIds:
        if (p.index < 0)
            return c.interactionIds.join(u'\n');
        if (p.index < c.interactionIds.size())
            return c.interactionIds.at(p.index);
        return std::nullopt;
    case Area::Triggers: {
        if (p.index < 0) {
            QStringList all;
            for (const AlertTrigger &t : c.alertTriggers)
                all << triggerText(t);
            return all.join(u'\n');
        }
        if (p.index >= c.alertTriggers.size())
            return std::nullopt;
        const AlertTrigger &t = c.alertTriggers.at(p.index);
        if (p.member == u"emotion")
            return toWire(t.emotion);
        if (p.member == u"directive")
            return toWire(t.directive);
        if (p.member == u"threshold")
            return number(t.threshold);
        return triggerText(t);
    }
    case Area::Unknown: break;
    }
    return std::nullopt;
}

} // namespace calib
