#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace Netloom::Domain {

/// Unsigned 128-bit integer (GCC/Clang builtin): one IPv6 address, or an offset between two.
__extension__ typedef unsigned __int128 UInt128;

/// An exact number of addresses, from 0 to 2^128 inclusive.
///
/// IPv6 `::/0` holds 2^128 addresses, one more than UInt128 can represent, so the count keeps a
/// 129th bit. Sums of counts stay exact up to 2^129 - 1 (and saturate there).
class AddressCount final
{
public:
    /// Zero.
    AddressCount() = default;
    /// The count @p value.
    explicit AddressCount(UInt128 value);

    /// 2^@p exponent, for 0 <= exponent <= 128 (the size of a block with that many host bits).
    static AddressCount powerOfTwo(int exponent);

    /// True for 0.
    bool isZero() const { return !m_high && m_low == 0; }
    /// The value when it is below 2^128, otherwise nothing.
    std::optional<UInt128> toUInt128() const;
    /// The nearest double (exact up to 2^53).
    double toDouble() const;
    /// Decimal digits, e.g. "340282366920938463463374607431768211456" for 2^128.
    QString toString() const;

    /// Exact sum (saturates at 2^129 - 1, far beyond any count of one address family).
    AddressCount operator+(const AddressCount& other) const;
    AddressCount& operator+=(const AddressCount& other);

    bool operator==(const AddressCount& other) const = default;
    std::strong_ordering operator<=>(const AddressCount& other) const;

private:
    bool m_high = false; // bit 128
    UInt128 m_low = 0;
};

} // namespace Netloom::Domain
