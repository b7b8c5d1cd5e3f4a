#include "app/lab/kube/StructuralValidator.h"

#include "app/lab/kube/KubeSchemas.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Netloom::Lab {

struct StructuralValidator::Context
{
    SchemaValidator::Mode mode;
    Result result;
};

namespace {

const QString kProperties = QStringLiteral("properties");
const QString kPreserve = QStringLiteral("x-kubernetes-preserve-unknown-fields");

QString joinPath(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && std::fabs(number) <= 9223372036854775807.0;
}

// The type names of kube-openapi's validation messages.
QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isInteger(value) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("integer"))
        return isInteger(value);
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    return true;
}

// Go's %v of a value in "Unsupported value" messages: strings quoted, numbers and booleans plain.
QString goValue(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

bool isEmbeddedField(const QString& key)
{
    return key == QLatin1String("apiVersion") || key == QLatin1String("kind") || key == QLatin1String("metadata");
}

} // namespace

StructuralValidator::Result StructuralValidator::check(
    QJsonObject& object, const QJsonObject& schema, SchemaValidator::Mode mode)
{
    Context context { mode, {} };
    object = walk(object, schema, QString(), true, context).toObject();
    return context.result;
}

StructuralValidator::Result StructuralValidator::checkStatus(
    QJsonObject& object, const QJsonObject& schema, SchemaValidator::Mode mode)
{
    Context context { mode, {} };
    const QJsonObject statusSchema = schema.value(kProperties).toObject().value(QStringLiteral("status")).toObject();
    const QJsonValue status = object.value(QStringLiteral("status"));
    if (status.isUndefined() || status.isNull())
        object.remove(QStringLiteral("status"));
    else if (statusSchema.isEmpty() && !schema.value(kPreserve).toBool())
        context.result.unknownFields.append(QStringLiteral("status"));
    else
        object.insert(QStringLiteral("status"), walk(status, statusSchema, QStringLiteral("status"), false, context));
    return context.result;
}

QJsonValue StructuralValidator::walk(
    const QJsonValue& value, const QJsonObject& schema, const QString& path, bool embedded, Context& context)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    auto typeError = [&](const QString& expected) {
        const QString actual = jsonTypeName(value);
        context.result.errors.append({ path,
            QStringLiteral("Invalid value: \"%1\": %2 in body must be of type %3: \"%1\"").arg(actual, path, expected),
            QStringLiteral("FieldValueTypeInvalid") });
        return value;
    };
    if (schema.value(QStringLiteral("x-kubernetes-int-or-string")).toBool()) {
        if (!value.isString() && !isInteger(value))
            return typeError(QStringLiteral("integer,string"));
    } else if (!type.isEmpty() && !hasType(value, type)) {
        return typeError(type);
    }
    if (const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray(); !allowed.isEmpty()) {
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue& candidate : allowed)
                names.append(goValue(candidate));
            context.result.errors.append({ path,
                QStringLiteral("Unsupported value: %1: supported values: %2")
                    .arg(goValue(value), names.join(QStringLiteral(", "))),
                QStringLiteral("FieldValueNotSupported") });
        }
    }
    if (value.isArray()) {
        const QJsonValue items = schema.value(QStringLiteral("items"));
        if (!items.isObject())
            return value;
        const QJsonObject itemSchema = items.toObject();
        const bool embeddedItems = itemSchema.value(QStringLiteral("x-kubernetes-embedded-resource")).toBool();
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            out.append(walk(array[i], itemSchema, path + QStringLiteral("[%1]").arg(i), embeddedItems, context));
        return out;
    }
    if (!value.isObject())
        return value;

    const QJsonObject object = value.toObject();
    const QJsonObject properties = schema.value(kProperties).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    const bool preserve = schema.value(kPreserve).toBool() || (additional.isBool() && additional.toBool());
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = joinPath(path, it.key());
        if (embedded && isEmbeddedField(it.key())) {
            if (it.key() == QLatin1String("metadata") && it.value().isObject()) {
                QJsonObject metadata = it.value().toObject();
                const SchemaValidator::Result meta
                    = SchemaValidator::check(metadata, *KubeSchemas::instance().objectMeta(), context.mode);
                for (const QString& unknown : meta.unknownFields)
                    context.result.unknownFields.append(joinPath(field, unknown));
                if (!meta.typeError.isEmpty() && context.result.decodeError.isEmpty())
                    context.result.decodeError = meta.typeError;
                out.insert(it.key(), metadata);
            } else if (!it.value().isNull()) {
                if (!it.value().isString() && context.result.decodeError.isEmpty())
                    context.result.decodeError
                        = QStringLiteral("json: cannot unmarshal %1 into Go struct field .%2 of type string")
                              .arg(jsonTypeName(it.value()), it.key());
                out.insert(it.key(), it.value());
            }
            continue;
        }
        QJsonObject child;
        if (properties.contains(it.key()))
            child = properties.value(it.key()).toObject();
        else if (additional.isObject())
            child = additional.toObject();
        else if (preserve) {
            out.insert(it.key(), it.value());
            continue;
        } else {
            context.result.unknownFields.append(field);
            if (context.mode == SchemaValidator::Mode::Strict)
                out.insert(it.key(), it.value());
            continue;
        }
        if (it.value().isNull()) {
            if (child.value(QStringLiteral("nullable")).toBool())
                out.insert(it.key(), it.value());
            continue;
        }
        out.insert(it.key(),
            walk(it.value(), child, field, child.value(QStringLiteral("x-kubernetes-embedded-resource")).toBool(),
                context));
    }
    for (const QJsonValue& required : schema.value(QStringLiteral("required")).toArray()) {
        if (!out.contains(required.toString()))
            context.result.errors.append({ joinPath(path, required.toString()), QStringLiteral("Required value"),
                QStringLiteral("FieldValueRequired") });
    }
    return out;
}

} // namespace Netloom::Lab
