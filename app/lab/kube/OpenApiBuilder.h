#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Netloom::Lab {

class ResourceCatalog;
class Schema;
struct ResourceKind;

/// Builds the OpenAPI v3 documents a server serves (/openapi/v3 and one per group-version) from its
/// catalog: built-in kinds from their Schemas, custom resources from their CRD version's openAPIV3Schema
/// (as `<reversed group>.<version>.<Kind>`, metadata an ObjectMeta reference), so what is published and
/// what is validated can never drift apart. Every kind gets list/create/read/replace/patch/delete
/// operations carrying x-kubernetes-group-version-kind, and the write operations name the dryRun,
/// fieldManager and fieldValidation query parameters: that is what tells kubectl to leave field
/// validation to the server. Rendered documents and their hashes are cached until the catalog changes.
class OpenApiBuilder final
{
public:
    explicit OpenApiBuilder(const ResourceCatalog& catalog);

    /// The document for "v1", "networking.k8s.io/v1" or "cert-manager.io/v1".
    QJsonObject document(const QString& groupVersion) const;
    /// Compact JSON of document(), and its content hash for the index's serverRelativeURL (cached).
    QByteArray documentJson(const QString& groupVersion);
    QString documentHash(const QString& groupVersion);
    /// {"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=..."}, ...}}
    QJsonObject index();
    /// "api/v1" or "apis/networking.k8s.io/v1".
    static QString pathKey(const QString& groupVersion);
    /// "io.cert-manager.v1.Certificate": the definition name of a custom resource.
    static QString customDefinitionName(const ResourceKind& kind);

private:
    struct Rendered
    {
        QByteArray json;
        QString hash;
    };
    const Rendered& rendered(const QString& groupVersion);
    static void addKindPaths(QJsonObject& paths, QJsonObject& schemas, const ResourceKind& kind);

    const ResourceCatalog& m_catalog;
    quint64 m_generation = ~quint64(0);
    QHash<QString, Rendered> m_cache;
};

} // namespace Netloom::Lab
