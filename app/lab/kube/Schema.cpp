#include "app/lab/kube/Schema.h"

namespace Netloom::Lab {

Schema::Schema(Type type)
    : m_type(type)
{
}

SchemaPtr Schema::string(const QString& format)
{
    auto schema = std::make_shared<Schema>(Type::String);
    schema->m_format = format;
    return schema;
}

SchemaPtr Schema::int32()
{
    auto schema = std::make_shared<Schema>(Type::Integer);
    schema->m_format = QStringLiteral("int32");
    return schema;
}

SchemaPtr Schema::int64()
{
    auto schema = std::make_shared<Schema>(Type::Integer);
    schema->m_format = QStringLiteral("int64");
    return schema;
}

SchemaPtr Schema::boolean()
{
    return std::make_shared<Schema>(Type::Boolean);
}

SchemaPtr Schema::number()
{
    auto schema = std::make_shared<Schema>(Type::Number);
    schema->m_format = QStringLiteral("double");
    return schema;
}

SchemaPtr Schema::arrayOf(SchemaPtr items)
{
    auto schema = std::make_shared<Schema>(Type::Array);
    schema->m_element = std::move(items);
    return schema;
}

SchemaPtr Schema::mapOf(SchemaPtr values)
{
    auto schema = std::make_shared<Schema>(Type::Map);
    schema->m_element = std::move(values);
    return schema;
}

std::shared_ptr<Schema> Schema::named(Type type, const QString& definitionName, const QString& description)
{
    auto schema = std::make_shared<Schema>(type);
    schema->m_definitionName = definitionName;
    schema->m_description = description;
    return schema;
}

std::shared_ptr<Schema> Schema::object(const QString& definitionName, const QString& description)
{
    return named(Type::Object, definitionName, description);
}

Schema& Schema::add(const QString& name, SchemaPtr schema)
{
    m_properties.push_back({ name, std::move(schema) });
    return *this;
}

Schema& Schema::require(const QString& name)
{
    m_required.append(name);
    return *this;
}

Schema& Schema::setFormat(const QString& format)
{
    m_format = format;
    return *this;
}

Schema& Schema::setGroupVersionKind(const QString& group, const QString& version, const QString& kind)
{
    m_gvkGroup = group;
    m_gvkVersion = version;
    m_gvkKind = kind;
    return *this;
}

QString Schema::shortName() const
{
    return m_definitionName.section(QLatin1Char('.'), -1);
}

const Schema* Schema::property(const QString& name) const
{
    for (const Property& p : m_properties) {
        if (p.name == name)
            return p.schema.get();
    }
    return nullptr;
}

} // namespace Netloom::Lab
