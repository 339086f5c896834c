#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

namespace calib {

// Logging category of the tenant client ("workbench.api"). Log lines name the method,
// path, status, attempt and duration only; headers and bodies are never logged as such,
// and anything that may carry a credential goes through redactForLog() first.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

// Replaces credentials in `text` with "***": bearer/basic authorization values,
// `access_token`, `client_secret`, `secret` and `refresh_token` in JSON and form bodies.
[[nodiscard]] QString redactForLog(const QString &text);
[[nodiscard]] QString redactForLog(const QByteArray &text);

} // namespace calib
