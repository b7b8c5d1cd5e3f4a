#include "app/lab/kube/KubeStatus.h"

#include "app/lab/kube/ResourceKind.h"

#include <QJsonArray>

namespace Netloom::Lab {

QJsonObject KubeStatus::failure(int code, const QString& reason, const QString& message, const QJsonObject& details)
{
    QJsonObject status { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("metadata"), QJsonObject() },
        { QStringLiteral("status"), QStringLiteral("Failure") }, { QStringLiteral("message"), message },
        { QStringLiteral("reason"), reason }, { QStringLiteral("code"), code } };
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

QJsonObject KubeStatus::success(const QJsonObject& details)
{
    return { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("metadata"), QJsonObject() },
        { QStringLiteral("status"), QStringLiteral("Success") }, { QStringLiteral("details"), details } };
}

QJsonObject KubeStatus::details(const ResourceKind& kind, const QString& name, const QString& uid)
{
    QJsonObject out { { QStringLiteral("name"), name }, { QStringLiteral("kind"), kind.plural } };
    if (!kind.group.isEmpty())
        out.insert(QStringLiteral("group"), kind.group);
    if (!uid.isEmpty())
        out.insert(QStringLiteral("uid"), uid);
    return out;
}

QJsonObject KubeStatus::notFound(const ResourceKind& kind, const QString& name)
{
    return failure(404, QStringLiteral("NotFound"),
        QStringLiteral("%1 \"%2\" not found").arg(kind.groupResource(), name), details(kind, name));
}

QJsonObject KubeStatus::pathNotFound()
{
    return failure(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"),
        QJsonObject());
}

QJsonObject KubeStatus::alreadyExists(const ResourceKind& kind, const QString& name)
{
    return failure(409, QStringLiteral("AlreadyExists"),
        QStringLiteral("%1 \"%2\" already exists").arg(kind.groupResource(), name), details(kind, name));
}

QJsonObject KubeStatus::badRequest(const QString& message)
{
    return failure(400, QStringLiteral("BadRequest"), message);
}

QJsonObject KubeStatus::unauthorized()
{
    return failure(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
}

QJsonObject KubeStatus::methodNotAllowed()
{
    return failure(405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("the server does not allow this method on the requested resource"));
}

QJsonObject KubeStatus::expired(const QString& message)
{
    return failure(410, QStringLiteral("Expired"), message);
}

QJsonObject KubeStatus::invalid(const ResourceKind& kind, const QString& name, const QString& field,
    const QString& detail, const QString& causeReason)
{
    QJsonObject info { { QStringLiteral("name"), name }, { QStringLiteral("kind"), kind.kind } };
    if (!kind.group.isEmpty())
        info.insert(QStringLiteral("group"), kind.group);
    info.insert(QStringLiteral("causes"),
        QJsonArray { QJsonObject { { QStringLiteral("reason"), causeReason }, { QStringLiteral("message"), detail },
            { QStringLiteral("field"), field } } });
    return failure(422, QStringLiteral("Invalid"),
        QStringLiteral("%1 \"%2\" is invalid: %3: %4").arg(kind.kind, name, field, detail), info);
}

QJsonObject KubeStatus::invalid(const ResourceKind& kind, const QString& name, const QList<Cause>& causes)
{
    QJsonObject info { { QStringLiteral("name"), name }, { QStringLiteral("kind"), kind.kind } };
    if (!kind.group.isEmpty())
        info.insert(QStringLiteral("group"), kind.group);
    QJsonArray list;
    QStringList messages;
    for (const Cause& cause : causes) {
        list.append(QJsonObject { { QStringLiteral("reason"), cause.reason },
            { QStringLiteral("message"), cause.message }, { QStringLiteral("field"), cause.field } });
        messages.append(cause.field + QStringLiteral(": ") + cause.message);
    }
    info.insert(QStringLiteral("causes"), list);
    const QString all = messages.size() == 1
        ? messages.front()
        : QLatin1Char('[') + messages.join(QStringLiteral(", ")) + QLatin1Char(']');
    return failure(422, QStringLiteral("Invalid"),
        QStringLiteral("%1 \"%2\" is invalid: %3").arg(kind.qualifiedKind(), name, all), info);
}

QJsonObject KubeStatus::conflict(const ResourceKind& kind, const QString& name, const QString& reasonText)
{
    return failure(409, QStringLiteral("Conflict"),
        QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": %3").arg(kind.groupResource(), name, reasonText),
        details(kind, name));
}

QJsonObject KubeStatus::forbidden(const ResourceKind& kind, const QString& name, const QString& reasonText)
{
    return failure(403, QStringLiteral("Forbidden"),
        QStringLiteral("%1 \"%2\" is forbidden: %3").arg(kind.groupResource(), name, reasonText), details(kind, name));
}

} // namespace Netloom::Lab
