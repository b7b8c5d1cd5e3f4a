#pragma once

#include "models/domain/ResourceId.h"
#include "models/topology/TopologyEdge.h"
#include "models/topology/TopologyGroup.h"
#include "widgets/TopologyTheme.h"

#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Netloom::Topology {
class TopologyModel;
}

namespace Netloom::Widgets {

class EdgeItem;
class GroupItem;
class NodeItem;
class ResourceSelection;

/// The topology canvas' scene. Takes the TopologyModel by reference and only reacts to its
/// signals (QtNodes style): one NodeItem per node, one EdgeItem per edge, one GroupItem per box,
/// each created, updated or removed on its own, gliding to new positions when the layout changes
/// (never a rebuild per batch). Its selection follows and drives the window's ResourceSelection.
///
/// Scale: the work of one model batch costs in proportion to the batch (edges follow the model's
/// edgeAdded / edgeRemoved; the search is the model's live search, a card asks isSearchMatch() when
/// it is created or updated; emphasis is applied to the new items only). Up to immediateItemLimit() items are created
/// or placed at once, in the model's signal; more (a platform's first sync, a layout of 25,000 cards) are done in
/// slices of at most a few milliseconds across event-loop turns, so that the GUI never stalls (isSettled() tells when
/// all is done). Moves and fades are animated only while the scene has at most animatedSceneLimit() cards: thousands of
/// animations would cost more than they show.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    TopologyScene(Topology::TopologyModel& model, ResourceSelection& selection, QObject* parent = nullptr);
    ~TopologyScene() override;

    Topology::TopologyModel& model() const { return m_model; }
    const TopologyTheme& theme() const { return m_theme; }
    void setTheme(const TopologyTheme& theme);

    NodeItem* nodeItem(const Domain::ResourceId& id) const { return m_nodes.value(id); }
    QList<NodeItem*> nodeItems() const { return m_nodes.values(); }
    qsizetype nodeItemCount() const { return m_nodes.size(); }
    EdgeItem* edgeItem(const Topology::TopologyEdge& edge) const { return m_edges.value(edge); }
    qsizetype edgeItemCount() const { return m_edges.size(); }
    GroupItem* groupItem(const QString& key) const { return m_groups.value(key); }
    /// The box of the Cluster / Namespace resource @p id, or nullptr.
    GroupItem* groupItemFor(const Domain::ResourceId& id) const;
    QList<GroupItem*> groupItems() const { return m_groups.values(); }

    /// Gentle animations of moves, appearances and removals (on by default).
    void setAnimationsEnabled(bool enabled) { m_animate = enabled; }
    bool animationsEnabled() const { return m_animate; }
    static constexpr int animatedSceneLimit() { return 2000; }
    /// A layout moving more cards than this places them at once, without gliding.
    static constexpr int animatedMoveLimit() { return 100; }
    static constexpr int immediateItemLimit() { return 150; }

    /// True when every node, edge and position the model announced has its item (no slice pending).
    bool isSettled() const;
    bool isWorking() const { return m_working; }
    /// Does all pending work now, in one go (tests; shutdown).
    void settle();

    /// Highlights the nodes matching @p text and dims the others; returns the number of matches.
    /// Sets the model's live search (TopologyModel::setSearchText); nodes added later are matched
    /// by the model per batch, and searchMatchesChanged() comes once per batch that changed them.
    int setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    /// The matching nodes, sorted.
    QList<Domain::ResourceId> searchMatches() const;

    /// Emphasises @p id and its neighbours (a null id ends the emphasis). Called by hovered cards.
    void setHoveredNode(const Domain::ResourceId& id);
    Domain::ResourceId hoveredNode() const { return m_hovered; }

    /// Makes @p id the window's current resource.
    void selectResource(const Domain::ResourceId& id);

    /// Collapses or expands the namespace box @p groupKey (the operator's choice; see
    /// TopologyModel::setCollapsed). A double-click on a collapsed namespace's card expands it, one
    /// on an open namespace's header collapses it; the context menu offers both.
    void setNamespaceCollapsed(const QString& groupKey, bool collapsed);

    /// The laid-out area (the model's bounding rectangle).
    QRectF contentRect() const;

Q_SIGNALS:
    /// Items were given the positions of a new layout.
    void layoutApplied();
    /// True while the scene works through a big change in slices (the view does not repaint
    /// meanwhile: one paint of thousands of items per slice would cost more than the slices).
    void workingChanged(bool working);
    void searchMatchesChanged(int count);
    /// A card (not a namespace's summary) was double-clicked.
    void nodeActivated(const Netloom::Domain::ResourceId& id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    /// The namespace group key under @p scenePos: of a card, a collapsed namespace's card or an open
    /// namespace's box; empty elsewhere.
    QString namespaceGroupAt(const QPointF& scenePos) const;
    void onNodeAdded(const Domain::ResourceId& id);
    void onNodeRemoved(const Domain::ResourceId& id);
    void onNodeUpdated(const Domain::ResourceId& id);
    void onEdgeAdded(const Topology::TopologyEdge& edge);
    void onEdgeRemoved(const Topology::TopologyEdge& edge);
    void onSearchMatchesChanged();
    void onLayoutChanged();
    void onSceneSelectionChanged();
    void onCurrentChanged(const Domain::ResourceId& id);
    void createNodeItem(const Domain::ResourceId& id);
    void addEdge(const Topology::TopologyEdge& edge);
    void removeEdgesOf(NodeItem* node);
    void refreshEmphasis();
    void applyEmphasis(NodeItem* node) const;
    void applyEmphasis(EdgeItem* edge) const;
    bool animateNow() const;
    void fadeIn(QGraphicsObject* item);
    void startFades();
    void fadeOutAndDelete(QGraphicsObject* item);
    void placeNode(NodeItem* item, bool animate);
    void applyGroup(const Topology::TopologyGroup& group, bool animate);
    void removeStaleGroups();
    void updateSceneRect();
    // the work queue: nodes to create, edges to create, layout positions to apply
    void runWork();
    bool doWork(int maxItems, qint64 deadlineNs);
    void countItems(int items);
    void setWorking(bool working);

    Topology::TopologyModel& m_model;
    ResourceSelection& m_selection;
    TopologyTheme m_theme;
    QHash<Domain::ResourceId, NodeItem*> m_nodes;
    QHash<Topology::TopologyEdge, EdgeItem*> m_edges;
    QHash<QString, GroupItem*> m_groups;
    QString m_searchText;
    QString m_needle; // m_searchText, lower case
    bool m_settingSearch = false;
    Domain::ResourceId m_hovered;
    Domain::ResourceId m_emphasisedCurrent; // the current resource the edges' emphasis shows
    QSet<Domain::ResourceId> m_focus; // the hovered node and its neighbours
    bool m_animate = true;
    bool m_syncing = false;

    QList<Domain::ResourceId> m_pendingNodes; // announced, no item yet (in order)
    QSet<Domain::ResourceId> m_pendingNodeSet;
    qsizetype m_pendingNodeCursor = 0;
    QList<Topology::TopologyEdge> m_pendingEdges; // wanted, no item yet
    qsizetype m_pendingEdgeCursor = 0;
    QList<Domain::ResourceId> m_layoutQueue; // items to give the positions of the last layout
    qsizetype m_layoutCursor = 0;
    QList<Topology::TopologyGroup> m_groupQueue; // the boxes of the last layout
    qsizetype m_groupCursor = -1; // -1: not read from the model yet
    bool m_layoutPending = false;
    bool m_layoutAnimated = false;
    QTimer* m_work = nullptr;
    QTimer* m_fadeTimer = nullptr;
    QList<QPointer<QGraphicsObject>> m_toFade;    // appeared this turn, see startFades()
    QList<QPointer<QGraphicsObject>> m_toFadeOut; // went this turn (disabled, deleted by startFades)
    int m_turnItems = 0; // items done at once in this event-loop turn
    bool m_turnResetPosted = false;
    bool m_working = false;
};

} // namespace Netloom::Widgets
