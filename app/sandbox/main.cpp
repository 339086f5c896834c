// calibration-sandbox: the tenant emulator as a standalone executable.
#include "sandbox/sandboxserver.h"
#include "sandbox/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

namespace {

bool parseNumber(const QCommandLineParser &parser, const QString &name, double min, double max, double *out,
                 QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calibration-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the Agent Assist sentiment calibration API (openapi.yaml)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const QString &name, const QString &description, const QString &valueName = {}) {
        parser.addOption(QCommandLineOption(name, description, valueName));
    };
    option(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("HOST"));
    option(QStringLiteral("port"), QStringLiteral("Port (default 8731; 0 picks a free port)."), QStringLiteral("PORT"));
    option(QStringLiteral("allow-remote"), QStringLiteral("Allow listening on a non-loopback address."));
    option(QStringLiteral("client-id"), QStringLiteral("OAuth client id (default sandbox)."), QStringLiteral("ID"));
    option(QStringLiteral("client-secret"),
           QStringLiteral("OAuth client secret (default sandbox-secret; or CALIB_SANDBOX_CLIENT_SECRET)."),
           QStringLiteral("SECRET"));
    option(QStringLiteral("scopes"), QStringLiteral("Space-separated scopes the token endpoint grants at most."),
           QStringLiteral("SCOPES"));
    option(QStringLiteral("token-ttl"), QStringLiteral("Token lifetime in seconds (default 3600)."),
           QStringLiteral("S"));
    option(QStringLiteral("rate-limit"), QStringLiteral("Calibration PUTs per rolling 60 s (default 10)."),
           QStringLiteral("N"));
    option(QStringLiteral("reweight-seconds"), QStringLiteral("Duration of a reweight job (default 5)."),
           QStringLiteral("S"));
    option(QStringLiteral("seed"), QStringLiteral("Seed of the alert stream and fault sequence (default 1)."),
           QStringLiteral("N"));
    option(QStringLiteral("alerts"), QStringLiteral("Pre-seeded alerts (default 2000)."), QStringLiteral("N"));
    option(QStringLiteral("audit"), QStringLiteral("Pre-seeded audit events (default 300)."), QStringLiteral("N"));
    option(QStringLiteral("state"), QStringLiteral("Keep the tenant in FILE across restarts."), QStringLiteral("FILE"));
    option(QStringLiteral("ground-truth"), QStringLiteral("Export the hidden truth of every alert to FILE (JSONL)."),
           QStringLiteral("FILE"));
    option(QStringLiteral("fault-rate"), QStringLiteral("Fraction of requests that misbehave (0..1)."),
           QStringLiteral("R"));
    option(QStringLiteral("faults"),
           QStringLiteral("Comma-separated faults: reset,stall,trickle,500,502,truncated,malformed,429,503[,token]."),
           QStringLiteral("LIST"));
    option(QStringLiteral("no-audit-filters"),
           QStringLiteral("Answer 400 to the audit trail's since, until and actor filters (an older tenant)."));
    option(QStringLiteral("max-body"), QStringLiteral("Largest accepted request body in bytes (default 1048576)."),
           QStringLiteral("BYTES"));
    parser.process(app);

    calib::SandboxOptions options;
    options.port = 8731;
    QString error;
    double number = 0;
    if (parser.isSet(QStringLiteral("host"))) {
        options.host = QHostAddress(parser.value(QStringLiteral("host")));
        if (options.host.isNull()) {
            QTextStream(stderr) << "calibration-sandbox: --host must be an IP address" << Qt::endl;
            return 2;
        }
    }
    options.allowRemote = parser.isSet(QStringLiteral("allow-remote"));
    options.auditFilters = !parser.isSet(QStringLiteral("no-audit-filters"));
    if (parser.isSet(QStringLiteral("client-id")))
        options.clientId = parser.value(QStringLiteral("client-id"));
    const QString envSecret = qEnvironmentVariable("CALIB_SANDBOX_CLIENT_SECRET");
    if (parser.isSet(QStringLiteral("client-secret")))
        options.clientSecret = parser.value(QStringLiteral("client-secret"));
    else if (!envSecret.isEmpty())
        options.clientSecret = envSecret;
    if (parser.isSet(QStringLiteral("scopes")))
        options.scopes = parser.value(QStringLiteral("scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    options.stateFile = parser.value(QStringLiteral("state"));
    options.groundTruthFile = parser.value(QStringLiteral("ground-truth"));
    if (parser.isSet(QStringLiteral("faults")))
        options.faults = parser.value(QStringLiteral("faults")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    bool ok = true;
    number = options.port;
    ok = ok && parseNumber(parser, QStringLiteral("port"), 0, 65535, &number, &error);
    options.port = quint16(number);
    number = options.tokenTtlSeconds;
    ok = ok && parseNumber(parser, QStringLiteral("token-ttl"), 1, 86400 * 30, &number, &error);
    options.tokenTtlSeconds = int(number);
    number = options.rateLimit;
    ok = ok && parseNumber(parser, QStringLiteral("rate-limit"), 0, 1e6, &number, &error);
    options.rateLimit = int(number);
    ok = ok && parseNumber(parser, QStringLiteral("reweight-seconds"), 0.001, 86400, &options.reweightSeconds, &error);
    number = double(options.seed);
    ok = ok && parseNumber(parser, QStringLiteral("seed"), 0, 9e15, &number, &error);
    options.seed = quint64(number);
    number = options.seedAlerts;
    ok = ok && parseNumber(parser, QStringLiteral("alerts"), 0, 1e7, &number, &error);
    options.seedAlerts = int(number);
    number = options.seedAudit;
    ok = ok && parseNumber(parser, QStringLiteral("audit"), 0, 1e7, &number, &error);
    options.seedAudit = int(number);
    ok = ok && parseNumber(parser, QStringLiteral("fault-rate"), 0, 1, &options.faultRate, &error);
    number = double(options.maxBodyBytes);
    ok = ok && parseNumber(parser, QStringLiteral("max-body"), 1, 1e9, &number, &error);
    options.maxBodyBytes = qint64(number);
    if (!ok) {
        QTextStream(stderr) << "calibration-sandbox: " << error << Qt::endl;
        return 2;
    }

    calib::SandboxServer server(options);
    QTextStream log(stderr);
    QObject::connect(&server, &calib::SandboxServer::requestLogged, &server,
                     [&log](const QString &line) { log << line << Qt::endl; });
    if (!server.start(&error)) {
        QTextStream(stderr) << "calibration-sandbox: " << error << Qt::endl;
        return 1;
    }
    calib::sandbox::SignalWatcher watcher;
    QObject::connect(&watcher, &calib::sandbox::SignalWatcher::terminationRequested, &app,
                     [&server, &log](int signalNumber) {
                         log << "calibration-sandbox: signal " << signalNumber << ", shutting down" << Qt::endl;
                         server.stop();
                         QCoreApplication::quit();
                     });

    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    std::fflush(stdout);
    return QCoreApplication::exec();
}
