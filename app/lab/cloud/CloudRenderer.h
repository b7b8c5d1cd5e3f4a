#pragma once

#include "app/lab/cloud/CloudStore.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Netloom::Lab {

struct CloudKind;

/// The JSON of the lab's cloud objects and collections as Cloud API v6 writes them, at a depth:
///  - an object at depth 0 is a reference {id, type, href}; from depth 1 on it has metadata,
///    properties and its child collections (entities) rendered one level shallower;
///  - a top-level collection always lists its items, each at the request's depth; a nested one
///    lists them only from depth 1 on;
///  - hrefs are absolute below the public base URL (the URL clients reach the lab by, e.g. a
///    validating proxy in front of it).
class CloudRenderer final
{
public:
    CloudRenderer(const CloudStore& store, QUrl publicBase);

    /// The path of an object below the base ("/datacenters/<dc>/lans/<id>").
    QString pathOf(const CloudEntity& entity) const;
    /// The path of a collection of @p kind below @p parentId.
    QString collectionPath(const CloudKind& kind, const QString& parentId) const;
    QString href(const QString& path) const;

    QJsonObject entity(const CloudEntity& entity, int depth) const;
    /// A page of the collection of @p kind below @p parentId (offset/limit only when it pages).
    QJsonObject collection(const CloudKind& kind, const QString& parentId, int depth, int offset, int limit) const;
    QJsonObject reference(const CloudEntity& entity) const;

private:
    QJsonObject metadata(const CloudEntity& entity) const;
    QJsonObject nestedCollection(const CloudKind& kind, const QString& parentId, int depth) const;

    const CloudStore& m_store;
    QUrl m_base;
};

} // namespace Netloom::Lab
