// CIDR arithmetic: parsing and free-block search at inventory sizes.
#include "models/domain/Cidr.h"
#include "models/domain/CidrSet.h"
#include "models/domain/IpAddress.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>
#include <QStringList>

using Netloom::Domain::Cidr;
using Netloom::Domain::CidrSet;
using Netloom::Domain::IpAddress;
using Netloom::Domain::UInt128;

namespace {

Cidr cidr(const QString& text)
{
    return *Cidr::parse(text);
}

// 1000 /24s drawn (with repeats) from 10.0.0.0/14: about a quarter fall in 10.0.0.0/16.
QList<Cidr> allocatedV4()
{
    QRandomGenerator random(42);
    QList<Cidr> result;
    for (int i = 0; i < 1000; ++i) {
        const quint32 value = 0x0a000000U | (random.bounded(1024U) << 8);
        result.append(*Cidr::create(IpAddress::fromV4(value), 24));
    }
    return result;
}

// 1000 distinct /64s spread over 2001:db8:42::/48.
QList<Cidr> allocatedV6()
{
    QRandomGenerator random(42);
    QList<Cidr> result;
    const UInt128 base = UInt128(0x20010db800420000ULL) << 64;
    for (int i = 0; i < 1000; ++i) {
        const UInt128 subnet = UInt128(random.bounded(65536U)) << 64;
        result.append(*Cidr::create(IpAddress::fromV6(base | subnet), 64));
    }
    return result;
}

void BM_ParseIpv4Cidr(benchmark::State& state)
{
    const QString text = QStringLiteral("172.16.128.0/17");
    for (auto _ : state)
        benchmark::DoNotOptimize(Cidr::parse(text));
}
BENCHMARK(BM_ParseIpv4Cidr);

void BM_ParseIpv6Cidr(benchmark::State& state)
{
    const QString text = QStringLiteral("2001:db8:85a3::8a2e:0:0/96");
    for (auto _ : state)
        benchmark::DoNotOptimize(Cidr::parse(text));
}
BENCHMARK(BM_ParseIpv6Cidr);

void BM_ParseInvalidCidr(benchmark::State& state)
{
    const QString text = QStringLiteral("10.0.0.1/24");
    for (auto _ : state)
        benchmark::DoNotOptimize(Cidr::parse(text));
}
BENCHMARK(BM_ParseInvalidCidr);

void BM_Ipv6ToString(benchmark::State& state)
{
    const IpAddress address = *IpAddress::parse(u"2001:db8:0:0:1:0:0:1");
    for (auto _ : state)
        benchmark::DoNotOptimize(address.toString());
}
BENCHMARK(BM_Ipv6ToString);

void BM_FreeBlocksV4Slash16(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("10.0.0.0/16"));
    const QList<Cidr> allocated = allocatedV4();
    const int prefix = static_cast<int>(state.range(0));
    qsizetype found = 0;
    for (auto _ : state) {
        const auto blocks = CidrSet::freeBlocks(range, allocated, prefix, 1 << 20);
        found = blocks->size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(BM_FreeBlocksV4Slash16)->Arg(24)->Arg(26)->Arg(32)->Unit(benchmark::kMicrosecond);

void BM_FirstFreeV4Slash16(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("10.0.0.0/16"));
    const QList<Cidr> allocated = allocatedV4();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::firstFree(range, allocated, 24));
}
BENCHMARK(BM_FirstFreeV4Slash16)->Unit(benchmark::kMicrosecond);

void BM_UtilisationV4Slash16(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("10.0.0.0/16"));
    const QList<Cidr> allocated = allocatedV4();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::utilisation(range, allocated));
}
BENCHMARK(BM_UtilisationV4Slash16)->Unit(benchmark::kMicrosecond);

void BM_FreeBlocksV6Slash48First100(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("2001:db8:42::/48"));
    const QList<Cidr> allocated = allocatedV6();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::freeBlocks(range, allocated, 64, 100));
}
BENCHMARK(BM_FreeBlocksV6Slash48First100)->Unit(benchmark::kMicrosecond);

void BM_FreeBlockCountV6Slash48(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("2001:db8:42::/48"));
    const QList<Cidr> allocated = allocatedV6();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::freeBlockCount(range, allocated, 64));
}
BENCHMARK(BM_FreeBlockCountV6Slash48)->Unit(benchmark::kMicrosecond);

void BM_LargestFreeV6Slash32(benchmark::State& state)
{
    const Cidr range = cidr(QStringLiteral("2001:db8::/32"));
    const QList<Cidr> allocated = allocatedV6();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::largestFree(range, allocated));
}
BENCHMARK(BM_LargestFreeV6Slash32)->Unit(benchmark::kMicrosecond);

void BM_AggregateV4(benchmark::State& state)
{
    const QList<Cidr> allocated = allocatedV4();
    for (auto _ : state)
        benchmark::DoNotOptimize(CidrSet::aggregate(allocated));
}
BENCHMARK(BM_AggregateV4)->Unit(benchmark::kMicrosecond);

} // namespace
