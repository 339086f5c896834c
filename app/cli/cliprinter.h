#pragma once

#include "api/apierror.h"
#include "services/exitcodes.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace calib::cli {

// Everything calibctl writes: results on stdout (human text, or one JSON document per
// result with --json), progress, retries and errors on stderr. Never given a secret or
// token to print, except the generated webhook secret, shown once on purpose.
class CliPrinter final
{
public:
    explicit CliPrinter(bool json);

    [[nodiscard]] bool isJson() const { return m_json; }
    // stdout as a device, for streaming exports.
    [[nodiscard]] QIODevice *stdoutDevice() { return &m_out; }

    void out(const QString &line); // a line on stdout
    void outRaw(const QByteArray &bytes);
    void json(const QJsonObject &object); // compact, one line, on stdout
    void err(const QString &line); // a line on stderr
    // "retrying in N s (reason)" on stderr.
    void retrying(int seconds, const QString &reason);

    // The failure on stderr in words; with --json also {"ok": false, "error": {...}} on stdout.
    void failure(ExitCode code, const QString &message);
    void failure(const ApiError &error);

    [[nodiscard]] static QJsonObject errorJson(const ApiError &error);

private:
    QFile m_out;
    QFile m_err;
    bool m_json;
};

} // namespace calib::cli
