#include "core/preset.h"

#include "core/constraints.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace calib {

namespace {

constexpr QLatin1StringView formatName("calibration-workbench-preset");

// Keys in the order a person reading the file expects; anything else follows sorted.
int keyRank(const QString &key)
{
    static const QStringList order {
        QStringLiteral("format"),
        QStringLiteral("format_version"),
        QStringLiteral("name"),
        QStringLiteral("description"),
        QStringLiteral("created_at"),
        QStringLiteral("calibration"),
        QStringLiteral("interaction_ids"),
        QStringLiteral("polarity_matrix"),
        QStringLiteral("negative"),
        QStringLiteral("neutral"),
        QStringLiteral("positive"),
        QStringLiteral("alert_triggers"),
        QStringLiteral("emotion"),
        QStringLiteral("threshold"),
        QStringLiteral("directive"),
        QStringLiteral("sensitivity_level"),
        QStringLiteral("trigger_model_reweight"),
    };
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

// Scalars are written by QJsonDocument so numbers and escapes are identical to the wire form.
QByteArray scalarToJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeIndented(QByteArray &out, const QJsonValue &value, int depth)
{
    const QByteArray indent(4 * (depth + 1), ' ');
    const QByteArray closingIndent(4 * depth, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int ra = keyRank(a);
            const int rb = keyRank(b);
            return ra != rb ? ra < rb : a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + scalarToJson(keys.at(i)) + ": ";
            writeIndented(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closingIndent + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeIndented(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closingIndent + ']';
    } else {
        out += scalarToJson(value);
    }
}

QString tooLargeMessage(qint64 size)
{
    return QStringLiteral("the file is %1 bytes; presets larger than 1 MiB (%2 bytes) are refused")
        .arg(size)
        .arg(constraints::maxPresetBytes);
}

// RFC 3339 date-time; returns an invalid QDateTime when the text is not one.
QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    QString normalized = m.captured(1) + u'T' + m.captured(2);
    if (m.hasCaptured(3))
        normalized += u'.' + m.captured(3).left(3).leftJustified(3, u'0');
    const QString zone = m.captured(4);
    normalized += zone.compare(QLatin1StringView("z"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Z") : zone;
    const QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

QString formatRfc3339(const QDateTime &dt)
{
    const QDateTime utc = dt.toUTC();
    return utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

ParseResult<Preset> readPreset(const QJsonObject &object)
{
    ParseResult<Preset> result;
    QList<ParseError> &errors = result.errors;
    auto error = [&errors](const QString &path, const QString &message) {
        errors.append(ParseError {path, message, 0, 0, {}});
    };
    Preset preset;

    // format_version first: a newer file may have any shape, so say only that.
    const auto version = object.constFind(QLatin1StringView("format_version"));
    if (version == object.constEnd()) {
        error(QStringLiteral("format_version"), QStringLiteral("missing required field"));
    } else if (!version.value().isDouble()) {
        error(QStringLiteral("format_version"),
              QStringLiteral("expected a number, got %1").arg(jsonTypeName(version.value())));
    } else {
        const double v = version.value().toDouble();
        if (!std::isfinite(v) || v < 1 || v != std::floor(v)) {
            error(QStringLiteral("format_version"), QStringLiteral("must be a positive integer"));
        } else if (v > Preset::currentFormatVersion) {
            error(QStringLiteral("format_version"),
                  QStringLiteral("made by a newer version of Calibration Workbench (format_version %1; this "
                                 "version reads %2)")
                      .arg(QString::number(v, 'f', 0))
                      .arg(Preset::currentFormatVersion));
            return result;
        }
    }

    static const QStringList known {QStringLiteral("format"),     QStringLiteral("format_version"),
                                    QStringLiteral("name"),       QStringLiteral("description"),
                                    QStringLiteral("created_at"), QStringLiteral("calibration")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            error(it.key(), QStringLiteral("unknown field"));
    }

    const auto format = object.constFind(QLatin1StringView("format"));
    if (format == object.constEnd())
        error(QStringLiteral("format"), QStringLiteral("missing required field"));
    else if (!format.value().isString() || format.value().toString() != formatName)
        error(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(formatName));

    const auto name = object.constFind(QLatin1StringView("name"));
    if (name == object.constEnd())
        error(QStringLiteral("name"), QStringLiteral("missing required field"));
    else if (!name.value().isString())
        error(QStringLiteral("name"), QStringLiteral("expected a string, got %1").arg(jsonTypeName(name.value())));
    else
        preset.name = name.value().toString();

    const auto description = object.constFind(QLatin1StringView("description"));
    if (description != object.constEnd()) {
        if (description.value().isString())
            preset.description = description.value().toString();
        else
            error(QStringLiteral("description"),
                  QStringLiteral("expected a string, got %1").arg(jsonTypeName(description.value())));
    }

    const auto createdAt = object.constFind(QLatin1StringView("created_at"));
    if (createdAt != object.constEnd()) {
        if (!createdAt.value().isString()) {
            error(QStringLiteral("created_at"),
                  QStringLiteral("expected a string, got %1").arg(jsonTypeName(createdAt.value())));
        } else {
            preset.createdAt = parseRfc3339(createdAt.value().toString());
            if (!preset.createdAt.isValid())
                error(QStringLiteral("created_at"),
                      QStringLiteral("must be an RFC 3339 date-time such as 2026-11-24T09:15:00Z"));
        }
    }

    const auto calibration = object.constFind(QLatin1StringView("calibration"));
    if (calibration == object.constEnd()) {
        error(QStringLiteral("calibration"), QStringLiteral("missing required field"));
    } else if (!calibration.value().isObject()) {
        error(QStringLiteral("calibration"),
              QStringLiteral("expected an object, got %1").arg(jsonTypeName(calibration.value())));
    } else {
        ParseResult<Calibration> c
            = calibrationFromJson(calibration.value().toObject(), QStringLiteral("calibration."));
        errors += c.errors;
        if (c.value)
            preset.calibration = *c.value;
    }

    if (errors.isEmpty())
        result.value = std::move(preset);
    return result;
}

} // namespace

QByteArray presetToBytes(const Preset &preset)
{
    QJsonObject object;
    object.insert(QLatin1StringView("format"), formatName);
    object.insert(QLatin1StringView("format_version"), Preset::currentFormatVersion);
    object.insert(QLatin1StringView("name"), preset.name);
    object.insert(QLatin1StringView("description"), preset.description);
    if (preset.createdAt.isValid())
        object.insert(QLatin1StringView("created_at"), formatRfc3339(preset.createdAt));
    object.insert(QLatin1StringView("calibration"), toWireJson(preset.calibration));
    QByteArray out;
    writeIndented(out, object, 0);
    out += '\n';
    return out;
}

ParseResult<Preset> presetFromBytes(const QByteArray &bytes)
{
    ParseResult<Preset> result;
    if (bytes.size() > constraints::maxPresetBytes) {
        result.errors.append(ParseError {QString(), tooLargeMessage(bytes.size()), 0, 0, {}});
        return result;
    }
    const ParseResult<QJsonValue> json = parseStrictJson(bytes);
    if (!json.ok()) {
        result.errors = json.errors;
        return result;
    }
    if (!json.value->isObject()) {
        result.errors.append(ParseError {
            QString(),
            QStringLiteral("expected a preset or calibration object, got %1").arg(jsonTypeName(*json.value)),
            0,
            0,
            {}});
        return result;
    }
    const QJsonObject object = json.value->toObject();
    const bool isPreset = object.contains(QLatin1StringView("format"))
        || object.contains(QLatin1StringView("format_version")) || object.contains(QLatin1StringView("calibration"));
    if (isPreset)
        return readPreset(object);

    // A bare calibration payload, as sent on the wire.
    ParseResult<Calibration> c = calibrationFromJson(object);
    result.errors = c.errors;
    if (c.ok())
        result.value = Preset {QString(), QString(), QDateTime(), *c.value};
    return result;
}

ParseResult<Preset> loadPresetFile(const QString &path)
{
    ParseResult<Preset> result;
    auto fileError = [&](const QString &message) {
        result.errors.append(ParseError {QString(), message, 0, 0, path});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(QStringLiteral("the file does not exist"));
    if (info.isDir())
        return fileError(QStringLiteral("is a folder, not a preset file"));
    if (info.size() > constraints::maxPresetBytes)
        return fileError(tooLargeMessage(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    // Read one byte more than allowed so a file that grew meanwhile is still refused.
    const QByteArray bytes = file.read(qint64(constraints::maxPresetBytes) + 1);
    if (bytes.size() > constraints::maxPresetBytes)
        return fileError(tooLargeMessage(qMax(qint64(bytes.size()), file.size())));
    result = presetFromBytes(bytes);
    for (ParseError &e : result.errors)
        e.file = path;
    return result;
}

QString savePresetFile(const QString &path, const Preset &preset)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
    const QByteArray bytes = presetToBytes(preset);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace calib
