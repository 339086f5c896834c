#include "store/connectionprofile.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

QUrl ConnectionProfile::effectiveBaseUrl() const
{
    if (isSandbox)
        return baseUrl;
    if (!baseUrl.isEmpty())
        return baseUrl;
    if (!tenant.isEmpty())
        return tenantBaseUrl(tenant);
    return {};
}

QUrl ConnectionProfile::tenantBaseUrl(const QString &tenant)
{
    static const QRegularExpression valid(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    const QString t = tenant.trimmed().toLower();
    if (!valid.match(t).hasMatch())
        return {};
    return QUrl(u"https://"_s + t + u".cognigy.com/api/v1"_s);
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        out << tr("The profile needs a name.");
    else if (trimmed != name)
        out << tr("The profile name must not start or end with spaces.");
    else if (name.size() > 64)
        out << tr("The profile name is longer than 64 characters.");
    else if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        out << tr("The profile name contains control characters.");
    if (isSandbox)
        return out;
    if (baseUrl.isEmpty() && tenant.isEmpty())
        out << tr("Give either a tenant name or a base URL.");
    if (!baseUrl.isEmpty()) {
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (baseUrl.scheme() != u"https"_s && baseUrl.scheme() != u"http"_s))
            out << tr("The base URL must be a complete http(s) address such as https://tenant.cognigy.com/api/v1.");
    } else if (!tenant.isEmpty() && tenantBaseUrl(tenant).isEmpty()) {
        out << tr("The tenant name may only contain letters, digits and hyphens.");
    }
    if (clientId.trimmed().isEmpty())
        out << tr("The profile needs a client id.");
    return out;
}

QString ConnectionProfile::authMethodName(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::FormFields: return u"form"_s;
    case ClientAuthMethod::HttpBasic: return u"basic"_s;
    }
    return u"form"_s;
}

ClientAuthMethod ConnectionProfile::authMethodFromName(const QString &name)
{
    return name.compare(u"basic"_s, Qt::CaseInsensitive) == 0 ? ClientAuthMethod::HttpBasic
                                                              : ClientAuthMethod::FormFields;
}

} // namespace calib
