#pragma once

#include "models/core/Expected.h"
#include "models/domain/AddressCount.h"
#include "models/domain/Cidr.h"
#include "models/domain/IpAddress.h"

#include <QList>

namespace Netloom::Domain {

/// A set of addresses of both families, held as the minimal sorted list of CIDR blocks, and the
/// allocation arithmetic over a range: free blocks, first and largest free block, utilisation.
///
/// The allocation functions take the allocated blocks as they come from an inventory: they may
/// overlap each other, reach beyond the range, or belong to the other family (those are ignored).
/// They work on the gaps between the merged allocations, so their cost grows with the number of
/// allocated blocks and of results asked for, never with the size of the range: the first 100 free
/// /64s of an IPv6 /48 cost about as much as the first 100 free /26s of an IPv4 /16.
class CidrSet final
{
public:
    /// The most blocks freeBlocks() returns unless told otherwise.
    static constexpr int DefaultMaxResults = 1024;

    /// The empty set.
    CidrSet() = default;
    /// The union of @p cidrs.
    explicit CidrSet(const QList<Cidr>& cidrs);

    /// The minimal list of blocks covering the set: IPv4 first, then by address.
    const QList<Cidr>& cidrs() const { return m_cidrs; }
    bool isEmpty() const { return m_cidrs.isEmpty(); }
    /// True when @p address is in the set.
    bool contains(const IpAddress& address) const;
    /// True when every address of @p cidr is in the set.
    bool contains(const Cidr& cidr) const;
    /// True when at least one address of @p cidr is in the set.
    bool intersects(const Cidr& cidr) const;
    /// Exact number of addresses of @p family in the set.
    AddressCount addressCount(IpAddress::Family family) const;

    /// The union of @p cidrs as the minimal sorted list of blocks (10.0.0.0/25 and 10.0.0.128/25
    /// give 10.0.0.0/24; duplicates and contained blocks disappear).
    static QList<Cidr> aggregate(const QList<Cidr>& cidrs);

    /// Every block of length @p prefixLength aligned inside @p range that shares no address with
    /// any of @p allocated, in address order, at most @p maxResults of them (the first ones).
    /// Fails when @p prefixLength is out of range or shorter than the range's prefix.
    static Expected<QList<Cidr>> freeBlocks(
        const Cidr& range, const QList<Cidr>& allocated, int prefixLength, int maxResults = DefaultMaxResults);
    /// How many blocks freeBlocks() would find without a limit (exact, up to 2^128).
    static Expected<AddressCount> freeBlockCount(const Cidr& range, const QList<Cidr>& allocated, int prefixLength);
    /// The first free block of length @p prefixLength in @p range; fails when there is none
    /// ("no free /24 block left in 10.0.0.0/16").
    static Expected<Cidr> firstFree(const Cidr& range, const QList<Cidr>& allocated, int prefixLength);
    /// The largest aligned free block in @p range, the lowest one on ties; fails when the range is full.
    static Expected<Cidr> largestFree(const Cidr& range, const QList<Cidr>& allocated);
    /// Exact number of addresses of @p range covered by the union of @p allocated.
    static AddressCount allocatedCount(const Cidr& range, const QList<Cidr>& allocated);
    /// allocatedCount() / range.addressCount(): 0.0 for an empty range, 1.0 for a full one.
    static double utilisation(const Cidr& range, const QList<Cidr>& allocated);

private:
    QList<Cidr> m_cidrs;
};

} // namespace Netloom::Domain
