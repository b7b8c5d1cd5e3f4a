#pragma once

#include "models/domain/ChangeBatch.h"
#include "models/topology/TopologyEdge.h"
#include "models/topology/TopologyFilter.h"
#include "models/topology/TopologyGroup.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyNode.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>

#include <optional>

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::Topology {

/// The headless graph behind the topology canvas, in the style of QtNodes' graph model: nodes are
/// the drawn resources of the Inventory addressed by their ResourceId, edges are their relations
/// (plus those implied by details, such as an Ingress rule naming a Service), groups are the
/// cluster and namespace boxes. A view takes the model by reference and only reacts to its signals.
///
/// The model follows Inventory::changed(): each batch becomes nodeRemoved / nodeAdded / nodeUpdated
/// signals, at most one edgesChanged() and, once the new positions are known, one layoutChanged().
/// Layout is incremental (existing nodes keep their place, see TopologyLayout); it runs
/// synchronously for small graphs and on a worker thread (QtConcurrent) above asyncThreshold(), in
/// which case nodes are announced before they have a position (TopologyNode::hasPosition()).
class TopologyModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyModel)

public:
    explicit TopologyModel(Domain::Inventory& inventory, QObject* parent = nullptr);
    ~TopologyModel() override;

    Domain::Inventory& inventory() const { return m_inventory; }

    /// Ids of every node, sorted.
    QList<Domain::ResourceId> nodeIds() const;
    qsizetype nodeCount() const { return m_nodes.size(); }
    bool hasNode(const Domain::ResourceId& id) const { return m_nodes.contains(id); }
    /// The node @p id, or nullopt.
    std::optional<TopologyNode> node(const Domain::ResourceId& id) const;

    /// Every edge, in a stable order (by source, then target).
    QList<TopologyEdge> edges() const { return m_edges; }
    /// Edges touching @p id.
    QList<TopologyEdge> edgesOf(const Domain::ResourceId& id) const;
    /// Nodes one edge away from @p id, sorted.
    QList<Domain::ResourceId> neighbours(const Domain::ResourceId& id) const;

    /// Cluster / namespace boxes of the current layout, outermost first.
    QList<TopologyGroup> groups() const { return m_groups; }
    /// Everything laid out, for fit-to-view.
    QRectF boundingRect() const;
    /// The last layout result (positions of every laid-out node, slabs, columns).
    const LayoutResult& layout() const { return m_layout; }

    /// Restricts the graph to @p filter; nodes leaving it are removed, and the layout is redone.
    void setFilter(const TopologyFilter& filter);
    TopologyFilter filter() const { return m_filter; }

    /// Nodes whose name, namespace, kind or details contain @p text (case-insensitive), sorted.
    QList<Domain::ResourceId> search(const QString& text) const;

    /// Node count from which layout runs on a worker thread; 0: always synchronously.
    void setAsyncThreshold(int nodeCount) { m_asyncThreshold = nodeCount; }
    int asyncThreshold() const { return m_asyncThreshold; }
    bool isLayoutRunning() const { return m_running; }

    /// The column a resource goes to (traffic flows from low to high).
    static int layerOf(Domain::ResourceKind kind);
    /// True for the kinds drawn as nodes (Cluster and Namespace are drawn as boxes instead).
    static bool isNodeKind(Domain::ResourceKind kind);

public Q_SLOTS:
    /// Forgets every position and lays everything out afresh.
    void relayout();

Q_SIGNALS:
    void nodeAdded(const Netloom::Domain::ResourceId& id);
    void nodeRemoved(const Netloom::Domain::ResourceId& id);
    /// Title, subtitle, state or tooltip changed (not the position: see layoutChanged()).
    void nodeUpdated(const Netloom::Domain::ResourceId& id);
    void edgesChanged();
    /// Node positions and groups changed; emitted once per layout.
    void layoutChanged();

private:
    void onInventoryChanged(const Domain::ChangeBatch& batch);
    void apply(const QList<Domain::ResourcePtr>& upserted, const QList<Domain::ResourcePtr>& removed, bool forceFull);
    TopologyNode makeNode(const Domain::Resource& resource) const;
    int layerFor(const Domain::Resource& resource) const;
    bool wanted(const Domain::Resource& resource) const;
    QList<TopologyEdge> computeEdges() const;
    void refreshEntryServices(QList<Domain::ResourceId>& updated);
    void scheduleLayout(bool full);
    LayoutInput layoutInput() const;
    void applyLayout(const LayoutResult& result);
    void onLayoutFinished();
    void rebuildGroups();
    QString entryKey(const QString& origin, const QString& namespaceName, const QString& name) const;

    Domain::Inventory& m_inventory;
    QHash<Domain::ResourceId, TopologyNode> m_nodes;
    QHash<Domain::ResourceId, Domain::ResourcePtr> m_resources; // of the nodes
    QList<TopologyEdge> m_edges;
    QList<TopologyGroup> m_groups;
    LayoutResult m_layout;
    bool m_hasLayout = false;
    TopologyFilter m_filter;
    int m_asyncThreshold = 400;

    QFutureWatcher<LayoutResult>* m_watcher = nullptr;
    bool m_running = false;
    bool m_pending = false;
    bool m_pendingFull = false;
};

} // namespace Netloom::Topology
