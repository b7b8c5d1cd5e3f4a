#include "app/lab/kube/SchemaValidator.h"

#include <QJsonArray>

#include <cmath>

namespace Netloom::Lab {

struct SchemaValidator::Context
{
    Mode mode;
    Result result;
    QString structName;
};

namespace {

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
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

QString joinPath(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

} // namespace

std::optional<SchemaValidator::Mode> SchemaValidator::parseMode(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("Warn"))
        return Mode::Warn;
    if (text == QLatin1String("Strict"))
        return Mode::Strict;
    if (text == QLatin1String("Ignore"))
        return Mode::Ignore;
    return std::nullopt;
}

QString SchemaValidator::goTypeName(const Schema& schema)
{
    switch (schema.type()) {
    case Schema::Type::String:
        return QStringLiteral("string");
    case Schema::Type::Integer:
        return schema.format().isEmpty() ? QStringLiteral("int64") : schema.format();
    case Schema::Type::Boolean:
        return QStringLiteral("bool");
    case Schema::Type::Number:
        return QStringLiteral("float64");
    case Schema::Type::IntOrString:
        return QStringLiteral("intstr.IntOrString");
    case Schema::Type::Array:
        return QStringLiteral("[]") + goTypeName(*schema.element());
    case Schema::Type::Map:
        return QStringLiteral("map[string]") + goTypeName(*schema.element());
    case Schema::Type::Object:
    case Schema::Type::FreeForm:
        return QStringLiteral("v1.") + schema.shortName();
    case Schema::Type::Any:
        return QStringLiteral("interface {}");
    }
    return {};
}

SchemaValidator::Result SchemaValidator::check(QJsonObject& object, const Schema& schema, Mode mode)
{
    Context context { mode, {}, schema.shortName() };
    object = checkObject(object, schema, QString(), QString(), context);
    return context.result;
}

QJsonObject SchemaValidator::checkObject(
    const QJsonObject& object, const Schema& schema, const QString& path, const QString& goPath, Context& context)
{
    QJsonObject out;
    const QString outerStruct = context.structName;
    context.structName = schema.shortName();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Schema* field = schema.property(it.key());
        if (!field) {
            context.result.unknownFields.append(joinPath(path, it.key()));
            if (context.mode == Mode::Strict)
                out.insert(it.key(), it.value());
            continue;
        }
        if (it.value().isNull())
            continue;
        const QJsonValue checked
            = checkValue(it.value(), *field, joinPath(path, it.key()), joinPath(goPath, it.key()), context);
        if (!context.result.typeError.isEmpty())
            break;
        out.insert(it.key(), checked);
    }
    context.structName = outerStruct;
    return out;
}

QJsonValue SchemaValidator::checkValue(
    const QJsonValue& value, const Schema& schema, const QString& path, const QString& goPath, Context& context)
{
    auto mismatch = [&](const QString& what) {
        context.result.typeError = QStringLiteral("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                                       .arg(what, context.structName, goPath, goTypeName(schema));
        return QJsonValue();
    };
    switch (schema.type()) {
    case Schema::Type::String:
        return value.isString() ? value : mismatch(jsonTypeName(value));
    case Schema::Type::Boolean:
        return value.isBool() ? value : mismatch(jsonTypeName(value));
    case Schema::Type::Number:
        return value.isDouble() ? value : mismatch(jsonTypeName(value));
    case Schema::Type::Integer: {
        if (!value.isDouble())
            return mismatch(jsonTypeName(value));
        const double number = value.toDouble();
        const double limit = schema.format() == QLatin1String("int32") ? 2147483647.0 : 9007199254740991.0;
        if (std::floor(number) != number || std::fabs(number) > limit)
            return mismatch(QStringLiteral("number %1").arg(number));
        return value;
    }
    case Schema::Type::IntOrString:
        return value.isString() || value.isDouble() ? value : mismatch(jsonTypeName(value));
    case Schema::Type::FreeForm:
        return value.isObject() ? value : mismatch(jsonTypeName(value));
    case Schema::Type::Any:
        return value;
    case Schema::Type::Array: {
        if (!value.isArray())
            return mismatch(jsonTypeName(value));
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].isNull()) {
                out.append(items[i]);
                continue;
            }
            out.append(checkValue(items[i], *schema.element(), path + QStringLiteral("[%1]").arg(i), goPath, context));
            if (!context.result.typeError.isEmpty())
                return {};
        }
        return out;
    }
    case Schema::Type::Map: {
        if (!value.isObject())
            return mismatch(jsonTypeName(value));
        QJsonObject out;
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            out.insert(it.key(), checkValue(it.value(), *schema.element(), joinPath(path, it.key()), goPath, context));
            if (!context.result.typeError.isEmpty())
                return {};
        }
        return out;
    }
    case Schema::Type::Object:
        if (!value.isObject())
            return mismatch(jsonTypeName(value));
        return checkObject(value.toObject(), schema, path, goPath, context);
    }
    return value;
}

} // namespace Netloom::Lab
