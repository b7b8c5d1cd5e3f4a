#pragma once

#include "models/core/Expected.h"
#include "models/domain/AddressCount.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace Netloom::Domain {

/// An IPv4 or IPv6 address as a value: its family and its number (128 bits of storage).
///
/// Parsing is strict and written for operators: a dotted quad has exactly four decimal octets
/// 0-255 without leading zeros ("010" could mean octal), IPv6 accepts every RFC 4291 text form
/// ("::", embedded IPv4 "::ffff:1.2.3.4", upper-case hex) but no zone index. toString() writes
/// the RFC 5952 canonical form: lower case, the longest run of two or more zero groups compressed
/// (the first one on ties), and IPv4-mapped addresses as "::ffff:192.0.2.1".
///
/// Addresses order by family (IPv4 first), then by number.
class IpAddress final
{
public:
    /// The address family.
    enum class Family : quint8 { V4, V6 };

    /// 0.0.0.0.
    IpAddress() = default;

    /// The IPv4 address with number @p value (e.g. 0x0a000001 for 10.0.0.1).
    static IpAddress fromV4(quint32 value);
    /// The IPv6 address with number @p value.
    static IpAddress fromV6(UInt128 value);
    /// The IPv6 address whose upper and lower 64 bits are @p high and @p low.
    static IpAddress fromV6(quint64 high, quint64 low);
    /// The address of @p family with number @p value; bits beyond the family's width are dropped.
    static IpAddress fromValue(Family family, UInt128 value);

    /// Parses "10.0.0.1" or "2001:db8::1" (surrounding white space is ignored). The error names
    /// the bad part: "'10.0.0.256' is not a valid IPv4 address: octet '256' is greater than 255".
    static Expected<IpAddress> parse(QStringView text);

    /// 32 or 128.
    static int bitWidth(Family family);
    /// "IPv4" or "IPv6".
    static QString familyName(Family family);
    /// The largest number of @p family (2^32 - 1 or 2^128 - 1).
    static UInt128 maxValue(Family family);
    /// The mask with the first @p prefixLength bits set (255.255.255.0 for V4 and 24).
    static IpAddress netmask(Family family, int prefixLength);
    /// The mask with the bits after the first @p prefixLength set (0.0.0.255 for V4 and 24).
    static IpAddress hostmask(Family family, int prefixLength);
    /// The prefix length of a contiguous netmask (24 for 255.255.255.0), nothing otherwise.
    static std::optional<int> prefixLengthOfNetmask(const IpAddress& mask);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    /// 32 or 128.
    int bitWidth() const { return bitWidth(m_family); }
    /// The number of the address.
    UInt128 value() const { return m_value; }
    /// The upper 64 bits of the number (0 for IPv4).
    quint64 high64() const { return static_cast<quint64>(m_value >> 64); }
    /// The lower 64 bits of the number.
    quint64 low64() const { return static_cast<quint64>(m_value); }
    /// True for an IPv6 address in ::ffff:0:0/96.
    bool isV4Mapped() const;

    /// Dotted quad, or the RFC 5952 canonical IPv6 text.
    QString toString() const;

    /// This address plus @p offset, or nothing past the end of the family's space.
    std::optional<IpAddress> plus(UInt128 offset) const;
    /// This address minus @p offset, or nothing before 0.
    std::optional<IpAddress> minus(UInt128 offset) const;
    /// The following address, or nothing after 255.255.255.255 / ffff:...:ffff.
    std::optional<IpAddress> next() const;
    /// The preceding address, or nothing before 0.0.0.0 / ::.
    std::optional<IpAddress> previous() const;
    /// |other - this|; both must be of the same family.
    UInt128 distanceTo(const IpAddress& other) const;

    /// This address with the bits after the first @p prefixLength cleared (the network address).
    IpAddress masked(int prefixLength) const;
    /// True when any bit after the first @p prefixLength is set.
    bool hasHostBits(int prefixLength) const;

    bool operator==(const IpAddress& other) const = default;
    std::strong_ordering operator<=>(const IpAddress& other) const;

private:
    IpAddress(Family family, UInt128 value);

    UInt128 m_value = 0;
    Family m_family = Family::V4;
};

/// Hash for QHash/QSet.
size_t qHash(const IpAddress& address, size_t seed = 0);

} // namespace Netloom::Domain
