#include "api/connectionconfig.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace calib {

QUrl ConnectionConfig::baseUrlForTenant(const QString &tenant)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!label.match(tenant).hasMatch())
        return {};
    return QUrl(QStringLiteral("https://%1.cognigy.com/api/v1").arg(tenant.toLower()));
}

bool ConnectionConfig::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

ApiError ConnectionConfig::validate() const
{
    auto invalid = [](const QString &message) {
        return ApiError::make(ApiError::Kind::InvalidInput, message);
    };
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        return invalid(QStringLiteral("the base URL is missing or invalid"));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return invalid(QStringLiteral("the base URL must use https (got \"%1\")").arg(baseUrl.scheme()));
    if (baseUrl.host().isEmpty())
        return invalid(QStringLiteral("the base URL has no host"));
    if (scheme == QLatin1StringView("http") && !isLoopbackHost(baseUrl.host()))
        return invalid(QStringLiteral("plain http is only allowed to a loopback host (127.0.0.1, ::1, localhost); "
                                      "use https for %1")
                           .arg(baseUrl.host()));
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment())
        return invalid(QStringLiteral("the base URL must not contain user info, a query or a fragment"));
    if (clientId.isEmpty())
        return invalid(QStringLiteral("no client id is configured"));
    return {};
}

} // namespace calib
