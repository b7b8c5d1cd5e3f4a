#include "tests/support/ReferenceData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Netloom::TestSupport {

QString referenceDir()
{
    QString dir = qEnvironmentVariable("NETLOOM_REFERENCE_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("../shared/reference");
    const QFileInfo info(dir);
    return info.isDir() ? info.absoluteFilePath() : QString();
}

QString referenceFile(const QString& relativePath)
{
    const QString dir = referenceDir();
    if (dir.isEmpty())
        return {};
    const QFileInfo info(QDir(dir).filePath(relativePath));
    return info.exists() ? info.absoluteFilePath() : QString();
}

QString binDir()
{
    const QString dir = qEnvironmentVariable("NETLOOM_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

} // namespace Netloom::TestSupport
