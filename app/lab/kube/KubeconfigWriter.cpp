#include "app/lab/kube/KubeconfigWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Netloom::Lab {

QByteArray KubeconfigWriter::render(quint16 port, const QByteArray& caPem, const QString& token)
{
    // Every value is either base64, hex or a fixed name, so no YAML quoting is needed.
    QByteArray out;
    out += "apiVersion: v1\n"
           "kind: Config\n"
           "clusters:\n"
           "- name: netloom-lab\n"
           "  cluster:\n"
           "    server: https://127.0.0.1:"
        + QByteArray::number(port)
        + "\n"
          "    certificate-authority-data: "
        + caPem.toBase64()
        + "\n"
          "users:\n"
          "- name: netloom-lab\n"
          "  user:\n"
          "    token: "
        + token.toLatin1()
        + "\n"
          "contexts:\n"
          "- name: netloom-lab\n"
          "  context:\n"
          "    cluster: netloom-lab\n"
          "    user: netloom-lab\n"
          "current-context: netloom-lab\n"
          "preferences: {}\n";
    return out;
}

Expected<void> KubeconfigWriter::write(const QString& path, quint16 port, const QByteArray& caPem, const QString& token)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(QStringLiteral("Could not create the folder for %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("Could not write the kubeconfig %1").arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(render(port, caPem, token));
    if (!file.commit())
        return Error(QStringLiteral("Could not write the kubeconfig %1").arg(path), file.errorString());
    return {};
}

} // namespace Netloom::Lab
