#include "widgets/TopologyScene.h"

#include "models/topology/TopologyModel.h"
#include "widgets/EdgeItem.h"
#include "widgets/GroupItem.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"

#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QPropertyAnimation>

namespace Netloom::Widgets {

using Domain::ResourceId;
using Topology::TopologyEdge;
using Topology::TopologyGroup;

namespace {

constexpr int kFadeMs = 260;
constexpr qreal kSceneMargin = 48;

} // namespace

TopologyScene::TopologyScene(Topology::TopologyModel& model, ResourceSelection& selection, QObject* parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_selection(selection)
    , m_theme(TopologyTheme::fromPalette(QGuiApplication::palette()))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(m_theme.background);
    connect(&m_model, &Topology::TopologyModel::nodeAdded, this, &TopologyScene::onNodeAdded);
    connect(&m_model, &Topology::TopologyModel::nodeRemoved, this, &TopologyScene::onNodeRemoved);
    connect(&m_model, &Topology::TopologyModel::nodeUpdated, this, &TopologyScene::onNodeUpdated);
    connect(&m_model, &Topology::TopologyModel::edgesChanged, this, &TopologyScene::onEdgesChanged);
    connect(&m_model, &Topology::TopologyModel::layoutChanged, this, &TopologyScene::onLayoutChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSceneSelectionChanged);
    connect(&m_selection, &ResourceSelection::currentChanged, this, &TopologyScene::onCurrentChanged);

    const bool animate = m_animate;
    m_animate = false;
    for (const ResourceId& id : m_model.nodeIds())
        onNodeAdded(id);
    onEdgesChanged();
    onLayoutChanged();
    m_animate = animate;
    onCurrentChanged(m_selection.current());
}

TopologyScene::~TopologyScene()
{
    // items die with the scene: stop reacting to the selection changes their deletion causes
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    m_syncing = true;
    qDeleteAll(m_edges); // edges first, so that no card outlives an edge pointing at it
    m_edges.clear();
    m_groups.clear();
    m_nodes.clear();
}

void TopologyScene::setTheme(const TopologyTheme& theme)
{
    m_theme = theme;
    setBackgroundBrush(m_theme.background);
    update();
}

GroupItem* TopologyScene::groupItemFor(const ResourceId& id) const
{
    if (id.isNull())
        return nullptr;
    for (GroupItem* group : m_groups) {
        if (group->group().resource == id)
            return group;
    }
    return nullptr;
}

QRectF TopologyScene::contentRect() const
{
    return m_model.boundingRect();
}

void TopologyScene::fadeIn(QGraphicsObject* item)
{
    if (!m_animate) {
        item->setOpacity(1);
        return;
    }
    item->setOpacity(0);
    auto* animation = new QPropertyAnimation(item, "opacity", item);
    animation->setDuration(kFadeMs);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void TopologyScene::fadeOutAndDelete(QGraphicsObject* item)
{
    item->setEnabled(false);
    item->setSelected(false);
    item->setAcceptHoverEvents(false);
    if (!m_animate) {
        delete item;
        return;
    }
    auto* animation = new QPropertyAnimation(item, "opacity", item);
    animation->setDuration(kFadeMs);
    animation->setEndValue(0.0);
    connect(animation, &QAbstractAnimation::finished, item, &QObject::deleteLater);
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void TopologyScene::onNodeAdded(const ResourceId& id)
{
    if (m_nodes.contains(id))
        return;
    const auto node = m_model.node(id);
    if (!node)
        return;
    auto* item = new NodeItem(*node, m_theme);
    m_nodes.insert(id, item);
    addItem(item);
    if (node->hasPosition()) {
        item->moveTo(node->rect.topLeft(), false);
        fadeIn(item);
    } else {
        item->setVisible(false); // until the layout running on a worker places it
    }
    if (!m_searchText.isEmpty())
        setSearchText(m_searchText);
    if (id == m_selection.current())
        onCurrentChanged(id);
}

void TopologyScene::removeEdgesOf(NodeItem* node)
{
    const QList<EdgeItem*> edges = node->edges();
    for (EdgeItem* edge : edges) {
        m_edges.remove(edge->edge());
        delete edge;
    }
}

void TopologyScene::onNodeRemoved(const ResourceId& id)
{
    NodeItem* item = m_nodes.take(id);
    if (!item)
        return;
    removeEdgesOf(item);
    m_matchSet.remove(id);
    m_matches.removeAll(id);
    if (m_hovered == id)
        m_hovered = {};
    fadeOutAndDelete(item);
    if (m_selection.current() == id)
        m_selection.clear();
}

void TopologyScene::onNodeUpdated(const ResourceId& id)
{
    NodeItem* item = m_nodes.value(id);
    const auto node = m_model.node(id);
    if (item && node)
        item->setNode(*node);
}

void TopologyScene::addEdge(const TopologyEdge& edge)
{
    NodeItem* source = m_nodes.value(edge.source);
    NodeItem* target = m_nodes.value(edge.target);
    if (!source || !target || m_edges.contains(edge))
        return;
    auto* item = new EdgeItem(edge, source, target, m_theme);
    m_edges.insert(edge, item);
    addItem(item);
}

void TopologyScene::onEdgesChanged()
{
    const QList<TopologyEdge> edges = m_model.edges();
    const QSet<TopologyEdge> wanted(edges.cbegin(), edges.cend());
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value();
            it = m_edges.erase(it);
        } else {
            ++it;
        }
    }
    for (const TopologyEdge& edge : edges)
        addEdge(edge);
    refreshEmphasis();
}

void TopologyScene::onLayoutChanged()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto node = m_model.node(it.key());
        if (!node || !node->hasPosition())
            continue;
        NodeItem* item = it.value();
        item->setNode(*node);
        if (!item->isVisible()) {
            item->moveTo(node->rect.topLeft(), false);
            item->setVisible(true);
            fadeIn(item);
        } else {
            item->moveTo(node->rect.topLeft(), m_animate);
        }
    }
    for (EdgeItem* edge : std::as_const(m_edges))
        edge->adjust();

    QSet<QString> seen;
    for (const TopologyGroup& group : m_model.groups()) {
        seen.insert(group.key);
        GroupItem* item = m_groups.value(group.key);
        if (item) {
            item->setGroup(group, m_animate);
        } else {
            item = new GroupItem(group, m_theme);
            m_groups.insert(group.key, item);
            addItem(item);
            fadeIn(item);
        }
        item->setCurrent(!group.resource.isNull() && group.resource == m_selection.current());
    }
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (!seen.contains(it.key())) {
            fadeOutAndDelete(it.value());
            it = m_groups.erase(it);
        } else {
            ++it;
        }
    }
    updateSceneRect();
    Q_EMIT layoutApplied();
}

void TopologyScene::updateSceneRect()
{
    QRectF rect = m_model.boundingRect();
    if (rect.isNull())
        rect = QRectF(0, 0, 400, 300);
    setSceneRect(rect.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

int TopologyScene::setSearchText(const QString& text)
{
    m_searchText = text.trimmed();
    m_matches = m_model.search(m_searchText);
    m_matchSet = QSet<ResourceId>(m_matches.cbegin(), m_matches.cend());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setSearchMatch(m_matchSet.contains(it.key()));
    refreshEmphasis();
    Q_EMIT searchMatchesChanged(int(m_matches.size()));
    return int(m_matches.size());
}

void TopologyScene::setHoveredNode(const ResourceId& id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    refreshEmphasis();
}

void TopologyScene::refreshEmphasis()
{
    const ResourceId current = m_selection.current();
    if (!m_hovered.isNull() && m_nodes.contains(m_hovered)) {
        QSet<ResourceId> focus { m_hovered };
        for (const ResourceId& id : m_model.neighbours(m_hovered))
            focus.insert(id);
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            it.value()->setDimmed(!focus.contains(it.key()));
        for (EdgeItem* edge : std::as_const(m_edges)) {
            const bool touches = edge->edge().source == m_hovered || edge->edge().target == m_hovered;
            edge->setHighlighted(touches);
            edge->setDimmed(!touches);
        }
        return;
    }
    const bool searching = !m_searchText.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setDimmed(searching && !m_matchSet.contains(it.key()));
    for (EdgeItem* edge : std::as_const(m_edges)) {
        const TopologyEdge& e = edge->edge();
        edge->setHighlighted(!current.isNull() && (e.source == current || e.target == current));
        edge->setDimmed(searching && !m_matchSet.contains(e.source) && !m_matchSet.contains(e.target));
    }
}

void TopologyScene::selectResource(const ResourceId& id)
{
    m_selection.setCurrent(id);
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    // a click on the background (nothing took it) clears the current resource, then the view pans
    if (!event->isAccepted() && event->button() == Qt::LeftButton)
        m_selection.clear();
}

void TopologyScene::onSceneSelectionChanged()
{
    if (m_syncing)
        return;
    ResourceId id;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == NodeItem::Type) {
            id = static_cast<NodeItem*>(item)->id();
            break;
        }
    }
    // clicking the background clears; a group's header (not a selectable item) sets it directly
    if (id.isNull() && groupItemFor(m_selection.current()))
        return;
    m_selection.setCurrent(id);
}

void TopologyScene::onCurrentChanged(const ResourceId& id)
{
    m_syncing = true;
    NodeItem* target = m_nodes.value(id);
    for (QGraphicsItem* item : selectedItems()) {
        if (item != target)
            item->setSelected(false);
    }
    if (target && !target->isSelected())
        target->setSelected(true);
    for (GroupItem* group : std::as_const(m_groups))
        group->setCurrent(!id.isNull() && group->group().resource == id);
    m_syncing = false;
    refreshEmphasis();
}

} // namespace Netloom::Widgets
