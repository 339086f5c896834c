#pragma once

#include "services/credentialresolver.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib::cli {

// Options that may stand before or after the command.
struct GlobalOptions
{
    ConnectionRequest connection;
    bool json = false;
    bool help = false;
    bool version = false;
};

// argv split into the global options, the command word and the command's own arguments
// (options and positionals, in their order).
struct Invocation
{
    GlobalOptions globals;
    QString command;
    QStringList arguments;
    QString error; // usage error in plain words; empty when the split worked
};

// Finds the command as the first word that is neither an option nor the value of a
// global option that takes one; global options are taken out wherever they stand
// ("--opt VALUE" or "--opt=VALUE"). `args` includes the program name.
[[nodiscard]] Invocation splitArguments(const QStringList &args);

// RFC 3339 / ISO 8601 date-time ("2026-11-24T10:00:00Z"), a date ("2026-11-24", UTC
// midnight) or a time before `now` ("30m", "24h", "7d"). nullopt when unreadable.
[[nodiscard]] std::optional<QDateTime> parseTimeArgument(const QString &text, const QDateTime &now);

// A positive whole number in [min, max].
[[nodiscard]] std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max);

// The usage text (also printed by --help).
[[nodiscard]] QString usageText();

} // namespace calib::cli
