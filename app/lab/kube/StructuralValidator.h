#pragma once

#include "app/lab/kube/SchemaValidator.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Netloom::Lab {

class Schema;

/// Decodes and validates a custom resource against its CRD version's structural schema (openAPIV3Schema),
/// as the apiextensions-apiserver does: fields the schema does not declare are pruned and collected by
/// path ("spec.flavour"), unless `x-kubernetes-preserve-unknown-fields` keeps them; `apiVersion`, `kind` and
/// `metadata` (checked as ObjectMeta) are allowed at the root and in `x-kubernetes-embedded-resource`
/// objects; nulls of non-nullable fields are dropped; then `type` (and `x-kubernetes-int-or-string`),
/// `required` and `enum` are checked, every violation collected. Not checked: formats, patterns, bounds,
/// allOf/anyOf/oneOf/not, CEL rules (`x-kubernetes-validations`) and defaults.
class StructuralValidator final
{
public:
    struct FieldError
    {
        QString field; ///< "spec.dnsNames"
        QString detail; ///< "Required value"
        QString reason; ///< "FieldValueRequired"
    };

    struct Result
    {
        QStringList unknownFields;
        QList<FieldError> errors;
        /// A type error in metadata, with Go's decoder message (metadata is decoded as a typed ObjectMeta).
        QString decodeError;
    };

    /// Prunes `object` in place (unknown fields stay in Strict mode, where they fail the request).
    static Result check(QJsonObject& object, const QJsonObject& schema, SchemaValidator::Mode mode);
    /// Validates (and prunes) only `status` of an object, for writes to the /status subresource.
    static Result checkStatus(QJsonObject& object, const QJsonObject& schema, SchemaValidator::Mode mode);

private:
    struct Context;
    static QJsonValue walk(
        const QJsonValue& value, const QJsonObject& schema, const QString& path, bool embedded, Context& context);
};

} // namespace Netloom::Lab
