#include "store/storejson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace calib::storejson {

QString format(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoreResult<QJsonObject> parse(const QString &text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return StoreResult<QJsonObject>::failure(
            QCoreApplication::translate("calib::LocalDatabase", "stored JSON is damaged (%1)")
                .arg(error.error != QJsonParseError::NoError
                         ? error.errorString()
                         : QCoreApplication::translate("calib::LocalDatabase", "not an object")));
    return doc.object();
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

} // namespace calib::storejson
