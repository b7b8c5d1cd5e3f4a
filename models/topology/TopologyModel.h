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

#include <array>
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
///
/// Collapsed namespaces: a namespace box can be drawn as one summary card (kind Namespace, the
/// namespace's id, TopologyNode::memberCount its nodes). Its resources are then hidden: no nodes of
/// the model (hasNode() false, isHidden() true), and every edge of theirs ends at the card instead
/// (one edge per distinct source, target and type; edges inside the namespace vanish). A namespace
/// starts collapsed when its origin has at least collapseThreshold() nodes and the namespace at
/// least collapseMinimum(), unless it holds an entry point (an IngressController or a Gateway):
/// a large platform opens as 2,000 namespace cards and its ingress controllers, not 27,000 cards
/// and their fans. The operator's choice (setCollapsed, reveal) overrides that; the window keeps
/// the choices across restarts (collapseChoices, setCollapseChoices).
/// A collapse or expansion costs in proportion to the namespace and its edges.
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
    qsizetype nodeCount() const { return m_nodes.size() - m_hidden.size(); }
    bool hasNode(const Domain::ResourceId& id) const { return isNodeVisible(id); }
    /// The node @p id, or nullopt.
    std::optional<TopologyNode> node(const Domain::ResourceId& id) const;
    /// The scene rectangle of node @p id: null while it has no position yet, or is no node (O(1),
    /// no copy of the node).
    QRectF nodeRect(const Domain::ResourceId& id) const;

    /// Every edge, in a stable order (by source, then target, then type). Sorted on the first call
    /// after a change (O(E log E)); views that follow edgeAdded / edgeRemoved need not call it.
    QList<TopologyEdge> edges() const;
    qsizetype edgeCount() const { return m_edgeRefs.size(); }
    bool hasEdge(const TopologyEdge& edge) const { return m_edgeRefs.contains(edge); }
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
    /// Whether @p id matches the live search (valid inside nodeAdded / nodeUpdated handlers too);
    /// a collapsed namespace's card matches when a resource inside it does.
    bool isSearchMatch(const Domain::ResourceId& id) const;
    /// The live search's matching nodes (cards of collapsed namespaces with matches inside
    /// included, hidden resources not), sorted.
    QList<Domain::ResourceId> searchMatches() const;
    /// The number of matching resources, hidden ones included.
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

    /// Collapsing (see the class comment). Changing the policy re-evaluates every namespace that
    /// has no operator's choice.
    static constexpr int defaultCollapseThreshold() { return 1500; }
    static constexpr int defaultCollapseMinimum() { return 1; }
    void setCollapsePolicy(int originThreshold, int namespaceMinimum);
    int collapseThreshold() const { return m_collapseThreshold; }
    int collapseMinimum() const { return m_collapseMinimum; }
    /// Whether the namespace box @p groupKey (TopologyGroup::key) is drawn collapsed.
    bool isCollapsed(const QString& groupKey) const;
    /// The operator collapses or expands the namespace box @p groupKey; kept as their choice.
    void setCollapsed(const QString& groupKey, bool collapsed);
    /// The operator's choices so far, by group key (true: collapsed); collapseChoicesChanged()
    /// tells when one changed (to keep them across restarts).
    QHash<QString, bool> collapseChoices() const { return m_collapseChoices; }
    /// Replaces the operator's choices (kept from an earlier run); namespaces not known yet take
    /// theirs when they appear.
    void setCollapseChoices(const QHash<QString, bool>& choices);
    /// Number of collapsed namespaces, and of the nodes they hide.
    qsizetype collapsedCount() const { return m_summaryBand.size(); }
    qsizetype hiddenCount() const { return m_hidden.size(); }
    /// Whether @p id is a drawn resource inside a collapsed namespace.
    bool isHidden(const Domain::ResourceId& id) const { return m_hidden.contains(id); }
    /// Whether node @p id is the summary card of a collapsed namespace.
    bool isSummary(const Domain::ResourceId& id) const { return m_summaryBand.contains(id); }
    /// The group key of the namespace box of @p id (a node, a hidden resource or a summary card);
    /// empty for cluster-scoped nodes and unknown ids.
    QString namespaceGroupOf(const Domain::ResourceId& id) const;
    /// The node that stands for @p id: itself when it is a node, its namespace's card when it is
    /// hidden, else null.
    Domain::ResourceId representative(const Domain::ResourceId& id) const;
    /// Expands the namespace that hides @p id (as the operator's choice). True when @p id is a node
    /// afterwards.
    bool reveal(const Domain::ResourceId& id);

    /// The column a resource goes to (traffic flows from low to high).
    static int layerOf(Domain::ResourceKind kind);
    /// True for the kinds drawn as nodes (Cluster and Namespace are drawn as boxes instead).
    static bool isNodeKind(Domain::ResourceKind kind);
    /// Whether @p resource is drawn as a card (isNodeKind, or a cloud's managed cluster).
    static bool isNode(const Domain::Resource& resource);

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
    /// The operator collapsed or opened a namespace (see collapseChoices()).
    void collapseChoicesChanged();

private:
    // One namespace box, with what its summary card shows (kept per change, never recounted).
    struct Band
    {
        QString origin;
        QString namespaceName;
        Domain::ResourceId summary; // the card's id (the namespace's id)
        CompactSet<Domain::ResourceId, 32> members;
        std::array<int, Domain::ResourceKindCount> kinds {};
        std::array<int, 5> states {}; // by ResourceState
        std::array<int, 8> layers {};
        int matches = 0;        // members matching the live search
        bool collapsed = false;
        bool matchShown = false; // the card was last announced as a search match
    };
    // What one change did, announced at its end (finish()): nodes and edges whose visibility may
    // have changed, with their state before; nodes whose data changed; bands to re-evaluate.
    struct Change
    {
        QHash<Domain::ResourceId, bool> nodesBefore;
        QSet<Domain::ResourceId> updated;
        QHash<TopologyEdge, bool> edgesBefore;
        QList<Domain::ResourceId> added; // real nodes new in the model (their edges are read)
        QSet<QString> bands;
        QSet<QString> origins;
        QSet<Domain::ResourceId> layerDirty;
        bool structural = false;
        bool groupsDirty = false;
        bool matchesChanged = false;
        bool forceFull = false;
    };

    void onInventoryChanged(const Domain::ChangeBatch& batch);
    void apply(const QList<Domain::ResourcePtr>& upserted, const QList<Domain::ResourcePtr>& removed,
        const QList<Domain::ResolvedRelation>& relationsAdded, const QList<Domain::ResolvedRelation>& relationsRemoved,
        bool forceFull);
    void finish(Change& change);
    TopologyNode makeNode(const Domain::Resource& resource) const;
    TopologyNode makeSummary(const Band& band) const;
    int layerFor(const Domain::ResourceId& id) const;
    bool wanted(const Domain::Resource& resource) const;
    bool matchesSearch(const Domain::Resource& resource) const;
    bool isNodeVisible(const Domain::ResourceId& id) const;
    bool isRealNode(const Domain::ResourceId& id) const;
    void touchNode(Change& change, const Domain::ResourceId& id) const;
    void insertNode(const TopologyNode& node, Change& change);
    void dropNode(const Domain::ResourceId& id, Change& change);
    void replaceNode(TopologyNode& existing, const TopologyNode& node, Change& change);
    void setMatch(const Domain::ResourceId& id, bool match, Change& change);
    Band* bandOf(const TopologyNode& node);
    void countInBand(Band& band, const TopologyNode& node, int sign);
    void joinBand(const TopologyNode& node, Change& change);
    void leaveBand(const TopologyNode& node, Change& change);
    bool wantsCollapsed(const QString& key, const Band& band) const;
    void evaluateBands(Change& change);
    void setBandCollapsed(const QString& key, Band& band, bool collapsed, Change& change);
    void refreshSummary(Band& band, Change& change);
    QList<TopologyEdge> edgesOfMembers(const Band& band) const;
    TopologyEdge visibleEdge(const TopologyEdge& edge) const;
    void refVisible(const TopologyEdge& edge, Change& change);
    void unrefVisible(const TopologyEdge& edge, Change& change);
    void addEdge(const TopologyEdge& edge, Change& change);
    void removeEdge(const TopologyEdge& edge, Change& change);
    void addEdgesOf(const Domain::ResourceId& id, Change& change);
    void removeEdgesOf(const Domain::ResourceId& id, Change& change);
    void scheduleLayout(bool full);
    LayoutInput layoutInput();
    void applyLayout(const LayoutResult& result, quint64 inputGeneration);
    void onLayoutFinished();
    void rebuildGroups();

    Domain::Inventory& m_inventory;
    // Every drawn resource (hidden or not) and the summary cards of collapsed namespaces.
    QHash<Domain::ResourceId, TopologyNode> m_nodes;
    QHash<Domain::ResourceId, Domain::ResourcePtr> m_resources; // of the resources' nodes
    // The resolved relations between drawn resources (a few per node: CompactSet).
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_realOut;
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_realIn;
    // The edges between nodes, each with the number of relations it stands for (1 unless an end
    // is a summary card), and their index.
    QHash<TopologyEdge, int> m_edgeRefs;
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_out;
    QHash<Domain::ResourceId, CompactSet<TopologyEdge>> m_in;
    QHash<QString, Band> m_bands;                  // namespace boxes by group key
    QHash<Domain::ResourceId, Domain::ResourceId> m_hidden; // hidden resource -> its card
    QHash<Domain::ResourceId, QString> m_summaryBand;      // card -> group key
    QHash<QString, int> m_originNodes;             // drawn resources per origin
    QSet<QString> m_largeOrigins;                  // origins at or above the collapse threshold
    QHash<QString, bool> m_collapseChoices;
    int m_collapseThreshold = defaultCollapseThreshold();
    int m_collapseMinimum = defaultCollapseMinimum();
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
