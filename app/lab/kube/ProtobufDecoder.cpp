#include "app/lab/kube/ProtobufDecoder.h"

#include "app/lab/kube/ProtobufReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <bit>
#include <map>

namespace Netloom::Lab {

namespace {

using Type = ProtoField::Type;
using WireType = ProtobufReader::WireType;

const QString kRuntime = QStringLiteral("k8s.io.apimachinery.pkg.runtime.");
// Go's zero time.Time (0001-01-01T00:00:00Z) in Unix seconds: JSON null, like an empty Time.
constexpr qint64 kGoZeroTime = -62135596800LL;

WireType wireTypeOf(Type type)
{
    switch (type) {
    case Type::Bool:
    case Type::Int32:
    case Type::Int64:
        return WireType::Varint;
    case Type::Double:
        return WireType::Fixed64;
    case Type::String:
    case Type::Bytes:
    case Type::Message:
    case Type::Map:
        break;
    }
    return WireType::LengthDelimited;
}

bool isZero(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Double:
        return value.toDouble() == 0;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    default:
        return false;
    }
}

QJsonValue zeroOf(Type type)
{
    switch (type) {
    case Type::String:
    case Type::Bytes:
        return QString();
    case Type::Bool:
        return false;
    case Type::Int32:
    case Type::Int64:
    case Type::Double:
        return 0;
    case Type::Message:
    case Type::Map:
        break;
    }
    return QJsonValue::Null;
}

// A scalar from its wire value (the wire type was checked).
QJsonValue scalarValue(Type type, quint64 raw, QByteArrayView bytes)
{
    switch (type) {
    case Type::String:
        return QString::fromUtf8(bytes);
    case Type::Bytes:
        return QString::fromLatin1(bytes.toByteArray().toBase64());
    case Type::Bool:
        return raw != 0;
    case Type::Int32:
        // Go truncates a varint to the field's width.
        return static_cast<qint32>(static_cast<quint32>(raw));
    case Type::Int64:
        return static_cast<qint64>(raw);
    case Type::Double:
        return std::bit_cast<double>(raw);
    case Type::Message:
    case Type::Map:
        break;
    }
    return QJsonValue::Null;
}

int numberOf(const ProtoMessage& message, const char* protoName)
{
    for (const ProtoField& field : message.fields) {
        if (field.protoName == QLatin1String(protoName))
            return field.number;
    }
    return -1;
}

} // namespace

struct ProtobufDecoder::PathNode
{
    const PathNode* parent = nullptr;
    const QString* name = nullptr; ///< a field's JSON name (empty for an inline field)
    qsizetype index = -1; ///< the element of a repeated field
    const QString* key = nullptr; ///< the entry of a map

    QString render() const
    {
        QString text = parent ? parent->render() : QString();
        if (name && !name->isEmpty())
            text = text.isEmpty() ? *name : text + QLatin1Char('.') + *name;
        if (index >= 0)
            text += QStringLiteral("[%1]").arg(index);
        if (key)
            text += QStringLiteral("[%1]").arg(*key);
        return text;
    }
};

namespace {

using PathNode = ProtobufDecoder::PathNode;

QString where(const PathNode* path)
{
    const QString text = path ? path->render() : QString();
    return text.isEmpty() ? QStringLiteral("(object)") : text;
}

Error at(const PathNode* path, const Error& error)
{
    return Error(QStringLiteral("%1: %2").arg(where(path), error.message));
}

Error fault(const PathNode* path, qsizetype offset, const QString& what)
{
    return Error(QStringLiteral("%1: %2 at byte %3").arg(where(path), what).arg(offset));
}

} // namespace

ProtobufDecoder::ProtobufDecoder(const ProtobufSchema& schema, int maxDepth)
    : m_schema(schema)
    , m_maxDepth(maxDepth)
{
}

QByteArrayView ProtobufDecoder::magic()
{
    return QByteArrayView("k8s\0", 4);
}

Expected<ProtobufDecoder::Envelope> ProtobufDecoder::unwrap(QByteArrayView body) const
{
    if (!body.startsWith(magic()))
        return Error(QStringLiteral("the body does not start with the protobuf envelope prefix \"k8s\\x00\""));
    const ProtoMessage* unknown = m_schema.message(kRuntime + QStringLiteral("Unknown"));
    const ProtoMessage* typeMeta = m_schema.message(kRuntime + QStringLiteral("TypeMeta"));
    if (!unknown || !typeMeta)
        return Error(QStringLiteral("the protobuf table has no runtime.Unknown envelope"));
    const int typeMetaNumber = numberOf(*unknown, "typeMeta");
    const int rawNumber = numberOf(*unknown, "raw");
    const int encodingNumber = numberOf(*unknown, "contentEncoding");
    const int typeNumber = numberOf(*unknown, "contentType");

    static const QString envelopeName = QStringLiteral("envelope");
    static const QString typeMetaName = QStringLiteral("typeMeta");
    const PathNode envelopeNode { nullptr, &envelopeName };
    const PathNode* path = &envelopeNode;
    Envelope envelope;
    ProtobufReader reader(body.sliced(4), 4);
    while (!reader.atEnd()) {
        const Expected<ProtobufReader::Field> field = reader.next();
        if (!field)
            return at(path, field.error());
        const int number = static_cast<int>(field->number);
        if (number != typeMetaNumber && number != rawNumber && number != encodingNumber && number != typeNumber)
            continue;
        if (field->wireType != WireType::LengthDelimited)
            return fault(path, field->tagOffset,
                QStringLiteral("field %1 has wire type %2, expected length-delimited")
                    .arg(number)
                    .arg(ProtobufReader::wireTypeName(field->wireType)));
        if (number == typeMetaNumber) {
            const PathNode typeMetaNode { path, &typeMetaName };
            const Expected<QJsonObject> meta
                = decodeFields(*typeMeta, field->bytes, field->valueOffset, &typeMetaNode, 1);
            if (!meta)
                return meta.error();
            envelope.apiVersion = meta->value(QStringLiteral("apiVersion")).toString();
            envelope.kind = meta->value(QStringLiteral("kind")).toString();
        } else if (number == rawNumber) {
            envelope.raw = field->bytes;
            envelope.rawOffset = field->valueOffset;
        } else if (number == encodingNumber) {
            envelope.contentEncoding = QString::fromUtf8(field->bytes);
        } else {
            envelope.contentType = QString::fromUtf8(field->bytes);
        }
    }
    return envelope;
}

Expected<QJsonObject> ProtobufDecoder::decode(
    const QString& messageName, QByteArrayView data, qsizetype baseOffset) const
{
    const ProtoMessage* message = m_schema.message(messageName);
    if (!message)
        return Error(QStringLiteral("no protobuf message %1 in the lab's table").arg(messageName));
    const Expected<QJsonValue> value = decodeMessage(*message, data, baseOffset, nullptr, 1);
    if (!value)
        return value.error();
    return value->toObject();
}

Expected<QJsonObject> ProtobufDecoder::decodeObject(const QString& messageName, QByteArrayView body) const
{
    const Expected<Envelope> envelope = unwrap(body);
    if (!envelope)
        return envelope.error();
    if (!envelope->contentEncoding.isEmpty())
        return Error(
            QStringLiteral("unsupported content encoding \"%1\" in the envelope").arg(envelope->contentEncoding));
    if (!envelope->contentType.isEmpty()
        && envelope->contentType != QLatin1String("application/vnd.kubernetes.protobuf"))
        return Error(QStringLiteral("unsupported content type \"%1\" in the envelope").arg(envelope->contentType));
    Expected<QJsonObject> object = decode(messageName, envelope->raw, envelope->rawOffset);
    if (!object)
        return object.error();
    if (!envelope->apiVersion.isEmpty())
        object->insert(QStringLiteral("apiVersion"), envelope->apiVersion);
    if (!envelope->kind.isEmpty())
        object->insert(QStringLiteral("kind"), envelope->kind);
    return object;
}

Expected<QJsonValue> ProtobufDecoder::decodeMessage(
    const ProtoMessage& message, QByteArrayView data, qsizetype base, const PathNode* path, int depth) const
{
    using Form = ProtoMessage::Form;
    if (depth > m_maxDepth)
        return fault(path, base, QStringLiteral("messages nested deeper than %1 levels").arg(m_maxDepth));
    if (message.form == Form::RawJson) {
        ProtobufReader reader(data, base);
        QByteArrayView raw;
        while (!reader.atEnd()) {
            const Expected<ProtobufReader::Field> field = reader.next();
            if (!field)
                return at(path, field.error());
            if (field->number == 1 && field->wireType == WireType::LengthDelimited)
                raw = field->bytes;
        }
        if (raw.isEmpty())
            return QJsonValue(QJsonValue::Null);
        // Wrapped in an array so that any JSON value (not only objects) parses.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson("[" + raw.toByteArray() + "]", &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            return fault(path, base, QStringLiteral("raw JSON does not parse: %1").arg(error.errorString()));
        return document.array().first();
    }
    if ((message.form == Form::Time || message.form == Form::MicroTime) && data.isEmpty())
        return QJsonValue(QJsonValue::Null);

    const Expected<QJsonObject> fields = decodeFields(message, data, base, path, depth);
    if (!fields)
        return fields.error();
    switch (message.form) {
    case Form::Object:
        return QJsonValue(*fields);
    case Form::Time:
    case Form::MicroTime: {
        const qint64 seconds = fields->value(QStringLiteral("seconds")).toInteger();
        const qint64 nanos = fields->value(QStringLiteral("nanos")).toInteger();
        if (seconds == kGoZeroTime && nanos == 0)
            return QJsonValue(QJsonValue::Null);
        const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        // Go's JSON encoder refuses years outside [0, 9999].
        if (!time.isValid() || time.date().year() < 0 || time.date().year() > 9999)
            return fault(path, base, QStringLiteral("time %1 s is outside the years 0 to 9999").arg(seconds));
        if (message.form == Form::Time)
            return QJsonValue(time.toString(Qt::ISODate));
        if (nanos < 0 || nanos > 999999999)
            return fault(path, base, QStringLiteral("nanos %1 is outside 0 to 999999999").arg(nanos));
        return QJsonValue(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
            + QStringLiteral("%1Z").arg(nanos / 1000, 6, 10, QLatin1Char('0')));
    }
    case Form::IntOrString:
        if (fields->value(QStringLiteral("type")).toInteger() == 1)
            return QJsonValue(fields->value(QStringLiteral("strVal")).toString());
        return QJsonValue(fields->value(QStringLiteral("intVal")).toInteger());
    case Form::Quantity: {
        const QString text = fields->value(QStringLiteral("string")).toString();
        return QJsonValue(text.isEmpty() ? QStringLiteral("0") : text);
    }
    case Form::RawJson:
        break;
    }
    return QJsonValue(*fields);
}

Expected<QJsonObject> ProtobufDecoder::decodeFields(
    const ProtoMessage& message, QByteArrayView data, qsizetype base, const PathNode* path, int depth) const
{
    if (depth > m_maxDepth)
        return fault(path, base, QStringLiteral("messages nested deeper than %1 levels").arg(m_maxDepth));
    // One slot per field number. Arrays and map entries grow in place (a copy per element would make
    // a body of many small entries quadratic); map entries are kept sorted, so that building the JSON
    // object only appends.
    struct Slot
    {
        bool seen = false;
        QJsonValue value;
        QJsonArray array;
        std::map<QString, QJsonValue> entries;
    };
    std::map<int, Slot> bySlot;
    ProtobufReader reader(data, base);
    while (!reader.atEnd()) {
        const Expected<ProtobufReader::Field> wire = reader.next();
        if (!wire)
            return at(path, wire.error());
        const ProtoField* field = message.field(static_cast<int>(wire->number));
        if (!field)
            continue; // unknown fields are skipped, as Go's decoder does
        Slot& slot = bySlot[field->number];
        const PathNode fieldNode { path, &field->jsonName };
        const PathNode elementNode { path, &field->jsonName, field->repeated ? slot.array.size() : -1 };
        const PathNode* fieldPath = &fieldNode;
        const PathNode* elementPath = &elementNode;

        // Packed repeated scalars: one length-delimited run of values.
        const WireType expected = wireTypeOf(field->type);
        if (field->repeated && expected != WireType::LengthDelimited && wire->wireType == WireType::LengthDelimited) {
            slot.seen = true;
            if (expected == WireType::Varint) {
                ProtobufReader packed(wire->bytes, wire->valueOffset);
                while (!packed.atEnd()) {
                    const Expected<quint64> value = packed.readVarint();
                    if (!value)
                        return at(fieldPath, value.error());
                    slot.array.append(scalarValue(field->type, *value, {}));
                }
            } else {
                if (wire->bytes.size() % 8 != 0)
                    return fault(fieldPath, wire->valueOffset,
                        QStringLiteral("packed 64-bit values in %1 bytes").arg(wire->bytes.size()));
                for (qsizetype start = 0; start < wire->bytes.size(); start += 8) {
                    quint64 raw = 0;
                    for (int i = 0; i < 8; ++i)
                        raw |= quint64(static_cast<quint8>(wire->bytes[start + i])) << (8 * i);
                    slot.array.append(scalarValue(field->type, raw, {}));
                }
            }
            continue;
        }
        if (wire->wireType != expected)
            return fault(elementPath, wire->tagOffset,
                QStringLiteral("wire type %1, expected %2 for %3 field %4")
                    .arg(ProtobufReader::wireTypeName(wire->wireType), ProtobufReader::wireTypeName(expected),
                        field->protoType())
                    .arg(field->number));
        slot.seen = true;

        QJsonValue value;
        if (field->type == Type::Map) {
            // A map entry: key = 1 (string), value = 2.
            if (depth + 1 > m_maxDepth)
                return fault(fieldPath, wire->valueOffset,
                    QStringLiteral("messages nested deeper than %1 levels").arg(m_maxDepth));
            ProtobufReader entry(wire->bytes, wire->valueOffset);
            QString mapKey;
            value = field->mapValue == Type::Message ? QJsonValue(QJsonObject()) : zeroOf(field->mapValue);
            while (!entry.atEnd()) {
                const Expected<ProtobufReader::Field> part = entry.next();
                if (!part)
                    return at(fieldPath, part.error());
                if (part->number == 1) {
                    if (part->wireType != WireType::LengthDelimited)
                        return fault(fieldPath, part->tagOffset, QStringLiteral("map key is not a string"));
                    mapKey = QString::fromUtf8(part->bytes);
                } else if (part->number == 2) {
                    const PathNode valueNode { path, &field->jsonName, -1, &mapKey };
                    const PathNode* valuePath = &valueNode;
                    if (part->wireType != wireTypeOf(field->mapValue))
                        return fault(valuePath, part->tagOffset,
                            QStringLiteral("map value has wire type %1, expected %2")
                                .arg(ProtobufReader::wireTypeName(part->wireType),
                                    ProtobufReader::wireTypeName(wireTypeOf(field->mapValue))));
                    if (field->mapValue == Type::Message) {
                        const ProtoMessage* nested = m_schema.message(field->message);
                        if (!nested)
                            return Error(
                                QStringLiteral("no protobuf message %1 in the lab's table").arg(field->message));
                        const Expected<QJsonValue> decoded
                            = decodeMessage(*nested, part->bytes, part->valueOffset, valuePath, depth + 2);
                        if (!decoded)
                            return decoded.error();
                        value = *decoded;
                    } else {
                        value = scalarValue(field->mapValue, part->scalar, part->bytes);
                    }
                }
            }
            slot.entries.insert_or_assign(mapKey, value); // a key sent twice: the last one wins
            continue;
        }
        if (field->type == Type::Message) {
            const ProtoMessage* nested = m_schema.message(field->message);
            if (!nested)
                return Error(QStringLiteral("no protobuf message %1 in the lab's table").arg(field->message));
            const Expected<QJsonValue> decoded
                = decodeMessage(*nested, wire->bytes, wire->valueOffset, elementPath, depth + 1);
            if (!decoded)
                return decoded.error();
            value = *decoded;
        } else {
            value = scalarValue(field->type, wire->scalar, wire->bytes);
        }
        if (field->repeated) {
            slot.array.append(value);
        } else if (slot.value.isObject() && value.isObject()) {
            // A message field sent twice is merged, as protobuf does.
            QJsonObject merged = slot.value.toObject();
            const QJsonObject more = value.toObject();
            for (auto m = more.begin(); m != more.end(); ++m)
                merged.insert(m.key(), m.value());
            slot.value = merged;
        } else {
            slot.value = value;
        }
    }

    QJsonObject object;
    for (const ProtoField& field : message.fields) {
        const auto it = bySlot.find(field.number);
        if (it == bySlot.end() || !it->second.seen) {
            if (field.presence == ProtoField::Presence::Always && !field.repeated && field.type != Type::Message
                && field.type != Type::Map)
                object.insert(field.jsonName, zeroOf(field.type));
            continue;
        }
        const Slot& slot = it->second;
        if (field.type == Type::Map) {
            QJsonObject map;
            for (const auto& [key, value] : slot.entries)
                map.insert(key, value);
            if (!map.isEmpty())
                object.insert(field.jsonName, map);
            continue;
        }
        if (field.repeated) {
            if (!slot.array.isEmpty())
                object.insert(field.jsonName, slot.array);
            continue;
        }
        const QJsonValue& value = slot.value;
        if (field.inlined) {
            const QJsonObject embedded = value.toObject();
            for (auto e = embedded.begin(); e != embedded.end(); ++e)
                object.insert(e.key(), e.value());
            continue;
        }
        if (value.isNull() || value.isUndefined())
            continue;
        if (field.type != Type::Message && field.presence == ProtoField::Presence::OmitEmpty && isZero(value))
            continue;
        object.insert(field.jsonName, value);
    }
    return object;
}

} // namespace Netloom::Lab
