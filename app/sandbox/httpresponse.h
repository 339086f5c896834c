#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace calib::sandbox {

// One HTTP/1.1 response as the sandbox writes it to the socket (it serialises responses
// itself so that fault injection can cut, delay or corrupt the exact bytes).
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": message, "code": code} plus any extra fields.
    static HttpResponse error(int status, const QString &message, const QString &code, const QJsonObject &extra = {});
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // Status line, headers (with Content-Length and Connection) and body.
    [[nodiscard]] QByteArray serialize(bool keepAlive) const;
    [[nodiscard]] static QByteArray reasonPhrase(int status);
};

} // namespace calib::sandbox
