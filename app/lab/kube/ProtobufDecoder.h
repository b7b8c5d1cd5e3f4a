#pragma once

#include "app/lab/kube/ProtobufSchema.h"

#include "models/core/Expected.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

namespace Netloom::Lab {

struct ProtoMessage;

/// Turns a body in `application/vnd.kubernetes.protobuf` into the JSON object the lab stores,
/// driven by a ProtobufSchema (the lab's own field table). The body is the 4 bytes "k8s\0" and a
/// runtime.Unknown message whose typeMeta names the kind and whose raw field holds the object's
/// message. Unknown fields are skipped; zero values are dropped or kept as Go's JSON encoder does
/// (see ProtoField::Presence). Every malformed input is an Error naming the field path and byte
/// offset; nothing is read out of bounds and nesting is limited.
class ProtobufDecoder final
{
public:
    static constexpr int kDefaultMaxDepth = 32;

    /// The envelope's contents. `raw` is a view into the body given to unwrap().
    struct Envelope
    {
        QString apiVersion;
        QString kind;
        QByteArrayView raw;
        qsizetype rawOffset = 0;
        QString contentEncoding;
        QString contentType;
    };

    explicit ProtobufDecoder(const ProtobufSchema& schema = ProtobufSchema::builtIn(), int maxDepth = kDefaultMaxDepth);

    static QByteArrayView magic();
    /// Checks the "k8s\0" prefix and reads the runtime.Unknown message.
    Expected<Envelope> unwrap(QByteArrayView body) const;
    /// Decodes one message of the table (by full name) into JSON.
    Expected<QJsonObject> decode(const QString& messageName, QByteArrayView data, qsizetype baseOffset = 0) const;
    /// unwrap() and decode(): the object with apiVersion and kind from the envelope's typeMeta.
    Expected<QJsonObject> decodeObject(const QString& messageName, QByteArrayView body) const;

    /// Where a value is, as a chain of nodes on the stack: rendered ("spec.ports[1].targetPort") only
    /// for an error message, so that decoding builds no strings.
    struct PathNode;

private:
    Expected<QJsonValue> decodeMessage(
        const ProtoMessage& message, QByteArrayView data, qsizetype base, const PathNode* path, int depth) const;
    Expected<QJsonObject> decodeFields(
        const ProtoMessage& message, QByteArrayView data, qsizetype base, const PathNode* path, int depth) const;

    const ProtobufSchema& m_schema;
    int m_maxDepth;
};

} // namespace Netloom::Lab
