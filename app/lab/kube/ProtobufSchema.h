#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace Netloom::Lab {

/// One field of a protobuf message in the lab's own table: its number and proto name (as in the
/// Kubernetes generated.proto), the JSON name the lab stores it under, its type, and how the JSON
/// encoder of the API server treats its zero value.
struct ProtoField
{
    enum class Type { String, Bytes, Bool, Int32, Int64, Double, Message, Map };
    /// Go's JSON encoding of the field: omitted when zero (`omitempty`, the default), written when
    /// present on the wire even if zero (a pointer field: `*bool`, `*string`), or always written.
    enum class Presence { OmitEmpty, Pointer, Always };

    int number = 0;
    QString protoName;
    QString jsonName;
    Type type = Type::String;
    /// The message type of a Message field or of a Map's values ("k8s.io.api.core.v1.ServicePort").
    QString message;
    /// The value type of a Map (keys are strings in every Kubernetes map).
    Type mapValue = Type::String;
    bool repeated = false;
    /// An embedded Go struct with `json:",inline"`: its fields land in the parent JSON object.
    bool inlined = false;
    Presence presence = Presence::OmitEmpty;

    ProtoField asRepeated() const;
    ProtoField asPointer() const;
    ProtoField asAlways() const;
    ProtoField asInline() const;
    /// A JSON name that differs from the proto name (IngressClassParametersReference.aPIGroup → apiGroup).
    ProtoField json(const QString& name) const;

    /// The type as written in a .proto file: "string", "int64", "map<string, bytes>", or the
    /// message's full name.
    QString protoType() const;
};

/// A protobuf message of the table and the JSON form the API server gives it.
struct ProtoMessage
{
    enum class Form {
        Object, ///< a JSON object of its fields
        Time, ///< meta/v1 Time: seconds → RFC 3339 "2006-01-02T15:04:05Z" (nanos dropped, as the API server does)
        MicroTime, ///< meta/v1 MicroTime: RFC 3339 with microseconds
        IntOrString, ///< intstr.IntOrString: type 0 → intVal, type 1 → strVal
        Quantity, ///< resource.Quantity: its string
        RawJson, ///< runtime.RawExtension, meta/v1 FieldsV1: the raw bytes are JSON
    };

    QString name; ///< full name: package + "." + message name
    Form form = Form::Object;
    std::vector<ProtoField> fields;

    const ProtoField* field(int number) const;
};

/// The lab's table of protobuf messages, keyed by full name. The built-in table describes every kind
/// the lab serves (and everything they contain); adding a kind is adding its messages to the table
/// in ProtobufSchema.cpp. tests/lab/tst_protobufschema checks the table against the Kubernetes
/// .proto files and against the lab's JSON schemas.
class ProtobufSchema final
{
public:
    static const ProtobufSchema& builtIn();

    void add(ProtoMessage message);
    const ProtoMessage* message(const QString& name) const;
    const std::vector<ProtoMessage>& messages() const { return m_messages; }

    /// The protobuf message of a JSON schema definition: "io.k8s.api.core.v1.Service" →
    /// "k8s.io.api.core.v1.Service" (the Go package path read backwards, as both names are made).
    static QString messageNameFor(const QString& definitionName);

private:
    std::vector<ProtoMessage> m_messages;
    QHash<QString, std::size_t> m_index; // name -> position in m_messages
};

} // namespace Netloom::Lab
