// The baseline of bench_coldstart: the smallest honest main window — a QMainWindow with a
// menu bar (the workbench's five menus with one action each), a central widget and a
// status bar with one permanent label — shown and left as soon as its first frame has been
// painted, by the same definition the workbench uses (common/firstpaintprobe.h).
// Not a benchmark itself: bench_coldstart spawns it.
#include "common/firstpaintprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Baseline"));
    window.resize(1100, 750);
    for (const QString &title : {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Connection"),
                                 QStringLiteral("C&alibration"), QStringLiteral("&Help")})
        window.menuBar()->addMenu(title)->addAction(QStringLiteral("Action"));
    window.setCentralWidget(new QLabel(QStringLiteral("Baseline"), &window));
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Not connected"), &window));
    calib::onFirstPaint(&window, [&sinceMain] {
        const double inMain = double(sinceMain.nsecsElapsed()) / 1e6;
        calib::printMonotonicStamp("first-paint");
        std::printf("startup-total-ms %.2f\n", inMain);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    window.show();
    return QApplication::exec();
}
