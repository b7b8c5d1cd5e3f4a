#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Netloom::Kube {

/// One line of a watch stream: {"type": "...", "object": {...}}.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };

    Type type = Type::Added;
    QJsonObject object;
    QString resourceVersion; ///< object.metadata.resourceVersion (empty for ERROR)
    int errorCode = 0;       ///< ERROR events: the Status code (410: the resourceVersion expired)
    QString errorMessage;    ///< ERROR events: the Status message

    /// Parses one line. An unknown type or malformed JSON is an Error (never holds the line itself).
    static Expected<WatchEvent> parse(const QByteArray& line);
    /// "ADDED", "MODIFIED", ...
    static QString typeName(Type type);
};

} // namespace Netloom::Kube
