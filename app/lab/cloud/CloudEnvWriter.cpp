#include "app/lab/cloud/CloudEnvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Netloom::Lab {

namespace {

Expected<void> writeFile(const QString& path, const QByteArray& content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(QStringLiteral("Cannot create the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit())
        return Error(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// NAME='value', the value single-quoted for a POSIX shell ('\'' for a quote inside).
QByteArray assignment(const char* name, const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QByteArray(name) + "='" + quoted.toUtf8() + "'\n";
}

} // namespace

QString CloudEnvWriter::caBundlePath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".ca.pem");
}

QByteArray CloudEnvWriter::render(const QUrl& apiUrl, const QString& token, const QString& caBundlePath)
{
    QByteArray out = "# netloom-lab's IONOS Cloud API: source it in a shell, or give it to netloom --cloud-env.\n";
    out += assignment("IONOS_API_URL", apiUrl.toString(QUrl::FullyEncoded));
    out += assignment("IONOS_TOKEN", token);
    out += assignment("IONOS_CA_BUNDLE", caBundlePath);
    return out;
}

Expected<void> CloudEnvWriter::write(const QString& path, const QUrl& apiUrl, const QString& token, const QByteArray& caPem)
{
    const QString bundle = caBundlePath(path);
    if (const Expected<void> written = writeFile(bundle, caPem); !written)
        return written;
    return writeFile(path, render(apiUrl, token, bundle));
}

} // namespace Netloom::Lab
