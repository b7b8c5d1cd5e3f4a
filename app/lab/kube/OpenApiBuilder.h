#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Netloom::Lab {

class Schema;
struct ResourceKind;

/// Builds the OpenAPI v3 documents the lab serves (/openapi/v3 and one per group-version) from the
/// kinds' Schemas, so what is published and what is validated can never drift apart. Every kind
/// gets list/create/read/patch/delete operations carrying x-kubernetes-group-version-kind, and the
/// write operations name the dryRun, fieldManager and fieldValidation query parameters: that is
/// what tells kubectl to leave field validation to the server.
class OpenApiBuilder final
{
public:
    /// The document for "v1" or "networking.k8s.io/v1".
    static QJsonObject document(const QString& groupVersion);
    /// Compact JSON of document(), and its content hash for the index's serverRelativeURL.
    static QByteArray documentJson(const QString& groupVersion);
    static QString documentHash(const QString& groupVersion);
    /// {"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=..."}, ...}}
    static QJsonObject index();
    /// "api/v1" or "apis/networking.k8s.io/v1".
    static QString pathKey(const QString& groupVersion);

private:
    static void addKindPaths(QJsonObject& paths, QJsonObject& schemas, const ResourceKind& kind);
};

} // namespace Netloom::Lab
