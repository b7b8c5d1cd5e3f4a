#pragma once

#include "models/core/Expected.h"

#include <QProcessEnvironment>
#include <QString>

namespace Netloom::Cloud {

/// Reads the file of shell assignments that `netloom-lab --cloud-env-out PATH` writes (format in
/// app/lab/README.md): lines `NAME='value'` (single-quoted, `'\''` for a quote inside), blank lines
/// and `#` comments. Only IONOS_* names are taken; anything else is an error naming the line, so
/// that a file of another kind is never half-read.
class CloudEnvFile final
{
public:
    CloudEnvFile() = delete;

    /// The assignments of @p path, as an environment (to give to IonosConfig::fromEnvironment).
    static Expected<QProcessEnvironment> read(const QString& path);
    /// The same, from text (for tests and for content already read).
    static Expected<QProcessEnvironment> parse(const QByteArray& text, const QString& fileName);
    /// `NAME='value'` with the value quoted for a POSIX shell.
    static QByteArray assignment(const QString& name, const QString& value);
};

} // namespace Netloom::Cloud
