#include "models/topology/TopologyModel.h"

#include "models/domain/Inventory.h"
#include "models/topology/NodeText.h"
#include "models/topology/Tr.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Netloom::Topology {

using namespace Domain;

namespace {

constexpr int kEntryServiceLayer = 2;

QString key3(const QString& origin, const QString& namespaceName, const QString& name)
{
    return origin % QChar(0x1f) % namespaceName % QChar(0x1f) % name;
}

bool edgeLess(const TopologyEdge& a, const TopologyEdge& b)
{
    if (a.source != b.source)
        return a.source < b.source;
    if (a.target != b.target)
        return a.target < b.target;
    return a.type < b.type;
}

} // namespace

TopologyModel::TopologyModel(Inventory& inventory, QObject* parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_watcher(new QFutureWatcher<LayoutResult>(this))
{
    connect(m_watcher, &QFutureWatcher<LayoutResult>::finished, this, &TopologyModel::onLayoutFinished);
    connect(&m_inventory, &Inventory::changed, this, &TopologyModel::onInventoryChanged);
    apply(m_inventory.all(), {}, false);
}

TopologyModel::~TopologyModel()
{
    // never leave a worker running on a layout nobody will read
    m_watcher->waitForFinished();
}

QList<ResourceId> TopologyModel::nodeIds() const
{
    QList<ResourceId> ids = m_nodes.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<TopologyNode> TopologyModel::node(const ResourceId& id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return std::nullopt;
    return *it;
}

QList<TopologyEdge> TopologyModel::edgesOf(const ResourceId& id) const
{
    QList<TopologyEdge> result;
    for (const TopologyEdge& edge : m_edges) {
        if (edge.source == id || edge.target == id)
            result.append(edge);
    }
    return result;
}

QList<ResourceId> TopologyModel::neighbours(const ResourceId& id) const
{
    QList<ResourceId> result;
    for (const TopologyEdge& edge : m_edges) {
        if (edge.source == id)
            result.append(edge.target);
        else if (edge.target == id)
            result.append(edge.source);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QRectF TopologyModel::boundingRect() const
{
    return m_layout.boundingRect();
}

void TopologyModel::setFilter(const TopologyFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    apply(m_inventory.all(), {}, true);
}

QList<ResourceId> TopologyModel::search(const QString& text) const
{
    QList<ResourceId> result;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return result;
    for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
        if (searchableText(**it).contains(needle))
            result.append(it.key());
    }
    std::sort(result.begin(), result.end());
    return result;
}

int TopologyModel::layerOf(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::DnsZone:
    case ResourceKind::DnsRecord:
    case ResourceKind::Vdc:
        return 0;
    case ResourceKind::IpBlock:
    case ResourceKind::IpAddress:
    case ResourceKind::Gateway:
    case ResourceKind::LoadBalancer:
    case ResourceKind::Subnet:
        return 1;
    case ResourceKind::NodePool:
    case ResourceKind::IpPool:
        return kEntryServiceLayer;
    case ResourceKind::IngressController:
    case ResourceKind::GatewayApiGateway:
    case ResourceKind::Issuer:
        return 3;
    case ResourceKind::IngressClass:
    case ResourceKind::Certificate:
    case ResourceKind::TlsSecret:
        return 4;
    case ResourceKind::Ingress:
    case ResourceKind::HttpRoute:
        return 5;
    case ResourceKind::Service:
        return 6;
    case ResourceKind::EndpointSummary:
    case ResourceKind::PodSummary:
    case ResourceKind::NetworkPolicy:
        return 7;
    case ResourceKind::Cluster:
    case ResourceKind::Namespace:
        return 0;
    }
    return 0;
}

bool TopologyModel::isNodeKind(ResourceKind kind)
{
    return kind != ResourceKind::Cluster && kind != ResourceKind::Namespace;
}

void TopologyModel::relayout()
{
    scheduleLayout(true);
}

void TopologyModel::onInventoryChanged(const ChangeBatch& batch)
{
    QList<ResourcePtr> upserted = batch.added;
    upserted += batch.updated;
    apply(upserted, batch.removed, false);
}

bool TopologyModel::wanted(const Resource& resource) const
{
    return isNodeKind(resource.kind) && m_filter.matches(resource);
}

QString TopologyModel::entryKey(const QString& origin, const QString& namespaceName, const QString& name) const
{
    return key3(origin, namespaceName, name);
}

int TopologyModel::layerFor(const Resource& resource) const
{
    if (resource.kind == ResourceKind::Service) {
        // the Service in front of an ingress controller is where traffic enters: left of it
        for (const ResourcePtr& other : std::as_const(m_resources)) {
            if (other->origin != resource.origin)
                continue;
            if (const auto* controller = other->as<IngressControllerDetails>()) {
                if (controller->serviceRef == resource.namespaceName % QLatin1Char('/') % resource.name)
                    return kEntryServiceLayer;
            }
            if (other->kind == ResourceKind::IngressController) {
                for (const Relation& relation : other->relations) {
                    if (relation.target == resource.id)
                        return kEntryServiceLayer;
                }
            }
        }
        for (const Relation& relation : resource.relations) {
            const auto target = m_resources.constFind(relation.target);
            if (target != m_resources.cend() && (*target)->kind == ResourceKind::IngressController)
                return kEntryServiceLayer;
        }
    }
    return layerOf(resource.kind);
}

TopologyNode TopologyModel::makeNode(const Resource& resource) const
{
    TopologyNode node;
    node.id = resource.id;
    node.kind = resource.kind;
    node.title = resource.name;
    node.subtitle = nodeSubtitle(resource);
    node.namespaceName = resource.namespaceName;
    node.origin = resource.origin;
    node.state = resource.status.state;
    node.statusMessage = resource.status.message;
    node.layer = layerOf(resource.kind);
    return node;
}

void TopologyModel::refreshEntryServices(QList<ResourceId>& updated)
{
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        if (it->kind != ResourceKind::Service && it->kind != ResourceKind::IngressController)
            continue;
        const int layer = layerFor(*m_resources.value(it.key()));
        if (layer != it->layer) {
            it->layer = layer;
            if (!updated.contains(it.key()))
                updated.append(it.key());
        }
    }
}

void TopologyModel::apply(const QList<ResourcePtr>& upserted, const QList<ResourcePtr>& removed, bool forceFull)
{
    QList<ResourceId> addedIds;
    QList<ResourceId> removedIds;
    QList<ResourceId> updatedIds;
    bool structural = forceFull;
    bool groupsDirty = false;

    for (const ResourcePtr& resource : removed) {
        if (!isNodeKind(resource->kind))
            groupsDirty = true;
        if (m_nodes.remove(resource->id)) {
            m_resources.remove(resource->id);
            removedIds.append(resource->id);
            structural = true;
        }
    }
    for (const ResourcePtr& resource : upserted) {
        if (!isNodeKind(resource->kind))
            groupsDirty = true;
        const auto existing = m_nodes.find(resource->id);
        if (!wanted(*resource)) {
            if (existing != m_nodes.end()) {
                m_nodes.erase(existing);
                m_resources.remove(resource->id);
                removedIds.append(resource->id);
                structural = true;
            }
            continue;
        }
        m_resources.insert(resource->id, resource);
        TopologyNode node = makeNode(*resource);
        if (existing == m_nodes.end()) {
            m_nodes.insert(resource->id, node);
            addedIds.append(resource->id);
            structural = true;
            continue;
        }
        node.rect = existing->rect;
        node.layer = existing->layer;
        if (node.namespaceName != existing->namespaceName || node.origin != existing->origin)
            structural = true;
        if (node != *existing) {
            *existing = node;
            updatedIds.append(resource->id);
        }
    }
    QList<ResourceId> relayered;
    refreshEntryServices(relayered);
    for (const ResourceId& id : std::as_const(relayered)) {
        structural = true;
        if (!addedIds.contains(id) && !updatedIds.contains(id))
            updatedIds.append(id);
    }

    QList<TopologyEdge> edges = computeEdges();
    const bool edgesDiffer = edges != m_edges;
    m_edges = std::move(edges);
    if (edgesDiffer && !structural && !addedIds.isEmpty())
        structural = true;

    const bool async = m_asyncThreshold > 0 && m_nodes.size() >= m_asyncThreshold;
    bool laidOut = false;
    if (structural && !async && !m_running) {
        LayoutResult previous = m_layout;
        const bool incremental = m_hasLayout && !forceFull;
        applyLayout(TopologyLayout::compute(layoutInput(), incremental ? &previous : nullptr));
        laidOut = true;
    }

    std::sort(removedIds.begin(), removedIds.end());
    std::sort(addedIds.begin(), addedIds.end());
    std::sort(updatedIds.begin(), updatedIds.end());
    for (const ResourceId& id : std::as_const(removedIds))
        Q_EMIT nodeRemoved(id);
    for (const ResourceId& id : std::as_const(addedIds))
        Q_EMIT nodeAdded(id);
    for (const ResourceId& id : std::as_const(updatedIds)) {
        if (!addedIds.contains(id))
            Q_EMIT nodeUpdated(id);
    }
    if (edgesDiffer)
        Q_EMIT edgesChanged();
    if (laidOut) {
        Q_EMIT layoutChanged();
    } else if (structural) {
        scheduleLayout(forceFull);
    } else if (groupsDirty && m_hasLayout) {
        rebuildGroups();
        Q_EMIT layoutChanged();
    }
}

QList<TopologyEdge> TopologyModel::computeEdges() const
{
    // look-ups of the nodes by what details refer to them with
    QHash<QString, ResourceId> services;    // origin, ns, name
    QHash<QString, ResourceId> classes;     // origin, "", name
    QHash<QString, ResourceId> issuers;     // origin, ns ("" for ClusterIssuer), name
    QHash<QString, ResourceId> gateways;    // origin, ns, name
    QHash<QString, QList<ResourceId>> tlsSecretUsers; // origin, ns, secret -> ingresses
    QHash<QString, ResourceId> defaultClass; // origin -> default IngressClass
    for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
        const Resource& r = **it;
        switch (r.kind) {
        case ResourceKind::Service:
            services.insert(key3(r.origin, r.namespaceName, r.name), r.id);
            break;
        case ResourceKind::IngressClass:
            classes.insert(key3(r.origin, {}, r.name), r.id);
            if (const auto* d = r.as<IngressClassDetails>(); d && d->isDefault)
                defaultClass.insert(r.origin, r.id);
            break;
        case ResourceKind::Issuer:
            issuers.insert(key3(r.origin, r.namespaceName, r.name), r.id);
            break;
        case ResourceKind::GatewayApiGateway:
            gateways.insert(key3(r.origin, r.namespaceName, r.name), r.id);
            break;
        case ResourceKind::Ingress:
            if (const auto* d = r.as<IngressDetails>()) {
                for (const IngressTls& tls : d->tls)
                    tlsSecretUsers[key3(r.origin, r.namespaceName, tls.secretName)].append(r.id);
            }
            break;
        default:
            break;
        }
    }

    QList<TopologyEdge> edges;
    QSet<QPair<ResourceId, ResourceId>> seen;
    const auto add = [&](const ResourceId& from, const ResourceId& to, RelationType type, bool derived) {
        if (from.isNull() || to.isNull() || from == to || !m_nodes.contains(from) || !m_nodes.contains(to))
            return;
        if (seen.contains({ from, to }) || seen.contains({ to, from }))
            return;
        seen.insert({ from, to });
        edges.append({ from, to, type, derived });
    };

    QList<ResourceId> ids = m_resources.keys();
    std::sort(ids.begin(), ids.end());
    for (const ResourceId& id : std::as_const(ids)) {
        for (const Relation& relation : m_resources.value(id)->relations) {
            if (relation.type != RelationType::Contains)
                add(id, relation.target, relation.type, false);
        }
    }
    for (const ResourceId& id : std::as_const(ids)) {
        const Resource& r = *m_resources.value(id);
        if (const auto* d = r.as<IngressDetails>()) {
            const ResourceId cls = d->className.isEmpty() ? defaultClass.value(r.origin)
                                                          : classes.value(key3(r.origin, {}, d->className));
            add(cls, r.id, RelationType::RoutesTo, true);
            for (const IngressRoute& route : d->routes)
                add(r.id, services.value(key3(r.origin, r.namespaceName, route.serviceName)), RelationType::RoutesTo,
                    true);
        }
        if (const auto* d = r.as<IngressControllerDetails>()) {
            for (auto c = classes.cbegin(); c != classes.cend(); ++c) {
                const ResourcePtr cls = m_resources.value(c.value());
                const auto* cd = cls ? cls->as<IngressClassDetails>() : nullptr;
                if (cls && cls->origin == r.origin
                    && (cls->name == d->className || (cd && !d->controller.isEmpty() && cd->controller == d->controller)))
                    add(r.id, cls->id, RelationType::RoutesTo, true);
            }
            const qsizetype slash = d->serviceRef.indexOf(QLatin1Char('/'));
            if (slash > 0)
                add(services.value(key3(r.origin, d->serviceRef.left(slash), d->serviceRef.mid(slash + 1))), r.id,
                    RelationType::Exposes, true);
        }
        if (const auto* d = r.as<CertificateDetails>()) {
            for (const ResourceId& ingress : tlsSecretUsers.value(key3(r.origin, r.namespaceName, d->secretName)))
                add(r.id, ingress, RelationType::Secures, true);
            const QString issuerNs = d->issuerKind == QLatin1String("ClusterIssuer") ? QString() : r.namespaceName;
            add(issuers.value(key3(r.origin, issuerNs, d->issuerName)), r.id, RelationType::Secures, true);
        }
        if (const auto* d = r.as<HttpRouteDetails>()) {
            for (const QString& parent : d->parentRefs) {
                const QStringList parts = parent.split(QLatin1Char('/'));
                if (parts.size() >= 2)
                    add(gateways.value(key3(r.origin, parts.at(0), parts.at(1))), r.id, RelationType::RoutesTo, true);
            }
            for (const HttpRouteRule& rule : d->rules) {
                for (const HttpRouteBackend& backend : rule.backends) {
                    const QString ns = backend.namespaceName.isEmpty() ? r.namespaceName : backend.namespaceName;
                    add(r.id, services.value(key3(r.origin, ns, backend.name)), RelationType::RoutesTo, true);
                }
            }
        }
    }
    std::sort(edges.begin(), edges.end(), edgeLess);
    return edges;
}

LayoutInput TopologyModel::layoutInput() const
{
    LayoutInput input;
    input.nodes.reserve(m_nodes.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        input.nodes.append({ it.key(), it->layer, it->origin, it->namespaceName, it->title });
    for (const TopologyEdge& edge : m_edges)
        input.edges.append({ edge.source, edge.target });
    return input;
}

void TopologyModel::scheduleLayout(bool full)
{
    if (m_running) {
        m_pending = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    const bool incremental = m_hasLayout && !full;
    const bool async = m_asyncThreshold > 0 && m_nodes.size() >= m_asyncThreshold;
    if (!async) {
        LayoutResult previous = m_layout;
        applyLayout(TopologyLayout::compute(layoutInput(), incremental ? &previous : nullptr));
        Q_EMIT layoutChanged();
        return;
    }
    m_running = true;
    std::optional<LayoutResult> previous;
    if (incremental)
        previous = m_layout;
    m_watcher->setFuture(QtConcurrent::run([input = layoutInput(), previous = std::move(previous)] {
        return TopologyLayout::compute(input, previous ? &*previous : nullptr);
    }));
}

void TopologyModel::onLayoutFinished()
{
    m_running = false;
    if (m_watcher->future().resultCount() > 0) {
        applyLayout(m_watcher->result());
        Q_EMIT layoutChanged();
    }
    if (m_pending) {
        const bool full = m_pendingFull;
        m_pending = false;
        m_pendingFull = false;
        scheduleLayout(full);
    }
}

void TopologyModel::applyLayout(const LayoutResult& result)
{
    m_layout = result;
    m_hasLayout = true;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        it->rect = m_layout.nodeRect(it.key());
    rebuildGroups();
}

void TopologyModel::rebuildGroups()
{
    m_groups.clear();
    for (auto it = m_layout.originRects.cbegin(); it != m_layout.originRects.cend(); ++it) {
        TopologyGroup group;
        group.key = it.key();
        group.type = TopologyGroup::Type::Origin;
        group.rect = it.value();
        group.title = it.key();
        for (const ResourcePtr& cluster : m_inventory.byKind(ResourceKind::Cluster)) {
            if (cluster->origin != it.key())
                continue;
            group.resource = cluster->id;
            group.title = cluster->name;
            QStringList parts { displayName(ResourceKind::Cluster) };
            if (const auto* d = cluster->as<ClusterDetails>()) {
                if (!d->version.isEmpty())
                    parts << d->version;
                if (!d->provider.isEmpty())
                    parts << d->provider;
            }
            group.subtitle = parts.join(QStringLiteral(" \u00b7 "));
            break;
        }
        if (group.subtitle.isEmpty())
            group.subtitle = it.key().startsWith(QLatin1String("cloud:")) ? Tr::tr("Cloud account") : Tr::tr("Cluster");
        m_groups.append(group);
    }
    for (const LayoutSlab& slab : std::as_const(m_layout.slabs)) {
        if (slab.type != LayoutSlab::Type::Band)
            continue;
        const QString key = TopologyLayout::bandKey(slab.origin, slab.namespaceName);
        const auto rect = m_layout.bandRects.constFind(key);
        if (rect == m_layout.bandRects.cend())
            continue;
        TopologyGroup group;
        group.key = key;
        group.rect = *rect;
        if (slab.namespaceName.isEmpty()) {
            group.type = TopologyGroup::Type::ClusterScoped;
            group.title = slab.origin.startsWith(QLatin1String("cloud:")) ? Tr::tr("Resources") : Tr::tr("Cluster-scoped");
        } else {
            group.type = TopologyGroup::Type::Namespace;
            group.title = slab.namespaceName;
            group.subtitle = displayName(ResourceKind::Namespace);
            for (const ResourcePtr& ns : m_inventory.byName(ResourceKind::Namespace, slab.namespaceName)) {
                if (ns->origin == slab.origin) {
                    group.resource = ns->id;
                    break;
                }
            }
        }
        m_groups.append(group);
    }
}

} // namespace Netloom::Topology
