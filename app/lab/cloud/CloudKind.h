#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Netloom::Lab {

class CloudStore;

/// One kind of object of the lab's Cloud API v6, and the strategy it brings: where it lives in the
/// URL space, its parent, its child collections, whether its collection pages (offset/limit), and
/// how its properties are checked on create and update. The kinds form a table (CloudKind::all());
/// the server and the store are generic over it.
struct CloudKind
{
    /// The object's "type" ("lan", "networkloadbalancer", "k8s"...), the Type enum of the spec.
    QString type;
    /// Its collection's path segment ("lans", "networkloadbalancers", "k8s").
    QString segment;
    /// The parent kind's type; empty for a top-level collection (/datacenters, /ipblocks, /k8s).
    QString parentType;
    /// Whether its collection takes offset/limit (the /k8s collections do not).
    bool paginated = true;
    /// Checks the properties of a create (@p creating) or of the result of an update; returns an
    /// error message for a 422, or an empty string.
    QString (*validate)(const QJsonObject& properties, bool creating) = nullptr;
    /// Properties only the server writes (an IP block's ips): ignored in a request, kept on update.
    QStringList serverProperties;
    /// Fills the server's properties of a new object (allocates an IP block's addresses); may be null.
    void (*admit)(const CloudStore& store, QJsonObject& properties) = nullptr;

    /// Every kind the lab serves.
    static const QList<CloudKind>& all();
    static const CloudKind* byType(const QString& type);
    /// The child kind of @p parentType whose segment is @p segment (empty parent: top level).
    static const CloudKind* bySegment(const QString& parentType, const QString& segment);
    /// The kinds whose parent is @p type, in table order.
    static QList<const CloudKind*> children(const QString& type);
};

} // namespace Netloom::Lab
