#include "mainwindow.h"

namespace calib {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Calibration Workbench"));
}

MainWindow::~MainWindow() = default;

} // namespace calib
