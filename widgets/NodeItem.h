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
    Q_PROPERTY(qreal appearance READ appearance WRITE setAppearance)
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
    /// The card's rectangle of a new layout (the position is set by moveTo()); the text is
    /// elided again only when the width changed.
    void setRect(const QRectF& rect);

    /// Moves the card to @p topLeft, gliding there when @p animate.
    void moveTo(const QPointF& topLeft, bool animate);
    /// Where the card is going (its final position while an animation runs).
    QPointF targetPos() const { return m_target; }

    /// How far the card has faded in (0 to 1, animated by the scene). The item's opacity is this
    /// times the dimming factor, so that a card dimmed while it fades in ends dimmed.
    qreal appearance() const { return m_appearance; }
    void setAppearance(qreal appearance);

    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    /// The opacity the card has once it has faded in (dimmed or not).
    qreal restingOpacity() const;
    void setSearchMatch(bool match);
    bool isSearchMatch() const { return m_searchMatch; }

    void addEdge(EdgeItem* edge);
    void removeEdge(EdgeItem* edge);
    const QList<EdgeItem*>& edges() const { return m_edges; }

    /// The elided title as painted (tests check that labels fit).
    QString displayedTitle() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    // Elided labels and the tooltip are made when first needed (painting at a readable zoom,
    // hovering), not for each of thousands of cards when they are created or laid out.
    void ensureText() const;
    void updateOpacity();
    QRectF cardRect() const;

    Topology::TopologyNode m_node;
    const TopologyTheme& m_theme;
    QList<EdgeItem*> m_edges;
    mutable QString m_elidedTitle;
    mutable QString m_elidedSubtitle;
    mutable qreal m_textWidth = -1; // the width the labels were elided for; -1: not made yet
    bool m_toolTipSet = false;
    qreal m_appearance = 1;
    QPointF m_target;
    QPropertyAnimation* m_move = nullptr;
    bool m_dimmed = false;
    bool m_searchMatch = false;
    bool m_hovered = false;
};

} // namespace Netloom::Widgets
