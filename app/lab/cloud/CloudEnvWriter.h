#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Netloom::Lab {

/// Writes the file of `netloom-lab --cloud-env-out PATH` (format in app/lab/README.md): shell
/// assignments of IONOS_API_URL, IONOS_TOKEN and IONOS_CA_BUNDLE, readable by `.` in a POSIX shell
/// and by models/cloud's CloudEnvFile. Mode 0600, written atomically; the CA bundle goes next to it
/// (PATH.ca.pem) unless it is given.
class CloudEnvWriter final
{
public:
    CloudEnvWriter() = delete;

    static QByteArray render(const QUrl& apiUrl, const QString& token, const QString& caBundlePath);
    static Expected<void> write(const QString& path, const QUrl& apiUrl, const QString& token, const QByteArray& caPem);
    /// Where write() puts the CA bundle for @p path.
    static QString caBundlePath(const QString& path);
};

} // namespace Netloom::Lab
