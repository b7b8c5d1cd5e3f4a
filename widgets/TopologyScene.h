#pragma once

#include "models/domain/ResourceId.h"
#include "models/topology/TopologyEdge.h"
#include "widgets/TopologyTheme.h"

#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QSet>

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
    EdgeItem* edgeItem(const Topology::TopologyEdge& edge) const { return m_edges.value(edge); }
    qsizetype edgeItemCount() const { return m_edges.size(); }
    GroupItem* groupItem(const QString& key) const { return m_groups.value(key); }
    /// The box of the Cluster / Namespace resource @p id, or nullptr.
    GroupItem* groupItemFor(const Domain::ResourceId& id) const;
    QList<GroupItem*> groupItems() const { return m_groups.values(); }

    /// Gentle animations of moves, appearances and removals (on by default).
    void setAnimationsEnabled(bool enabled) { m_animate = enabled; }
    bool animationsEnabled() const { return m_animate; }

    /// Highlights the nodes matching @p text and dims the others; returns the number of matches.
    int setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    QList<Domain::ResourceId> searchMatches() const { return m_matches; }

    /// Emphasises @p id and its neighbours (a null id ends the emphasis). Called by hovered cards.
    void setHoveredNode(const Domain::ResourceId& id);
    Domain::ResourceId hoveredNode() const { return m_hovered; }

    /// Makes @p id the window's current resource.
    void selectResource(const Domain::ResourceId& id);

    /// The laid-out area (the model's bounding rectangle).
    QRectF contentRect() const;

Q_SIGNALS:
    /// Items were given the positions of a new layout.
    void layoutApplied();
    void searchMatchesChanged(int count);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void onNodeAdded(const Domain::ResourceId& id);
    void onNodeRemoved(const Domain::ResourceId& id);
    void onNodeUpdated(const Domain::ResourceId& id);
    void onEdgesChanged();
    void onLayoutChanged();
    void onSceneSelectionChanged();
    void onCurrentChanged(const Domain::ResourceId& id);
    void addEdge(const Topology::TopologyEdge& edge);
    void removeEdgesOf(NodeItem* node);
    void refreshEmphasis();
    void fadeIn(QGraphicsObject* item);
    void fadeOutAndDelete(QGraphicsObject* item);
    void updateSceneRect();

    Topology::TopologyModel& m_model;
    ResourceSelection& m_selection;
    TopologyTheme m_theme;
    QHash<Domain::ResourceId, NodeItem*> m_nodes;
    QHash<Topology::TopologyEdge, EdgeItem*> m_edges;
    QHash<QString, GroupItem*> m_groups;
    QString m_searchText;
    QList<Domain::ResourceId> m_matches;
    QSet<Domain::ResourceId> m_matchSet;
    Domain::ResourceId m_hovered;
    bool m_animate = true;
    bool m_syncing = false;
};

} // namespace Netloom::Widgets
