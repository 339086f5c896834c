#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    calib::SandboxServer server;
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
