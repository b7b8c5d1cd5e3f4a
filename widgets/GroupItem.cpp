#include "widgets/GroupItem.h"

#include "widgets/KindGlyph.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyTheme.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPropertyAnimation>

#include <algorithm>
#include <QStyleOptionGraphicsItem>

namespace Netloom::Widgets {

using Topology::TopologyGroup;

GroupItem::GroupItem(const TopologyGroup& group, const TopologyTheme& theme)
    : m_group(group)
    , m_theme(theme)
    , m_rect(group.rect)
{
    setZValue(group.type == TopologyGroup::Type::Origin ? -20 : -10);
    setAcceptedMouseButtons(Qt::LeftButton);
}

GroupItem::~GroupItem() = default;

void GroupItem::setGroup(const TopologyGroup& group, bool animate)
{
    m_group = group;
    if (m_animation)
        m_animation->stop();
    if (!animate || m_rect == group.rect) {
        setRect(group.rect);
    } else {
        if (!m_animation) {
            m_animation = new QPropertyAnimation(this, "rect", this);
            m_animation->setDuration(320);
            m_animation->setEasingCurve(QEasingCurve::OutCubic);
        }
        m_animation->setStartValue(m_rect);
        m_animation->setEndValue(group.rect);
        m_animation->start();
    }
    update();
}

void GroupItem::setRect(const QRectF& rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF GroupItem::headerRect() const
{
    const qreal height = m_group.type == TopologyGroup::Type::Origin ? 48 : 28;
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), height);
}

void GroupItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

QRectF GroupItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const bool origin = m_group.type == TopologyGroup::Type::Origin;
    const qreal radius = origin ? 14 : 10;
    QPen border(m_current ? m_theme.selection : (origin ? m_theme.originBorder : m_theme.bandBorder),
                m_current ? 2 : 1);
    if (m_group.type == TopologyGroup::Type::ClusterScoped && !m_current)
        border.setDashPattern({ 4, 3 });
    painter->setPen(border);
    painter->setBrush(origin ? m_theme.originFill : m_theme.bandFill);
    // A cluster's box on a large platform is hundreds of thousands of pixels tall: stroking and
    // filling its whole rounded outline took a third of a paint. Sides far outside the visible
    // area are pulled in to just beyond it (their corners and lines are not seen anyway).
    QRectF box = m_rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (painter->device()) {
        const QRectF visible = painter->worldTransform().inverted().mapRect(
            QRectF(0, 0, painter->device()->width(), painter->device()->height()));
        const qreal margin = radius + 4;
        box.setTop(std::max(box.top(), visible.top() - margin));
        box.setBottom(std::min(box.bottom(), visible.bottom() + margin));
        box.setLeft(std::max(box.left(), visible.left() - margin));
        box.setRight(std::min(box.right(), visible.right() + margin));
    }
    if (box.isValid())
        painter->drawRoundedRect(box, radius, radius);

    if (lod < 0.3 && !origin)
        return;
    const QRectF header = headerRect();
    if (origin) {
        const QRectF tile(header.left() + 16, header.top() + 11, 26, 26);
        KindGlyph::paintTile(*painter, tile, Domain::ResourceKind::Cluster,
                             m_theme.kindColor(Domain::ResourceKind::Cluster));
        const QFont titleFont = TopologyTheme::font(16, true);
        const QFontMetricsF fm(titleFont);
        const qreal maxTitle = header.width() * 0.5;
        const QString title = fm.elidedText(m_group.title, Qt::ElideRight, maxTitle);
        const qreal titleX = tile.right() + 10;
        painter->setPen(m_theme.text);
        painter->setFont(titleFont);
        painter->drawText(QRectF(titleX, header.top(), maxTitle, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          title);
        const qreal subX = titleX + fm.horizontalAdvance(title) + 12;
        painter->setPen(m_theme.subtext);
        painter->setFont(TopologyTheme::font(12));
        const QFontMetricsF sm(painter->font());
        const qreal subWidth = header.right() - 16 - subX;
        painter->drawText(QRectF(subX, header.top() + 1, subWidth, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(m_group.subtitle, Qt::ElideRight, subWidth));
        return;
    }
    const bool clusterScoped = m_group.type == TopologyGroup::Type::ClusterScoped;
    const QFont titleFont = TopologyTheme::font(12, !clusterScoped);
    const QFontMetricsF fm(titleFont);
    const qreal left = header.left() + 14;
    const qreal maxTitle = header.width() - 28;
    const QString title = fm.elidedText(m_group.title, Qt::ElideRight, maxTitle);
    painter->setFont(titleFont);
    painter->setPen(clusterScoped ? m_theme.subtext : m_theme.text);
    const QRectF titleRect(left, header.top() + 4, maxTitle, header.height() - 4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!m_group.subtitle.isEmpty()) {
        const qreal x = left + fm.horizontalAdvance(title) + 8;
        painter->setFont(TopologyTheme::font(11));
        painter->setPen(m_theme.subtext);
        painter->drawText(QRectF(x, header.top() + 4, header.right() - 14 - x, header.height() - 4),
                          Qt::AlignLeft | Qt::AlignVCenter, m_group.subtitle.toLower());
    }
}

void GroupItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    auto* topology = qobject_cast<TopologyScene*>(scene());
    if (event->button() == Qt::LeftButton && topology && !m_group.resource.isNull()
        && headerRect().contains(event->scenePos())) {
        topology->selectResource(m_group.resource);
        event->accept();
        return;
    }
    event->ignore(); // let the view pan
}

} // namespace Netloom::Widgets
