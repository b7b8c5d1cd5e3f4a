// The lab's list path at the size: 20,000 services in 2,000 namespaces, added through
// ObjectStore's API, served by an in-process ApiServer over TLS on loopback and read back by a raw
// HTTP client on the same thread. Reports the time per request (server and client together; the
// client only frames the bytes, it does not parse the JSON).
#include "app/lab/kube/ApiServer.h"
#include "app/lab/kube/ResourceCatalog.h"
#include "tests/lab/LabFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

constexpr int kNamespaces = 2000;
constexpr int kServicesPerNamespace = 10;
constexpr int kPage = 500;

QJsonObject serviceObject(int ns, int index)
{
    static const char* tiers[] = { "frontend", "backend", "cache", "worker" };
    const QString nameSpace = QStringLiteral("team-%1").arg(ns, 4, 10, QLatin1Char('0'));
    const QString name = QStringLiteral("svc-%1").arg(index, 2, 10, QLatin1Char('0'));
    const int serial = ns * kServicesPerNamespace + index;
    const QString ip
        = QStringLiteral("10.%1.%2.%3").arg(96 + (serial >> 16)).arg((serial >> 8) & 0xff).arg(serial & 0xff);
    return {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Service") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), nameSpace },
                { QStringLiteral("uid"),
                    QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')) },
                { QStringLiteral("creationTimestamp"), QStringLiteral("2026-01-01T00:00:00Z") },
                { QStringLiteral("labels"),
                    QJsonObject { { QStringLiteral("app"), name }, { QStringLiteral("team"), nameSpace },
                        { QStringLiteral("tier"), QString::fromLatin1(tiers[index % 4]) } } },
                { QStringLiteral("annotations"),
                    QJsonObject { { QStringLiteral("netloom.io/owner"),
                        QString(nameSpace + QStringLiteral("@example.com")) } } } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("ClusterIP") }, { QStringLiteral("clusterIP"), ip },
                { QStringLiteral("clusterIPs"), QJsonArray { ip } },
                { QStringLiteral("selector"), QJsonObject { { QStringLiteral("app"), name } } },
                { QStringLiteral("ports"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("http") },
                        { QStringLiteral("port"), 80 }, { QStringLiteral("protocol"), QStringLiteral("TCP") },
                        { QStringLiteral("targetPort"), 8080 } } } },
                { QStringLiteral("sessionAffinity"), QStringLiteral("None") },
                { QStringLiteral("ipFamilies"), QJsonArray { QStringLiteral("IPv4") } },
                { QStringLiteral("ipFamilyPolicy"), QStringLiteral("SingleStack") },
                { QStringLiteral("internalTrafficPolicy"), QStringLiteral("Cluster") } } },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("loadBalancer"), QJsonObject() } } },
    };
}

/// One lab for the whole run: building 20,000 objects once keeps every benchmark about serving.
struct Lab
{
    LabFixture fixture;
    std::unique_ptr<TestHttpClient> client;
    QByteArray middleToken;

    Lab()
    {
        if (!fixture.start(LabFixture::Seed::System))
            qFatal("lab: %s", qPrintable(fixture.error()));
        ObjectStore& store = fixture.server().store();
        const ResourceCatalog& catalog = ResourceCatalog::instance();
        const ResourceKind& namespaces = *catalog.namespaces();
        const ResourceKind& services = *catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
        for (int ns = 0; ns < kNamespaces; ++ns) {
            store.add(namespaces,
                { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                    { QStringLiteral("kind"), QStringLiteral("Namespace") },
                    { QStringLiteral("metadata"),
                        QJsonObject { { QStringLiteral("name"),
                            QStringLiteral("team-%1").arg(ns, 4, 10, QLatin1Char('0')) } } } });
            for (int i = 0; i < kServicesPerNamespace; ++i)
                store.add(services, serviceObject(ns, i));
        }
        client = fixture.connect();
        if (!client)
            qFatal("lab: no TLS connection");
        // The token after 10,000 services (page 21 of 40).
        QByteArray token;
        for (int page = 0; page < 20; ++page)
            token = continueOf(get("/api/v1/services?limit=500" + continueQuery(token)));
        middleToken = token;
    }

    HttpResponse get(const QByteArray& target)
    {
        const std::optional<HttpResponse> response = client->request("GET", target, {}, {}, 60000);
        if (!response || response->status != 200)
            qFatal("GET %s failed: %d", target.constData(), response ? response->status : 0);
        return *response;
    }

    static QByteArray continueQuery(const QByteArray& token)
    {
        return token.isEmpty() ? QByteArray() : "&continue=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
    }

    static QByteArray continueOf(const HttpResponse& response)
    {
        return response.json()
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("continue"))
            .toString()
            .toLatin1();
    }
};

// Destroyed before the application object, at the end of main().
std::unique_ptr<Lab> g_lab;

Lab& lab()
{
    if (!g_lab)
        g_lab = std::make_unique<Lab>();
    return *g_lab;
}

void BM_FirstPageOf500(benchmark::State& state)
{
    Lab& l = lab();
    for (auto _ : state)
        benchmark::DoNotOptimize(l.get("/api/v1/services?limit=500").body.size());
}
BENCHMARK(BM_FirstPageOf500)->Unit(benchmark::kMillisecond);

void BM_MiddlePageOf500(benchmark::State& state)
{
    Lab& l = lab();
    const QByteArray target = "/api/v1/services?limit=500" + Lab::continueQuery(l.middleToken);
    for (auto _ : state)
        benchmark::DoNotOptimize(l.get(target).body.size());
}
BENCHMARK(BM_MiddlePageOf500)->Unit(benchmark::kMillisecond);

void BM_WholeListInPagesOf500(benchmark::State& state)
{
    Lab& l = lab();
    int pages = 0;
    for (auto _ : state) {
        QByteArray token;
        pages = 0;
        do {
            token = Lab::continueOf(l.get("/api/v1/services?limit=500" + Lab::continueQuery(token)));
            ++pages;
        } while (!token.isEmpty());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_WholeListInPagesOf500)->Unit(benchmark::kMillisecond);

void BM_WholeListUnpaged(benchmark::State& state)
{
    Lab& l = lab();
    for (auto _ : state)
        benchmark::DoNotOptimize(l.get("/api/v1/services").body.size());
}
BENCHMARK(BM_WholeListUnpaged)->Unit(benchmark::kMillisecond);

void BM_OneNamespacePage(benchmark::State& state)
{
    Lab& l = lab();
    for (auto _ : state)
        benchmark::DoNotOptimize(l.get("/api/v1/namespaces/team-1000/services?limit=500").body.size());
}
BENCHMARK(BM_OneNamespacePage)->Unit(benchmark::kMillisecond);

// A quarter of the services match: a full page scans about 2,000 objects.
void BM_LabelSelectedPageOf500(benchmark::State& state)
{
    Lab& l = lab();
    for (auto _ : state)
        benchmark::DoNotOptimize(l.get("/api/v1/services?limit=500&labelSelector=tier%3Dcache").body.size());
}
BENCHMARK(BM_LabelSelectedPageOf500)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_lab.reset();
    return 0;
}
