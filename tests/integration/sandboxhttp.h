#pragma once

// Test helper for the tst_sandbox* integration tests: a small blocking HTTP client over
// QNetworkAccessManager (it waits with QSignalSpy, which tests may do).

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

namespace calib::test {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

inline QByteArray validCalibrationBody(double angerThreshold = 0.7, bool reweight = false)
{
    return QByteArrayLiteral("{\"interaction_ids\":[\"int-1\",\"int-2\"],"
                             "\"polarity_matrix\":{\"negative\":-0.5,\"neutral\":0.0,\"positive\":0.5},"
                             "\"alert_triggers\":[{\"emotion\":\"anger\",\"threshold\":")
        + QByteArray::number(angerThreshold)
        + QByteArrayLiteral(",\"directive\":\"notify\"}],\"sensitivity_level\":0.5,\"trigger_model_reweight\":")
        + (reweight ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + '}';
}

class SandboxHttp
{
public:
    explicit SandboxHttp(QUrl base)
        : m_base(std::move(base))
    { }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u = m_base;
        u.setPath(m_base.path() + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path, const QString &token, const QUrlQuery &query = {})
    {
        return send("GET", url(path, query), {}, bearer(token));
    }

    HttpResult tokenRequest(const QByteArray &form,
                            const QList<QPair<QByteArray, QByteArray>> &headers
                            = {{"Content-Type", "application/x-www-form-urlencoded"}})
    {
        return send("POST", url(QStringLiteral("/auth/token")), form, headers);
    }

    QString token(const QByteArray &scope = {})
    {
        QByteArray form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret";
        if (!scope.isEmpty())
            form += "&scope=" + QUrl::toPercentEncoding(QString::fromLatin1(scope));
        return tokenRequest(form).json().value(QStringLiteral("access_token")).toString();
    }

    HttpResult put(const QString &token, const QByteArray &key, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers = bearer(token);
        using Header = QPair<QByteArray, QByteArray>;
        headers.append(Header("X-Format-Version", "2.1"));
        headers.append(Header("X-Idempotency-Key", key));
        headers.append(Header("Content-Type", "application/json"));
        for (const auto &header : extra) {
            headers.removeIf([&header](const auto &h) { return h.first == header.first; });
            if (!header.second.isNull())
                headers.append(header);
        }
        return send("PUT", url(QStringLiteral("/agentassist/sentiment/calibration")), body, headers);
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace calib::test
