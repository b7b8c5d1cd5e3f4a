#pragma once

#include "models/topology/TopologyEdge.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Netloom::Widgets {

class NodeItem;
class TopologyTheme;

/// A relation on the canvas: a smooth cubic arrow from the source card to the target card, styled
/// by relation type (dashed for "secures", dotted for "selects"); follows both cards as they move.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const Topology::TopologyEdge& edge, NodeItem* source, NodeItem* target, const TopologyTheme& theme);
    ~EdgeItem() override;
    Q_DISABLE_COPY_MOVE(EdgeItem)

    int type() const override { return Type; }
    const Topology::TopologyEdge& edge() const { return m_edge; }
    NodeItem* sourceItem() const { return m_source; }
    NodeItem* targetItem() const { return m_target; }

    /// Recomputes the path from the cards' current positions.
    void adjust();
    /// Called by a card being destroyed.
    void forgetNode(NodeItem* node);

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setDimmed(bool dimmed);

    QPainterPath path() const { return m_path; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Topology::TopologyEdge m_edge;
    NodeItem* m_source;
    NodeItem* m_target;
    const TopologyTheme& m_theme;
    QPainterPath m_path;
    QPolygonF m_points; // m_path sampled, for drawing only the exposed part of a long edge
    QPolygonF m_coarse; // every fourth of m_points: the curve far away
    QPolygonF m_startStub; // the first and the last kStub of the curve: a long edge near an end
    QPolygonF m_endStub;
    quint32 m_sample; // hash of the target: picks the stubs drawn of a large fan
    QRectF m_bounds;    // boundingRect(), made in adjust()
    mutable QPainterPath m_shape; // cached stroke of m_points (hit tests)
    QPolygonF m_arrow;
    bool m_highlighted = false;
};

} // namespace Netloom::Widgets
