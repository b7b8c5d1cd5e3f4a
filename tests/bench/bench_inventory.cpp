// Inventory at the target scale (100k resources): upsert throughput, batch delivery, look-up cost.
#include "models/domain/Inventory.h"
#include "models/domain/ResourceJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

using namespace Netloom::Domain;

namespace {

constexpr int kClusters = 10;
constexpr int kNamespacesPerCluster = 10;
constexpr int kApps = 500;

// 100k resources shaped like a platform: every resource sits in a namespace of a cluster, carries
// app/tier labels, and half of them point at a Service.
QList<ResourcePtr> makeResources(int count, const QString& version)
{
    QList<ResourcePtr> out;
    out.reserve(count);
    const ResourceKind kinds[] = { ResourceKind::Service,       ResourceKind::EndpointSummary,
                                   ResourceKind::PodSummary,    ResourceKind::Ingress,
                                   ResourceKind::NetworkPolicy, ResourceKind::Certificate,
                                   ResourceKind::TlsSecret,     ResourceKind::DnsRecord };
    for (int i = 0; i < count; ++i) {
        auto r = std::make_shared<Resource>();
        const QString cluster = QStringLiteral("c%1").arg(i % kClusters);
        r->kind = kinds[i % 8];
        r->namespaceName = QStringLiteral("ns%1").arg((i / kClusters) % kNamespacesPerCluster);
        r->name = QStringLiteral("obj-%1").arg(i);
        r->origin = QStringLiteral("kube:") + cluster;
        r->id = ResourceId::kube(cluster, r->kind, r->namespaceName, r->name);
        r->parent = ResourceId::kube(cluster, ResourceKind::Namespace, QString(), r->namespaceName);
        r->labels = { { QStringLiteral("app"), QStringLiteral("app-%1").arg(i % kApps) },
                      { QStringLiteral("tier"), (i % 2) ? QStringLiteral("front") : QStringLiteral("back") } };
        if (i % 2)
            r->relations = { Relation { RelationType::RoutesTo,
                                        ResourceId::kube(cluster, ResourceKind::Service, r->namespaceName,
                                                         QStringLiteral("svc-%1").arg(i % kApps)) } };
        r->resourceVersion = version;
        r->details = defaultDetails(r->kind);
        out.append(r);
    }
    return out;
}

const QList<ResourcePtr>& dataset()
{
    static const QList<ResourcePtr> data = makeResources(100000, QStringLiteral("1"));
    return data;
}

const QList<ResourcePtr>& updatedDataset()
{
    static const QList<ResourcePtr> data = makeResources(100000, QStringLiteral("2"));
    return data;
}

Inventory& filledInventory()
{
    static Inventory* inv = [] {
        auto* i = new Inventory;
        i->upsert(dataset());
        i->flush();
        return i;
    }();
    return *inv;
}

void BM_UpsertNew(benchmark::State& state)
{
    const qsizetype n = state.range(0);
    const QList<ResourcePtr> data = dataset().mid(0, n);
    for (auto _ : state) {
        auto* inv = new Inventory;
        inv->upsert(data);
        qsizetype delivered = 0;
        QObject::connect(inv, &Inventory::changed, inv, [&](const ChangeBatch& b) { delivered = b.added.size(); });
        inv->flush();
        if (delivered != n)
            state.SkipWithError("batch incomplete");
        state.PauseTiming(); // tearing 100k entries down is not what we measure
        delete inv;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_UpsertNew)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_UpdateAll(benchmark::State& state)
{
    Inventory inv;
    inv.upsert(dataset());
    inv.flush();
    bool flip = false;
    for (auto _ : state) {
        inv.upsert(flip ? dataset() : updatedDataset());
        inv.flush();
        flip = !flip;
    }
    state.SetItemsProcessed(state.iterations() * dataset().size());
}
BENCHMARK(BM_UpdateAll)->Unit(benchmark::kMillisecond);

void BM_Get(benchmark::State& state)
{
    Inventory& inv = filledInventory();
    const QList<ResourcePtr>& data = dataset();
    QRandomGenerator rng(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.get(data.at(rng.bounded(int(data.size())))->id));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Get);

void BM_Children(benchmark::State& state) // ~1000 children per namespace
{
    Inventory& inv = filledInventory();
    const ResourceId ns = ResourceId::kube(QStringLiteral("c3"), ResourceKind::Namespace, QString(),
                                           QStringLiteral("ns4"));
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.children(ns));
    state.counters["results"] = double(inv.children(ns).size());
}
BENCHMARK(BM_Children)->Unit(benchmark::kMicrosecond);

void BM_ByLabel(benchmark::State& state) // 200 matches
{
    Inventory& inv = filledInventory();
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.byLabel(QStringLiteral("app"), QStringLiteral("app-42")));
    state.counters["results"] = double(inv.byLabel(QStringLiteral("app"), QStringLiteral("app-42")).size());
}
BENCHMARK(BM_ByLabel)->Unit(benchmark::kMicrosecond);

void BM_ByLabelsSelector(benchmark::State& state) // app=app-43 AND tier=front
{
    Inventory& inv = filledInventory();
    const QMap<QString, QString> selector { { QStringLiteral("app"), QStringLiteral("app-43") },
                                            { QStringLiteral("tier"), QStringLiteral("front") } };
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.byLabels(selector));
    state.counters["results"] = double(inv.byLabels(selector).size());
}
BENCHMARK(BM_ByLabelsSelector)->Unit(benchmark::kMicrosecond);

void BM_ByNamespaceInOrigin(benchmark::State& state)
{
    Inventory& inv = filledInventory();
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.byNamespace(QStringLiteral("ns4"), QStringLiteral("kube:c3")));
    state.counters["results"] = double(inv.byNamespace(QStringLiteral("ns4"), QStringLiteral("kube:c3")).size());
}
BENCHMARK(BM_ByNamespaceInOrigin)->Unit(benchmark::kMicrosecond);

void BM_SourcesOf(benchmark::State& state)
{
    Inventory& inv = filledInventory();
    const ResourceId svc = ResourceId::kube(QStringLiteral("c1"), ResourceKind::Service, QStringLiteral("ns0"),
                                            QStringLiteral("svc-1"));
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.sourcesOf(svc, RelationType::RoutesTo));
    state.counters["results"] = double(inv.sourcesOf(svc).size());
}
BENCHMARK(BM_SourcesOf)->Unit(benchmark::kMicrosecond);

void BM_ByKind(benchmark::State& state) // 12.5k matches
{
    Inventory& inv = filledInventory();
    for (auto _ : state)
        benchmark::DoNotOptimize(inv.byKind(ResourceKind::Ingress));
    state.counters["results"] = double(inv.byKind(ResourceKind::Ingress).size());
}
BENCHMARK(BM_ByKind)->Unit(benchmark::kMicrosecond);

void BM_RemoveWhereCluster(benchmark::State& state) // 10k of 100k
{
    for (auto _ : state) {
        state.PauseTiming();
        auto* inv = new Inventory;
        inv->upsert(dataset());
        inv->flush();
        state.ResumeTiming();
        inv->removeWhere(QStringLiteral("kube:c5"));
        inv->flush();
        state.PauseTiming();
        delete inv;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * (dataset().size() / kClusters));
}
BENCHMARK(BM_RemoveWhereCluster)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_InventoryToJson(benchmark::State& state)
{
    Inventory& inv = filledInventory();
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument(ResourceJson::inventoryToJson(inv)).toJson(QJsonDocument::Compact));
    state.SetItemsProcessed(state.iterations() * inv.size());
}
BENCHMARK(BM_InventoryToJson)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
