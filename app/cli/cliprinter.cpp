#include "cli/cliprinter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace calib::cli {

CliPrinter::CliPrinter(bool json)
    : m_json(json)
{
    m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void CliPrinter::out(const QString &line)
{
    m_out.write((line + QLatin1Char('\n')).toUtf8());
}

void CliPrinter::outRaw(const QByteArray &bytes)
{
    m_out.write(bytes);
}

void CliPrinter::json(const QJsonObject &object)
{
    m_out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliPrinter::err(const QString &line)
{
    m_err.write((line + QLatin1Char('\n')).toUtf8());
}

void CliPrinter::retrying(int seconds, const QString &reason)
{
    err(QStringLiteral("retrying in %1 s (%2)").arg(seconds).arg(reason));
}

QJsonObject CliPrinter::errorJson(const ApiError &error)
{
    QJsonObject object {
        {QStringLiteral("kind"), ApiError::kindName(error.kind)},
        {QStringLiteral("message"), error.message},
    };
    if (error.httpStatus != 0)
        object.insert(QStringLiteral("http_status"), error.httpStatus);
    if (!error.fieldErrors.isEmpty()) {
        QJsonArray fields;
        for (const Violation &violation : error.fieldErrors)
            fields.append(QJsonObject {{QStringLiteral("field"), violation.path},
                                       {QStringLiteral("message"), violation.message}});
        object.insert(QStringLiteral("details"), fields);
    }
    if (error.retryAfterSeconds)
        object.insert(QStringLiteral("retry_after"), *error.retryAfterSeconds);
    if (!error.jobId.isEmpty())
        object.insert(QStringLiteral("job_id"), error.jobId);
    if (!error.missingScope.isEmpty())
        object.insert(QStringLiteral("missing_scope"), error.missingScope);
    return object;
}

void CliPrinter::failure(ExitCode code, const QString &message)
{
    err(QStringLiteral("calibctl: ") + message);
    if (m_json)
        json(QJsonObject {{QStringLiteral("ok"), false},
                          {QStringLiteral("exit_code"), toInt(code)},
                          {QStringLiteral("error"), QJsonObject {{QStringLiteral("message"), message}}}});
}

void CliPrinter::failure(const ApiError &error)
{
    err(QStringLiteral("calibctl: ") + error.toString());
    if (m_json)
        json(QJsonObject {{QStringLiteral("ok"), false},
                          {QStringLiteral("exit_code"), toInt(exitCodeFor(error))},
                          {QStringLiteral("error"), errorJson(error)}});
}

} // namespace calib::cli
