#include "app/lab/kube/KeyedDataAdmission.h"

#include "app/lab/kube/KubeStatus.h"
#include "app/lab/kube/ResourceKind.h"

#include <QRegularExpression>

namespace Netloom::Lab {

namespace {

const QString kData = QStringLiteral("data");
const QString kBinaryData = QStringLiteral("binaryData");
const QString kImmutable = QStringLiteral("immutable");
constexpr qsizetype kMaxDataBytes = 1024 * 1024;

bool isSecret(const ResourceKind& kind)
{
    return kind.group.isEmpty() && kind.kind == QLatin1String("Secret");
}

QString keyProblem(const QString& key)
{
    static const QRegularExpression valid(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    if (key.size() > 253)
        return QStringLiteral("must be no more than 253 characters");
    if (key == QLatin1String(".") || key == QLatin1String(".."))
        return QStringLiteral("must not be '.' or '..'");
    if (!valid.match(key).hasMatch())
        return QStringLiteral("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. "
                              "'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
                              "'[-._a-zA-Z0-9]+')");
    return {};
}

} // namespace

bool KeyedDataAdmission::handles(const ResourceKind& kind)
{
    return kind.group.isEmpty() && (kind.kind == QLatin1String("ConfigMap") || kind.kind == QLatin1String("Secret"));
}

KeyedDataAdmission::Verdict KeyedDataAdmission::admit(
    const ResourceKind& kind, QJsonObject& object, const QJsonObject* existing)
{
    const QString name = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    const auto invalid = [&](const QString& field, const QString& detail, const char* reason = "FieldValueInvalid") {
        return Verdict { 422, KubeStatus::invalid(kind, name, field, detail, QString::fromLatin1(reason)) };
    };
    const bool secret = isSecret(kind);
    QJsonObject data = object.value(kData).toObject();

    if (secret) {
        const QString type = object.value(QStringLiteral("type")).toString(QStringLiteral("Opaque"));
        if (existing && existing->value(QStringLiteral("type")).toString() != type)
            return invalid(
                QStringLiteral("type"), QStringLiteral("Invalid value: \"%1\": field is immutable").arg(type));
        object.insert(QStringLiteral("type"), type);
        // stringData is write-only: merged into data (overriding it) and never stored.
        const QJsonObject stringData = object.value(QStringLiteral("stringData")).toObject();
        for (auto it = stringData.begin(); it != stringData.end(); ++it)
            data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
        object.remove(QStringLiteral("stringData"));
        if (data.isEmpty())
            object.remove(kData);
        else
            object.insert(kData, data);
    }

    // Keys, base64 values (Secret data, ConfigMap binaryData) and the total size.
    qsizetype bytes = 0;
    const QJsonObject binaryData = object.value(kBinaryData).toObject();
    for (const auto& [field, values, base64] :
        { std::tuple { kData, data, secret }, std::tuple { kBinaryData, binaryData, true } }) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString path = QStringLiteral("%1[%2]").arg(field, it.key());
            if (const QString problem = keyProblem(it.key()); !problem.isEmpty())
                return invalid(path, QStringLiteral("Invalid value: \"%1\": %2").arg(it.key(), problem));
            if (!base64) {
                bytes += it.value().toString().toUtf8().size();
                continue;
            }
            const auto decoded = QByteArray::fromBase64Encoding(
                it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return { 400,
                    KubeStatus::badRequest(
                        QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: illegal base64 data in %3")
                            .arg(kind.kind, kind.version, path)) };
            bytes += decoded.decoded.size();
        }
    }
    for (auto it = binaryData.begin(); it != binaryData.end(); ++it) {
        if (data.contains(it.key()))
            return invalid(QStringLiteral("data[%1]").arg(it.key()),
                QStringLiteral("Invalid value: \"%1\": duplicate of key present in binaryData").arg(it.key()));
    }
    if (bytes > kMaxDataBytes)
        return invalid(QStringLiteral("data"),
            QStringLiteral("Too long: may not be more than %1 bytes").arg(kMaxDataBytes), "FieldValueTooLong");

    if (secret && object.value(QStringLiteral("type")).toString() == QLatin1String("kubernetes.io/tls")) {
        for (const char* key : { "tls.crt", "tls.key" }) {
            if (!data.contains(QLatin1String(key)))
                return invalid(QStringLiteral("data[%1]").arg(QLatin1String(key)), QStringLiteral("Required value"),
                    "FieldValueRequired");
        }
    }

    if (existing && existing->value(kImmutable).toBool()) {
        const QString forbidden = QStringLiteral("Forbidden: field is immutable when `immutable` is set");
        if (!object.value(kImmutable).toBool())
            return invalid(kImmutable, forbidden, "FieldValueForbidden");
        if (object.value(kData) != existing->value(kData) || object.value(kBinaryData) != existing->value(kBinaryData))
            return invalid(kData, forbidden, "FieldValueForbidden");
    }
    return {};
}

} // namespace Netloom::Lab
