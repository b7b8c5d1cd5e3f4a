#include "app/lab/kube/OpenApiBuilder.h"

#include "app/lab/kube/KubeSchemas.h"
#include "app/lab/kube/ResourceCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Netloom::Lab {

namespace {

QString refPath(const Schema& schema)
{
    return QStringLiteral("#/components/schemas/") + schema.definitionName();
}

QJsonObject gvkObject(const QString& group, const QString& version, const QString& kind)
{
    return QJsonObject { { QStringLiteral("group"), group }, { QStringLiteral("kind"), kind },
        { QStringLiteral("version"), version } };
}

QJsonObject schemaJson(const Schema& schema, QJsonObject& components);

QJsonObject definitionJson(const Schema& schema, QJsonObject& components)
{
    QJsonObject out;
    if (!schema.description().isEmpty())
        out.insert(QStringLiteral("description"), schema.description());
    switch (schema.type()) {
    case Schema::Type::IntOrString:
        out.insert(QStringLiteral("format"), schema.format());
        out.insert(QStringLiteral("oneOf"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } },
                QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } });
        return out;
    case Schema::Type::FreeForm:
        out.insert(QStringLiteral("type"), QStringLiteral("object"));
        return out;
    case Schema::Type::Any:
        return out;
    case Schema::Type::Object:
        break;
    default: {
        QJsonObject plain = schemaJson(Schema(schema.type()), components);
        for (auto it = plain.begin(); it != plain.end(); ++it)
            out.insert(it.key(), it.value());
        if (!schema.format().isEmpty())
            out.insert(QStringLiteral("format"), schema.format());
        return out;
    }
    }
    out.insert(QStringLiteral("type"), QStringLiteral("object"));
    QJsonObject properties;
    for (const Schema::Property& property : schema.properties()) {
        if (property.schema->definitionName().isEmpty()) {
            properties.insert(property.name, schemaJson(*property.schema, components));
        } else {
            schemaJson(*property.schema, components);
            properties.insert(property.name,
                QJsonObject { { QStringLiteral("allOf"),
                    QJsonArray { QJsonObject { { QStringLiteral("$ref"), refPath(*property.schema) } } } } });
        }
    }
    out.insert(QStringLiteral("properties"), properties);
    if (!schema.required().isEmpty())
        out.insert(QStringLiteral("required"), QJsonArray::fromStringList(schema.required()));
    if (!schema.gvkKind().isEmpty())
        out.insert(QStringLiteral("x-kubernetes-group-version-kind"),
            QJsonArray { gvkObject(schema.gvkGroup(), schema.gvkVersion(), schema.gvkKind()) });
    return out;
}

// A reference for named types (their definition goes to components once), inline JSON otherwise.
QJsonObject schemaJson(const Schema& schema, QJsonObject& components)
{
    if (!schema.definitionName().isEmpty()) {
        if (!components.contains(schema.definitionName())) {
            components.insert(schema.definitionName(), QJsonObject()); // guards recursion
            components.insert(schema.definitionName(), definitionJson(schema, components));
        }
        return QJsonObject { { QStringLiteral("$ref"), refPath(schema) } };
    }
    switch (schema.type()) {
    case Schema::Type::String: {
        QJsonObject out { { QStringLiteral("type"), QStringLiteral("string") } };
        if (!schema.format().isEmpty())
            out.insert(QStringLiteral("format"), schema.format());
        return out;
    }
    case Schema::Type::Integer:
        return { { QStringLiteral("type"), QStringLiteral("integer") }, { QStringLiteral("format"), schema.format() } };
    case Schema::Type::Number:
        return { { QStringLiteral("type"), QStringLiteral("number") },
            { QStringLiteral("format"), QStringLiteral("double") } };
    case Schema::Type::Boolean:
        return { { QStringLiteral("type"), QStringLiteral("boolean") } };
    case Schema::Type::Array:
        return { { QStringLiteral("type"), QStringLiteral("array") },
            { QStringLiteral("items"), schemaJson(*schema.element(), components) } };
    case Schema::Type::Map:
        return { { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("additionalProperties"), schemaJson(*schema.element(), components) } };
    case Schema::Type::IntOrString:
    case Schema::Type::FreeForm:
    case Schema::Type::Object:
        return { { QStringLiteral("type"), QStringLiteral("object") } };
    case Schema::Type::Any:
        return {};
    }
    return {};
}

QJsonObject parameter(
    const QString& name, const QString& in, const QString& type, const QString& description, bool required = false)
{
    QJsonObject out { { QStringLiteral("name"), name }, { QStringLiteral("in"), in },
        { QStringLiteral("description"), description },
        { QStringLiteral("schema"),
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("uniqueItems"), true } } } };
    if (required)
        out.insert(QStringLiteral("required"), true);
    return out;
}

QJsonArray writeParameters()
{
    return {
        parameter(QStringLiteral("dryRun"), QStringLiteral("query"), QStringLiteral("string"),
            QStringLiteral("When present, indicates that modifications should not be persisted. Valid values are: - "
                           "All: all dry run stages will be processed")),
        parameter(QStringLiteral("fieldManager"), QStringLiteral("query"), QStringLiteral("string"),
            QStringLiteral("fieldManager is a name associated with the actor or entity that is making these changes.")),
        parameter(QStringLiteral("fieldValidation"), QStringLiteral("query"), QStringLiteral("string"),
            QStringLiteral(
                "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) "
                "containing unknown or duplicate fields. Valid values are: Ignore, Warn (the default), Strict.")),
    };
}

QJsonArray listParameters()
{
    QJsonArray out;
    const std::pair<const char*, const char*> params[] = {
        { "allowWatchBookmarks", "boolean" },
        { "continue", "string" },
        { "fieldSelector", "string" },
        { "labelSelector", "string" },
        { "limit", "integer" },
        { "resourceVersion", "string" },
        { "resourceVersionMatch", "string" },
        { "sendInitialEvents", "boolean" },
        { "timeoutSeconds", "integer" },
        { "watch", "boolean" },
    };
    for (const auto& [name, type] : params)
        out.append(parameter(QString::fromLatin1(name), QStringLiteral("query"), QString::fromLatin1(type), QString()));
    return out;
}

QJsonObject jsonResponse(const QString& code, const QJsonObject& schemaRef)
{
    QJsonObject content { { QStringLiteral("application/json"),
        QJsonObject { { QStringLiteral("schema"), schemaRef } } } };
    return { { code,
        QJsonObject { { QStringLiteral("description"),
                          code == QLatin1String("201") ? QStringLiteral("Created") : QStringLiteral("OK") },
            { QStringLiteral("content"), content } } } };
}

// "CoreV1", "NetworkingV1", "ApiextensionsV1"; custom groups in full: "CertManagerIoV1".
QString operationPrefix(const ResourceKind& kind)
{
    QString group = kind.group.isEmpty() ? QStringLiteral("core") : kind.group;
    if (!kind.custom && group.endsWith(QLatin1String(".k8s.io")))
        group.chop(7);
    QString out;
    for (const QString& part : group.split(QRegularExpression(QStringLiteral("[.-]")), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    return out + kind.version.left(1).toUpper() + kind.version.mid(1);
}

// "core_v1", "networking_v1", "certManagerIo_v1".
QString operationTag(const ResourceKind& kind)
{
    const QString prefix = operationPrefix(kind);
    const QString group = prefix.left(prefix.size() - kind.version.size());
    return group.left(1).toLower() + group.mid(1) + QLatin1Char('_') + kind.version;
}

QJsonObject operation(const QString& id, const QString& description, const QString& action, const ResourceKind& kind,
    QJsonObject responses, const QJsonArray& parameters)
{
    QJsonObject out { { QStringLiteral("operationId"), id }, { QStringLiteral("description"), description },
        { QStringLiteral("responses"), responses },
        { QStringLiteral("tags"), QJsonArray { operationTag(kind) } },
        { QStringLiteral("x-kubernetes-action"), action },
        { QStringLiteral("x-kubernetes-group-version-kind"), gvkObject(kind.group, kind.version, kind.kind) } };
    if (!parameters.isEmpty())
        out.insert(QStringLiteral("parameters"), parameters);
    return out;
}

} // namespace

QString OpenApiBuilder::pathKey(const QString& groupVersion)
{
    return groupVersion.contains(QLatin1Char('/')) ? QStringLiteral("apis/") + groupVersion
                                                   : QStringLiteral("api/") + groupVersion;
}

void OpenApiBuilder::addKindPaths(QJsonObject& paths, QJsonObject& schemas, const ResourceKind& kind)
{
    const KubeSchemas& kube = KubeSchemas::instance();
    QJsonObject objectRef;
    QJsonObject listRef;
    if (kind.schema) {
        objectRef = schemaJson(*kind.schema, schemas);
        listRef = schemaJson(*kube.listOf(kind.schema), schemas);
    } else {
        // A custom resource: its structural schema, with the metadata the API server puts in.
        const QString definition = customDefinitionName(kind);
        QJsonObject component = kind.openApiSchema;
        QJsonObject properties = component.value(QStringLiteral("properties")).toObject();
        properties.insert(
            QStringLiteral("apiVersion"), QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } });
        properties.insert(QStringLiteral("kind"), QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } });
        properties.insert(QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("allOf"), QJsonArray { schemaJson(*kube.objectMeta(), schemas) } } });
        component.insert(QStringLiteral("type"), QStringLiteral("object"));
        component.insert(QStringLiteral("properties"), properties);
        component.insert(QStringLiteral("x-kubernetes-group-version-kind"),
            QJsonArray { gvkObject(kind.group, kind.version, kind.kind) });
        schemas.insert(definition, component);
        objectRef = { { QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + definition) } };
        const QJsonObject list { { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("description"), QString(kind.listKind() + QStringLiteral(" is a list of ") + kind.kind) },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("apiVersion"),
                                  QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
                    { QStringLiteral("items"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                            { QStringLiteral("items"), objectRef } } },
                    { QStringLiteral("kind"), QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
                    { QStringLiteral("metadata"),
                        QJsonObject {
                            { QStringLiteral("allOf"), QJsonArray { schemaJson(*kube.listMeta(), schemas) } } } } } },
            { QStringLiteral("required"), QJsonArray { QStringLiteral("items") } },
            { QStringLiteral("x-kubernetes-group-version-kind"),
                QJsonArray { gvkObject(kind.group, kind.version, kind.listKind()) } } };
        schemas.insert(definition + QStringLiteral("List"), list);
        listRef = { { QStringLiteral("$ref"),
            QString(QStringLiteral("#/components/schemas/") + definition + QStringLiteral("List")) } };
    }
    const QString scope = kind.namespaced ? QStringLiteral("Namespaced") : QString();
    const QString suffix = operationPrefix(kind) + scope + kind.kind;
    const QString base = kind.groupVersionPath()
        + (kind.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/")) + kind.plural;

    QJsonArray pathParameters;
    if (kind.namespaced)
        pathParameters.append(parameter(QStringLiteral("namespace"), QStringLiteral("path"), QStringLiteral("string"),
            QStringLiteral("object name and auth scope, such as for teams and projects"), true));

    QJsonObject collection;
    collection.insert(QStringLiteral("parameters"), pathParameters);
    collection.insert(QStringLiteral("get"),
        operation(QStringLiteral("list") + suffix, QStringLiteral("list or watch objects of kind ") + kind.kind,
            QStringLiteral("list"), kind, jsonResponse(QStringLiteral("200"), listRef), listParameters()));
    QJsonObject create = operation(QStringLiteral("create") + suffix, QStringLiteral("create ") + kind.singular,
        QStringLiteral("post"), kind, jsonResponse(QStringLiteral("201"), objectRef), writeParameters());
    create.insert(QStringLiteral("requestBody"),
        QJsonObject { { QStringLiteral("required"), true },
            { QStringLiteral("content"),
                QJsonObject { { QStringLiteral("application/json"),
                    QJsonObject { { QStringLiteral("schema"), objectRef } } } } } });
    collection.insert(QStringLiteral("post"), create);
    paths.insert(base, collection);

    QJsonArray itemParameters = pathParameters;
    itemParameters.prepend(parameter(QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("string"),
        QStringLiteral("name of the ") + kind.kind, true));
    QJsonObject item;
    item.insert(QStringLiteral("parameters"), itemParameters);
    item.insert(QStringLiteral("get"),
        operation(QStringLiteral("read") + suffix, QStringLiteral("read the specified ") + kind.kind,
            QStringLiteral("get"), kind, jsonResponse(QStringLiteral("200"), objectRef), {}));
    QJsonObject replace
        = operation(QStringLiteral("replace") + suffix, QStringLiteral("replace the specified ") + kind.kind,
            QStringLiteral("put"), kind, jsonResponse(QStringLiteral("200"), objectRef), writeParameters());
    replace.insert(QStringLiteral("requestBody"),
        QJsonObject { { QStringLiteral("required"), true },
            { QStringLiteral("content"),
                QJsonObject { { QStringLiteral("application/json"),
                    QJsonObject { { QStringLiteral("schema"), objectRef } } } } } });
    item.insert(QStringLiteral("put"), replace);
    QJsonArray patchParameters = writeParameters();
    patchParameters.append(parameter(QStringLiteral("force"), QStringLiteral("query"), QStringLiteral("boolean"),
        QStringLiteral("Force is going to \"force\" Apply requests.")));
    QJsonObject patch
        = operation(QStringLiteral("patch") + suffix, QStringLiteral("partially update the specified ") + kind.kind,
            QStringLiteral("patch"), kind, jsonResponse(QStringLiteral("200"), objectRef), patchParameters);
    QJsonObject patchContent;
    for (const char* type :
        { "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json" })
        patchContent.insert(QString::fromLatin1(type),
            QJsonObject { { QStringLiteral("schema"), schemaJson(*kube.patch(), schemas) } });
    patch.insert(QStringLiteral("requestBody"),
        QJsonObject { { QStringLiteral("required"), true }, { QStringLiteral("content"), patchContent } });
    item.insert(QStringLiteral("patch"), patch);
    item.insert(QStringLiteral("delete"),
        operation(QStringLiteral("delete") + suffix, QStringLiteral("delete ") + kind.singular,
            QStringLiteral("delete"), kind, jsonResponse(QStringLiteral("200"), schemaJson(*kube.status(), schemas)),
            QJsonArray { writeParameters().at(0) }));
    paths.insert(base + QStringLiteral("/{name}"), item);

    if (kind.namespaced) {
        QJsonObject all;
        all.insert(QStringLiteral("get"),
            operation(QStringLiteral("list") + operationPrefix(kind) + kind.kind + QStringLiteral("ForAllNamespaces"),
                QStringLiteral("list or watch objects of kind ") + kind.kind, QStringLiteral("list"), kind,
                jsonResponse(QStringLiteral("200"), listRef), listParameters()));
        paths.insert(kind.groupVersionPath() + QStringLiteral("/") + kind.plural, all);
    }
}

OpenApiBuilder::OpenApiBuilder(const ResourceCatalog& catalog)
    : m_catalog(catalog)
{
}

QString OpenApiBuilder::customDefinitionName(const ResourceKind& kind)
{
    QStringList parts = kind.group.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + kind.version + QLatin1Char('.') + kind.kind;
}

QJsonObject OpenApiBuilder::document(const QString& groupVersion) const
{
    QJsonObject paths;
    QJsonObject schemas;
    for (const ResourceKind* kind : m_catalog.kinds()) {
        if (kind->apiVersion() == groupVersion)
            addKindPaths(paths, schemas, *kind);
    }
    QJsonObject bearer { { QStringLiteral("type"), QStringLiteral("apiKey") },
        { QStringLiteral("name"), QStringLiteral("authorization") }, { QStringLiteral("in"), QStringLiteral("header") },
        { QStringLiteral("description"), QStringLiteral("Bearer Token authentication") } };
    return { { QStringLiteral("openapi"), QStringLiteral("3.0.0") },
        { QStringLiteral("info"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Kubernetes") },
                { QStringLiteral("version"), QStringLiteral("unversioned") } } },
        { QStringLiteral("paths"), paths },
        { QStringLiteral("components"),
            QJsonObject { { QStringLiteral("schemas"), schemas },
                { QStringLiteral("securitySchemes"), QJsonObject { { QStringLiteral("BearerToken"), bearer } } } } },
        { QStringLiteral("security"),
            QJsonArray { QJsonObject { { QStringLiteral("BearerToken"), QJsonArray() } } } } };
}

const OpenApiBuilder::Rendered& OpenApiBuilder::rendered(const QString& groupVersion)
{
    if (m_generation != m_catalog.generation()) {
        m_cache.clear();
        m_generation = m_catalog.generation();
    }
    auto it = m_cache.find(groupVersion);
    if (it == m_cache.end()) {
        Rendered out;
        out.json = QJsonDocument(document(groupVersion)).toJson(QJsonDocument::Compact);
        out.hash
            = QString::fromLatin1(QCryptographicHash::hash(out.json, QCryptographicHash::Sha512).toHex().toUpper());
        it = m_cache.insert(groupVersion, out);
    }
    return *it;
}

QByteArray OpenApiBuilder::documentJson(const QString& groupVersion)
{
    return rendered(groupVersion).json;
}

QString OpenApiBuilder::documentHash(const QString& groupVersion)
{
    return rendered(groupVersion).hash;
}

QJsonObject OpenApiBuilder::index()
{
    QJsonObject paths;
    for (const QString& groupVersion : m_catalog.groupVersions()) {
        paths.insert(pathKey(groupVersion),
            QJsonObject { { QStringLiteral("serverRelativeURL"),
                QString(QStringLiteral("/openapi/v3/") + pathKey(groupVersion) + QStringLiteral("?hash=")
                    + documentHash(groupVersion)) } });
    }
    return { { QStringLiteral("paths"), paths } };
}

} // namespace Netloom::Lab
