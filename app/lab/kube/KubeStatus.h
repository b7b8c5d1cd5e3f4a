#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Netloom::Lab {

struct ResourceKind;

/// meta/v1 Status objects exactly as the API server shapes them.
class KubeStatus final
{
public:
    static QJsonObject failure(
        int code, const QString& reason, const QString& message, const QJsonObject& details = {});
    static QJsonObject success(const QJsonObject& details);
    static QJsonObject details(const ResourceKind& kind, const QString& name, const QString& uid = {});

    static QJsonObject notFound(const ResourceKind& kind, const QString& name);
    static QJsonObject pathNotFound();
    static QJsonObject alreadyExists(const ResourceKind& kind, const QString& name);
    static QJsonObject badRequest(const QString& message);
    static QJsonObject unauthorized();
    static QJsonObject methodNotAllowed();
    /// 410 Expired, as for a compacted resourceVersion or an outdated continue token.
    static QJsonObject expired(const QString& message);
    /// 422 Invalid: `<Kind> "<name>" is invalid: <field>: <detail>`.
    static QJsonObject invalid(const ResourceKind& kind, const QString& name, const QString& field,
        const QString& detail, const QString& causeReason = QStringLiteral("FieldValueInvalid"));
    /// One field error of a 422 Invalid.
    struct Cause
    {
        QString reason; ///< "FieldValueRequired"
        QString message; ///< "Required value"
        QString field; ///< "spec.secretName"
    };
    /// 422 Invalid with every cause, as NewInvalid words it: `<Kind>.<group> "<name>" is invalid: <field>: <detail>`,
    /// or `... is invalid: [<field>: <detail>, ...]` for several.
    static QJsonObject invalid(const ResourceKind& kind, const QString& name, const QList<Cause>& causes);
    static QJsonObject conflict(const ResourceKind& kind, const QString& name, const QString& reasonText);
    static QJsonObject forbidden(const ResourceKind& kind, const QString& name, const QString& reasonText);
};

} // namespace Netloom::Lab
