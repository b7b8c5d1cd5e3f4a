#pragma once

#include "models/topology/TopologyNode.h"

#include <QGraphicsObject>
#include <QList>

class QPropertyAnimation;

namespace Netloom::Widgets {

class EdgeItem;
class TopologyTheme;

/// One resource on the canvas: a card with the kind's glyph tile, the name, a line of details and
/// a state dot. Positioned by the layout only (not movable); selectable; hovering it highlights its
/// neighbours (through the scene).
class NodeItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeItem)

public:
    enum { Type = UserType + 1 };

    NodeItem(const Topology::TopologyNode& node, const TopologyTheme& theme);
    ~NodeItem() override;

    int type() const override { return Type; }
    const Domain::ResourceId& id() const { return m_node.id; }
    const Topology::TopologyNode& node() const { return m_node; }
    /// New text / state (the position is set by moveTo()).
    void setNode(const Topology::TopologyNode& node);

    /// Moves the card to @p topLeft, gliding there when @p animate.
    void moveTo(const QPointF& topLeft, bool animate);
    /// Where the card is going (its final position while an animation runs).
    QPointF targetPos() const { return m_target; }

    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setSearchMatch(bool match);
    bool isSearchMatch() const { return m_searchMatch; }

    void addEdge(EdgeItem* edge);
    void removeEdge(EdgeItem* edge);
    const QList<EdgeItem*>& edges() const { return m_edges; }

    /// The elided title as painted (tests check that labels fit).
    QString displayedTitle() const { return m_elidedTitle; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void updateText();
    QRectF cardRect() const;

    Topology::TopologyNode m_node;
    const TopologyTheme& m_theme;
    QList<EdgeItem*> m_edges;
    QString m_elidedTitle;
    QString m_elidedSubtitle;
    QPointF m_target;
    QPropertyAnimation* m_move = nullptr;
    bool m_dimmed = false;
    bool m_searchMatch = false;
    bool m_hovered = false;
};

} // namespace Netloom::Widgets
