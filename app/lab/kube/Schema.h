#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Netloom::Lab {

class Schema;
using SchemaPtr = std::shared_ptr<const Schema>;

/// One node of a resource's type tree: the single definition from which both the OpenAPI v3
/// document and the server-side field validation are derived.
class Schema final
{
public:
    /// FreeForm: any JSON object (e.g. FieldsV1); Any: any JSON value (e.g. JSONSchemaProps' `default`).
    enum class Type { String, Integer, Boolean, Number, IntOrString, Object, Array, Map, FreeForm, Any };

    struct Property
    {
        QString name;
        SchemaPtr schema;
    };

    explicit Schema(Type type);

    static SchemaPtr string(const QString& format = {});
    static SchemaPtr int32();
    static SchemaPtr int64();
    static SchemaPtr boolean();
    static SchemaPtr number();
    static SchemaPtr arrayOf(SchemaPtr items);
    static SchemaPtr mapOf(SchemaPtr values);

    /// A named leaf or object type; named types become #/components/schemas entries.
    static std::shared_ptr<Schema> named(Type type, const QString& definitionName, const QString& description);
    /// An object type with a definition name such as "io.k8s.api.core.v1.ServiceSpec".
    static std::shared_ptr<Schema> object(const QString& definitionName, const QString& description = {});

    Schema& add(const QString& name, SchemaPtr schema);
    Schema& require(const QString& name);
    Schema& setFormat(const QString& format);
    /// Group/version/kind of a top-level kind ("", "v1", "Namespace").
    Schema& setGroupVersionKind(const QString& group, const QString& version, const QString& kind);

    Type type() const { return m_type; }
    const QString& definitionName() const { return m_definitionName; }
    /// "ServiceSpec" for "io.k8s.api.core.v1.ServiceSpec" (what Go's decoder names in errors).
    QString shortName() const;
    const QString& description() const { return m_description; }
    const QString& format() const { return m_format; }
    const std::vector<Property>& properties() const { return m_properties; }
    const QStringList& required() const { return m_required; }
    const SchemaPtr& element() const { return m_element; }
    const QString& gvkGroup() const { return m_gvkGroup; }
    const QString& gvkVersion() const { return m_gvkVersion; }
    const QString& gvkKind() const { return m_gvkKind; }

    /// The property with this name, or nullptr.
    const Schema* property(const QString& name) const;

private:
    Type m_type;
    QString m_definitionName;
    QString m_description;
    QString m_format;
    std::vector<Property> m_properties;
    QStringList m_required;
    SchemaPtr m_element;
    QString m_gvkGroup;
    QString m_gvkVersion;
    QString m_gvkKind;
};

} // namespace Netloom::Lab
