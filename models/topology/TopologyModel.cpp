#include "models/topology/TopologyModel.h"

#include "models/core/Background.h"
#include "models/domain/Inventory.h"
#include "models/topology/NodeText.h"
#include "models/topology/Tr.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Netloom::Topology {

using namespace Domain;

namespace {

constexpr int kEntryServiceLayer = 3;
constexpr int kManagedClusterLayer = 4; // right of its node pools

// Kinds that carry traffic (not the ones that secure or restrict it).
bool isTrafficKind(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Certificate:
    case ResourceKind::TlsSecret:
    case ResourceKind::Issuer:
    case ResourceKind::NetworkPolicy:
        return false;
    default:
        return true;
    }
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
    m_layoutDelay.setObjectName(QStringLiteral("topologyLayoutDelay"));
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
    QList<ResourceId> ids;
    ids.reserve(nodeCount());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!m_hidden.contains(it.key()))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool TopologyModel::isNodeVisible(const ResourceId& id) const
{
    return m_nodes.contains(id) && !m_hidden.contains(id);
}

bool TopologyModel::isRealNode(const ResourceId& id) const
{
    return m_nodes.contains(id) && !m_summaryBand.contains(id);
}

std::optional<TopologyNode> TopologyModel::node(const ResourceId& id) const
{
    const auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend() || m_hidden.contains(id))
        return std::nullopt;
    TopologyNode node = *it;
    node.rect = nodeRect(id);
    return node;
}

QRectF TopologyModel::nodeRect(const ResourceId& id) const
{
    if (!m_hasLayout || m_unplaced.contains(id) || !isNodeVisible(id))
        return {};
    return m_layout.nodeRect(id);
}

QList<TopologyEdge> TopologyModel::edges() const
{
    if (!m_sortedEdgesValid) {
        m_sortedEdges = m_edgeRefs.keys();
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
    // the cards of collapsed namespaces match when a resource inside does
    for (Band& band : m_bands) {
        band.matches = 0;
        for (const ResourceId& member : band.members)
            band.matches += matches.contains(member) ? 1 : 0;
        band.matchShown = band.matches > 0;
    }
    if (matches == m_matches)
        return;
    m_matches = std::move(matches);
    Q_EMIT searchMatchesChanged();
}

bool TopologyModel::isSearchMatch(const ResourceId& id) const
{
    const auto summary = m_summaryBand.constFind(id);
    if (summary != m_summaryBand.cend()) {
        const auto band = m_bands.constFind(*summary);
        return band != m_bands.cend() && band->matches > 0;
    }
    return m_matches.contains(id);
}

QList<ResourceId> TopologyModel::searchMatches() const
{
    QList<ResourceId> result;
    for (const ResourceId& id : m_matches) {
        if (!m_hidden.contains(id))
            result.append(id);
    }
    for (auto it = m_summaryBand.cbegin(); it != m_summaryBand.cend(); ++it) {
        if (isSearchMatch(it.key()))
            result.append(it.key());
    }
    std::sort(result.begin(), result.end());
    return result;
}

int TopologyModel::layerOf(ResourceKind kind)
{
    // Traffic runs left to right: a cloud's VDC -> its LANs -> NAT gateway / load balancer -> the
    // LoadBalancer Service of the ingress controller (one column right of the load balancer, so
    // that the edge from the cloud's box enters the Service from the left) -> controller -> class ->
    // ingress -> Service -> pods. Empty columns take no room (a cluster alone starts at its entry).
    switch (kind) {
    case ResourceKind::DnsZone:
    case ResourceKind::DnsRecord:
    case ResourceKind::Vdc:
    case ResourceKind::IpBlock:
        return 0;
    case ResourceKind::IpAddress:
    case ResourceKind::Subnet:
        return 1;
    case ResourceKind::Gateway:
    case ResourceKind::LoadBalancer:
        return kEntryServiceLayer - 1;
    case ResourceKind::NodePool:
    case ResourceKind::IpPool:
        return kEntryServiceLayer;
    case ResourceKind::IngressController:
    case ResourceKind::GatewayApiGateway:
    case ResourceKind::Issuer:
        return 4;
    case ResourceKind::IngressClass:
    case ResourceKind::Certificate:
    case ResourceKind::TlsSecret:
        return 5;
    case ResourceKind::Ingress:
    case ResourceKind::HttpRoute:
        return 6;
    case ResourceKind::Service:
        return 7;
    case ResourceKind::EndpointSummary:
    case ResourceKind::PodSummary:
    case ResourceKind::NetworkPolicy:
        return 8;
    case ResourceKind::Cluster:
        return kManagedClusterLayer; // a cloud's managed cluster (a Kubernetes cluster is a box)
    case ResourceKind::Namespace:
        return 0;
    }
    return 0;
}

bool TopologyModel::isNodeKind(ResourceKind kind)
{
    return kind != ResourceKind::Cluster && kind != ResourceKind::Namespace;
}

bool TopologyModel::isNode(const Resource& resource)
{
    // A Kubernetes cluster is the box around its namespaces; a cloud's managed cluster is a card of
    // its account, linked to the Kubernetes cluster it serves.
    return isNodeKind(resource.kind)
        || (resource.kind == ResourceKind::Cluster && resource.origin.startsWith(QLatin1String("cloud:")));
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
    return isNode(resource) && m_filter.matches(resource);
}

int TopologyModel::layerFor(const ResourceId& id) const
{
    const auto node = m_nodes.constFind(id);
    if (node == m_nodes.cend())
        return 0;
    if (node->kind == ResourceKind::Service) {
        // A Service that exposes an ingress controller is where traffic enters: left of it. Read
        // from its outgoing relations only (O(out-degree)).
        for (const TopologyEdge& edge : m_realOut.value(id)) {
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
    if (resource.kind == ResourceKind::Cluster) {
        for (const Relation& relation : m_inventory.relationsOf(resource.id)) {
            const ResourcePtr served = m_inventory.get(relation.target);
            // first, so that an elided subtitle still says it
            if (relation.type == RelationType::Exposes && served && served->kind == ResourceKind::Cluster)
                node.subtitle = Tr::tr("Serves %1").arg(served->name) + QStringLiteral(" \u00b7 ") + node.subtitle;
        }
    }
    return node;
}

TopologyNode TopologyModel::makeSummary(const Band& band) const
{
    TopologyNode node;
    node.id = band.summary;
    node.kind = ResourceKind::Namespace;
    node.title = band.namespaceName;
    node.namespaceName = band.namespaceName;
    node.origin = band.origin;
    node.memberCount = int(band.members.size());
    // the leftmost column of its resources on the traffic path, so that traffic into the namespace
    // still flows rightwards (a Certificate inside, secured from the left, would pull the card
    // into the column of the IngressClass)
    node.layer = -1;
    for (int layer = 0; layer < int(band.layers.size()); ++layer) {
        if (band.layers[layer] > 0) {
            node.layer = layer;
            break;
        }
    }
    if (node.layer < 0) {
        node.layer = layerOf(ResourceKind::Ingress);
        for (int kind = 0; kind < ResourceKindCount; ++kind) {
            if (band.kinds[kind] > 0)
                node.layer = std::min(node.layer, layerOf(ResourceKind(kind)));
        }
    }
    // the worst state inside: error, warning, progressing, unknown, ok
    using S = ResourceState;
    node.state = S::Ok;
    for (const S state : { S::Error, S::Warning, S::Progressing, S::Unknown }) {
        if (band.states[int(state)] > 0) {
            node.state = state;
            break;
        }
    }
    // "Service ×10 · Ingress ×3": the three most numerous kinds
    QList<QPair<int, int>> kinds; // count, kind
    for (int kind = 0; kind < ResourceKindCount; ++kind) {
        if (band.kinds[kind] > 0)
            kinds.append({ band.kinds[kind], kind });
    }
    std::sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, kinds.size()); ++i)
        parts << Tr::tr("%1 \u00d7%2").arg(displayName(ResourceKind(kinds[i].second))).arg(kinds[i].first);
    if (kinds.size() > 3)
        parts << QStringLiteral("\u2026");
    node.subtitle = parts.join(QStringLiteral(" \u00b7 "));
    const int problems = band.states[int(S::Error)] + band.states[int(S::Warning)];
    node.statusMessage = Tr::tr("Collapsed namespace: %n resource(s) inside.", nullptr, node.memberCount);
    if (problems > 0)
        node.statusMessage += u' ' + Tr::tr("%n with a warning or an error.", nullptr, problems);
    return node;
}

// --- bookkeeping of one change ------------------------------------------------------------------

void TopologyModel::touchNode(Change& change, const ResourceId& id) const
{
    if (!change.nodesBefore.contains(id))
        change.nodesBefore.insert(id, isNodeVisible(id));
}

TopologyModel::Band* TopologyModel::bandOf(const TopologyNode& node)
{
    if (node.namespaceName.isEmpty())
        return nullptr; // the cluster-scoped box never collapses
    const auto it = m_bands.find(TopologyLayout::bandKey(node.origin, node.namespaceName));
    return it == m_bands.end() ? nullptr : &*it;
}

void TopologyModel::countInBand(Band& band, const TopologyNode& node, int sign)
{
    band.kinds[int(node.kind)] += sign;
    band.states[int(node.state)] += sign;
    if (isTrafficKind(node.kind))
        band.layers[std::clamp(node.layer, 0, int(band.layers.size()) - 1)] += sign;
}

void TopologyModel::joinBand(const TopologyNode& node, Change& change)
{
    if (node.namespaceName.isEmpty())
        return;
    const QString key = TopologyLayout::bandKey(node.origin, node.namespaceName);
    auto it = m_bands.find(key);
    if (it == m_bands.end()) {
        Band band;
        band.origin = node.origin;
        band.namespaceName = node.namespaceName;
        band.summary = node.origin.startsWith(QLatin1String("kube:"))
            ? ResourceId::kube(node.origin.mid(5), ResourceKind::Namespace, {}, node.namespaceName)
            : ResourceId::fromString(node.origin + QLatin1String("/namespace//") + node.namespaceName);
        it = m_bands.insert(key, band);
    }
    it->members.insert(node.id);
    countInBand(*it, node, +1);
    if (m_matches.contains(node.id))
        ++it->matches;
    if (it->collapsed)
        m_hidden.insert(node.id, it->summary); // a newcomer to a collapsed namespace starts hidden
    change.bands.insert(key);
}

void TopologyModel::leaveBand(const TopologyNode& node, Change& change)
{
    Band* band = bandOf(node);
    if (!band)
        return;
    band->members.remove(node.id);
    countInBand(*band, node, -1);
    if (m_matches.contains(node.id))
        --band->matches;
    m_hidden.remove(node.id);
    change.bands.insert(TopologyLayout::bandKey(node.origin, node.namespaceName));
}

void TopologyModel::insertNode(const TopologyNode& node, Change& change)
{
    touchNode(change, node.id);
    m_nodes.insert(node.id, node);
    ++m_originNodes[node.origin];
    change.origins.insert(node.origin);
    joinBand(node, change);
    if (!m_hidden.contains(node.id)) {
        m_unplaced.insert(node.id, ++m_generation);
        change.structural = true;
    }
    change.added.append(node.id);
}

void TopologyModel::dropNode(const ResourceId& id, Change& change)
{
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    touchNode(change, id);
    if (!m_hidden.contains(id))
        change.structural = true;
    removeEdgesOf(id, change);
    const TopologyNode node = *it;
    leaveBand(node, change);
    m_nodes.erase(it);
    if (--m_originNodes[node.origin] <= 0)
        m_originNodes.remove(node.origin);
    change.origins.insert(node.origin);
    m_unplaced.remove(id);
    m_resources.remove(id);
    change.matchesChanged |= m_matches.remove(id);
    change.updated.remove(id);
}

void TopologyModel::replaceNode(TopologyNode& existing, const TopologyNode& node, Change& change)
{
    if (Band* band = bandOf(existing)) {
        countInBand(*band, existing, -1);
        countInBand(*band, node, +1);
        change.bands.insert(TopologyLayout::bandKey(node.origin, node.namespaceName));
    }
    existing = node;
    change.updated.insert(node.id);
}

void TopologyModel::setMatch(const ResourceId& id, bool match, Change& change)
{
    if (m_matches.contains(id) == match)
        return;
    if (match)
        m_matches.insert(id);
    else
        m_matches.remove(id);
    change.matchesChanged = true;
    const auto node = m_nodes.constFind(id);
    if (node == m_nodes.cend())
        return; // counted by joinBand
    if (Band* band = bandOf(*node)) {
        band->matches += match ? 1 : -1;
        change.bands.insert(TopologyLayout::bandKey(node->origin, node->namespaceName));
    }
}

// --- collapsing ---------------------------------------------------------------------------------

bool TopologyModel::wantsCollapsed(const QString& key, const Band& band) const
{
    if (band.members.isEmpty())
        return false;
    const auto choice = m_collapseChoices.constFind(key);
    if (choice != m_collapseChoices.cend())
        return *choice;
    // the platform's entry points (an ingress controller, a Gateway) stay in view
    const bool entry = band.kinds[int(ResourceKind::IngressController)] > 0
        || band.kinds[int(ResourceKind::GatewayApiGateway)] > 0;
    return m_largeOrigins.contains(band.origin) && !entry && band.members.size() >= m_collapseMinimum;
}

void TopologyModel::evaluateBands(Change& change)
{
    // an origin that crossed the threshold re-evaluates all of its namespaces (once per crossing)
    for (const QString& origin : std::as_const(change.origins)) {
        const bool large = m_collapseThreshold > 0 && m_originNodes.value(origin) >= m_collapseThreshold;
        if (large == m_largeOrigins.contains(origin))
            continue;
        if (large)
            m_largeOrigins.insert(origin);
        else
            m_largeOrigins.remove(origin);
        for (auto it = m_bands.cbegin(); it != m_bands.cend(); ++it) {
            if (it->origin == origin)
                change.bands.insert(it.key());
        }
    }
    QList<QString> keys(change.bands.cbegin(), change.bands.cend());
    std::sort(keys.begin(), keys.end()); // the same order whatever the hash seed
    for (const QString& key : std::as_const(keys)) {
        const auto it = m_bands.find(key);
        if (it == m_bands.end())
            continue;
        const bool collapse = wantsCollapsed(key, *it);
        if (collapse != it->collapsed)
            setBandCollapsed(key, *it, collapse, change);
        else if (it->collapsed)
            refreshSummary(*it, change);
        if (it->members.isEmpty())
            m_bands.erase(it);
    }
    change.bands.clear();
}

QList<TopologyEdge> TopologyModel::edgesOfMembers(const Band& band) const
{
    QList<TopologyEdge> edges;
    for (const ResourceId& member : band.members) {
        for (const TopologyEdge& edge : m_realOut.value(member))
            edges.append(edge);
        // an edge between two members is in the list once, from its source
        for (const TopologyEdge& edge : m_realIn.value(member)) {
            if (!band.members.contains(edge.source))
                edges.append(edge);
        }
    }
    return edges;
}

void TopologyModel::setBandCollapsed(const QString& key, Band& band, bool collapsed, Change& change)
{
    const QList<TopologyEdge> edges = edgesOfMembers(band);
    for (const TopologyEdge& edge : edges)
        unrefVisible(visibleEdge(edge), change);
    touchNode(change, band.summary);
    for (const ResourceId& member : band.members) {
        ++m_work.nodesVisited;
        touchNode(change, member);
        if (collapsed) {
            m_hidden.insert(member, band.summary);
            m_unplaced.remove(member);
        } else {
            m_hidden.remove(member);
            m_unplaced.insert(member, ++m_generation); // placed by the next layout
        }
    }
    band.collapsed = collapsed;
    if (collapsed) {
        m_nodes.insert(band.summary, makeSummary(band));
        m_summaryBand.insert(band.summary, key);
        m_unplaced.insert(band.summary, ++m_generation);
        band.matchShown = band.matches > 0;
    } else {
        m_nodes.remove(band.summary);
        m_summaryBand.remove(band.summary);
        m_unplaced.remove(band.summary);
        change.updated.remove(band.summary);
    }
    for (const TopologyEdge& edge : edges)
        refVisible(visibleEdge(edge), change);
    change.structural = true;
}

void TopologyModel::refreshSummary(Band& band, Change& change)
{
    const auto it = m_nodes.find(band.summary);
    if (it == m_nodes.end())
        return;
    const TopologyNode summary = makeSummary(band);
    const bool match = band.matches > 0;
    if (summary == *it && match == band.matchShown)
        return;
    if (summary.layer != it->layer)
        change.structural = true;
    *it = summary;
    band.matchShown = match;
    change.updated.insert(band.summary);
}

bool TopologyModel::isCollapsed(const QString& groupKey) const
{
    const auto it = m_bands.constFind(groupKey);
    return it != m_bands.cend() && it->collapsed;
}

void TopologyModel::setCollapsed(const QString& groupKey, bool collapsed)
{
    const auto previous = m_collapseChoices.constFind(groupKey);
    const bool changed = previous == m_collapseChoices.cend() || *previous != collapsed;
    m_collapseChoices.insert(groupKey, collapsed);
    Change change;
    change.bands.insert(groupKey);
    evaluateBands(change);
    finish(change);
    if (changed)
        Q_EMIT collapseChoicesChanged();
}

void TopologyModel::setCollapseChoices(const QHash<QString, bool>& choices)
{
    if (choices == m_collapseChoices)
        return;
    Change change;
    for (auto it = m_collapseChoices.cbegin(); it != m_collapseChoices.cend(); ++it)
        change.bands.insert(it.key());
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        change.bands.insert(it.key());
    m_collapseChoices = choices;
    evaluateBands(change);
    finish(change);
    Q_EMIT collapseChoicesChanged();
}

void TopologyModel::setCollapsePolicy(int originThreshold, int namespaceMinimum)
{
    m_collapseThreshold = originThreshold;
    m_collapseMinimum = namespaceMinimum;
    Change change;
    for (auto it = m_originNodes.cbegin(); it != m_originNodes.cend(); ++it)
        change.origins.insert(it.key());
    for (auto it = m_bands.cbegin(); it != m_bands.cend(); ++it)
        change.bands.insert(it.key());
    evaluateBands(change);
    finish(change);
}

QString TopologyModel::namespaceGroupOf(const ResourceId& id) const
{
    const auto summary = m_summaryBand.constFind(id);
    if (summary != m_summaryBand.cend())
        return *summary;
    const auto node = m_nodes.constFind(id);
    if (node == m_nodes.cend() || node->namespaceName.isEmpty())
        return {};
    return TopologyLayout::bandKey(node->origin, node->namespaceName);
}

ResourceId TopologyModel::representative(const ResourceId& id) const
{
    const auto hidden = m_hidden.constFind(id);
    if (hidden != m_hidden.cend())
        return *hidden;
    return m_nodes.contains(id) ? id : ResourceId();
}

bool TopologyModel::reveal(const ResourceId& id)
{
    if (m_hidden.contains(id))
        setCollapsed(namespaceGroupOf(id), false);
    return hasNode(id);
}

// --- edges --------------------------------------------------------------------------------------

TopologyEdge TopologyModel::visibleEdge(const TopologyEdge& edge) const
{
    return { m_hidden.value(edge.source, edge.source), m_hidden.value(edge.target, edge.target), edge.type };
}

void TopologyModel::refVisible(const TopologyEdge& edge, Change& change)
{
    if (edge.source == edge.target)
        return; // inside a collapsed namespace
    const auto it = m_edgeRefs.find(edge);
    if (it != m_edgeRefs.end()) {
        ++*it;
        return;
    }
    if (!change.edgesBefore.contains(edge))
        change.edgesBefore.insert(edge, false);
    m_edgeRefs.insert(edge, 1);
    m_out[edge.source].insert(edge);
    m_in[edge.target].insert(edge);
    m_sortedEdgesValid = false;
}

void TopologyModel::unrefVisible(const TopologyEdge& edge, Change& change)
{
    const auto it = m_edgeRefs.find(edge);
    if (it == m_edgeRefs.end() || --*it > 0)
        return;
    if (!change.edgesBefore.contains(edge))
        change.edgesBefore.insert(edge, true);
    m_edgeRefs.erase(it);
    const auto eraseFrom = [&edge](QHash<ResourceId, CompactSet<TopologyEdge>>& index, const ResourceId& id) {
        const auto at = index.find(id);
        if (at == index.end())
            return;
        at->remove(edge);
        if (at->isEmpty())
            index.erase(at);
    };
    eraseFrom(m_out, edge.source);
    eraseFrom(m_in, edge.target);
    m_sortedEdgesValid = false;
}

void TopologyModel::addEdge(const TopologyEdge& edge, Change& change)
{
    ++m_work.edgesVisited;
    if (!isRealNode(edge.source) || !isRealNode(edge.target))
        return;
    // Containment is a box (cluster, namespace), except that a VDC, a card, leads to its LANs: the
    // first hop of the cloud's path (VDC -> LANs -> gateway / load balancer).
    if (edge.type == RelationType::Contains
        && (m_nodes.value(edge.source).kind != ResourceKind::Vdc || m_nodes.value(edge.target).kind != ResourceKind::Subnet))
        return;
    CompactSet<TopologyEdge>& out = m_realOut[edge.source];
    if (out.contains(edge))
        return;
    out.insert(edge);
    m_realIn[edge.target].insert(edge);
    change.layerDirty.insert(edge.source);
    change.layerDirty.insert(edge.target);
    refVisible(visibleEdge(edge), change);
}

void TopologyModel::removeEdge(const TopologyEdge& edge, Change& change)
{
    ++m_work.edgesVisited;
    const auto out = m_realOut.find(edge.source);
    if (out == m_realOut.end() || !out->contains(edge))
        return;
    out->remove(edge);
    if (out->isEmpty())
        m_realOut.erase(out);
    const auto in = m_realIn.find(edge.target);
    if (in != m_realIn.end()) {
        in->remove(edge);
        if (in->isEmpty())
            m_realIn.erase(in);
    }
    change.layerDirty.insert(edge.source);
    change.layerDirty.insert(edge.target);
    unrefVisible(visibleEdge(edge), change);
}

void TopologyModel::addEdgesOf(const ResourceId& id, Change& change)
{
    for (const Relation& relation : m_inventory.relationsOf(id))
        addEdge({ id, relation.target, relation.type }, change);
    for (const ResolvedRelation& relation : m_inventory.incomingOf(id))
        addEdge({ relation.source, id, relation.type }, change);
}

void TopologyModel::removeEdgesOf(const ResourceId& id, Change& change)
{
    const CompactSet<TopologyEdge> out = m_realOut.value(id);
    const CompactSet<TopologyEdge> in = m_realIn.value(id);
    for (const TopologyEdge& edge : out)
        removeEdge(edge, change);
    for (const TopologyEdge& edge : in)
        removeEdge(edge, change);
}

// --- one change ---------------------------------------------------------------------------------

void TopologyModel::apply(const QList<ResourcePtr>& upserted, const QList<ResourcePtr>& removed,
    const QList<ResolvedRelation>& relationsAdded, const QList<ResolvedRelation>& relationsRemoved, bool forceFull)
{
    Change change;
    change.structural = forceFull;
    change.forceFull = forceFull;

    for (const ResourcePtr& resource : removed) {
        ++m_work.nodesVisited;
        if (!isNode(*resource)) {
            change.groupsDirty = true;
            continue;
        }
        dropNode(resource->id, change);
    }
    for (const ResourcePtr& resource : upserted) {
        ++m_work.nodesVisited;
        if (!isNode(*resource)) {
            change.groupsDirty = true;
            continue;
        }
        if (!wanted(*resource)) {
            dropNode(resource->id, change);
            continue;
        }
        m_resources.insert(resource->id, resource);
        setMatch(resource->id, matchesSearch(*resource), change);
        TopologyNode node = makeNode(*resource);
        change.layerDirty.insert(resource->id);
        const auto existing = m_nodes.find(resource->id);
        if (existing == m_nodes.end()) {
            insertNode(node, change);
            continue;
        }
        node.layer = existing->layer;
        if (node.namespaceName != existing->namespaceName || node.origin != existing->origin) {
            // another box: leave the old one as a removal, join the new one as an addition
            dropNode(resource->id, change);
            m_resources.insert(resource->id, resource);
            setMatch(resource->id, matchesSearch(*resource), change);
            insertNode(node, change);
            continue;
        }
        if (node != *existing)
            replaceNode(*existing, node, change);
    }

    // Edges: after a filter change every node's relations (nodes that re-entered it); else the new
    // nodes' relations (they may predate them) and the batch's relation changes.
    if (forceFull) {
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            if (m_summaryBand.contains(it.key()))
                continue;
            for (const Relation& relation : m_inventory.relationsOf(it.key()))
                addEdge({ it.key(), relation.target, relation.type }, change);
        }
    } else {
        for (const ResourceId& id : std::as_const(change.added))
            addEdgesOf(id, change);
    }
    for (const ResolvedRelation& relation : relationsRemoved)
        removeEdge({ relation.source, relation.target, relation.type }, change);
    for (const ResolvedRelation& relation : relationsAdded) {
        if (m_inventory.hasRelation(relation))
            addEdge({ relation.source, relation.target, relation.type }, change);
    }
    // A managed cluster's card names the Kubernetes cluster it serves (that cluster is a box, not
    // a card, so the link is no edge): its text follows the relation.
    for (const QList<ResolvedRelation>* relations : { &relationsAdded, &relationsRemoved }) {
        for (const ResolvedRelation& relation : *relations) {
            const auto node = m_nodes.find(relation.source);
            const ResourcePtr resource = m_resources.value(relation.source);
            if (node == m_nodes.end() || node->kind != ResourceKind::Cluster || !resource)
                continue;
            change.groupsDirty = true; // the served cluster's box names it
            TopologyNode now = makeNode(*resource);
            now.layer = node->layer;
            if (now != *node)
                replaceNode(*node, now, change);
        }
    }

    // The entry-service column depends on the Service's own relations only.
    for (const ResourceId& id : std::as_const(change.layerDirty)) {
        const auto node = m_nodes.find(id);
        if (node == m_nodes.end()
            || (node->kind != ResourceKind::Service && node->kind != ResourceKind::IngressController))
            continue;
        ++m_work.nodesVisited;
        const int layer = layerFor(id);
        if (layer == node->layer)
            continue;
        TopologyNode moved = *node;
        moved.layer = layer;
        replaceNode(*node, moved, change);
        if (!m_hidden.contains(id))
            change.structural = true;
    }

    evaluateBands(change);
    finish(change);
}

void TopologyModel::finish(Change& change)
{
    QList<ResourceId> addedIds;
    QList<ResourceId> removedIds;
    QList<ResourceId> updatedIds;
    for (auto it = change.nodesBefore.cbegin(); it != change.nodesBefore.cend(); ++it) {
        const bool now = isNodeVisible(it.key());
        if (it.value() && !now)
            removedIds.append(it.key());
        else if (!it.value() && now)
            addedIds.append(it.key());
    }
    const QSet<ResourceId> addedSet(addedIds.cbegin(), addedIds.cend());
    for (const ResourceId& id : std::as_const(change.updated)) {
        if (isNodeVisible(id) && !addedSet.contains(id))
            updatedIds.append(id);
    }
    QList<TopologyEdge> edgesAdded;
    QList<TopologyEdge> edgesRemoved;
    for (auto it = change.edgesBefore.cbegin(); it != change.edgesBefore.cend(); ++it) {
        const bool now = m_edgeRefs.contains(it.key());
        if (it.value() && !now)
            edgesRemoved.append(it.key());
        else if (!it.value() && now)
            edgesAdded.append(it.key());
    }

    const bool async = m_asyncThreshold > 0 && nodeCount() >= m_asyncThreshold;
    bool laidOut = false;
    if (change.structural && !async && !m_running) {
        const bool incremental = m_hasLayout && !change.forceFull;
        const LayoutInput input = layoutInput();
        applyLayout(TopologyLayout::compute(input, incremental ? &m_layout : nullptr), m_inputGeneration);
        laidOut = true;
    }

    std::sort(removedIds.begin(), removedIds.end());
    std::sort(addedIds.begin(), addedIds.end());
    std::sort(updatedIds.begin(), updatedIds.end());
    std::sort(edgesRemoved.begin(), edgesRemoved.end(), edgeLess);
    std::sort(edgesAdded.begin(), edgesAdded.end(), edgeLess);
    for (const ResourceId& id : std::as_const(removedIds))
        Q_EMIT nodeRemoved(id);
    for (const ResourceId& id : std::as_const(addedIds))
        Q_EMIT nodeAdded(id);
    for (const ResourceId& id : std::as_const(updatedIds))
        Q_EMIT nodeUpdated(id);
    for (const TopologyEdge& edge : std::as_const(edgesRemoved))
        Q_EMIT edgeRemoved(edge);
    for (const TopologyEdge& edge : std::as_const(edgesAdded))
        Q_EMIT edgeAdded(edge);
    if (!edgesAdded.isEmpty() || !edgesRemoved.isEmpty())
        Q_EMIT edgesChanged();
    if (change.matchesChanged)
        Q_EMIT searchMatchesChanged();
    if (laidOut) {
        Q_EMIT layoutChanged();
    } else if (change.structural) {
        scheduleLayout(change.forceFull);
    } else if (change.groupsDirty && m_hasLayout) {
        rebuildGroups();
        Q_EMIT layoutChanged();
    }
}

LayoutInput TopologyModel::layoutInput()
{
    ++m_work.layoutInputs;
    m_inputGeneration = m_generation;
    LayoutInput input;
    input.nodes.reserve(nodeCount());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!m_hidden.contains(it.key()))
            input.nodes.append({ it.key(), it->layer, it->origin, it->namespaceName, it->title });
    }
    input.edges.reserve(m_edgeRefs.size());
    for (auto it = m_edgeRefs.cbegin(); it != m_edgeRefs.cend(); ++it)
        input.edges.append({ it.key().source, it.key().target });
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
    const bool async = m_asyncThreshold > 0 && nodeCount() >= m_asyncThreshold;
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
    m_watcher->setFuture(runInBackground([input = std::move(input), previous = std::move(previous)] {
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
            if (cluster->origin != it.key() || isNode(*cluster))
                continue; // a cloud account's box is the account, not one of its managed clusters
            group.resource = cluster->id;
            group.title = cluster->name;
            QStringList parts { displayName(ResourceKind::Cluster) };
            if (const auto* d = cluster->as<ClusterDetails>()) {
                if (!d->version.isEmpty())
                    parts << d->version;
                if (!d->provider.isEmpty())
                    parts << d->provider;
            }
            for (const ResolvedRelation& relation : m_inventory.incomingOf(cluster->id)) {
                const ResourcePtr managed = m_inventory.get(relation.source);
                if (relation.type == RelationType::Exposes && managed && managed->kind == ResourceKind::Cluster)
                    parts << Tr::tr("managed cluster %1 of %2").arg(managed->name, managed->origin);
            }
            group.subtitle = parts.join(QStringLiteral(" \u00b7 "));
            break;
        }
        if (group.subtitle.isEmpty() && it.key().startsWith(QLatin1String("cloud:"))) {
            group.title = it.key().mid(6); // the account ("ionos")
            group.subtitle = Tr::tr("Cloud account");
        } else if (group.subtitle.isEmpty()) {
            group.subtitle = Tr::tr("Cluster");
        }
        m_groups.append(group);
    }
    for (const LayoutSlab& slab : std::as_const(m_layout.slabs)) {
        if (slab.type != LayoutSlab::Type::Band)
            continue;
        const QString key = TopologyLayout::bandKey(slab.origin, slab.namespaceName);
        const auto rect = m_layout.bandRects.constFind(key);
        if (rect == m_layout.bandRects.cend() || isCollapsed(key))
            continue; // a collapsed namespace is its card
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
