#include "cli/cliparser.h"

#include <QRegularExpression>

namespace calib::cli {

namespace {

// Global options that take a value.
const QStringList &valueOptions()
{
    static const QStringList names {QStringLiteral("--profile"), QStringLiteral("--base-url"),
                                    QStringLiteral("--tenant"), QStringLiteral("--client-id"),
                                    QStringLiteral("--auth-method")};
    return names;
}

void setValue(GlobalOptions &globals, const QString &name, const QString &value)
{
    if (name == u"--profile")
        globals.connection.profile = value;
    else if (name == u"--base-url")
        globals.connection.baseUrl = value;
    else if (name == u"--tenant")
        globals.connection.tenant = value;
    else if (name == u"--client-id")
        globals.connection.clientId = value;
    else if (name == u"--auth-method")
        globals.connection.authMethod = value;
}

bool setFlag(GlobalOptions &globals, const QString &arg)
{
    if (arg == u"--sandbox")
        globals.connection.sandbox = true;
    else if (arg == u"--json")
        globals.json = true;
    else if (arg == u"--help" || arg == u"-h")
        globals.help = true;
    else if (arg == u"--version")
        globals.version = true;
    else
        return false;
    return true;
}

} // namespace

Invocation splitArguments(const QStringList &args)
{
    Invocation invocation;
    bool afterDoubleDash = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (afterDoubleDash) {
            if (invocation.command.isEmpty())
                invocation.command = arg;
            else
                invocation.arguments << arg;
            continue;
        }
        if (arg == u"--") {
            afterDoubleDash = true;
            if (!invocation.command.isEmpty())
                invocation.arguments << arg;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq > 0 ? arg.left(eq) : arg;
            if (valueOptions().contains(name)) {
                QString value;
                if (eq > 0) {
                    value = arg.mid(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.at(++i);
                } else {
                    invocation.error = QStringLiteral("%1 needs a value.").arg(name);
                    return invocation;
                }
                setValue(invocation.globals, name, value);
                continue;
            }
            if (eq < 0 && setFlag(invocation.globals, arg))
                continue;
            if (invocation.command.isEmpty()) {
                invocation.error
                    = QStringLiteral("Unknown option %1 (command options go after the command).").arg(name);
                return invocation;
            }
            invocation.arguments << arg;
            continue;
        }
        if (invocation.command.isEmpty())
            invocation.command = arg;
        else
            invocation.arguments << arg;
    }
    return invocation;
}

std::optional<QDateTime> parseTimeArgument(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const QRegularExpressionMatch match = relative.match(text);
    if (match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        qint64 seconds = amount;
        if (unit == u'm')
            seconds *= 60;
        else if (unit == u'h')
            seconds *= 3600;
        else if (unit == u'd')
            seconds *= 86400;
        else if (unit == u'w')
            seconds *= 7 * 86400;
        return now.toUTC().addSecs(-seconds);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid()) {
        if (parsed.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('T')))
            parsed = QDateTime(parsed.date(), QTime(0, 0), Qt::UTC);
        return parsed.toUTC();
    }
    return std::nullopt;
}

std::optional<qint64> parseCount(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QString usageText()
{
    return QStringLiteral(
        "Usage: calibctl [CONNECTION] [--json] COMMAND [ARGS]\n"
        "\n"
        "Connection (before or after the command):\n"
        "  --profile NAME               a saved profile; the secret comes from the keychain\n"
        "  --base-url URL | --tenant T  with --client-id ID; the secret comes from COGNIGY_CLIENT_SECRET\n"
        "                               (COGNIGY_TENANT and COGNIGY_CLIENT_ID are honoured too)\n"
        "  --auth-method form|basic     how the client authenticates (default form)\n"
        "  --sandbox                    start a built-in sandbox tenant in this process\n"
        "  --json                       machine-readable output on stdout\n"
        "\n"
        "Commands:\n"
        "  validate FILE\n"
        "  apply FILE [--wait] [--dry-run] [--idempotency-key K]\n"
        "  current [-o FILE]\n"
        "  job ID [--wait]\n"
        "  webhook add URL --event E [--event E] [--secret-env VAR]\n"
        "  webhook list\n"
        "  webhook delete ID\n"
        "  audit [--limit N] [--max N] [--since T] [--until T] [--actor A] [--format table|jsonl|csv] [-o FILE]\n"
        "  alerts [--limit N] [--max N] [--since T] [--format table|jsonl|csv] [-o FILE]\n"
        "  profile add NAME (--base-url URL | --tenant T) --client-id ID [--auth-method form|basic]\n"
        "  profile list\n"
        "  profile remove NAME [--force]  (--force: even with unfinished applies)\n"
        "  profile set-secret NAME      (reads the secret from stdin; not echoed)\n"
        "  outbox list [--all]\n"
        "  outbox resume [--wait]\n"
        "  sweep DATASET --emotion E [--target-precision P] [--conservative] [--directive D]\n"
        "        [--current T] [--step S] [--fully-labelled] [--format table|json|csv]\n"
        "  verify DATASET [--lexicon FILE] [--min-confidence C]\n"
        "\n"
        "Exit codes: 0 ok, 1 invalid input or rejected, 2 usage, 3 authentication or permission,\n"
        "4 still rate limited or busy after retries, 5 network, protocol or server error.\n");
}

} // namespace calib::cli
