#include "tests/lab/ProtobufWriter.h"

namespace Netloom::Lab::Test {

QByteArray ProtobufWriter::varintBytes(quint64 value)
{
    QByteArray out;
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value != 0)
            byte |= 0x80;
        out.append(static_cast<char>(byte));
    } while (value != 0);
    return out;
}

ProtobufWriter& ProtobufWriter::varint(int field, quint64 value)
{
    m_data += varintBytes(quint64(field) << 3);
    m_data += varintBytes(value);
    return *this;
}

ProtobufWriter& ProtobufWriter::fixed64(int field, quint64 value)
{
    m_data += varintBytes((quint64(field) << 3) | 1);
    for (int i = 0; i < 8; ++i)
        m_data.append(static_cast<char>((value >> (8 * i)) & 0xff));
    return *this;
}

ProtobufWriter& ProtobufWriter::fixed32(int field, quint32 value)
{
    m_data += varintBytes((quint64(field) << 3) | 5);
    for (int i = 0; i < 4; ++i)
        m_data.append(static_cast<char>((value >> (8 * i)) & 0xff));
    return *this;
}

ProtobufWriter& ProtobufWriter::bytes(int field, const QByteArray& value)
{
    m_data += varintBytes((quint64(field) << 3) | 2);
    m_data += varintBytes(quint64(value.size()));
    m_data += value;
    return *this;
}

ProtobufWriter& ProtobufWriter::raw(const QByteArray& value)
{
    m_data += value;
    return *this;
}

QByteArray ProtobufWriter::envelope(const QByteArray& apiVersion, const QByteArray& kind, const QByteArray& object)
{
    ProtobufWriter typeMeta;
    typeMeta.bytes(1, apiVersion).bytes(2, kind);
    ProtobufWriter unknown;
    unknown.message(1, typeMeta).bytes(2, object).bytes(3, {}).bytes(4, {});
    QByteArray body("k8s\0", 4);
    body.append(unknown.data());
    return body;
}

} // namespace Netloom::Lab::Test
