#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Calibration Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));
    calib::MainWindow window;
    window.show();
    return QApplication::exec();
}
