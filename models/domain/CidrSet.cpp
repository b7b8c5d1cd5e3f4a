#include "models/domain/CidrSet.h"

#include "models/domain/Tr.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace Netloom::Domain {

namespace {

// An inclusive range of address numbers; inclusive so that ::/0 needs no 129th bit.
struct Interval
{
    UInt128 first = 0;
    UInt128 last = 0;
};

UInt128 lowBits(int hostBits)
{
    return hostBits >= 128 ? ~UInt128(0) : (UInt128(1) << hostBits) - 1;
}

int trailingZeros(UInt128 value, int width)
{
    if (value == 0)
        return width;
    const auto low = static_cast<quint64>(value);
    const int zeros = low != 0 ? std::countr_zero(low) : 64 + std::countr_zero(static_cast<quint64>(value >> 64));
    return std::min(zeros, width);
}

Interval intervalOf(const Cidr& cidr)
{
    return { cidr.network().value(), cidr.last().value() };
}

AddressCount sizeOf(const Interval& interval)
{
    return AddressCount(interval.last - interval.first) + AddressCount(1);
}

// Sorts and merges overlapping or adjacent intervals.
std::vector<Interval> merged(std::vector<Interval> intervals)
{
    std::sort(
        intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) { return a.first < b.first; });
    std::vector<Interval> result;
    for (const Interval& interval : intervals) {
        if (!result.empty()) {
            Interval& back = result.back();
            // back.last + 1 would overflow at the top of the space, hence the first comparison.
            if (back.last == ~UInt128(0) || interval.first <= back.last + 1) {
                back.last = std::max(back.last, interval.last);
                continue;
            }
        }
        result.push_back(interval);
    }
    return result;
}

// The allocated blocks of the range's family, clipped to the range, merged.
std::vector<Interval> allocatedIn(const Cidr& range, const QList<Cidr>& allocated)
{
    std::vector<Interval> intervals;
    intervals.reserve(static_cast<size_t>(allocated.size()));
    const Interval bounds = intervalOf(range);
    for (const Cidr& cidr : allocated) {
        if (!range.overlaps(cidr))
            continue;
        const Interval block = intervalOf(cidr);
        intervals.push_back({ std::max(block.first, bounds.first), std::min(block.last, bounds.last) });
    }
    return merged(std::move(intervals));
}

// The parts of the range not covered by the merged, clipped allocations.
std::vector<Interval> gapsIn(const Cidr& range, const std::vector<Interval>& used)
{
    const Interval bounds = intervalOf(range);
    std::vector<Interval> gaps;
    UInt128 cursor = bounds.first;
    for (const Interval& interval : used) {
        if (interval.first > cursor)
            gaps.push_back({ cursor, interval.first - 1 });
        if (interval.last >= bounds.last)
            return gaps;
        cursor = interval.last + 1;
    }
    gaps.push_back({ cursor, bounds.last });
    return gaps;
}

// Calls visit(cidr) for the minimal aligned blocks covering the interval, in order, until it returns false.
template <typename Visit> bool decompose(const Interval& interval, IpAddress::Family family, Visit&& visit)
{
    const int width = IpAddress::bitWidth(family);
    UInt128 start = interval.first;
    while (true) {
        int hostBits = trailingZeros(start, width);
        while (hostBits > 0 && lowBits(hostBits) > interval.last - start)
            --hostBits;
        if (!visit(*Cidr::create(IpAddress::fromValue(family, start), width - hostBits)))
            return false;
        const UInt128 end = start + lowBits(hostBits);
        if (end == interval.last)
            return true;
        start = end + 1;
    }
}

Expected<void> checkBlockFits(const Cidr& range, int prefixLength)
{
    if (Expected<void> valid = Cidr::checkPrefixLength(range.family(), prefixLength); !valid)
        return valid;
    if (prefixLength < range.prefixLength())
        return Error(Tr::tr("a /%1 block does not fit in %2").arg(QString::number(prefixLength), range.toString()));
    return {};
}

// The first block start >= start aligned to hostBits, or nothing if it would pass the end of the space.
std::optional<UInt128> alignUp(UInt128 start, int hostBits)
{
    const UInt128 mask = lowBits(hostBits);
    if ((start & mask) == 0)
        return start;
    const UInt128 top = start | mask;
    if (top == ~UInt128(0))
        return std::nullopt;
    return top + 1;
}

} // namespace

CidrSet::CidrSet(const QList<Cidr>& cidrs)
    : m_cidrs(aggregate(cidrs))
{
}

bool CidrSet::contains(const IpAddress& address) const
{
    auto it = std::upper_bound(m_cidrs.cbegin(), m_cidrs.cend(), address,
        [](const IpAddress& a, const Cidr& cidr) { return a < cidr.network(); });
    return it != m_cidrs.cbegin() && std::prev(it)->contains(address);
}

bool CidrSet::contains(const Cidr& cidr) const
{
    // Aggregated blocks are the maximal aligned blocks of the set, so a covered block lies in one of them.
    auto it = std::upper_bound(m_cidrs.cbegin(), m_cidrs.cend(), cidr.network(),
        [](const IpAddress& a, const Cidr& block) { return a < block.network(); });
    return it != m_cidrs.cbegin() && std::prev(it)->contains(cidr);
}

bool CidrSet::intersects(const Cidr& cidr) const
{
    const IpAddress last = cidr.last();
    auto it = std::upper_bound(m_cidrs.cbegin(), m_cidrs.cend(), last,
        [](const IpAddress& a, const Cidr& block) { return a < block.network(); });
    return it != m_cidrs.cbegin() && std::prev(it)->overlaps(cidr);
}

AddressCount CidrSet::addressCount(IpAddress::Family family) const
{
    AddressCount count;
    for (const Cidr& cidr : m_cidrs) {
        if (cidr.family() == family)
            count += cidr.addressCount();
    }
    return count;
}

QList<Cidr> CidrSet::aggregate(const QList<Cidr>& cidrs)
{
    QList<Cidr> result;
    for (const IpAddress::Family family : { IpAddress::Family::V4, IpAddress::Family::V6 }) {
        std::vector<Interval> intervals;
        for (const Cidr& cidr : cidrs) {
            if (cidr.family() == family)
                intervals.push_back(intervalOf(cidr));
        }
        for (const Interval& interval : merged(std::move(intervals))) {
            decompose(interval, family, [&result](const Cidr& block) {
                result.append(block);
                return true;
            });
        }
    }
    return result;
}

Expected<QList<Cidr>> CidrSet::freeBlocks(
    const Cidr& range, const QList<Cidr>& allocated, int prefixLength, int maxResults)
{
    if (Expected<void> fits = checkBlockFits(range, prefixLength); !fits)
        return fits.error();
    QList<Cidr> result;
    if (maxResults <= 0)
        return result;
    const int hostBits = range.bitWidth() - prefixLength;
    const UInt128 blockMask = lowBits(hostBits);
    for (const Interval& gap : gapsIn(range, allocatedIn(range, allocated))) {
        std::optional<UInt128> start = alignUp(gap.first, hostBits);
        while (start && *start <= gap.last && gap.last - *start >= blockMask) {
            result.append(*Cidr::create(IpAddress::fromValue(range.family(), *start), prefixLength));
            if (result.size() >= maxResults)
                return result;
            const UInt128 end = *start + blockMask;
            if (end == gap.last)
                break;
            start = end + 1;
        }
    }
    return result;
}

Expected<AddressCount> CidrSet::freeBlockCount(const Cidr& range, const QList<Cidr>& allocated, int prefixLength)
{
    if (Expected<void> fits = checkBlockFits(range, prefixLength); !fits)
        return fits.error();
    const int hostBits = range.bitWidth() - prefixLength;
    const UInt128 blockMask = lowBits(hostBits);
    AddressCount count;
    for (const Interval& gap : gapsIn(range, allocatedIn(range, allocated))) {
        const std::optional<UInt128> start = alignUp(gap.first, hostBits);
        if (!start || *start > gap.last || gap.last - *start < blockMask)
            continue;
        // Blocks start at start, start + 2^hostBits, ... while they end by gap.last.
        const UInt128 span = gap.last - *start - blockMask;
        count += AddressCount(hostBits >= 128 ? 0 : span >> hostBits) + AddressCount(1);
    }
    return count;
}

Expected<Cidr> CidrSet::firstFree(const Cidr& range, const QList<Cidr>& allocated, int prefixLength)
{
    Expected<QList<Cidr>> blocks = freeBlocks(range, allocated, prefixLength, 1);
    if (!blocks)
        return blocks.error();
    if (blocks->isEmpty())
        return Error(Tr::tr("no free /%1 block left in %2").arg(QString::number(prefixLength), range.toString()));
    return blocks->constFirst();
}

Expected<Cidr> CidrSet::largestFree(const Cidr& range, const QList<Cidr>& allocated)
{
    std::optional<Cidr> best;
    for (const Interval& gap : gapsIn(range, allocatedIn(range, allocated))) {
        decompose(gap, range.family(), [&best](const Cidr& block) {
            if (!best || block.prefixLength() < best->prefixLength())
                best = block;
            return true;
        });
    }
    if (!best)
        return Error(Tr::tr("%1 has no free space left").arg(range.toString()));
    return *best;
}

AddressCount CidrSet::allocatedCount(const Cidr& range, const QList<Cidr>& allocated)
{
    AddressCount count;
    for (const Interval& interval : allocatedIn(range, allocated))
        count += sizeOf(interval);
    return count;
}

double CidrSet::utilisation(const Cidr& range, const QList<Cidr>& allocated)
{
    const AddressCount used = allocatedCount(range, allocated);
    const AddressCount total = range.addressCount();
    if (used == total)
        return 1.0;
    return used.toDouble() / total.toDouble();
}

} // namespace Netloom::Domain
