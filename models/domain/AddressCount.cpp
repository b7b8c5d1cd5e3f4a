#include "models/domain/AddressCount.h"

#include <algorithm>

namespace Netloom::Domain {

AddressCount::AddressCount(UInt128 value)
    : m_low(value)
{
}

AddressCount AddressCount::powerOfTwo(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= 128);
    AddressCount count;
    if (exponent >= 128)
        count.m_high = true;
    else
        count.m_low = UInt128(1) << exponent;
    return count;
}

std::optional<UInt128> AddressCount::toUInt128() const
{
    if (m_high)
        return std::nullopt;
    return m_low;
}

double AddressCount::toDouble() const
{
    constexpr long double twoTo64 = 18446744073709551616.0L;
    const auto high64 = static_cast<quint64>(m_low >> 64);
    const auto low64 = static_cast<quint64>(m_low);
    long double value = static_cast<long double>(high64) * twoTo64 + static_cast<long double>(low64);
    if (m_high)
        value += twoTo64 * twoTo64;
    return static_cast<double>(value);
}

QString AddressCount::toString() const
{
    if (isZero())
        return QStringLiteral("0");
    // Long division of the 129-bit value by 10^19, with three 64-bit limbs (most significant first).
    constexpr quint64 chunk = 10'000'000'000'000'000'000ULL;
    quint64 limbs[3] = { m_high ? 1U : 0U, static_cast<quint64>(m_low >> 64), static_cast<quint64>(m_low) };
    QString digits;
    while (limbs[0] != 0 || limbs[1] != 0 || limbs[2] != 0) {
        UInt128 remainder = 0;
        for (quint64& limb : limbs) {
            const UInt128 current = (remainder << 64) | limb;
            limb = static_cast<quint64>(current / chunk);
            remainder = current % chunk;
        }
        const bool more = limbs[0] != 0 || limbs[1] != 0 || limbs[2] != 0;
        QString part = QString::number(static_cast<quint64>(remainder));
        if (more)
            part = part.rightJustified(19, QLatin1Char('0'));
        digits.prepend(part);
    }
    return digits;
}

AddressCount AddressCount::operator+(const AddressCount& other) const
{
    AddressCount sum;
    sum.m_low = m_low + other.m_low;
    const bool carry = sum.m_low < m_low;
    const int highBits = int(m_high) + int(other.m_high) + int(carry);
    if (highBits > 1) {
        // Beyond 2^129 - 1: saturate rather than wrap.
        sum.m_high = true;
        sum.m_low = ~UInt128(0);
        return sum;
    }
    sum.m_high = highBits == 1;
    return sum;
}

AddressCount& AddressCount::operator+=(const AddressCount& other)
{
    *this = *this + other;
    return *this;
}

std::strong_ordering AddressCount::operator<=>(const AddressCount& other) const
{
    if (m_high != other.m_high)
        return m_high ? std::strong_ordering::greater : std::strong_ordering::less;
    if (m_low == other.m_low)
        return std::strong_ordering::equal;
    return m_low < other.m_low ? std::strong_ordering::less : std::strong_ordering::greater;
}

} // namespace Netloom::Domain
