// The lab's own protobuf field table (app/lab/kube/ProtobufSchema.cpp) checked against the
// Kubernetes 1.32 generated.proto files in the reference folder (field numbers, names, types,
// repeated; no field missing) and against the lab's JSON schemas (every JSON name exists there, every
// JSON property has a protobuf field), so that protobuf and JSON bodies decode to the same objects.
#include "app/lab/kube/KubeSchemas.h"
#include "app/lab/kube/ProtobufSchema.h"
#include "app/lab/kube/ResourceCatalog.h"

#include "tests/support/ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Netloom::Lab;

namespace {

struct ReferenceField
{
    int number = 0;
    QString name;
    QString type; ///< resolved: "string", "map<string, bytes>", or a full message name
    bool repeated = false;
};

using ReferenceMessages = QHash<QString, QList<ReferenceField>>;

const QStringList kProtoFiles { QStringLiteral("kubernetes/proto/api/core/v1/generated.proto"),
    QStringLiteral("kubernetes/proto/api/networking/v1/generated.proto"),
    QStringLiteral("kubernetes/proto/api/discovery/v1/generated.proto"),
    QStringLiteral("kubernetes/proto/apimachinery/pkg/apis/meta/v1/generated.proto"),
    QStringLiteral("kubernetes/proto/apimachinery/pkg/runtime/generated.proto"),
    QStringLiteral("kubernetes/proto/apimachinery/pkg/util/intstr/generated.proto"),
    QStringLiteral("kubernetes/proto/apimachinery/pkg/api/resource/generated.proto") };

bool isScalar(const QString& type)
{
    static const QSet<QString> scalars { QStringLiteral("string"), QStringLiteral("bytes"), QStringLiteral("bool"),
        QStringLiteral("int32"), QStringLiteral("int64"), QStringLiteral("uint32"), QStringLiteral("uint64"),
        QStringLiteral("sint32"), QStringLiteral("sint64"), QStringLiteral("fixed32"), QStringLiteral("fixed64"),
        QStringLiteral("sfixed32"), QStringLiteral("sfixed64"), QStringLiteral("double"), QStringLiteral("float") };
    return scalars.contains(type);
}

QString resolve(const QString& type, const QString& package)
{
    if (isScalar(type))
        return type;
    if (type.startsWith(QLatin1Char('.')))
        return type.mid(1);
    return package + QLatin1Char('.') + type;
}

// A small reader of proto2 files as Kubernetes generates them: package, messages (nested ones named
// Outer.Inner), fields `[optional|repeated] TYPE NAME = N;` and `map<K, V> NAME = N;`.
QString parseProto(const QString& path, ReferenceMessages& messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read %1").arg(path);
    static const QRegularExpression packageRe(QStringLiteral(R"(^package\s+([\w.]+)\s*;)"));
    static const QRegularExpression messageRe(QStringLiteral(R"(^message\s+(\w+)\s*\{)"));
    static const QRegularExpression mapRe(QStringLiteral(R"(^map\s*<\s*(\w+)\s*,\s*([\w.]+)\s*>\s+(\w+)\s*=\s*(\d+))"));
    static const QRegularExpression fieldRe(
        QStringLiteral(R"(^(optional|repeated|required)?\s*([\w.]+)\s+(\w+)\s*=\s*(\d+))"));
    QString package;
    QStringList scope; // message names, innermost last; "" for other blocks (enum, oneof)
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        line = line.section(QStringLiteral("//"), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        if (const auto m = packageRe.match(line); m.hasMatch()) {
            package = m.captured(1);
            continue;
        }
        if (const auto m = messageRe.match(line); m.hasMatch()) {
            scope.append(m.captured(1));
            messages.insert(package + QLatin1Char('.') + scope.join(QLatin1Char('.')), {});
            continue;
        }
        if (line.endsWith(QLatin1Char('{'))) {
            scope.append(QString());
            continue;
        }
        if (line.startsWith(QLatin1Char('}'))) {
            if (!scope.isEmpty())
                scope.removeLast();
            continue;
        }
        if (scope.isEmpty() || scope.last().isEmpty())
            continue;
        const QString owner = package + QLatin1Char('.') + scope.join(QLatin1Char('.'));
        ReferenceField field;
        if (const auto m = mapRe.match(line); m.hasMatch()) {
            field.type = QStringLiteral("map<%1, %2>").arg(m.captured(1), resolve(m.captured(2), package));
            field.name = m.captured(3);
            field.number = m.captured(4).toInt();
        } else if (const auto f = fieldRe.match(line); f.hasMatch()) {
            field.repeated = f.captured(1) == QLatin1String("repeated");
            field.type = resolve(f.captured(2), package);
            field.name = f.captured(3);
            field.number = f.captured(4).toInt();
        } else {
            continue;
        }
        messages[owner].append(field);
    }
    return {};
}

Schema::Type expectedSchemaType(const ProtoField& field, const ProtobufSchema& table)
{
    using T = ProtoField::Type;
    switch (field.type) {
    case T::String:
    case T::Bytes:
        return Schema::Type::String;
    case T::Bool:
        return Schema::Type::Boolean;
    case T::Int32:
    case T::Int64:
        return Schema::Type::Integer;
    case T::Double:
        return Schema::Type::Number;
    case T::Map:
        return Schema::Type::Map;
    case T::Message:
        break;
    }
    const ProtoMessage* nested = table.message(field.message);
    if (!nested)
        return Schema::Type::Object;
    switch (nested->form) {
    case ProtoMessage::Form::Time:
    case ProtoMessage::Form::MicroTime:
    case ProtoMessage::Form::Quantity:
        return Schema::Type::String;
    case ProtoMessage::Form::IntOrString:
        return Schema::Type::IntOrString;
    case ProtoMessage::Form::RawJson:
        return Schema::Type::FreeForm;
    case ProtoMessage::Form::Object:
        break;
    }
    return Schema::Type::Object;
}

// Walks a protobuf message and the lab's JSON schema side by side.
void compareWithJsonSchema(const ProtobufSchema& table, const ProtoMessage& message, const Schema& schema,
    const QString& path, QStringList& problems, QSet<QString>& covered)
{
    for (const ProtoField& field : message.fields) {
        const ProtoMessage* nested = field.type == ProtoField::Type::Message ? table.message(field.message) : nullptr;
        if (field.inlined) {
            if (nested)
                compareWithJsonSchema(table, *nested, schema, path, problems, covered);
            continue;
        }
        const QString fieldPath = path.isEmpty() ? field.jsonName : path + QLatin1Char('.') + field.jsonName;
        covered.insert(fieldPath);
        const Schema* property = schema.property(field.jsonName);
        if (!property) {
            problems.append(QStringLiteral("%1 (%2.%3): not in the lab's JSON schema %4")
                                .arg(fieldPath, message.name, field.protoName, schema.definitionName()));
            continue;
        }
        const Schema* element = property;
        if (field.repeated) {
            if (property->type() != Schema::Type::Array) {
                problems.append(QStringLiteral("%1: repeated in protobuf, not an array in JSON").arg(fieldPath));
                continue;
            }
            element = property->element().get();
        }
        const Schema::Type expected = expectedSchemaType(field, table);
        if (element->type() != expected) {
            problems.append(QStringLiteral("%1: JSON schema type %2, protobuf %3")
                                .arg(fieldPath)
                                .arg(int(element->type()))
                                .arg(field.protoType()));
            continue;
        }
        if (field.type == ProtoField::Type::Bytes && element->format() != QLatin1String("byte"))
            problems.append(QStringLiteral("%1: bytes in protobuf, JSON format is not \"byte\"").arg(fieldPath));
        if (nested && nested->form == ProtoMessage::Form::Object)
            compareWithJsonSchema(table, *nested, *element,
                fieldPath + (field.repeated ? QStringLiteral("[]") : QString()), problems, covered);
    }
    // The other way round: every JSON property has a protobuf field (apiVersion and kind of a kind
    // travel in the envelope's typeMeta).
    for (const Schema::Property& property : schema.properties()) {
        const QString propertyPath = path.isEmpty() ? property.name : path + QLatin1Char('.') + property.name;
        if (path.isEmpty() && (property.name == QLatin1String("apiVersion") || property.name == QLatin1String("kind")))
            continue;
        if (!covered.contains(propertyPath))
            problems.append(QStringLiteral("%1 (%2): no field in protobuf message %3")
                                .arg(propertyPath, schema.definitionName(), message.name));
    }
}

} // namespace

class TestProtobufSchema final : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesKubernetesProtoFiles();
    void tableIsClosedAndCoversEveryServedKind();
    void tableMatchesTheLabsJsonSchemas();
};

void TestProtobufSchema::tableMatchesKubernetesProtoFiles()
{
    ReferenceMessages reference;
    for (const QString& relative : kProtoFiles) {
        NETLOOM_REQUIRE_REFERENCE(path, relative);
        const QString problem = parseProto(path, reference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY2(reference.contains(QStringLiteral("k8s.io.api.core.v1.ServiceSpec")), "the .proto reader found nothing");

    QStringList problems;
    int checked = 0;
    for (const ProtoMessage& message : ProtobufSchema::builtIn().messages()) {
        if (!reference.contains(message.name)) {
            problems.append(QStringLiteral("%1: no such message in the .proto files").arg(message.name));
            continue;
        }
        const QList<ReferenceField>& fields = reference.value(message.name);
        QSet<int> numbers;
        for (const ProtoField& ours : message.fields) {
            const QString where = message.name + QLatin1Char('.') + ours.protoName;
            if (numbers.contains(ours.number))
                problems.append(QStringLiteral("%1: field number %2 twice in our table").arg(where).arg(ours.number));
            numbers.insert(ours.number);
            const auto it = std::find_if(
                fields.begin(), fields.end(), [&](const ReferenceField& f) { return f.number == ours.number; });
            if (it == fields.end()) {
                problems.append(QStringLiteral("%1: no field number %2 in the .proto").arg(where).arg(ours.number));
                continue;
            }
            ++checked;
            if (it->name != ours.protoName)
                problems.append(
                    QStringLiteral("%1: field %2 is named %3 in the .proto").arg(where).arg(ours.number).arg(it->name));
            if (it->type != ours.protoType())
                problems.append(
                    QStringLiteral("%1: type %2, the .proto says %3").arg(where, ours.protoType(), it->type));
            if (it->repeated != ours.repeated)
                problems.append(QStringLiteral("%1: repeated is %2, the .proto says %3")
                                    .arg(where)
                                    .arg(ours.repeated)
                                    .arg(it->repeated));
            if (ours.jsonName.isEmpty() != ours.inlined)
                problems.append(QStringLiteral("%1: only inline fields have no JSON name").arg(where));
        }
        // No field of a message we decode may be missing: it would be dropped silently.
        for (const ReferenceField& field : fields) {
            if (!numbers.contains(field.number))
                problems.append(QStringLiteral("%1.%2 = %3 (%4) is missing from our table")
                                    .arg(message.name, field.name)
                                    .arg(field.number)
                                    .arg(field.type));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checked > 100);
    qInfo("%d fields of %d messages match the Kubernetes .proto files", checked,
        int(ProtobufSchema::builtIn().messages().size()));
}

void TestProtobufSchema::tableIsClosedAndCoversEveryServedKind()
{
    const ProtobufSchema& table = ProtobufSchema::builtIn();
    QStringList problems;
    QSet<QString> names;
    for (const ProtoMessage& message : table.messages()) {
        if (names.contains(message.name))
            problems.append(QStringLiteral("%1 twice in the table").arg(message.name));
        names.insert(message.name);
        for (const ProtoField& field : message.fields) {
            const bool needsMessage = field.type == ProtoField::Type::Message
                || (field.type == ProtoField::Type::Map && field.mapValue == ProtoField::Type::Message);
            if (needsMessage && !table.message(field.message))
                problems.append(QStringLiteral("%1.%2 refers to %3, which is not in the table")
                                    .arg(message.name, field.protoName, field.message));
        }
    }
    for (const ResourceKind* kind : ResourceCatalog::instance().kinds()) {
        if (!kind->protobuf)
            continue; // protobuf bodies of this kind are refused with 415 (app/lab/README.md)
        const QString name = ProtobufSchema::messageNameFor(kind->schema->definitionName());
        if (!table.message(name))
            problems.append(QStringLiteral("served kind %1 has no protobuf message %2").arg(kind->kind, name));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestProtobufSchema::tableMatchesTheLabsJsonSchemas()
{
    const ProtobufSchema& table = ProtobufSchema::builtIn();
    QStringList problems;
    for (const ResourceKind* kind : ResourceCatalog::instance().kinds()) {
        if (!kind->protobuf)
            continue;
        const ProtoMessage* message = table.message(ProtobufSchema::messageNameFor(kind->schema->definitionName()));
        QVERIFY2(message, qPrintable(kind->kind));
        QSet<QString> covered;
        compareWithJsonSchema(table, *message, *kind->schema, QString(), problems, covered);
    }
    problems.removeDuplicates(); // ObjectMeta is shared by every kind
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestProtobufSchema)
#include "tst_protobufschema.moc"
