#include "support/testsupport.h"

#include <QDir>

namespace calib::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(CALIB_TESTS_SOURCE_DIR)).absoluteFilePath(QStringLiteral("../") + relative);
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(CALIB_TESTS_SOURCE_DIR)).absoluteFilePath(QStringLiteral("data/") + relative);
}

} // namespace calib::test
