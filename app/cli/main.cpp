// calibctl: the automation CLI of the calibration workbench. Parses arguments and
// prints; every workflow lives in app/services.
#include "cli/cliparser.h"
#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calibctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));

    // Diagnostics of the libraries stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("workbench.*.debug=false\nworkbench.*.info=false"));

    calib::cli::CliRunner runner(calib::cli::splitArguments(QCoreApplication::arguments()));
    runner.start();
    return QCoreApplication::exec();
}
