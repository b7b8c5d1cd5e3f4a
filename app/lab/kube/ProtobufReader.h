#pragma once

#include "models/core/Expected.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace Netloom::Lab {

/// A bounds-checked reader of the protobuf wire format (varint, 64-bit, length-delimited, 32-bit).
/// It never reads past its view: a truncated varint, a length past the end, a 64-bit varint that
/// overflows, field number 0, groups and the reserved wire types 6 and 7 are errors naming the byte
/// offset. Offsets are absolute (relative to the start of the whole body) for nested readers.
class ProtobufReader final
{
public:
    enum class WireType : quint8 { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    /// One field as it appears on the wire.
    struct Field
    {
        quint32 number = 0;
        WireType wireType = WireType::Varint;
        /// The value of Varint, Fixed64 and Fixed32 fields.
        quint64 scalar = 0;
        /// The payload of a LengthDelimited field (a view into the reader's data).
        QByteArrayView bytes;
        /// Absolute offset of the field's tag and of its value.
        qsizetype tagOffset = 0;
        qsizetype valueOffset = 0;
    };

    explicit ProtobufReader(QByteArrayView data, qsizetype baseOffset = 0);

    bool atEnd() const { return m_position >= m_data.size(); }
    /// Absolute offset of the next byte.
    qsizetype offset() const { return m_base + m_position; }

    /// Reads the next field: its tag and its whole value.
    Expected<Field> next();
    /// Reads one varint (also used for packed repeated fields).
    Expected<quint64> readVarint();

    static QString wireTypeName(WireType type);

private:
    Error failure(qsizetype at, const QString& what) const;

    QByteArrayView m_data;
    qsizetype m_base;
    qsizetype m_position = 0;
};

} // namespace Netloom::Lab
