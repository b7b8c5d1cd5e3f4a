#pragma once

#include "models/core/Expected.h"
#include "models/domain/AddressCount.h"
#include "models/domain/IpAddress.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

#include <compare>

namespace Netloom::Domain {

/// An IPv4 or IPv6 network block such as 10.0.0.0/16 or 2001:db8::/32: a network address with
/// no host bits set and a prefix length.
///
/// parse() is strict and its errors are meant for the operator, one precise sentence each:
///
///     ""                 Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32
///     "10.0.0.1/24"      10.0.0.1/24 has host bits set (did you mean 10.0.0.0/24?)
///     "10.0.0.0/33"      /33 is out of range for IPv4
///     "2001:db8::/129"   /129 is out of range for IPv6
///     "10.0.0.0"         '10.0.0.0' has no prefix length: add one such as /24
///     "banana"           'banana' is not an IPv4 or IPv6 CIDR
///     "10.0.0.256/24"    '10.0.0.256' is not a valid IPv4 address: octet '256' is greater than 255
///
/// The host-bits message always suggests the network in canonical form. normalised() is the
/// lenient variant that masks host bits instead. Blocks order by family (IPv4 first), network,
/// then prefix length (wider first).
class Cidr final
{
public:
    /// Options of parse() and normalised().
    enum class ParseOption {
        None = 0x0,
        /// Accept an address without prefix as a single-address block (/32 or /128).
        AllowBareAddress = 0x1,
    };
    Q_DECLARE_FLAGS(ParseOptions, ParseOption)

    /// The most blocks split() returns unless told otherwise.
    static constexpr int DefaultSplitLimit = 65536;

    /// 0.0.0.0/32.
    Cidr() = default;

    /// Parses "10.0.0.0/16" or "2001:db8::/32" strictly (see the class documentation).
    static Expected<Cidr> parse(QStringView text, ParseOptions options = ParseOption::None);
    /// Parses like parse() but clears host bits: "10.0.0.1/24" gives 10.0.0.0/24.
    static Expected<Cidr> normalised(QStringView text, ParseOptions options = ParseOption::None);
    /// The block @p network/@p prefixLength; fails when the prefix is out of range or host bits are set.
    static Expected<Cidr> create(const IpAddress& network, int prefixLength);
    /// The block of length @p prefixLength that contains @p address; fails when the prefix is out of range.
    static Expected<Cidr> containing(const IpAddress& address, int prefixLength);
    /// The single-address block of @p address (/32 or /128).
    static Cidr host(const IpAddress& address);
    /// Succeeds when 0 <= @p prefixLength <= 32 (IPv4) or 128 (IPv6); "/33 is out of range for IPv4" otherwise.
    static Expected<void> checkPrefixLength(IpAddress::Family family, int prefixLength);

    IpAddress::Family family() const { return m_network.family(); }
    bool isV4() const { return m_network.isV4(); }
    bool isV6() const { return m_network.isV6(); }
    /// 32 or 128.
    int bitWidth() const { return m_network.bitWidth(); }
    int prefixLength() const { return m_prefixLength; }
    /// The first address (host bits clear).
    IpAddress network() const { return m_network; }
    /// Same as network().
    IpAddress first() const { return m_network; }
    /// The last address (host bits set; the IPv4 broadcast address).
    IpAddress last() const;
    /// 255.255.255.0 for a /24.
    IpAddress netmask() const;
    /// 0.0.0.255 for a /24.
    IpAddress hostmask() const;
    /// Exact number of addresses: 2^(width - prefix), up to 2^128 for ::/0.
    AddressCount addressCount() const;

    /// True when @p address is inside the block (always false for the other family).
    bool contains(const IpAddress& address) const;
    /// True when @p other lies entirely inside this block (false for the other family).
    bool contains(const Cidr& other) const;
    /// True when the blocks share at least one address (false for different families).
    bool overlaps(const Cidr& other) const;

    /// The blocks of length @p newPrefixLength that make up this one, in address order. Fails when
    /// the new prefix is out of range, shorter than prefixLength(), or would give more than
    /// @p maxPieces blocks.
    Expected<QList<Cidr>> split(int newPrefixLength, int maxPieces = DefaultSplitLimit) const;
    /// The enclosing block of length @p newPrefixLength; fails when it is out of range or longer
    /// than prefixLength().
    Expected<Cidr> supernet(int newPrefixLength) const;

    /// "10.0.0.0/16", with the canonical address form.
    QString toString() const;

    bool operator==(const Cidr& other) const = default;
    std::strong_ordering operator<=>(const Cidr& other) const;

private:
    Cidr(const IpAddress& network, int prefixLength);

    IpAddress m_network;
    int m_prefixLength = 32;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Cidr::ParseOptions)

/// Hash for QHash/QSet.
size_t qHash(const Cidr& cidr, size_t seed = 0);

} // namespace Netloom::Domain
