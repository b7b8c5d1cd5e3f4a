#include "models/kube/WatchEvent.h"

#include "models/kube/Tr.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Netloom::Kube {

Expected<WatchEvent> WatchEvent::parse(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Tr::tr("malformed watch event"),
                     QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const QString type = root.value(QLatin1StringView("type")).toString();
    WatchEvent e;
    e.object = root.value(QLatin1StringView("object")).toObject();
    if (type == QLatin1String("ADDED"))
        e.type = Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        e.type = Type::Modified;
    else if (type == QLatin1String("DELETED"))
        e.type = Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        e.type = Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        e.type = Type::Error;
    else
        return Error(Tr::tr("unknown watch event type \"%1\"").arg(type.left(40)));
    if (e.type == Type::Error) {
        e.errorCode = e.object.value(QLatin1StringView("code")).toInt();
        e.errorMessage = e.object.value(QLatin1StringView("message")).toString();
    } else {
        e.resourceVersion = e.object.value(QLatin1StringView("metadata"))
                                .toObject()
                                .value(QLatin1StringView("resourceVersion"))
                                .toString();
    }
    return e;
}

QString WatchEvent::typeName(Type type)
{
    switch (type) {
    case Type::Added:
        return QStringLiteral("ADDED");
    case Type::Modified:
        return QStringLiteral("MODIFIED");
    case Type::Deleted:
        return QStringLiteral("DELETED");
    case Type::Bookmark:
        return QStringLiteral("BOOKMARK");
    case Type::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

} // namespace Netloom::Kube
