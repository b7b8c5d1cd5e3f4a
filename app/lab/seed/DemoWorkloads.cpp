#include "app/lab/seed/DemoWorkloads.h"

#include "app/lab/kube/ApiServer.h"
#include "app/lab/seed/DemoSeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Netloom::Lab {

namespace {

const QString kMetadata = QStringLiteral("metadata");

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// FNV-1a: the seed's names and uids are stable from start to start.
quint64 fnv(const QString& text)
{
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

// Like the suffixes of generateName and pod-template-hash: consonants and digits only.
QString suffix(const QString& seed, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    quint64 hash = fnv(seed);
    QString out;
    for (int i = 0; i < length; ++i) {
        out.append(QLatin1Char(alphabet[hash % (sizeof(alphabet) - 1)]));
        hash = hash / (sizeof(alphabet) - 1) + fnv(seed + QString::number(i));
    }
    return out;
}

QString stableUid(const QString& seed)
{
    const QString hex = QStringLiteral("%1%2")
                            .arg(fnv(seed), 16, 16, QLatin1Char('0'))
                            .arg(fnv(seed + QLatin1Char('#')), 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
        + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString metaString(const QJsonObject& object, const char* field)
{
    return object.value(kMetadata).toObject().value(QLatin1String(field)).toString();
}

struct Node
{
    QString name;
    QString ip;
    QString pool;
    QString zone;
    int index = 0;
};

struct PodPlan
{
    QString name;
    QString nameSpace;
    QString app;
    QJsonObject labels;
    const Node* node = nullptr;
    QString ip;
    bool ready = true;
    QString uid;
};

QJsonObject condition(
    const QString& type, bool status, const QDateTime& since, const QString& reason = {}, const QString& message = {})
{
    QJsonObject out { { QStringLiteral("type"), type },
        { QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False") },
        { QStringLiteral("lastTransitionTime"), timestamp(since) } };
    if (!reason.isEmpty())
        out.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        out.insert(QStringLiteral("message"), message);
    return out;
}

Expected<void> check(const ApiServer::Outcome& outcome, const QString& what)
{
    if (outcome.ok())
        return {};
    return Error(QStringLiteral("The seed could not create %1").arg(what),
        outcome.body.value(QStringLiteral("message")).toString());
}

} // namespace

Expected<void> DemoWorkloads::populate(ApiServer& server)
{
    const ResourceCatalog& catalog = server.catalog();
    const ResourceKind& nodes = *catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("nodes"));
    const ResourceKind& pods = *catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("pods"));
    const ResourceKind& services = *catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
    const ResourceKind& events = *catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("events"));
    const ResourceKind& slices
        = *catalog.find(QStringLiteral("discovery.k8s.io"), QStringLiteral("v1"), QStringLiteral("endpointslices"));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const qint64 day = 86400;
    const auto strict = SchemaValidator::Mode::Strict;

    // --- Nodes: the cloud's node pools, on LAN 2 (10.7.0.0/24) -----------------------------------------
    QList<Node> nodeList;
    for (int i = 0; i < 5; ++i) {
        const bool system = i < 2;
        nodeList.append({ QStringLiteral("netloom-demo-%1-%2")
                              .arg(system ? QStringLiteral("system") : QStringLiteral("apps"))
                              .arg(system ? i + 1 : i - 1),
            QStringLiteral("10.7.0.%1").arg(11 + i), system ? QStringLiteral("system") : QStringLiteral("apps"),
            QStringLiteral("ZONE_%1").arg(i % 2 + 1), i });
    }
    for (const Node& node : std::as_const(nodeList)) {
        const QString podCidr = QStringLiteral("10.244.%1.0/24").arg(node.index);
        const QJsonObject object { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Node") },
            { kMetadata,
                QJsonObject { { QStringLiteral("name"), node.name },
                    { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("kubernetes.io/hostname"), node.name },
                            { QStringLiteral("kubernetes.io/os"), QStringLiteral("linux") },
                            { QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64") },
                            { QStringLiteral("node-pool"), node.pool },
                            { QStringLiteral("node.kubernetes.io/instance-type"), QStringLiteral("CUBE-M") },
                            { QStringLiteral("topology.kubernetes.io/region"), QStringLiteral("de-fra") },
                            { QStringLiteral("topology.kubernetes.io/zone"), node.zone } } },
                    { QStringLiteral("annotations"),
                        QJsonObject { { QStringLiteral("projectcalico.org/IPv4Address"),
                                          QString(node.ip + QStringLiteral("/24")) },
                            { QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0") } } } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("podCIDR"), podCidr },
                    { QStringLiteral("podCIDRs"), QJsonArray { podCidr } },
                    { QStringLiteral("providerID"), QString(QStringLiteral("ionos://") + stableUid(node.name)) } } } };
        if (const Expected<void> created = check(server.create(nodes, QString(), object, strict), node.name); !created)
            return created;
        const QDateTime since = now.addSecs(-120 * day);
        const QJsonObject resources { { QStringLiteral("cpu"), QStringLiteral("4") },
            { QStringLiteral("memory"), QStringLiteral("16374264Ki") },
            { QStringLiteral("pods"), QStringLiteral("110") },
            { QStringLiteral("ephemeral-storage"), QStringLiteral("101430960Ki") } };
        QJsonObject allocatable = resources;
        allocatable.insert(QStringLiteral("cpu"), QStringLiteral("3800m"));
        allocatable.insert(QStringLiteral("memory"), QStringLiteral("15247864Ki"));
        const auto nodeCondition = [&](const char* type, bool status, const char* reason, const char* message) {
            return QJsonObject { { QStringLiteral("type"), QString::fromLatin1(type) },
                { QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False") },
                { QStringLiteral("reason"), QString::fromLatin1(reason) },
                { QStringLiteral("message"), QString::fromLatin1(message) },
                { QStringLiteral("lastHeartbeatTime"), timestamp(now.addSecs(-40)) },
                { QStringLiteral("lastTransitionTime"), timestamp(since) } };
        };
        const QJsonObject status {
            { QStringLiteral("addresses"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("InternalIP") },
                                 { QStringLiteral("address"), node.ip } },
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("Hostname") },
                        { QStringLiteral("address"), node.name } } } },
            { QStringLiteral("capacity"), resources },
            { QStringLiteral("allocatable"), allocatable },
            { QStringLiteral("conditions"),
                QJsonArray { nodeCondition("MemoryPressure", false, "KubeletHasSufficientMemory",
                                 "kubelet has sufficient memory available"),
                    nodeCondition("DiskPressure", false, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    nodeCondition(
                        "PIDPressure", false, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    nodeCondition("Ready", true, "KubeletReady", "kubelet is posting ready status") } },
            { QStringLiteral("nodeInfo"),
                QJsonObject { { QStringLiteral("architecture"), QStringLiteral("amd64") },
                    { QStringLiteral("bootID"), stableUid(node.name + QStringLiteral("/boot")) },
                    { QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.24") },
                    { QStringLiteral("kernelVersion"), QStringLiteral("6.8.0-51-generic") },
                    { QStringLiteral("kubeProxyVersion"), QStringLiteral("v1.32.4") },
                    { QStringLiteral("kubeletVersion"), QStringLiteral("v1.32.4") },
                    { QStringLiteral("machineID"),
                        stableUid(node.name + QStringLiteral("/machine")).remove(QLatin1Char('-')) },
                    { QStringLiteral("operatingSystem"), QStringLiteral("linux") },
                    { QStringLiteral("osImage"), QStringLiteral("Ubuntu 24.04.1 LTS") },
                    { QStringLiteral("systemUUID"), stableUid(node.name + QStringLiteral("/system")) } } },
        };
        if (const Expected<void> written = check(server.updateStatus(nodes, QString(), node.name, status), node.name);
            !written)
            return written;
    }

    // --- Pods, one set per distinct selector of a namespace's Services ------------------------------------
    QMap<QString, QList<PodPlan>> podsBySelector; // "namespace\n{selector json}"
    QHash<int, int> nextHost;
    int appNode = 0;
    int systemNode = 0;
    const QJsonArray serviceList = [&] {
        QJsonArray out;
        for (const QJsonObject& service : server.store().list(services))
            out.append(service);
        return out;
    }();
    for (const QJsonValue& value : serviceList) {
        const QJsonObject service = value.toObject();
        const QJsonObject selector
            = service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("selector")).toObject();
        if (selector.isEmpty())
            continue;
        const QString nameSpace = metaString(service, "namespace");
        const QString key
            = nameSpace + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(selector).toJson(QJsonDocument::Compact));
        if (podsBySelector.contains(key))
            continue;
        const QString app = metaString(service, "name");
        const bool system = nameSpace != QLatin1String("shop") && nameSpace != QLatin1String("payments")
            && nameSpace != QLatin1String("identity");
        int replicas = 2;
        if (app == QLatin1String("redis") || app == QLatin1String("storefront-canary") || app == QLatin1String("cart")
            || nameSpace == QLatin1String("monitoring") || nameSpace == QLatin1String("cert-manager"))
            replicas = 1;
        const QString templateHash = suffix(key, 10);
        QList<PodPlan> plans;
        for (int r = 0; r < replicas; ++r) {
            PodPlan plan;
            plan.nameSpace = nameSpace;
            plan.app = app;
            plan.name = app + QLatin1Char('-') + templateHash + QLatin1Char('-') + suffix(key + QString::number(r), 5);
            plan.labels = selector;
            plan.labels.insert(QStringLiteral("pod-template-hash"), templateHash);
            plan.node = system ? &nodeList[systemNode++ % 2] : &nodeList[2 + appNode++ % 3];
            plan.ip = QStringLiteral("10.244.%1.%2").arg(plan.node->index).arg(10 + nextHost[plan.node->index]++);
            plan.ready = !(app == QLatin1String("cart") || (app == QLatin1String("checkout") && r == 1));
            plans.append(plan);
        }
        podsBySelector.insert(key, plans);
    }
    QHash<QString, PodPlan> podByName;
    for (auto it = podsBySelector.begin(); it != podsBySelector.end(); ++it) {
        for (PodPlan& plan : it.value()) {
            const QString owner
                = plan.app + QLatin1Char('-') + plan.labels.value(QStringLiteral("pod-template-hash")).toString();
            QJsonArray ports;
            for (const QJsonValue& value : serviceList) {
                const QJsonObject service = value.toObject();
                if (metaString(service, "namespace") != plan.nameSpace)
                    continue;
                const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
                bool matches = !spec.value(QStringLiteral("selector")).toObject().isEmpty();
                const QJsonObject selector = spec.value(QStringLiteral("selector")).toObject();
                for (auto s = selector.begin(); s != selector.end(); ++s)
                    matches = matches && plan.labels.value(s.key()) == s.value();
                if (!matches)
                    continue;
                for (const QJsonValue& port : spec.value(QStringLiteral("ports")).toArray()) {
                    const QJsonValue target = port.toObject().value(QStringLiteral("targetPort"));
                    QJsonObject containerPort { { QStringLiteral("containerPort"),
                                                    target.isDouble() ? target.toInt() : 8080 + ports.size() },
                        { QStringLiteral("protocol"),
                            port.toObject().value(QStringLiteral("protocol")).toString(QStringLiteral("TCP")) } };
                    if (target.isString())
                        containerPort.insert(QStringLiteral("name"), target.toString());
                    bool seen = false;
                    for (const QJsonValue& existing : std::as_const(ports))
                        seen = seen
                            || existing.toObject().value(QStringLiteral("name"))
                                == containerPort.value(QStringLiteral("name"));
                    if (!seen || !target.isString())
                        ports.append(containerPort);
                }
            }
            const QString image = QStringLiteral("registry.example.com/%1/%2:1.%3.0")
                                      .arg(plan.nameSpace, plan.app)
                                      .arg(fnv(plan.app) % 9);
            const QJsonObject pod { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                { QStringLiteral("kind"), QStringLiteral("Pod") },
                { kMetadata,
                    QJsonObject { { QStringLiteral("name"), plan.name },
                        { QStringLiteral("namespace"), plan.nameSpace }, { QStringLiteral("labels"), plan.labels },
                        { QStringLiteral("ownerReferences"),
                            QJsonArray { QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("apps/v1") },
                                { QStringLiteral("kind"), QStringLiteral("ReplicaSet") },
                                { QStringLiteral("name"), owner },
                                { QStringLiteral("uid"), stableUid(plan.nameSpace + QLatin1Char('/') + owner) },
                                { QStringLiteral("controller"), true },
                                { QStringLiteral("blockOwnerDeletion"), true } } } } } },
                { QStringLiteral("spec"),
                    QJsonObject {
                        { QStringLiteral("containers"),
                            QJsonArray { QJsonObject { { QStringLiteral("name"), plan.app },
                                { QStringLiteral("image"), image }, { QStringLiteral("ports"), ports },
                                { QStringLiteral("resources"),
                                    QJsonObject { { QStringLiteral("requests"),
                                        QJsonObject { { QStringLiteral("cpu"), QStringLiteral("100m") },
                                            { QStringLiteral("memory"), QStringLiteral("128Mi") } } } } } } } },
                        { QStringLiteral("nodeName"), plan.node->name },
                        { QStringLiteral("restartPolicy"), QStringLiteral("Always") },
                        { QStringLiteral("schedulerName"), QStringLiteral("default-scheduler") },
                        { QStringLiteral("serviceAccountName"), QStringLiteral("default") },
                        { QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst") },
                        { QStringLiteral("terminationGracePeriodSeconds"), 30 } } } };
            const ApiServer::Outcome created = server.create(pods, plan.nameSpace, pod, strict);
            if (const Expected<void> ok = check(created, plan.name); !ok)
                return ok;
            plan.uid = created.body.value(kMetadata).toObject().value(QStringLiteral("uid")).toString();
            const QDateTime started = now.addSecs(-static_cast<qint64>(fnv(plan.name) % (20 * day)) - 3600);
            QJsonObject containerStatus { { QStringLiteral("name"), plan.app }, { QStringLiteral("image"), image },
                { QStringLiteral("imageID"),
                    QString(image.section(QLatin1Char(':'), 0, 0) + QStringLiteral("@sha256:")
                        + stableUid(image).remove(QLatin1Char('-'))
                        + stableUid(image + QLatin1Char('!')).remove(QLatin1Char('-'))) },
                { QStringLiteral("containerID"),
                    QString(QStringLiteral("containerd://") + stableUid(plan.name).remove(QLatin1Char('-'))) },
                { QStringLiteral("ready"), plan.ready }, { QStringLiteral("started"), plan.ready },
                { QStringLiteral("restartCount"), plan.ready ? 0 : 37 } };
            if (plan.ready) {
                containerStatus.insert(QStringLiteral("state"),
                    QJsonObject { { QStringLiteral("running"),
                        QJsonObject { { QStringLiteral("startedAt"), timestamp(started) } } } });
            } else {
                containerStatus.insert(QStringLiteral("state"),
                    QJsonObject { { QStringLiteral("waiting"),
                        QJsonObject { { QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff") },
                            { QStringLiteral("message"),
                                QStringLiteral("back-off 5m0s restarting failed container=%1 pod=%2_%3(%4)")
                                    .arg(plan.app, plan.name, plan.nameSpace, plan.uid) } } } });
                containerStatus.insert(QStringLiteral("lastState"),
                    QJsonObject { { QStringLiteral("terminated"),
                        QJsonObject { { QStringLiteral("exitCode"), 1 },
                            { QStringLiteral("reason"), QStringLiteral("Error") },
                            { QStringLiteral("startedAt"), timestamp(now.addSecs(-400)) },
                            { QStringLiteral("finishedAt"), timestamp(now.addSecs(-380)) } } } });
            }
            const QString unready = QStringLiteral("containers with unready status: [%1]").arg(plan.app);
            const QJsonObject status { { QStringLiteral("phase"), QStringLiteral("Running") },
                { QStringLiteral("hostIP"), plan.node->ip },
                { QStringLiteral("hostIPs"), QJsonArray { QJsonObject { { QStringLiteral("ip"), plan.node->ip } } } },
                { QStringLiteral("podIP"), plan.ip },
                { QStringLiteral("podIPs"), QJsonArray { QJsonObject { { QStringLiteral("ip"), plan.ip } } } },
                { QStringLiteral("startTime"), timestamp(started) },
                { QStringLiteral("qosClass"), QStringLiteral("Burstable") },
                { QStringLiteral("conditions"),
                    QJsonArray { condition(QStringLiteral("PodReadyToStartContainers"), true, started),
                        condition(QStringLiteral("Initialized"), true, started),
                        plan.ready ? condition(QStringLiteral("Ready"), true, started)
                                   : condition(QStringLiteral("Ready"), false, now.addSecs(-380),
                                       QStringLiteral("ContainersNotReady"), unready),
                        plan.ready ? condition(QStringLiteral("ContainersReady"), true, started)
                                   : condition(QStringLiteral("ContainersReady"), false, now.addSecs(-380),
                                       QStringLiteral("ContainersNotReady"), unready),
                        condition(QStringLiteral("PodScheduled"), true, started) } },
                { QStringLiteral("containerStatuses"), QJsonArray { containerStatus } } };
            if (const Expected<void> written
                = check(server.updateStatus(pods, plan.nameSpace, plan.name, status), plan.name);
                !written)
                return written;
            podByName.insert(plan.nameSpace + QLatin1Char('/') + plan.name, plan);
        }
    }

    // --- EndpointSlices, one per Service with a selector (the EndpointSlice controller's) ---------------------
    for (const QJsonValue& value : serviceList) {
        const QJsonObject service = value.toObject();
        const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
        const QJsonObject selector = spec.value(QStringLiteral("selector")).toObject();
        if (selector.isEmpty())
            continue;
        const QString nameSpace = metaString(service, "namespace");
        const QString name = metaString(service, "name");
        QJsonArray endpoints;
        for (const PodPlan& plan : std::as_const(podByName)) {
            bool matches = plan.nameSpace == nameSpace;
            for (auto s = selector.begin(); matches && s != selector.end(); ++s)
                matches = plan.labels.value(s.key()) == s.value();
            if (!matches)
                continue;
            const bool ready = plan.ready || spec.value(QStringLiteral("publishNotReadyAddresses")).toBool();
            endpoints.append(QJsonObject { { QStringLiteral("addresses"), QJsonArray { plan.ip } },
                { QStringLiteral("conditions"),
                    QJsonObject { { QStringLiteral("ready"), ready }, { QStringLiteral("serving"), plan.ready },
                        { QStringLiteral("terminating"), false } } },
                { QStringLiteral("nodeName"), plan.node->name }, { QStringLiteral("zone"), plan.node->zone },
                { QStringLiteral("targetRef"),
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("Pod") },
                        { QStringLiteral("namespace"), nameSpace }, { QStringLiteral("name"), plan.name },
                        { QStringLiteral("uid"), plan.uid } } } });
        }
        QJsonArray ports;
        for (const QJsonValue& port : spec.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject p = port.toObject();
            const QJsonValue target = p.value(QStringLiteral("targetPort"));
            QJsonObject out { { QStringLiteral("name"), p.value(QStringLiteral("name")).toString() },
                { QStringLiteral("port"), target.isDouble() ? target.toInt() : 8080 },
                { QStringLiteral("protocol"), p.value(QStringLiteral("protocol")).toString(QStringLiteral("TCP")) } };
            if (p.contains(QStringLiteral("appProtocol")))
                out.insert(QStringLiteral("appProtocol"), p.value(QStringLiteral("appProtocol")));
            ports.append(out);
        }
        const QJsonObject slice { { QStringLiteral("apiVersion"), QStringLiteral("discovery.k8s.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("EndpointSlice") },
            { kMetadata,
                QJsonObject {
                    { QStringLiteral("name"), QString(name + QLatin1Char('-') + suffix(nameSpace + name, 5)) },
                    { QStringLiteral("namespace"), nameSpace },
                    { QStringLiteral("labels"),
                        QJsonObject { { QStringLiteral("kubernetes.io/service-name"), name },
                            { QStringLiteral("endpointslice.kubernetes.io/managed-by"),
                                QStringLiteral("endpointslice-controller.k8s.io") } } },
                    { QStringLiteral("ownerReferences"),
                        QJsonArray { QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                            { QStringLiteral("kind"), QStringLiteral("Service") }, { QStringLiteral("name"), name },
                            { QStringLiteral("uid"), metaString(service, "uid") },
                            { QStringLiteral("controller"), true },
                            { QStringLiteral("blockOwnerDeletion"), true } } } } } },
            { QStringLiteral("addressType"), QStringLiteral("IPv4") }, { QStringLiteral("endpoints"), endpoints },
            { QStringLiteral("ports"), ports } };
        if (const Expected<void> created = check(server.create(slices, nameSpace, slice, strict), name); !created)
            return created;
    }

    // --- Events -------------------------------------------------------------------------------------------
    const auto involved = [&](const ResourceKind& kind, const QString& nameSpace, const QString& name) {
        const QJsonObject object = server.store().get(kind, nameSpace, name).value_or(QJsonObject());
        QJsonObject out { { QStringLiteral("kind"), kind.kind }, { QStringLiteral("apiVersion"), kind.apiVersion() },
            { QStringLiteral("name"), name }, { QStringLiteral("uid"), metaString(object, "uid") },
            { QStringLiteral("resourceVersion"), metaString(object, "resourceVersion") } };
        if (!nameSpace.isEmpty())
            out.insert(QStringLiteral("namespace"), nameSpace);
        return out;
    };
    struct EventPlan
    {
        QJsonObject object;
        const char* type;
        const char* reason;
        QString message;
        const char* component;
        int count;
        qint64 firstAgo;
        qint64 lastAgo;
    };
    const ResourceKind& certificates
        = *catalog.find(QStringLiteral("cert-manager.io"), QStringLiteral("v1"), QStringLiteral("certificates"));
    const ResourceKind& ingresses
        = *catalog.find(QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("ingresses"));
    QList<EventPlan> plans {
        { involved(ingresses, QStringLiteral("shop"), QStringLiteral("storefront")), "Normal", "Sync",
            QStringLiteral("Scheduled for sync"), "nginx-ingress-controller", 3, 6 * 3600, 1200 },
        { involved(ingresses, QStringLiteral("identity"), QStringLiteral("keycloak")), "Normal", "Sync",
            QStringLiteral("Scheduled for sync"), "nginx-ingress-controller", 1, 5400, 5400 },
        { involved(certificates, QStringLiteral("monitoring"), QStringLiteral("grafana-example-com")), "Warning",
            "Failed",
            QStringLiteral(
                "The certificate request has failed to complete and will be retried: Failed to wait for order resource "
                "\"grafana-example-com-4-1482911023\" to become ready: order is in \"invalid\" state"),
            "cert-manager-certificates-issuing", 4, 3 * day, 3600 },
        { involved(certificates, QStringLiteral("identity"), QStringLiteral("auth-example-com")), "Normal", "Issuing",
            QStringLiteral("Issuing certificate as Secret does not exist"), "cert-manager-certificates-trigger", 1,
            7200, 7200 },
    };
    for (const PodPlan& plan : std::as_const(podByName)) {
        if (!plan.ready && plan.app == QLatin1String("cart"))
            plans.append({ involved(pods, plan.nameSpace, plan.name), "Warning", "BackOff",
                QStringLiteral("Back-off restarting failed container %1 in pod %2_%3(%4)")
                    .arg(plan.app, plan.name, plan.nameSpace, plan.uid),
                "kubelet", 37, 3 * 3600, 60 });
    }
    for (const EventPlan& plan : std::as_const(plans)) {
        const QString nameSpace = plan.object.value(QStringLiteral("namespace")).toString();
        const QString name = plan.object.value(QStringLiteral("name")).toString() + QLatin1Char('.')
            + QStringLiteral("%1").arg(
                fnv(plan.object.value(QStringLiteral("uid")).toString() + QLatin1String(plan.reason)), 16, 16,
                QLatin1Char('0'));
        const QJsonObject event { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
            { QStringLiteral("kind"), QStringLiteral("Event") },
            { kMetadata, QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), nameSpace } } },
            { QStringLiteral("involvedObject"), plan.object },
            { QStringLiteral("type"), QString::fromLatin1(plan.type) },
            { QStringLiteral("reason"), QString::fromLatin1(plan.reason) }, { QStringLiteral("message"), plan.message },
            { QStringLiteral("source"),
                QJsonObject { { QStringLiteral("component"), QString::fromLatin1(plan.component) } } },
            { QStringLiteral("reportingComponent"), QString::fromLatin1(plan.component) },
            { QStringLiteral("count"), plan.count },
            { QStringLiteral("firstTimestamp"), timestamp(now.addSecs(-plan.firstAgo)) },
            { QStringLiteral("lastTimestamp"), timestamp(now.addSecs(-plan.lastAgo)) } };
        if (const Expected<void> created = check(server.create(events, nameSpace, event, strict), name); !created)
            return created;
    }
    return {};
}

} // namespace Netloom::Lab
