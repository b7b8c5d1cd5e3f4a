#pragma once

#include "app/lab/kube/Schema.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Netloom::Lab {

/// Decodes a request object against its kind's Schema the way the API server's strict JSON decoder
/// does: unknown fields are collected by path ("spec.ports[0].flavour"), type mismatches end the
/// decode with Go's message, nulls are dropped like zero values. In Warn and Ignore modes the unknown
/// fields are removed from the object.
class SchemaValidator final
{
public:
    enum class Mode { Strict, Warn, Ignore };

    struct Result
    {
        QStringList unknownFields;
        /// "json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32"
        QString typeError;
        bool ok() const { return typeError.isEmpty() && unknownFields.isEmpty(); }
    };

    /// "Strict", "Warn", "Ignore"; an empty value means the server default (Warn). nullopt when invalid.
    static std::optional<Mode> parseMode(const QString& text);

    /// Checks and, unless Strict, prunes `object` in place.
    static Result check(QJsonObject& object, const Schema& schema, Mode mode);

    /// Go's name of a schema's type in decoder messages ("int32", "[]v1.ServicePort", "v1.ServiceSpec").
    static QString goTypeName(const Schema& schema);

private:
    struct Context;
    static QJsonValue checkValue(
        const QJsonValue& value, const Schema& schema, const QString& path, const QString& goPath, Context& context);
    static QJsonObject checkObject(
        const QJsonObject& object, const Schema& schema, const QString& path, const QString& goPath, Context& context);
};

} // namespace Netloom::Lab
