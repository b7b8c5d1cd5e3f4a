#include "app/lab/seed/Generator.h"

#include "app/lab/seed/DemoSeed.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace Netloom::Lab {

namespace {

QString l1(const char* text)
{
    return QString::fromLatin1(text);
}

// Business capabilities a team owns; a namespace runs a few of them.
constexpr std::array kApps { "orders", "catalog", "checkout", "billing", "invoices", "search", "profile", "accounts",
    "ledger", "pricing", "inventory", "shipping", "notifications", "reports", "analytics", "recommendations", "reviews",
    "media", "sessions", "payments", "fraud", "loyalty", "quotes", "contracts", "tickets", "chat", "audit", "exports",
    "scheduler", "geo", "forecast", "warehouse", "returns", "coupons", "subscriptions", "partners", "onboarding",
    "documents", "pipelines", "feedback" };

struct Component
{
    const char* name;
    const char* tier;
    bool http; // reachable through an Ingress
    bool headless; // clusterIP: None
    bool metrics; // scraped by Prometheus
};

// Each app has four of these (see serviceOf): an even stride keeps them distinct.
constexpr std::array kComponents {
    Component { "web", "frontend", true, false, false },
    Component { "worker", "backend", false, false, true },
    Component { "api", "backend", true, false, true },
    Component { "db", "data", false, true, false },
    Component { "grpc", "backend", false, false, true },
    Component { "cache", "cache", false, false, false },
    Component { "gateway", "edge", true, false, true },
    Component { "admin", "frontend", true, false, false },
};

constexpr std::array kEnvironments { "production", "production", "production", "staging", "development" };
constexpr std::array kBodySizes { "1m", "8m", "16m", "64m" };

QJsonObject port(const char* name, int number, const QJsonValue& target, const char* appProtocol = nullptr)
{
    QJsonObject result { { l1("name"), l1(name) }, { l1("port"), number }, { l1("protocol"), l1("TCP") },
        { l1("targetPort"), target } };
    if (appProtocol)
        result.insert(l1("appProtocol"), l1(appProtocol));
    return result;
}

QJsonArray portsOf(const Component& component)
{
    const QString name = l1(component.name);
    QJsonArray ports;
    if (name == QLatin1String("web") || name == QLatin1String("admin"))
        ports.append(port("http", 80, l1("http"), "http"));
    else if (name == QLatin1String("api"))
        ports.append(port("http", 80, 8080, "http"));
    else if (name == QLatin1String("gateway"))
        ports.append(port("https", 443, 8443, "https"));
    else if (name == QLatin1String("grpc"))
        ports.append(port("grpc", 9090, 9090, "grpc"));
    else if (name == QLatin1String("db"))
        ports.append(port("postgres", 5432, 5432));
    else if (name == QLatin1String("cache"))
        ports.append(port("redis", 6379, 6379));
    if (component.metrics)
        ports.append(port("metrics", 9102, l1("metrics")));
    return ports;
}

struct GeneratedService
{
    QString name;
    QString app;
    const Component* component = nullptr;
};

// Spreads @p total over @p parts as evenly as possible; the share of part @p index.
int shareOf(int total, int parts, int index)
{
    return int(qint64(total) * (index + 1) / parts - qint64(total) * index / parts);
}

QString namespaceName(int index)
{
    return QStringLiteral("team-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

} // namespace

QList<GeneratorPreset> Generator::presets()
{
    return {
        { l1("tiny"), 20, 200, 50 },
        { l1("small"), 200, 2000, 500 },
        { l1("medium"), 500, 5000, 1250 },
        { l1("large-ingress"), 2000, 20000, 5000 },
    };
}

std::optional<GeneratorPreset> Generator::preset(const QString& name)
{
    for (const GeneratorPreset& preset : presets()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

QString Generator::presetNames()
{
    QStringList names;
    for (const GeneratorPreset& preset : presets())
        names.append(preset.name);
    return names.join(QStringLiteral(", "));
}

QList<QJsonObject> Generator::objects(const GeneratorPreset& preset, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QJsonObject> namespaces;
    QList<QJsonObject> services;
    QList<QJsonObject> ingresses;
    const int namespaceCount = qMax(1, preset.namespaces);
    namespaces.reserve(namespaceCount);
    services.reserve(preset.services);
    ingresses.reserve(preset.ingresses);

    for (int n = 0; n < namespaceCount; ++n) {
        const QString ns = namespaceName(n);
        const QString environment = l1(kEnvironments[random.bounded(int(kEnvironments.size()))]);
        namespaces.append(QJsonObject {
            { l1("apiVersion"), l1("v1") },
            { l1("kind"), l1("Namespace") },
            { l1("metadata"),
                QJsonObject {
                    { l1("name"), ns },
                    { l1("labels"),
                        QJsonObject { { l1("team"), ns }, { l1("environment"), environment },
                            { l1("cost-center"), QStringLiteral("cc-%1").arg(100 + n % 250) },
                            { l1("kubernetes.io/metadata.name"), ns } } },
                    { l1("annotations"),
                        QJsonObject { { l1("netloom.io/owner"), QString(ns + QLatin1String("@example.com")) } } },
                } },
        });

        // the Services of this namespace: a few apps, four components each
        const int serviceCount = shareOf(preset.services, namespaceCount, n);
        const int appOffset = random.bounded(int(kApps.size()));
        const int componentOffset = random.bounded(int(kComponents.size()));
        QList<GeneratedService> generated;
        generated.reserve(serviceCount);
        for (int s = 0; s < serviceCount; ++s) {
            const int appIndex = (appOffset + s / 4) % int(kApps.size());
            const Component& component = kComponents[(componentOffset + appIndex + (s % 4) * 2) % kComponents.size()];
            QString name = l1(kApps[appIndex]) + QLatin1Char('-') + l1(component.name);
            if (s / 4 >= int(kApps.size())) // more Services than apps × 4: number the next round
                name += QLatin1Char('-') + QString::number(s / (4 * int(kApps.size())) + 1);
            generated.append({ name, l1(kApps[appIndex]), &component });

            QJsonObject labels { { l1("app.kubernetes.io/name"), generated.last().app },
                { l1("app.kubernetes.io/component"), l1(component.name) },
                { l1("app.kubernetes.io/part-of"), generated.last().app },
                { l1("app.kubernetes.io/managed-by"), l1("Helm") }, { l1("team"), ns },
                { l1("tier"), l1(component.tier) } };
            QJsonObject metadata { { l1("name"), name }, { l1("namespace"), ns }, { l1("labels"), labels } };
            if (component.metrics) {
                metadata.insert(l1("annotations"),
                    QJsonObject {
                        { l1("prometheus.io/scrape"), l1("true") }, { l1("prometheus.io/port"), l1("9102") } });
            }
            QJsonObject spec { { l1("selector"),
                                   QJsonObject { { l1("app.kubernetes.io/name"), generated.last().app },
                                       { l1("app.kubernetes.io/component"), l1(component.name) } } },
                { l1("ports"), portsOf(component) } };
            if (component.headless)
                spec.insert(l1("clusterIP"), l1("None"));
            else if (random.bounded(10) == 0)
                spec.insert(l1("sessionAffinity"), l1("ClientIP"));
            services.append(QJsonObject { { l1("apiVersion"), l1("v1") }, { l1("kind"), l1("Service") },
                { l1("metadata"), metadata }, { l1("spec"), spec } });
        }

        // the Ingresses of this namespace, each routing to Services above (web first, then api …)
        QList<const GeneratedService*> reachable;
        for (const GeneratedService& service : std::as_const(generated)) {
            if (service.component->http)
                reachable.append(&service);
        }
        if (reachable.isEmpty() && !generated.isEmpty())
            reachable.append(&generated.constFirst());
        const int ingressCount = reachable.isEmpty() ? 0 : shareOf(preset.ingresses, namespaceCount, n);
        for (int i = 0; i < ingressCount; ++i) {
            const GeneratedService& front = *reachable.at(i % reachable.size());
            const QString name
                = i < reachable.size() ? front.name : front.name + QLatin1String("-") + QString::number(i);
            const QString host = front.app + QLatin1Char('-') + QString::number(i + 1) + QLatin1Char('.') + ns
                + QLatin1String(".example.com");
            const QJsonObject frontPort = portsOf(*front.component).at(0).toObject();
            QJsonArray paths { QJsonObject { { l1("path"), l1("/") }, { l1("pathType"), l1("Prefix") },
                { l1("backend"),
                    QJsonObject { { l1("service"),
                        QJsonObject { { l1("name"), front.name },
                            { l1("port"), QJsonObject { { l1("name"), frontPort.value(l1("name")) } } } } } } } } };
            // a second path to another reachable Service of the namespace, when there is one
            if (reachable.size() > 1 && random.bounded(2) == 0) {
                const GeneratedService& other = *reachable.at((i + 1) % reachable.size());
                const QJsonObject otherPort = portsOf(*other.component).at(0).toObject();
                paths.append(QJsonObject { { l1("path"), QString(QLatin1Char('/') + l1(other.component->name)) },
                    { l1("pathType"), l1("Prefix") },
                    { l1("backend"),
                        QJsonObject { { l1("service"),
                            QJsonObject { { l1("name"), other.name },
                                { l1("port"),
                                    QJsonObject { { l1("number"), otherPort.value(l1("port")) } } } } } } } });
            }
            const bool tls = random.bounded(5) != 0;
            QJsonObject annotations { { l1("external-dns.alpha.kubernetes.io/hostname"), host },
                { l1("nginx.ingress.kubernetes.io/proxy-body-size"),
                    l1(kBodySizes[random.bounded(int(kBodySizes.size()))]) } };
            QJsonObject spec { { l1("rules"),
                QJsonArray {
                    QJsonObject { { l1("host"), host }, { l1("http"), QJsonObject { { l1("paths"), paths } } } } } } };
            if (tls) {
                annotations.insert(l1("cert-manager.io/cluster-issuer"), l1("letsencrypt-prod"));
                annotations.insert(l1("nginx.ingress.kubernetes.io/ssl-redirect"), l1("true"));
                spec.insert(l1("tls"),
                    QJsonArray { QJsonObject { { l1("hosts"), QJsonArray { host } },
                        { l1("secretName"),
                            QString(QString(host).replace(QLatin1Char('.'), QLatin1Char('-'))
                                + QLatin1String("-tls")) } } });
            }
            if (random.bounded(10) != 0) // the rest rely on the default class
                spec.insert(l1("ingressClassName"), l1("nginx"));
            ingresses.append(
                QJsonObject { { l1("apiVersion"), l1("networking.k8s.io/v1") }, { l1("kind"), l1("Ingress") },
                    { l1("metadata"),
                        QJsonObject { { l1("name"), name }, { l1("namespace"), ns },
                            { l1("labels"),
                                QJsonObject { { l1("app.kubernetes.io/name"), front.app }, { l1("team"), ns } } },
                            { l1("annotations"), annotations } } },
                    { l1("spec"), spec } });
        }
    }
    return namespaces + services + ingresses;
}

Expected<void> Generator::populate(ApiServer& server, const GeneratorPreset& preset, quint32 seed)
{
    if (const Expected<void> infrastructure = DemoSeed::populateInfrastructure(server); !infrastructure)
        return infrastructure;
    if (const Expected<void> created = DemoSeed::createAll(server, objects(preset, seed)); !created)
        return created;
    DemoSeed::publishLoadBalancer(server);
    return {};
}

} // namespace Netloom::Lab
