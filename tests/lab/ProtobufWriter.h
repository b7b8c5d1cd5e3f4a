#pragma once

#include <QByteArray>

namespace Netloom::Lab::Test {

/// A minimal protobuf encoder for tests: builds messages field by field (and broken ones on purpose).
class ProtobufWriter final
{
public:
    static QByteArray varintBytes(quint64 value);

    ProtobufWriter& varint(int field, quint64 value);
    ProtobufWriter& fixed64(int field, quint64 value);
    ProtobufWriter& fixed32(int field, quint32 value);
    ProtobufWriter& bytes(int field, const QByteArray& value);
    ProtobufWriter& message(int field, const ProtobufWriter& value) { return bytes(field, value.data()); }
    /// Appends bytes as they are (for malformed input).
    ProtobufWriter& raw(const QByteArray& value);

    const QByteArray& data() const { return m_data; }

    /// "k8s\0" + runtime.Unknown { typeMeta { apiVersion, kind }, raw }.
    static QByteArray envelope(const QByteArray& apiVersion, const QByteArray& kind, const QByteArray& object);

private:
    QByteArray m_data;
};

} // namespace Netloom::Lab::Test
