#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calibctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIB_VERSION_STRING));
    QTextStream(stdout) << "calibctl " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
