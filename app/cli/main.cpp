// calibctl: the automation CLI of the calibration workbench. Parses arguments and
// prints; every workflow lives in app/services.
#include "cli/cliparser.h"
#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calibctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));

    // Output is English and locale-independent (scripts parse it): the C locale, and the
    // English plural forms of the shared libraries' messages ("1 apply", "2 applies").
    QLocale::setDefault(QLocale::c());
    QTranslator plurals;
    if (plurals.load(QStringLiteral("calibration-workbench_en"),
                     QDir(QCoreApplication::applicationDirPath())
                         .absoluteFilePath(QStringLiteral("../share/calibration-workbench/translations"))))
        QCoreApplication::installTranslator(&plurals);

    // Diagnostics of the libraries stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("workbench.*.debug=false\nworkbench.*.info=false"));

    calib::cli::CliRunner runner(calib::cli::splitArguments(QCoreApplication::arguments()));
    runner.start();
    return QCoreApplication::exec();
}
