// calibration-workbench: bootstrap and composition root only.
#include "mainwindow.h"
#include "services/workbenchsession.h"
#include "store/appsettings.h"
#include "store/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcMain, "workbench.main")

// Translations live in <prefix>/share/calibration-workbench/translations, both installed
// and in the build tree (build/bin/../share/...).
void installTranslators(QApplication &app, const QString &languageOverride)
{
    const QLocale locale = languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
    QLocale::setDefault(locale);
    const QString ownDir = QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral("../share/calibration-workbench/translations"));
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("calibration-workbench"), QStringLiteral("_"), ownDir)) {
        QCoreApplication::installTranslator(own);
        qCInfo(lcMain) << "translation loaded:" << own->filePath();
    } else {
        qCInfo(lcMain) << "no translation for" << locale.name() << "in" << ownDir;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(calib::AppSettings::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("Calibration Workbench"));
    QApplication::setOrganizationName(calib::AppSettings::organizationName());
    QApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("com.example.CalibrationWorkbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tune the sentiment-alert thresholds of an Agent Assist tenant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Connect with the saved profile NAME."), QStringLiteral("NAME"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("Connect to the built-in sandbox."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window once the first data has loaded, write a PNG, exit."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("User interface language (en, de)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("Tab to show first: calibration, audit, review or whatif."),
                                       QStringLiteral("TAB"));
    parser.addOptions({profileOption, sandboxOption, screenshotOption, languageOption, tabOption});
    parser.process(app);

    calib::WorkbenchSession session;
    installTranslators(app,
                       parser.isSet(languageOption) ? parser.value(languageOption) : session.settings().language());

    QString dbError;
    if (!session.openDatabase(&dbError)) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Local Database"),
                             QApplication::translate("main",
                                                     "The local database could not be opened, so applies "
                                                     "and drafts are disabled: %1")
                                 .arg(dbError));
    }

    calib::MainWindow window(&session);
    const QStringList tabNames {QStringLiteral("calibration"), QStringLiteral("audit"), QStringLiteral("review"),
                                QStringLiteral("whatif")};
    const int tab = tabNames.indexOf(parser.value(tabOption).toLower());
    if (parser.isSet(tabOption) && tab < 0) {
        QTextStream(stderr) << "calibration-workbench: --tab must be one of " << tabNames.join(QStringLiteral(", "))
                            << Qt::endl;
        return 2;
    }
    if (tab > 0)
        window.tabs()->setCurrentIndex(tab);
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &calib::MainWindow::firstDataShown, &window, [&window, screenshot, tab] {
            // Let layouts settle (and a panel's first page arrive) before grabbing.
            QTimer::singleShot(tab > 0 ? 1500 : 200, &window, [&window, screenshot] {
                const bool ok = window.grab().save(screenshot, "PNG");
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
        QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    }
    window.show();

    const QString profileName = parser.value(profileOption);
    if (parser.isSet(sandboxOption) || profileName.isEmpty() || profileName == calib::ProfileStore::sandboxName()) {
        QString error;
        if (!session.connectSandbox(&error)) {
            if (!screenshot.isEmpty()) {
                QTextStream(stderr) << error << Qt::endl;
                return 2;
            }
            QMessageBox::warning(&window, QApplication::translate("main", "Connection"), error);
        }
    } else {
        // The secret comes from the keychain; a failure says why (not stored, locked, ...).
        session.connectStoredProfile(profileName, &window, [&window, screenshot](bool ok, const QString &message) {
            if (ok)
                return;
            if (!screenshot.isEmpty()) {
                QTextStream(stderr) << message << Qt::endl;
                QCoreApplication::exit(2);
                return;
            }
            QMessageBox::warning(&window, QApplication::translate("main", "Connection"), message);
        });
    }
    return QApplication::exec();
}
