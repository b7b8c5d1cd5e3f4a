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
    m_layoutDelay.setSingleShot(true);
    connect(&m_layoutDelay, &QTimer::timeout, this, [this] {
        const bool full = m_pendingFull;
        m_pending = false;
        m_pendingFull = false;
        scheduleLayout(full);
    });
    connect(&m_inventory, &Inventory::changed, this, &TopologyModel::onInventoryChanged);
    apply(m_inventory.all(), {}, {}, {}, false);
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
    TopologyNode node = *it;
    node.rect = nodeRect(id);
    return node;
}

QRectF TopologyModel::nodeRect(const ResourceId& id) const
{
    if (!m_hasLayout || m_unplaced.contains(id) || !m_nodes.contains(id))
        return {};
    return m_layout.nodeRect(id);
}

QList<TopologyEdge> TopologyModel::edges() const
{
    if (!m_sortedEdgesValid) {
        m_sortedEdges = QList<TopologyEdge>(m_edgeSet.cbegin(), m_edgeSet.cend());
        std::sort(m_sortedEdges.begin(), m_sortedEdges.end(), edgeLess);
        m_sortedEdgesValid = true;
    }
    return m_sortedEdges;
}

QList<TopologyEdge> TopologyModel::outgoingEdges(const ResourceId& id) const
{
    const CompactSet<TopologyEdge> set = m_out.value(id);
    QList<TopologyEdge> result(set.cbegin(), set.cend());
    std::sort(result.begin(), result.end(), edgeLess);
    return result;
}

QList<TopologyEdge> TopologyModel::incomingEdges(const ResourceId& id) const
{
    const CompactSet<TopologyEdge> set = m_in.value(id);
    QList<TopologyEdge> result(set.cbegin(), set.cend());
    std::sort(result.begin(), result.end(), edgeLess);
    return result;
}

QList<TopologyEdge> TopologyModel::edgesOf(const ResourceId& id) const
{
    QList<TopologyEdge> result = outgoingEdges(id);
    result += incomingEdges(id);
    std::sort(result.begin(), result.end(), edgeLess);
    return result;
}

QList<ResourceId> TopologyModel::neighbours(const ResourceId& id) const
{
    QList<ResourceId> result;
    for (const TopologyEdge& edge : m_out.value(id))
        result.append(edge.target);
    for (const TopologyEdge& edge : m_in.value(id))
        result.append(edge.source);
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
    apply(m_inventory.all(), {}, {}, {}, true);
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

bool TopologyModel::matchesSearch(const Resource& resource) const
{
    return !m_searchNeedle.isEmpty() && searchableText(resource).contains(m_searchNeedle);
}

void TopologyModel::setSearchText(const QString& text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_searchNeedle)
        return;
    m_searchNeedle = needle;
    QSet<ResourceId> matches;
    if (!needle.isEmpty()) {
        for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
            ++m_work.nodesVisited;
            if (matchesSearch(**it))
                matches.insert(it.key());
        }
    }
    if (matches == m_matches)
        return;
    m_matches = std::move(matches);
    Q_EMIT searchMatchesChanged();
}

QList<ResourceId> TopologyModel::searchMatches() const
{
    QList<ResourceId> result(m_matches.cbegin(), m_matches.cend());
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
    apply(upserted, batch.removed, batch.relationsAdded, batch.relationsRemoved, false);
}

bool TopologyModel::wanted(const Resource& resource) const
{
    return isNodeKind(resource.kind) && m_filter.matches(resource);
}

int TopologyModel::layerFor(const ResourceId& id) const
{
    const auto node = m_nodes.constFind(id);
    if (node == m_nodes.cend())
        return 0;
    if (node->kind == ResourceKind::Service) {
        // A Service that exposes an ingress controller is where traffic enters: left of it. Read
        // from its outgoing edges only (O(out-degree)).
        for (const TopologyEdge& edge : m_out.value(id)) {
            const auto target = m_nodes.constFind(edge.target);
            if (target != m_nodes.cend() && target->kind == ResourceKind::IngressController)
                return kEntryServiceLayer;
        }
    }
    return layerOf(node->kind);
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

void TopologyModel::addEdge(const TopologyEdge& edge, EdgeDelta& delta)
{
    ++m_work.edgesVisited;
    if (edge.type == RelationType::Contains || !m_nodes.contains(edge.source) || !m_nodes.contains(edge.target))
        return;
    if (m_edgeSet.contains(edge))
        return;
    m_edgeSet.insert(edge);
    m_out[edge.source].insert(edge);
    m_in[edge.target].insert(edge);
    m_sortedEdgesValid = false;
    delta.added.append(edge);
}

void TopologyModel::removeEdge(const TopologyEdge& edge, EdgeDelta& delta)
{
    ++m_work.edgesVisited;
    if (!m_edgeSet.remove(edge))
        return;
    const auto eraseFrom = [&edge](QHash<ResourceId, CompactSet<TopologyEdge>>& index, const ResourceId& id) {
        const auto it = index.find(id);
        if (it == index.end())
            return;
        it->remove(edge);
        if (it->isEmpty())
            index.erase(it);
    };
    eraseFrom(m_out, edge.source);
    eraseFrom(m_in, edge.target);
    m_sortedEdgesValid = false;
    delta.removed.append(edge);
}

void TopologyModel::addEdgesOf(const ResourceId& id, EdgeDelta& delta)
{
    for (const Relation& relation : m_inventory.relationsOf(id))
        addEdge({ id, relation.target, relation.type }, delta);
    for (const ResolvedRelation& relation : m_inventory.incomingOf(id))
        addEdge({ relation.source, id, relation.type }, delta);
}

void TopologyModel::removeEdgesOf(const ResourceId& id, EdgeDelta& delta)
{
    const CompactSet<TopologyEdge> out = m_out.value(id);
    const CompactSet<TopologyEdge> in = m_in.value(id);
    for (const TopologyEdge& edge : out)
        removeEdge(edge, delta);
    for (const TopologyEdge& edge : in)
        removeEdge(edge, delta);
}

void TopologyModel::apply(const QList<ResourcePtr>& upserted, const QList<ResourcePtr>& removed,
    const QList<ResolvedRelation>& relationsAdded, const QList<ResolvedRelation>& relationsRemoved, bool forceFull)
{
    QList<ResourceId> addedIds;
    QList<ResourceId> removedIds;
    QList<ResourceId> updatedIds;
    QSet<ResourceId> updatedSet;
    QSet<ResourceId> layerDirty; // nodes whose column may have changed
    bool structural = forceFull;
    bool groupsDirty = false;
    bool matchesChanged = false;
    EdgeDelta delta;

    const auto dropNode = [&](const ResourceId& id) {
        removeEdgesOf(id, delta);
        m_nodes.remove(id);
        m_unplaced.remove(id);
        m_resources.remove(id);
        matchesChanged |= m_matches.remove(id);
        removedIds.append(id);
        structural = true;
    };

    for (const ResourcePtr& resource : removed) {
        ++m_work.nodesVisited;
        if (!isNodeKind(resource->kind))
            groupsDirty = true;
        if (m_nodes.contains(resource->id))
            dropNode(resource->id);
    }
    for (const ResourcePtr& resource : upserted) {
        ++m_work.nodesVisited;
        if (!isNodeKind(resource->kind))
            groupsDirty = true;
        const auto existing = m_nodes.find(resource->id);
        if (!wanted(*resource)) {
            if (existing != m_nodes.end())
                dropNode(resource->id);
            continue;
        }
        m_resources.insert(resource->id, resource);
        if (matchesSearch(*resource)) {
            if (!m_matches.contains(resource->id)) {
                m_matches.insert(resource->id);
                matchesChanged = true;
            }
        } else {
            matchesChanged |= m_matches.remove(resource->id);
        }
        TopologyNode node = makeNode(*resource);
        layerDirty.insert(resource->id);
        if (existing == m_nodes.end()) {
            m_nodes.insert(resource->id, node);
            m_unplaced.insert(resource->id, ++m_generation);
            addedIds.append(resource->id);
            structural = true;
            continue;
        }
        node.layer = existing->layer;
        if (node.namespaceName != existing->namespaceName || node.origin != existing->origin)
            structural = true;
        if (node != *existing) {
            *existing = node;
            updatedIds.append(resource->id);
            updatedSet.insert(resource->id);
        }
    }

    // Edges: the whole set after a filter change; else the new nodes' edges (their relations may
    // predate them, when they re-enter the filter) and the batch's relation changes.
    if (forceFull) {
        const QSet<TopologyEdge> all = m_edgeSet;
        for (const TopologyEdge& edge : all) {
            if (!m_nodes.contains(edge.source) || !m_nodes.contains(edge.target))
                removeEdge(edge, delta);
        }
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            for (const Relation& relation : m_inventory.relationsOf(it.key()))
                addEdge({ it.key(), relation.target, relation.type }, delta);
        }
    } else {
        for (const ResourceId& id : std::as_const(addedIds))
            addEdgesOf(id, delta);
    }
    for (const ResolvedRelation& relation : relationsRemoved)
        removeEdge({ relation.source, relation.target, relation.type }, delta);
    for (const ResolvedRelation& relation : relationsAdded) {
        if (m_inventory.hasRelation(relation))
            addEdge({ relation.source, relation.target, relation.type }, delta);
    }
    for (const QList<TopologyEdge>* list : { &delta.added, &delta.removed }) {
        for (const TopologyEdge& edge : *list) {
            layerDirty.insert(edge.source);
            layerDirty.insert(edge.target);
        }
    }

    // The entry-service column depends on the Service's own edges only.
    for (const ResourceId& id : std::as_const(layerDirty)) {
        const auto node = m_nodes.find(id);
        if (node == m_nodes.end()
            || (node->kind != ResourceKind::Service && node->kind != ResourceKind::IngressController))
            continue;
        ++m_work.nodesVisited;
        const int layer = layerFor(id);
        if (layer == node->layer)
            continue;
        node->layer = layer;
        structural = true;
        if (!updatedSet.contains(id)) {
            updatedSet.insert(id);
            updatedIds.append(id);
        }
    }

    const bool edgesDiffer = !delta.added.isEmpty() || !delta.removed.isEmpty();

    const bool async = m_asyncThreshold > 0 && m_nodes.size() >= m_asyncThreshold;
    bool laidOut = false;
    if (structural && !async && !m_running) {
        const bool incremental = m_hasLayout && !forceFull;
        const LayoutInput input = layoutInput();
        applyLayout(TopologyLayout::compute(input, incremental ? &m_layout : nullptr), m_inputGeneration);
        laidOut = true;
    }

    std::sort(removedIds.begin(), removedIds.end());
    std::sort(addedIds.begin(), addedIds.end());
    std::sort(updatedIds.begin(), updatedIds.end());
    const QSet<ResourceId> addedSet(addedIds.cbegin(), addedIds.cend());
    for (const ResourceId& id : std::as_const(removedIds))
        Q_EMIT nodeRemoved(id);
    for (const ResourceId& id : std::as_const(addedIds))
        Q_EMIT nodeAdded(id);
    for (const ResourceId& id : std::as_const(updatedIds)) {
        if (!addedSet.contains(id))
            Q_EMIT nodeUpdated(id);
    }
    for (const TopologyEdge& edge : std::as_const(delta.removed))
        Q_EMIT edgeRemoved(edge);
    for (const TopologyEdge& edge : std::as_const(delta.added))
        Q_EMIT edgeAdded(edge);
    if (edgesDiffer)
        Q_EMIT edgesChanged();
    if (matchesChanged)
        Q_EMIT searchMatchesChanged();
    if (laidOut) {
        Q_EMIT layoutChanged();
    } else if (structural) {
        scheduleLayout(forceFull);
    } else if (groupsDirty && m_hasLayout) {
        rebuildGroups();
        Q_EMIT layoutChanged();
    }
}

LayoutInput TopologyModel::layoutInput()
{
    ++m_work.layoutInputs;
    m_inputGeneration = m_generation;
    LayoutInput input;
    input.nodes.reserve(m_nodes.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        input.nodes.append({ it.key(), it->layer, it->origin, it->namespaceName, it->title });
    input.edges.reserve(m_edgeSet.size());
    for (const TopologyEdge& edge : std::as_const(m_edgeSet))
        input.edges.append({ edge.source, edge.target });
    return input;
}

void TopologyModel::scheduleLayout(bool full)
{
    if (m_running || m_layoutDelay.isActive()) {
        m_pending = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    const bool incremental = m_hasLayout && !full;
    const bool async = m_asyncThreshold > 0 && m_nodes.size() >= m_asyncThreshold;
    if (async && m_sinceLayoutEnd.isValid()) {
        const qint64 wait = std::max<qint64>(150, m_lastLayoutMs) - m_sinceLayoutEnd.elapsed();
        if (wait > 0) {
            m_pending = true;
            m_pendingFull = m_pendingFull || full;
            m_layoutDelay.start(int(wait));
            return;
        }
    }
    if (!async) {
        const LayoutInput input = layoutInput();
        applyLayout(TopologyLayout::compute(input, incremental ? &m_layout : nullptr), m_inputGeneration);
        Q_EMIT layoutChanged();
        return;
    }
    m_running = true;
    std::optional<LayoutResult> previous;
    if (incremental)
        previous = m_layout;
    LayoutInput input = layoutInput();
    m_runningGeneration = m_inputGeneration;
    m_layoutClock.start();
    m_watcher->setFuture(QtConcurrent::run([input = std::move(input), previous = std::move(previous)] {
        return TopologyLayout::compute(input, previous ? &*previous : nullptr);
    }));
}

void TopologyModel::onLayoutFinished()
{
    m_running = false;
    m_lastLayoutMs = m_layoutClock.elapsed();
    m_sinceLayoutEnd.start();
    if (m_watcher->future().resultCount() > 0) {
        applyLayout(m_watcher->result(), m_runningGeneration);
        Q_EMIT layoutChanged();
    }
    if (m_pending) {
        const bool full = m_pendingFull;
        m_pending = false;
        m_pendingFull = false;
        scheduleLayout(full);
    }
}

void TopologyModel::applyLayout(const LayoutResult& result, quint64 inputGeneration)
{
    m_layout = result;
    m_hasLayout = true;
    // Placed now: what was added before the input was taken (O(nodes added since), not O(nodes)).
    for (auto it = m_unplaced.begin(); it != m_unplaced.end();) {
        if (it.value() <= inputGeneration)
            it = m_unplaced.erase(it);
        else
            ++it;
    }
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
