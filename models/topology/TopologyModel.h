#pragma once

#include "models/core/CompactSet.h"
#include "models/domain/ChangeBatch.h"
#include "models/topology/TopologyEdge.h"
#include "models/topology/TopologyFilter.h"
#include "models/topology/TopologyGroup.h"
#include "models/topology/TopologyLayout.h"
#include "models/topology/TopologyNode.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::Topology {

/// The headless graph behind the topology canvas, in the style of QtNodes' graph model: nodes are
/// the drawn resources of the Inventory addressed by their ResourceId, edges are the Inventory's
/// resolved relations between two nodes (Inventory::relationsOf; the direction of traffic is the
/// RelationResolver's, never derived again here), groups are the cluster and namespace boxes. A
/// view takes the model by reference and only reacts to its signals.
///
/// The model follows Inventory::changed(): each batch becomes nodeRemoved / nodeAdded / nodeUpdated
/// signals, edgeRemoved / edgeAdded per edge and at most one edgesChanged(), at most one
/// searchMatchesChanged() and, once the new positions are known, one layoutChanged(). The work of a
/// batch is proportional to the batch and the degree of its nodes, never to the graph (the layout
/// run excepted, see TopologyLayout), see workCounters().
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
    /// The scene rectangle of node @p id: null while it has no position yet, or is no node (O(1),
    /// no copy of the node).
    QRectF nodeRect(const Domain::ResourceId& id) const;

    /// Every edge, in a stable order (by source, then target, then type). Sorted on the first call
    /// after a change (O(E log E)); views that follow edgeAdded / edgeRemoved need not call it.
    QList<TopologyEdge> edges() const;
    qsizetype edgeCount() const { return m_edgeSet.size(); }
    bool hasEdge(const TopologyEdge& edge) const { return m_edgeSet.contains(edge); }
    /// Edges touching @p id, sorted (O(degree)).
    QList<TopologyEdge> edgesOf(const Domain::ResourceId& id) const;
    /// Edges leaving / entering @p id, sorted (O(degree)).
    QList<TopologyEdge> outgoingEdges(const Domain::ResourceId& id) const;
    QList<TopologyEdge> incomingEdges(const Domain::ResourceId& id) const;
    /// Nodes one edge away from @p id, sorted (O(degree)).
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
    /// A scan of every node: for a one-off query. The live search is setSearchText().
    QList<Domain::ResourceId> search(const QString& text) const;

    /// The live search: the match set is computed once here (O(nodes)) and then kept up to date
    /// per batch from the batch's nodes only; searchMatchesChanged() tells when it changed. An
    /// empty text matches nothing.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchNeedle; }
    /// Whether @p id matches the live search (valid inside nodeAdded / nodeUpdated handlers too).
    bool isSearchMatch(const Domain::ResourceId& id) const { return m_matches.contains(id); }
    /// The live search's matches, sorted.
    QList<Domain::ResourceId> searchMatches() const;
    qsizetype searchMatchCount() const { return m_matches.size(); }

    /// Work done since the last resetWorkCounters(), for scale tests: nodes and edges looked at.
    struct WorkCounters
    {
        qint64 nodesVisited = 0; ///< nodes touched by batches (added, updated, removed, relayered, search)
        qint64 edgesVisited = 0; ///< edges added, removed or looked at
        qint64 layoutInputs = 0; ///< layout inputs built (each O(nodes + edges))
    };
    const WorkCounters& workCounters() const { return m_work; }
    void resetWorkCounters() { m_work = {}; }

    /// Node count from which layout runs on a worker thread; 0: always synchronously.
    void setAsyncThreshold(int nodeCount) { m_asyncThreshold = nodeCount; }
    int asyncThreshold() const { return m_asyncThreshold; }
    /// True while a layout runs on the worker, or waits to (see scheduleLayout's pacing).
    bool isLayoutRunning() const { return m_running || m_layoutDelay.isActive(); }

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
    /// One edge appeared / disappeared (per edge, before edgesChanged()).
    void edgeAdded(const Netloom::Topology::TopologyEdge& edge);
    void edgeRemoved(const Netloom::Topology::TopologyEdge& edge);
    /// Once per batch in which edges changed.
    void edgesChanged();
    /// The live search's match set changed (once per batch at most).
    void searchMatchesChanged();
    /// Node positions and groups changed; emitted once per layout.
    void layoutChanged();

private:
    struct EdgeDelta
    {
        QList<TopologyEdge> added;
        QList<TopologyEdge> removed;
    };

    void onInventoryChanged(const Domain::ChangeBatch& batch);
    void apply(const QList<Domain::ResourcePtr>& upserted, const QList<Domain::ResourcePtr>& removed,
        const QList<Domain::ResolvedRelation>& relationsAdded, const QList<Domain::ResolvedRelation>& relationsRemoved,
        bool forceFull);
    TopologyNode makeNode(const Domain::Resource& resource) const;
    int layerFor(const Domain::ResourceId& id) const;
    bool wanted(const Domain::Resource& resource) const;
    bool matchesSearch(const Domain::Resource& resource) const;
    void addEdge(const TopologyEdge& edge, EdgeDelta& delta);
    void removeEdge(const TopologyEdge& edge, EdgeDelta& delta);
    void addEdgesOf(const Domain::ResourceId& id, EdgeDelta& delta);
    void removeEdgesOf(const Domain::ResourceId& id, EdgeDelta& delta);
    void scheduleLayout(bool full);
    LayoutInput layoutInput();
    void applyLayout(const LayoutResult& result, quint64 inputGeneration);
    void onLayoutFinished();
    void rebuildGroups();

    Domain::Inventory& m_inventory;
    QHash<Domain::ResourceId, TopologyNode> m_nodes;
    QHash<Domain::ResourceId, Domain::ResourcePtr> m_resources; // of the nodes
    QSet<TopologyEdge> m_edgeSet;
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_out; // a few edges per node: CompactSet
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_in;
    mutable QList<TopologyEdge> m_sortedEdges;
    mutable bool m_sortedEdgesValid = true;
    QString m_searchNeedle;
    QSet<Domain::ResourceId> m_matches;
    WorkCounters m_work;
    QList<TopologyGroup> m_groups;
    // Positions are read from the last layout result (nodeRect()), never copied into the nodes: a
    // result applied is O(groups), not O(nodes). A node added since the input of that result was
    // taken has no position yet, even if an earlier node of the same id had one there.
    LayoutResult m_layout;
    bool m_hasLayout = false;
    QHash<Domain::ResourceId, quint64> m_unplaced; // added nodes -> generation of their addition
    quint64 m_generation = 0;        // counts node additions
    quint64 m_inputGeneration = 0;   // m_generation when the last layout input was taken
    quint64 m_runningGeneration = 0; // the same, of the layout running on the worker
    TopologyFilter m_filter;
    int m_asyncThreshold = 400;

    QFutureWatcher<LayoutResult>* m_watcher = nullptr;
    // Pacing of worker layouts: the next starts no sooner after the last one ended than that one
    // took (150 ms at least). While a large first sync streams in, batch after batch, each layout
    // moves most cards once more (a namespace sorted in shifts every band below it), and the scene
    // pays for each move on the GUI thread; paced, the layouts take about half the time at most.
    QTimer m_layoutDelay;
    QElapsedTimer m_sinceLayoutEnd;
    QElapsedTimer m_layoutClock;
    qint64 m_lastLayoutMs = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_pendingFull = false;
};

} // namespace Netloom::Topology
