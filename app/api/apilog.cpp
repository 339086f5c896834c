#include "api/apilog.h"

#include <QRegularExpression>

namespace calib {

Q_LOGGING_CATEGORY(lcApi, "workbench.api")

QString redactForLog(const QString &text)
{
    static const QRegularExpression authorization(QString::fromLatin1(R"re((\b(?:Bearer|Basic)\s+)[^\s",;]+)re"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        QString::fromLatin1(
            R"re(("(?:access_token|refresh_token|client_secret|secret|password)"\s*:\s*")(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formField(
        QString::fromLatin1(
            R"re(((?:^|[?&\s])(?:access_token|refresh_token|client_secret|secret|password)=)[^&\s]*)re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(authorization, QStringLiteral("\\1***"));
    out.replace(jsonField, QStringLiteral("\\1***\""));
    out.replace(formField, QStringLiteral("\\1***"));
    return out;
}

QString redactForLog(const QByteArray &text)
{
    return redactForLog(QString::fromUtf8(text));
}

} // namespace calib
