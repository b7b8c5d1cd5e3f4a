#pragma once

#include "models/topology/TopologyGroup.h"

#include <QGraphicsObject>

class QPropertyAnimation;

namespace Netloom::Widgets {

class TopologyTheme;

/// A box on the canvas: a cluster (with its header) or a namespace swim-lane. A click on its
/// title selects the Cluster / Namespace resource; anywhere else the click falls through, so that
/// dragging the background pans the view.
class GroupItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_PROPERTY(QRectF rect READ rect WRITE setRect)
    Q_DISABLE_COPY_MOVE(GroupItem)

public:
    enum { Type = UserType + 3 };

    GroupItem(const Topology::TopologyGroup& group, const TopologyTheme& theme);
    ~GroupItem() override;

    int type() const override { return Type; }
    const Topology::TopologyGroup& group() const { return m_group; }
    /// New title / resource / rectangle (gliding to the rectangle when @p animate).
    void setGroup(const Topology::TopologyGroup& group, bool animate);

    QRectF rect() const { return m_rect; }
    void setRect(const QRectF& rect);
    /// The clickable title strip, in scene coordinates.
    QRectF headerRect() const;

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    Topology::TopologyGroup m_group;
    const TopologyTheme& m_theme;
    QRectF m_rect;
    QPropertyAnimation* m_animation = nullptr;
    bool m_current = false;
};

} // namespace Netloom::Widgets
