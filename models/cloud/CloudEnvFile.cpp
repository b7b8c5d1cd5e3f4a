#include "models/cloud/CloudEnvFile.h"

#include "models/cloud/Tr.h"

#include <QFile>
#include <QRegularExpression>

namespace Netloom::Cloud {

Expected<QProcessEnvironment> CloudEnvFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Cannot read the cloud environment file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Expected<QProcessEnvironment> CloudEnvFile::parse(const QByteArray& text, const QString& fileName)
{
    static const QRegularExpression line(QStringLiteral("^(IONOS_[A-Z0-9_]+)='((?:[^']|'\\\\'')*)'$"));
    QProcessEnvironment environment(QProcessEnvironment::InheritFromParent);
    environment.clear();
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString current = QString::fromUtf8(lines.at(i)).trimmed();
        if (current.isEmpty() || current.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = line.match(current);
        if (!match.hasMatch())
            return Error(Tr::tr("%1, line %2: expected IONOS_NAME='value'").arg(fileName).arg(i + 1));
        QString value = match.captured(2);
        value.replace(QLatin1String("'\\''"), QLatin1String("'"));
        environment.insert(match.captured(1), value);
    }
    return environment;
}

QByteArray CloudEnvFile::assignment(const QString& name, const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return (name + QLatin1String("='") + quoted + QLatin1String("'")).toUtf8();
}

} // namespace Netloom::Cloud
