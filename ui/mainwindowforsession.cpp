// MainWindow over a session linked into the same binary (tests). Its own file, so that
// neither the executable nor the backend module pulls in the other's side through it.
#include "mainwindow.h"
#include "services/workbenchsession.h"
#include "sessionbackend.h"

namespace calib {

MainWindow::MainWindow(WorkbenchSession *session, QWidget *parent)
    : MainWindow(session->settings(), parent)
{
    setBackend(new SessionBackend(session, this));
}

} // namespace calib
