// calibration-workbench: bootstrap and composition root only.
#include "chartpanels.h"
#include "common/firstpaintprobe.h"
#include "core/analytics/labelledalert.h"
#include "mainwindow.h"
#include "store/appsettings.h"
#include "store/profilestore.h"
#include "windowbackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <utility>

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

// The workbench's modules live next to the program (<prefix>/lib/calibration-workbench,
// build/lib/calibration-workbench alike).
QString modulePath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../lib/calibration-workbench/") + name);
}

// The backend (windowbackend.h): the session's network, storage and keychain code, loaded
// right after the window's first frame, so a cold start does not load Qt Network, Qt SQL,
// QtKeychain and Qt HTTP Server. Its symbols are global: the chart panels module binds to
// the same session code.
const calib::BackendModule *loadBackendModule(QString *error)
{
    static const calib::BackendModule *backend = nullptr;
    static QString failure;
    if (!backend && failure.isEmpty()) {
        QLibrary module(modulePath(QStringLiteral("calibration-workbench-backend")));
        module.setLoadHints(QLibrary::ExportExternalSymbolsHint | QLibrary::PreventUnloadHint);
        using Entry = const calib::BackendModule *(*)();
        const auto entry = reinterpret_cast<Entry>(module.resolve("calibBackend"));
        if (entry)
            backend = entry();
        if (!entry)
            failure = module.errorString();
        else if (!backend || !backend->create)
            failure = QStringLiteral("calibBackend() gave no backend");
        else if (backend->windowBackendMetaObject != &calib::WindowBackend::staticMetaObject)
            failure = QStringLiteral("the module keeps its own copy of the window's classes (built without "
                                     "binding to the executable's symbols)");
    }
    if (error)
        *error = failure;
    return failure.isEmpty() ? backend : nullptr;
}

// The chart panels (Alert Review, What-if) come from a module loaded the first time one of
// their tabs is opened: a cold start does not pay for Qt Charts. When it cannot be loaded,
// the tab says why.
const calib::ChartPanels *loadChartPanels(QString *error)
{
    static const calib::ChartPanels *panels = nullptr;
    static QString failure;
    if (panels || !failure.isEmpty()) {
        if (error)
            *error = failure;
        return panels;
    }
    // The panels work on the backend's session code: that module comes first.
    QString backendError;
    const calib::BackendModule *backend = loadBackendModule(&backendError);
    if (!backend) {
        failure = QStringLiteral("the backend module could not be loaded: ") + backendError;
        if (error)
            *error = failure;
        return nullptr;
    }
    QLibrary module(modulePath(QStringLiteral("calibration-workbench-charts")));
    module.setLoadHints(QLibrary::PreventUnloadHint);
    using Entry = const calib::ChartPanels *(*)();
    const auto entry = reinterpret_cast<Entry>(module.resolve("calibChartPanels"));
    const calib::ChartPanels *loaded = entry ? entry() : nullptr;
    if (!entry)
        failure = module.errorString();
    else if (!loaded || !loaded->createReviewPanel || !loaded->reviewUndoStack || !loaded->labelledAlerts
             || !loaded->createWhatIfPanel || !loaded->setThresholdsInForce || !loaded->setDataset)
        failure = QStringLiteral("calibChartPanels() gave no panels");
    else if (loaded->sessionMetaObject != backend->sessionMetaObject)
        failure = QStringLiteral("the chart module keeps its own copy of the session's classes (built without "
                                 "binding to the backend module's symbols)");
    else
        panels = loaded;
    if (error)
        *error = failure;
    return panels;
}

QWidget *unavailable(QWidget *parent, const QString &error)
{
    qCWarning(lcMain) << "chart panels not available:" << error;
    auto *label = new QLabel(QApplication::translate("main", "This panel could not be loaded: %1").arg(error), parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

// Forwards to the module, loading it on first use.
const calib::ChartPanels &lazyChartPanels()
{
    static const calib::ChartPanels panels {
        [](calib::WorkbenchSession *session, QWidget *parent) -> QWidget * {
            QString error;
            const calib::ChartPanels *loaded = loadChartPanels(&error);
            return loaded ? loaded->createReviewPanel(session, parent) : unavailable(parent, error);
        },
        [](QWidget *panel) -> QUndoStack * {
            const calib::ChartPanels *loaded = loadChartPanels(nullptr);
            return loaded ? loaded->reviewUndoStack(panel) : nullptr;
        },
        [](QWidget *panel) -> QList<calib::LabelledAlert> {
            const calib::ChartPanels *loaded = loadChartPanels(nullptr);
            return loaded ? loaded->labelledAlerts(panel) : QList<calib::LabelledAlert> {};
        },
        [](QWidget *parent, std::function<void(calib::Emotion, double)> useRecommended) -> QWidget * {
            QString error;
            const calib::ChartPanels *loaded = loadChartPanels(&error);
            return loaded ? loaded->createWhatIfPanel(parent, std::move(useRecommended)) : unavailable(parent, error);
        },
        [](QWidget *panel, const calib::Calibration &calibration) {
            if (const calib::ChartPanels *loaded = loadChartPanels(nullptr))
                loaded->setThresholdsInForce(panel, calibration);
        },
        [](QWidget *panel, std::shared_ptr<const calib::Dataset> dataset) {
            if (const calib::ChartPanels *loaded = loadChartPanels(nullptr))
                loaded->setDataset(panel, std::move(dataset));
        },
    };
    return panels;
}

// Start-up phases up to the first painted frame, measured from the top of main() (the
// cold-start benchmark reads them; see docs/benchmarks.md, "Window cold start").
class StartupTrace
{
public:
    StartupTrace() { m_timer.start(); }
    void mark(const char *phase)
    {
        const qint64 now = m_timer.nsecsElapsed();
        m_phases.append({QLatin1StringView(phase), now - m_last});
        m_last = now;
    }
    void print() const
    {
        QTextStream out(stdout);
        for (const auto &[phase, nsecs] : m_phases)
            out << "startup-phase-ms " << phase << ' ' << QString::number(double(nsecs) / 1e6, 'f', 2) << '\n';
        out << "startup-total-ms " << QString::number(double(m_last) / 1e6, 'f', 2) << Qt::endl;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_last = 0;
    QList<std::pair<QLatin1StringView, qint64>> m_phases;
};

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace trace;
    QApplication app(argc, argv);
    trace.mark("application");
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
    const QCommandLineOption tabOption(
        QStringLiteral("tab"), QStringLiteral("Tab to show first: calibration, audit, review, whatif or webhooks."),
        QStringLiteral("TAB"));
    const QCommandLineOption exitAfterPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QStringLiteral("Exit once the main window has been painted for the first time and print the start-up "
                       "timings (cold-start benchmark)."));
    const QCommandLineOption exitAfterDataOption(
        QStringLiteral("exit-after-first-data"),
        QStringLiteral("Exit once the calibration in force is shown and print the start-up timings."));
    parser.addOptions({profileOption, sandboxOption, screenshotOption, languageOption, tabOption, exitAfterPaintOption,
                       exitAfterDataOption});
    parser.process(app);
    trace.mark("arguments");

    if (parser.isSet(profileOption) && parser.isSet(sandboxOption)) {
        QTextStream(stderr) << "calibration-workbench: --profile and --sandbox cannot be combined" << Qt::endl;
        return 2;
    }

    // Settings and profiles are all the first frame needs; the session behind the window
    // comes with the backend module right after that frame (attachBackend).
    calib::AppSettings settings;
    calib::ProfileStore profiles(settings);
    trace.mark("settings");
    installTranslators(app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());
    trace.mark("translations");

    std::unique_ptr<calib::WindowBackend> backend; // outlives the window and its panels
    calib::MainWindow::setChartPanels(&lazyChartPanels());
    calib::MainWindow window(settings);
    trace.mark("window");

    // The backend and its local database, before the window gets the backend: the panels
    // read the database when they are built. The database opens before connecting; a panel
    // shown first (--tab) needs both at once.
    bool backendTried = false;
    const auto attachBackend = [&](QWidget *parent) {
        if (std::exchange(backendTried, true))
            return;
        QString error;
        const calib::BackendModule *module = loadBackendModule(&error);
        if (!module) {
            qCWarning(lcMain) << "backend module not available:" << error;
            window.setBackendError(error);
            return;
        }
        backend.reset(module->create(nullptr));
        trace.mark("backend");
        QString dbError;
        const bool databaseOpen = backend->openDatabase(&dbError);
        trace.mark("database");
        window.setBackend(backend.get());
        if (!databaseOpen) {
            QMessageBox::warning(parent, QApplication::translate("main", "Local Database"),
                                 QApplication::translate("main",
                                                         "The local database could not be opened, so applies "
                                                         "and drafts are disabled: %1")
                                     .arg(dbError));
        }
    };

    const QStringList tabNames {QStringLiteral("calibration"), QStringLiteral("audit"), QStringLiteral("review"),
                                QStringLiteral("whatif"), QStringLiteral("webhooks")};
    const int tab = tabNames.indexOf(parser.value(tabOption).toLower());
    if (parser.isSet(tabOption) && tab < 0) {
        QTextStream(stderr) << "calibration-workbench: --tab must be one of " << tabNames.join(QStringLiteral(", "))
                            << Qt::endl;
        return 2;
    }
    if (tab > 0) {
        attachBackend(nullptr);
        window.tabs()->setCurrentIndex(tab);
    }
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
    const bool exitAfterPaint = parser.isSet(exitAfterPaintOption);
    if (parser.isSet(exitAfterDataOption)) {
        QObject::connect(&window, &calib::MainWindow::firstDataShown, &window, [&trace] {
            trace.mark("first-data");
            calib::printMonotonicStamp("first-data");
            trace.print();
            QCoreApplication::exit(0);
        });
    }
    if (exitAfterPaint || parser.isSet(exitAfterDataOption))
        QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });

    // What the first frame does not need starts right after it: the backend and the local
    // database, then the connection (starting the sandbox loads the TLS backend and seeds
    // the demo tenant). A window that is not exposed (started minimised) starts it after a
    // short while anyway. Without --profile or --sandbox: the connection used last (the
    // sandbox on first start, or when that profile is gone).
    QString profileName = parser.value(profileOption);
    if (!parser.isSet(profileOption) && !parser.isSet(sandboxOption))
        profileName = profiles.lastUsed();
    const bool useSandbox
        = parser.isSet(sandboxOption) || profileName.isEmpty() || profileName == calib::ProfileStore::sandboxName();
    bool sessionStarted = false;
    const auto startSession = [&] {
        if (std::exchange(sessionStarted, true))
            return;
        attachBackend(&window);
        if (!backend) {
            // Nothing to connect with: a run that waits for data says so instead of waiting.
            if (!screenshot.isEmpty() || parser.isSet(exitAfterDataOption)) {
                QTextStream(stderr) << "calibration-workbench: the backend module could not be loaded" << Qt::endl;
                QCoreApplication::exit(2);
            }
            return;
        }
        if (useSandbox) {
            QString error;
            if (!backend->connectSandbox(&error)) {
                window.setConnectingTo({});
                if (!screenshot.isEmpty()) {
                    QTextStream(stderr) << error << Qt::endl;
                    QCoreApplication::exit(2);
                    return;
                }
                QMessageBox::warning(&window, QApplication::translate("main", "Connection"), error);
            }
            trace.mark("sandbox");
        } else {
            // The secret comes from the keychain; a failure says why (not stored, locked, ...).
            backend->connectStoredProfile(profileName, &window, [&window, screenshot](bool ok, const QString &message) {
                if (ok)
                    return;
                window.setConnectingTo({});
                if (!screenshot.isEmpty()) {
                    QTextStream(stderr) << message << Qt::endl;
                    QCoreApplication::exit(2);
                    return;
                }
                QMessageBox::warning(&window, QApplication::translate("main", "Connection"), message);
            });
        }
    };
    calib::onFirstPaint(&window, [&trace, &startSession, exitAfterPaint] {
        trace.mark("first-paint");
        if (exitAfterPaint) {
            calib::printMonotonicStamp("first-paint");
            trace.print();
            QCoreApplication::exit(0);
            return;
        }
        startSession();
    });
    if (!exitAfterPaint)
        QTimer::singleShot(500, &window, startSession);
    window.setConnectingTo(useSandbox ? QApplication::translate("main", "the sandbox") : profileName);
    window.show();
    trace.mark("show");
    return QApplication::exec();
}
