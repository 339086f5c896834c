#include "core/emotion.h"

#include <QCoreApplication>

namespace calib {

QString toWire(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Anger: return QStringLiteral("anger");
    case Emotion::Frustration: return QStringLiteral("frustration");
    case Emotion::Satisfaction: return QStringLiteral("satisfaction");
    case Emotion::Confusion: return QStringLiteral("confusion");
    }
    return {};
}

QString toWire(Directive directive)
{
    switch (directive) {
    case Directive::Block: return QStringLiteral("block");
    case Directive::Notify: return QStringLiteral("notify");
    case Directive::Escalate: return QStringLiteral("escalate");
    case Directive::Log: return QStringLiteral("log");
    }
    return {};
}

std::optional<Emotion> emotionFromWire(QStringView text)
{
    for (Emotion e : allEmotions()) {
        if (text == toWire(e))
            return e;
    }
    return std::nullopt;
}

std::optional<Directive> directiveFromWire(QStringView text)
{
    for (Directive d : allDirectives()) {
        if (text == toWire(d))
            return d;
    }
    return std::nullopt;
}

const QList<Emotion> &allEmotions()
{
    static const QList<Emotion> all {Emotion::Anger, Emotion::Frustration, Emotion::Satisfaction, Emotion::Confusion};
    return all;
}

const QList<Directive> &allDirectives()
{
    static const QList<Directive> all {Directive::Block, Directive::Notify, Directive::Escalate, Directive::Log};
    return all;
}

QString displayName(Emotion emotion)
{
    switch (emotion) {
    case Emotion::Anger: return QCoreApplication::translate("calib::Emotion", "Anger");
    case Emotion::Frustration: return QCoreApplication::translate("calib::Emotion", "Frustration");
    case Emotion::Satisfaction: return QCoreApplication::translate("calib::Emotion", "Satisfaction");
    case Emotion::Confusion: return QCoreApplication::translate("calib::Emotion", "Confusion");
    }
    return {};
}

QString displayName(Directive directive)
{
    switch (directive) {
    case Directive::Block: return QCoreApplication::translate("calib::Directive", "Block");
    case Directive::Notify: return QCoreApplication::translate("calib::Directive", "Notify");
    case Directive::Escalate: return QCoreApplication::translate("calib::Directive", "Escalate");
    case Directive::Log: return QCoreApplication::translate("calib::Directive", "Log");
    }
    return {};
}

} // namespace calib
