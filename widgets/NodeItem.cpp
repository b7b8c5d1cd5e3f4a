#include "widgets/NodeItem.h"

#include "models/topology/TopologyLayout.h"
#include "widgets/EdgeItem.h"
#include "widgets/KindGlyph.h"
#include "widgets/TopologyScene.h"
#include "widgets/TopologyTheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPropertyAnimation>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Netloom::Widgets {

namespace {

constexpr qreal kRadius = 8;
constexpr qreal kHalo = 5; // room for the selection / search halo
constexpr qreal kTile = 32;
constexpr qreal kTextLeft = 11 + kTile + 10;
constexpr qreal kTextRightPad = 22; // the state dot lives there
constexpr int kTitlePx = 12;
constexpr int kSubtitlePx = 11;
constexpr qreal kDimmedOpacity = 0.22;

} // namespace

NodeItem::NodeItem(const Topology::TopologyNode& node, const TopologyTheme& theme)
    : m_node(node)
    , m_theme(theme)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(10);
}

NodeItem::~NodeItem()
{
    // edges are owned by the scene; make sure none keeps pointing here
    for (EdgeItem* edge : std::as_const(m_edges))
        edge->forgetNode(this);
}

void NodeItem::setNode(const Topology::TopologyNode& node)
{
    const QRectF keep = m_node.rect;
    m_node = node;
    if (m_node.rect.isNull())
        m_node.rect = keep;
    m_textWidth = -1;
    if (m_toolTipSet) {
        m_toolTipSet = false;
        setToolTip(QString());
    }
    update();
}

void NodeItem::setRect(const QRectF& rect)
{
    if (rect.isNull() || rect.size() == m_node.rect.size()) {
        m_node.rect = rect.isNull() ? m_node.rect : rect;
        return;
    }
    prepareGeometryChange();
    m_node.rect = rect;
    m_textWidth = -1;
    for (EdgeItem* edge : std::as_const(m_edges))
        edge->adjust();
    update();
}

QString NodeItem::displayedTitle() const
{
    ensureText();
    return m_elidedTitle;
}

void NodeItem::ensureText() const
{
    const qreal width = m_node.rect.isNull() ? Topology::LayoutMetrics().nodeWidth : m_node.rect.width();
    if (width == m_textWidth)
        return;
    m_textWidth = width;
    const qreal textWidth = width - kTextLeft - kTextRightPad;
    m_elidedTitle
        = QFontMetricsF(TopologyTheme::font(kTitlePx, true)).elidedText(m_node.title, Qt::ElideMiddle, textWidth);
    m_elidedSubtitle
        = QFontMetricsF(TopologyTheme::font(kSubtitlePx)).elidedText(m_node.subtitle, Qt::ElideRight, textWidth);
}

QRectF NodeItem::cardRect() const
{
    const Topology::LayoutMetrics metrics;
    const QSizeF size = m_node.rect.isNull() ? QSizeF(metrics.nodeWidth, metrics.nodeHeight) : m_node.rect.size();
    return QRectF(QPointF(0, 0), size);
}

void NodeItem::moveTo(const QPointF& topLeft, bool animate)
{
    m_target = topLeft;
    if (m_move)
        m_move->stop();
    if (!animate || pos() == topLeft) {
        setPos(topLeft);
        return;
    }
    if (!m_move) {
        m_move = new QPropertyAnimation(this, "pos", this);
        m_move->setDuration(320);
        m_move->setEasingCurve(QEasingCurve::OutCubic);
    }
    m_move->setStartValue(pos());
    m_move->setEndValue(topLeft);
    m_move->start();
}

void NodeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    updateOpacity();
}

qreal NodeItem::restingOpacity() const
{
    return m_dimmed ? kDimmedOpacity : 1.0;
}

void NodeItem::setAppearance(qreal appearance)
{
    m_appearance = std::clamp<qreal>(appearance, 0, 1);
    updateOpacity();
}

void NodeItem::updateOpacity()
{
    setOpacity(m_appearance * restingOpacity());
}

void NodeItem::setSearchMatch(bool match)
{
    if (match == m_searchMatch)
        return;
    m_searchMatch = match;
    update();
}

void NodeItem::addEdge(EdgeItem* edge)
{
    if (!m_edges.contains(edge))
        m_edges.append(edge);
}

void NodeItem::removeEdge(EdgeItem* edge)
{
    m_edges.removeAll(edge);
}

QRectF NodeItem::boundingRect() const
{
    return cardRect().adjusted(-kHalo, -kHalo, kHalo, kHalo);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), kRadius, kRadius);
    return path;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card = cardRect();
    const QColor accent = m_theme.kindColor(m_node.kind);
    if (lod < 0.2 && !isSelected() && !m_searchMatch) {
        // very far away (the whole platform in view): a plain tile in the kind's colour
        painter->fillRect(card, m_theme.nodeFill);
        painter->fillRect(QRectF(11, (card.height() - kTile) / 2, kTile, kTile), accent);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_node.isSummary()) {
        // a collapsed namespace: a stack of cards
        painter->setPen(QPen(m_theme.nodeBorder, 1));
        painter->setBrush(m_theme.nodeFill);
        painter->drawRoundedRect(card.adjusted(4.5, 4.5, 3.5, 3.5), kRadius, kRadius);
    }
    // halo: selection wins over search match
    if (isSelected() || m_searchMatch) {
        QColor halo = isSelected() ? m_theme.selection : m_theme.searchMatch;
        halo.setAlpha(isSelected() ? 70 : 110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(card.adjusted(-4, -4, 4, 4), kRadius + 4, kRadius + 4);
    }
    QColor border = m_theme.nodeBorder;
    qreal borderWidth = 1;
    if (isSelected()) {
        border = m_theme.selection;
        borderWidth = 2;
    } else if (m_searchMatch) {
        border = m_theme.searchMatch;
        borderWidth = 2;
    } else if (m_hovered) {
        border = accent;
        borderWidth = 1.5;
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(m_theme.nodeFill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    const QRectF tile(11, (card.height() - kTile) / 2, kTile, kTile);
    if (lod < 0.35) {
        // far away: the tile alone says what it is
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(tile, 8, 8);
        painter->drawRoundedRect(QRectF(kTextLeft, card.height() / 2 - 5, card.width() - kTextLeft - 20, 10), 4, 4);
        return;
    }
    KindGlyph::paintTile(*painter, tile, m_node.kind, accent);

    const QColor stateColor = m_theme.stateColor(m_node.state);
    const QPointF dotCentre(card.width() - 15, 15);
    if (m_node.state == Domain::ResourceState::Unknown) {
        painter->setPen(QPen(stateColor, 1.5));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(stateColor);
    }
    painter->drawEllipse(dotCentre, 4, 4);

    if (lod < 0.5)
        return; // labels would be unreadable: hide them
    ensureText();
    const qreal textWidth = card.width() - kTextLeft - kTextRightPad;
    painter->setPen(m_theme.text);
    painter->setFont(TopologyTheme::font(kTitlePx, true));
    const qreal middle = card.height() / 2;
    painter->drawText(QRectF(kTextLeft, middle - 20, textWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, m_elidedTitle);
    painter->setPen(m_theme.subtext);
    painter->setFont(TopologyTheme::font(kSubtitlePx));
    painter->drawText(QRectF(kTextLeft, middle + 1, textWidth + kTextRightPad - 10, 17),
        Qt::AlignLeft | Qt::AlignVCenter, m_elidedSubtitle);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem* edge : std::as_const(m_edges))
            edge->adjust();
    } else if (change == ItemSelectedHasChanged) {
        update();
    }
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    if (!m_toolTipSet) {
        QString tip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                          .arg(m_node.title.toHtmlEscaped(), Domain::displayName(m_node.kind).toHtmlEscaped(),
                              m_node.subtitle.toHtmlEscaped());
        if (!m_node.namespaceName.isEmpty())
            tip += QStringLiteral("<br>") % tr("Namespace: %1").arg(m_node.namespaceName.toHtmlEscaped());
        tip += QStringLiteral("<br>") % tr("State: %1").arg(Domain::displayName(m_node.state).toHtmlEscaped());
        if (!m_node.statusMessage.isEmpty())
            tip += QStringLiteral(" \u2014 ") % m_node.statusMessage.toHtmlEscaped();
        setToolTip(tip);
        m_toolTipSet = true;
    }
    m_hovered = true;
    if (auto* topology = qobject_cast<TopologyScene*>(scene()))
        topology->setHoveredNode(m_node.id);
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    if (auto* topology = qobject_cast<TopologyScene*>(scene()))
        topology->setHoveredNode({});
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

} // namespace Netloom::Widgets
