#include "app/lab/kube/CustomResourceDefinitions.h"

#include "app/lab/kube/KubeStatus.h"
#include "app/lab/kube/ResourceCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Netloom::Lab {

namespace {

const QString kSpec = QStringLiteral("spec");
const QString kNames = QStringLiteral("names");
const QString kStatus = QStringLiteral("status");
const QString kConditions = QStringLiteral("conditions");

QJsonObject condition(const QString& type, bool status, const QString& reason, const QString& message,
    const QJsonObject& previous, const QString& now)
{
    QJsonObject out { { QStringLiteral("type"), type },
        { QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False") },
        { QStringLiteral("reason"), reason }, { QStringLiteral("message"), message },
        { QStringLiteral("lastTransitionTime"), now } };
    // The transition time only moves when the status does.
    for (const QJsonValue& old : previous.value(kStatus).toObject().value(kConditions).toArray()) {
        const QJsonObject c = old.toObject();
        if (c.value(QStringLiteral("type")) == type && c.value(QStringLiteral("status")) == out.value(kStatus))
            out.insert(QStringLiteral("lastTransitionTime"), c.value(QStringLiteral("lastTransitionTime")));
    }
    return out;
}

CustomResourceDefinitions::Verdict invalid(const ResourceKind& kind, const QString& name, const QString& field,
    const QString& detail, const QString& reason = QStringLiteral("FieldValueInvalid"))
{
    return { 422, KubeStatus::invalid(kind, name, field, detail, reason) };
}

} // namespace

CustomResourceDefinitions::Verdict CustomResourceDefinitions::admit(
    const ResourceKind& crdKind, QJsonObject& crd, const QJsonObject* existing, const ResourceCatalog& catalog)
{
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    static const QRegularExpression dnsSubdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    static const QRegularExpression kindPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    const QJsonObject metadata = crd.value(QStringLiteral("metadata")).toObject();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    QJsonObject spec = crd.value(kSpec).toObject();
    QJsonObject names = spec.value(kNames).toObject();
    const QString group = spec.value(QStringLiteral("group")).toString();
    const QString plural = names.value(QStringLiteral("plural")).toString();
    const QString kindName = names.value(QStringLiteral("kind")).toString();

    if (group.isEmpty())
        return invalid(crdKind, name, QStringLiteral("spec.group"), QStringLiteral("Required value"),
            QStringLiteral("FieldValueRequired"));
    if (!group.contains(QLatin1Char('.')) || !dnsSubdomain.match(group).hasMatch())
        return invalid(crdKind, name, QStringLiteral("spec.group"),
            QStringLiteral("Invalid value: \"%1\": should be a domain with at least one dot").arg(group));
    if (plural.isEmpty() || !dnsLabel.match(plural).hasMatch())
        return invalid(crdKind, name, QStringLiteral("spec.names.plural"),
            plural.isEmpty() ? QStringLiteral("Required value")
                             : QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 label must consist of lower "
                                              "case alphanumeric characters or '-', and must start and end with an "
                                              "alphanumeric character")
                                   .arg(plural));
    if (kindName.isEmpty() || !kindPattern.match(kindName).hasMatch())
        return invalid(crdKind, name, QStringLiteral("spec.names.kind"),
            kindName.isEmpty() ? QStringLiteral("Required value")
                               : QStringLiteral("Invalid value: \"%1\": may have mixed case, but should otherwise "
                                                "match: ^[a-z]([-a-z0-9]*[a-z0-9])?$")
                                     .arg(kindName));
    if (name != plural + QLatin1Char('.') + group)
        return invalid(crdKind, name, QStringLiteral("metadata.name"),
            QStringLiteral("Invalid value: \"%1\": must be spec.names.plural+\".\"+spec.group").arg(name));
    const QString scope = spec.value(QStringLiteral("scope")).toString();
    if (scope != QLatin1String("Namespaced") && scope != QLatin1String("Cluster"))
        return invalid(crdKind, name, QStringLiteral("spec.scope"),
            scope.isEmpty()
                ? QStringLiteral("Required value")
                : QStringLiteral("Unsupported value: \"%1\": supported values: \"Cluster\", \"Namespaced\"").arg(scope),
            scope.isEmpty() ? QStringLiteral("FieldValueRequired") : QStringLiteral("FieldValueNotSupported"));
    // Groups of the Kubernetes project need an approved API review (KEP 1111).
    if (group.endsWith(QLatin1String(".k8s.io")) || group.endsWith(QLatin1String(".kubernetes.io"))
        || group == QLatin1String("k8s.io") || group == QLatin1String("kubernetes.io")) {
        if (!metadata.value(QStringLiteral("annotations"))
                 .toObject()
                 .contains(QStringLiteral("api-approved.kubernetes.io")))
            return invalid(crdKind, name, QStringLiteral("metadata.annotations[api-approved.kubernetes.io]"),
                QStringLiteral(
                    "Required value: protected groups must have approval annotation "
                    "\"api-approved.kubernetes.io\", see https://github.com/kubernetes/enhancements/pull/1111"),
                QStringLiteral("FieldValueRequired"));
    }
    const QJsonArray versions = spec.value(QStringLiteral("versions")).toArray();
    if (versions.isEmpty())
        return invalid(crdKind, name, QStringLiteral("spec.versions"),
            QStringLiteral("Invalid value: null: must have exactly one version marked as storage version"));
    QString storage;
    QStringList seen;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject version = versions[i].toObject();
        const QString versionName = version.value(QStringLiteral("name")).toString();
        const QString field = QStringLiteral("spec.versions[%1]").arg(i);
        if (!dnsLabel.match(versionName).hasMatch())
            return invalid(crdKind, name, field + QStringLiteral(".name"),
                QStringLiteral("Invalid value: \"%1\": a DNS-1035 label must consist of lower case alphanumeric "
                               "characters or '-', start with an alphabetic character, and end with an alphanumeric "
                               "character")
                    .arg(versionName));
        if (seen.contains(versionName))
            return invalid(crdKind, name, QStringLiteral("spec.versions"),
                QStringLiteral("Invalid value: \"%1\": must appear only once").arg(versionName));
        seen.append(versionName);
        if (version.value(QStringLiteral("storage")).toBool()) {
            if (!storage.isEmpty())
                return invalid(crdKind, name, QStringLiteral("spec.versions"),
                    QStringLiteral("Invalid value: %1: must have exactly one version marked as storage version")
                        .arg(QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact))));
            storage = versionName;
        }
        if (!version.value(QStringLiteral("schema")).toObject().value(QStringLiteral("openAPIV3Schema")).isObject())
            return invalid(crdKind, name, field + QStringLiteral(".schema.openAPIV3Schema"),
                QStringLiteral("Required value: schemas are required"), QStringLiteral("FieldValueRequired"));
    }
    if (storage.isEmpty())
        return invalid(crdKind, name, QStringLiteral("spec.versions"),
            QStringLiteral("Invalid value: %1: must have exactly one version marked as storage version")
                .arg(QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact))));
    if (existing) {
        const QJsonObject oldSpec = existing->value(kSpec).toObject();
        if (oldSpec.value(QStringLiteral("scope")) != spec.value(QStringLiteral("scope")))
            return invalid(crdKind, name, QStringLiteral("spec.scope"),
                QStringLiteral("Invalid value: \"%1\": field is immutable").arg(scope));
    }

    // Defaults (SetDefaults_CustomResourceDefinitionSpec).
    if (!names.contains(QStringLiteral("singular")))
        names.insert(QStringLiteral("singular"), kindName.toLower());
    if (!names.contains(QStringLiteral("listKind")))
        names.insert(QStringLiteral("listKind"), QString(kindName + QStringLiteral("List")));
    spec.insert(kNames, names);
    if (!spec.contains(QStringLiteral("conversion")))
        spec.insert(
            QStringLiteral("conversion"), QJsonObject { { QStringLiteral("strategy"), QStringLiteral("None") } });
    crd.insert(kSpec, spec);

    // What the naming and establishing controllers write.
    QString conflict;
    for (const ResourceKind* other : catalog.kinds()) {
        if (other->group != group || other->plural == plural)
            continue;
        if (other->kind == kindName)
            conflict = QStringLiteral("\"%1\" is already in use").arg(kindName);
        else if (other->plural == names.value(QStringLiteral("singular")).toString())
            conflict = QStringLiteral("\"%1\" is already in use").arg(other->plural);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject previous = existing ? *existing : QJsonObject();
    QJsonObject status;
    QStringList stored;
    for (const QJsonValue& version :
        previous.value(kStatus).toObject().value(QStringLiteral("storedVersions")).toArray())
        stored.append(version.toString());
    if (!stored.contains(storage))
        stored.append(storage);
    status.insert(QStringLiteral("storedVersions"), QJsonArray::fromStringList(stored));
    if (conflict.isEmpty()) {
        status.insert(QStringLiteral("acceptedNames"), names);
        status.insert(kConditions,
            QJsonArray { condition(QStringLiteral("NamesAccepted"), true, QStringLiteral("NoConflicts"),
                             QStringLiteral("no conflicts found"), previous, now),
                condition(QStringLiteral("Established"), true, QStringLiteral("InitialNamesAccepted"),
                    QStringLiteral("the initial names have been accepted"), previous, now) });
    } else {
        status.insert(QStringLiteral("acceptedNames"),
            QJsonObject { { QStringLiteral("kind"), QString() }, { QStringLiteral("plural"), QString() } });
        status.insert(kConditions,
            QJsonArray { condition(QStringLiteral("NamesAccepted"), false, QStringLiteral("KindConflict"), conflict,
                             previous, now),
                condition(QStringLiteral("Established"), false, QStringLiteral("NotAccepted"),
                    QStringLiteral("not all names are accepted"), previous, now) });
    }
    crd.insert(kStatus, status);
    return {};
}

bool CustomResourceDefinitions::hasCondition(const QJsonObject& crd, const QString& type)
{
    for (const QJsonValue& value : crd.value(kStatus).toObject().value(kConditions).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("type")).toString() == type)
            return c.value(kStatus).toString() == QLatin1String("True");
    }
    return false;
}

std::vector<ResourceKind> CustomResourceDefinitions::kindsFor(const QJsonObject& crd)
{
    std::vector<ResourceKind> result;
    if (!hasCondition(crd, QStringLiteral("Established")))
        return result;
    const QJsonObject spec = crd.value(kSpec).toObject();
    const QJsonObject names = crd.value(kStatus).toObject().value(QStringLiteral("acceptedNames")).toObject();
    QString storage;
    for (const QJsonValue& value : spec.value(QStringLiteral("versions")).toArray()) {
        if (value.toObject().value(QStringLiteral("storage")).toBool())
            storage = value.toObject().value(QStringLiteral("name")).toString();
    }
    for (const QJsonValue& value : spec.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject version = value.toObject();
        if (!version.value(QStringLiteral("served")).toBool())
            continue;
        ResourceKind kind;
        kind.group = spec.value(QStringLiteral("group")).toString();
        kind.version = version.value(QStringLiteral("name")).toString();
        kind.kind = names.value(QStringLiteral("kind")).toString();
        kind.plural = names.value(QStringLiteral("plural")).toString();
        kind.singular = names.value(QStringLiteral("singular")).toString();
        kind.namespaced = spec.value(QStringLiteral("scope")).toString() == QLatin1String("Namespaced");
        for (const QJsonValue& shortName : names.value(QStringLiteral("shortNames")).toArray())
            kind.shortNames.append(shortName.toString());
        for (const QJsonValue& category : names.value(QStringLiteral("categories")).toArray())
            kind.categories.append(category.toString());
        kind.statusSubresource = version.value(QStringLiteral("subresources")).toObject().contains(kStatus);
        for (const QJsonValue& field : version.value(QStringLiteral("selectableFields")).toArray())
            kind.fieldSelectors.append(field.toObject().value(QStringLiteral("jsonPath")).toString().mid(1));
        kind.protobuf = false;
        kind.custom = true;
        kind.openApiSchema
            = version.value(QStringLiteral("schema")).toObject().value(QStringLiteral("openAPIV3Schema")).toObject();
        kind.storageVersion = storage;
        result.push_back(std::move(kind));
    }
    return result;
}

QJsonObject CustomResourceDefinitions::terminating(QJsonObject crd, const QString& now)
{
    QJsonObject metadata = crd.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("deletionTimestamp"), now);
    metadata.insert(QStringLiteral("deletionGracePeriodSeconds"), 0);
    crd.insert(QStringLiteral("metadata"), metadata);
    QJsonObject status = crd.value(kStatus).toObject();
    QJsonArray conditions = status.value(kConditions).toArray();
    conditions.append(condition(QStringLiteral("Terminating"), true, QStringLiteral("InstanceDeletionInProgress"),
        QStringLiteral("CustomResource deletion is in progress"), crd, now));
    status.insert(kConditions, conditions);
    crd.insert(kStatus, status);
    return crd;
}

} // namespace Netloom::Lab
