#include "app/lab/kube/ProtobufReader.h"

namespace Netloom::Lab {

ProtobufReader::ProtobufReader(QByteArrayView data, qsizetype baseOffset)
    : m_data(data)
    , m_base(baseOffset)
{
}

Error ProtobufReader::failure(qsizetype at, const QString& what) const
{
    return Error(QStringLiteral("%1 at byte %2").arg(what).arg(m_base + at));
}

Expected<quint64> ProtobufReader::readVarint()
{
    const qsizetype start = m_position;
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_position >= m_data.size())
            return failure(start, QStringLiteral("truncated varint"));
        const auto byte = static_cast<quint8>(m_data[m_position++]);
        // The tenth byte may only carry the top bit of a 64-bit value.
        if (shift == 63 && byte > 1)
            return failure(start, QStringLiteral("varint overflows 64 bits"));
        value |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
    return failure(start, QStringLiteral("varint overflows 64 bits"));
}

Expected<ProtobufReader::Field> ProtobufReader::next()
{
    Field field;
    field.tagOffset = offset();
    const qsizetype tagStart = m_position;
    const Expected<quint64> tag = readVarint();
    if (!tag)
        return tag.error();
    const quint64 number = *tag >> 3;
    if (number == 0 || number > 0x1fffffff)
        return failure(tagStart, QStringLiteral("invalid field number %1").arg(number));
    field.number = static_cast<quint32>(number);
    const auto wireType = static_cast<int>(*tag & 7);
    field.valueOffset = offset();
    switch (wireType) {
    case 0: {
        field.wireType = WireType::Varint;
        const Expected<quint64> value = readVarint();
        if (!value)
            return value.error();
        field.scalar = *value;
        return field;
    }
    case 1:
    case 5: {
        const qsizetype width = wireType == 1 ? 8 : 4;
        if (m_data.size() - m_position < width)
            return failure(
                m_position, QStringLiteral("truncated %1-bit value of field %2").arg(width * 8).arg(field.number));
        quint64 value = 0;
        for (qsizetype i = 0; i < width; ++i)
            value |= quint64(static_cast<quint8>(m_data[m_position + i])) << (8 * i);
        m_position += width;
        field.wireType = wireType == 1 ? WireType::Fixed64 : WireType::Fixed32;
        field.scalar = value;
        return field;
    }
    case 2: {
        field.wireType = WireType::LengthDelimited;
        const qsizetype lengthStart = m_position;
        const Expected<quint64> length = readVarint();
        if (!length)
            return length.error();
        if (*length > quint64(m_data.size() - m_position))
            return failure(lengthStart,
                QStringLiteral("length %1 of field %2 runs past the end of its message (%3 bytes left)")
                    .arg(*length)
                    .arg(field.number)
                    .arg(m_data.size() - m_position));
        field.valueOffset = offset();
        field.bytes = m_data.sliced(m_position, static_cast<qsizetype>(*length));
        m_position += static_cast<qsizetype>(*length);
        return field;
    }
    case 3:
    case 4:
        return failure(tagStart, QStringLiteral("groups (wire type %1) are not supported").arg(wireType));
    default:
        return failure(tagStart, QStringLiteral("illegal wire type %1 for field %2").arg(wireType).arg(field.number));
    }
}

QString ProtobufReader::wireTypeName(WireType type)
{
    switch (type) {
    case WireType::Varint:
        return QStringLiteral("varint");
    case WireType::Fixed64:
        return QStringLiteral("64-bit");
    case WireType::LengthDelimited:
        return QStringLiteral("length-delimited");
    case WireType::Fixed32:
        return QStringLiteral("32-bit");
    }
    return QStringLiteral("unknown");
}

} // namespace Netloom::Lab
