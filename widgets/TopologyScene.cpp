#include "widgets/TopologyScene.h"

#include "models/domain/Inventory.h"
#include "models/topology/TopologyModel.h"
#include "widgets/EdgeItem.h"
#include "widgets/GroupItem.h"
#include "widgets/NodeItem.h"
#include "widgets/ResourceSelection.h"

#include <QElapsedTimer>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QPropertyAnimation>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Netloom::Widgets {

using Domain::ResourceId;
using Topology::TopologyEdge;
using Topology::TopologyGroup;

namespace {

constexpr int kFadeMs = 260;
constexpr qreal kSceneMargin = 48;
// A slice of the work queue ends after this much time, so that input and painting get their turn.
constexpr qint64 kSliceBudgetNs = 8'000'000;

// A card fades through its appearance (so that a dimmed card ends dimmed: NodeItem::appearance),
// anything else through its opacity.
const char* fadeProperty(const QGraphicsObject* item)
{
    return item->type() == NodeItem::Type ? "appearance" : "opacity";
}

} // namespace

TopologyScene::TopologyScene(Topology::TopologyModel& model, ResourceSelection& selection, QObject* parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_selection(selection)
    , m_theme(TopologyTheme::fromPalette(QGuiApplication::palette()))
    , m_work(new QTimer(this))
    , m_fadeTimer(new QTimer(this))
{
    // No BSP index: items come and go in thousands (a first sync, a layout moving every card), and
    // the BSP tree is rebuilt from scratch on the next paint after such a change (seconds at
    // 40,000 items). Without an index, a paint or a hit test checks each item's bounding rect
    // (about a millisecond per 10,000 items).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(m_theme.background);
    m_fadeTimer->setObjectName(QStringLiteral("topologySceneFades"));
    m_fadeTimer->setSingleShot(true);
    m_fadeTimer->setInterval(0);
    connect(m_fadeTimer, &QTimer::timeout, this, &TopologyScene::startFades);
    m_work->setObjectName(QStringLiteral("topologySceneWork"));
    m_work->setSingleShot(true);
    m_work->setInterval(0);
    connect(m_work, &QTimer::timeout, this, [this] {
        m_turnItems = 0;
        if (!doWork(std::numeric_limits<int>::max(), kSliceBudgetNs))
            m_work->start();
        else
            setWorking(false);
    });
    // connected after the model: runs once the model has announced the batch, so that each batch
    // gets its own allowance of immediate work (a test's batches, one after the other, stay synchronous)
    connect(&m_model.inventory(), &Domain::Inventory::changed, this, [this] { m_turnItems = 0; });
    connect(&m_model, &Topology::TopologyModel::nodeAdded, this, &TopologyScene::onNodeAdded);
    connect(&m_model, &Topology::TopologyModel::nodeRemoved, this, &TopologyScene::onNodeRemoved);
    connect(&m_model, &Topology::TopologyModel::nodeUpdated, this, &TopologyScene::onNodeUpdated);
    connect(&m_model, &Topology::TopologyModel::edgeAdded, this, &TopologyScene::onEdgeAdded);
    connect(&m_model, &Topology::TopologyModel::edgeRemoved, this, &TopologyScene::onEdgeRemoved);
    connect(&m_model, &Topology::TopologyModel::searchMatchesChanged, this, &TopologyScene::onSearchMatchesChanged);
    connect(&m_model, &Topology::TopologyModel::layoutChanged, this, &TopologyScene::onLayoutChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSceneSelectionChanged);
    connect(&m_selection, &ResourceSelection::currentChanged, this, &TopologyScene::onCurrentChanged);

    const bool animate = m_animate;
    m_animate = false;
    for (const ResourceId& id : m_model.nodeIds())
        onNodeAdded(id);
    for (const TopologyEdge& edge : m_model.edges())
        onEdgeAdded(edge);
    onLayoutChanged();
    m_animate = animate;
    onCurrentChanged(m_selection.current());
}

TopologyScene::~TopologyScene()
{
    m_work->stop();
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

bool TopologyScene::animateNow() const
{
    return m_animate && m_nodes.size() <= animatedSceneLimit();
}

void TopologyScene::fadeIn(QGraphicsObject* item)
{
    // a card fades in to its resting opacity (dimmed or not), never past it: see NodeItem::appearance
    const char* property = fadeProperty(item);
    if (!animateNow() || m_working) {
        // (while the scene works through a big change in slices, nothing fades either)
        item->setProperty(property, 1.0);
        return;
    }
    // Whether it fades is decided once the turn's items are known (startFades): hundreds arriving
    // at once (a page of a first sync) appear without fading, as each animation frame would cost
    // in proportion to them.
    item->setProperty(property, 0.0);
    m_toFade.append(item);
    if (!m_fadeTimer->isActive())
        m_fadeTimer->start();
}

void TopologyScene::startFades()
{
    const QList<QPointer<QGraphicsObject>> going = std::exchange(m_toFadeOut, {});
    const bool animateOut = animateNow() && going.size() <= animatedMoveLimit();
    for (const QPointer<QGraphicsObject>& item : going) {
        if (!item)
            continue;
        if (!animateOut) {
            delete item.data();
            continue;
        }
        const char* property = fadeProperty(item);
        auto* animation = new QPropertyAnimation(item, property, item);
        animation->setDuration(kFadeMs);
        animation->setEndValue(0.0);
        connect(animation, &QAbstractAnimation::finished, item, &QObject::deleteLater);
        animation->start(QAbstractAnimation::DeleteWhenStopped);
    }
    const QList<QPointer<QGraphicsObject>> items = std::exchange(m_toFade, {});
    const bool animate = animateNow() && items.size() <= animatedMoveLimit();
    for (const QPointer<QGraphicsObject>& item : items) {
        if (!item || !item->isEnabled())
            continue; // gone, or going
        const char* property = fadeProperty(item);
        if (!animate) {
            item->setProperty(property, 1.0);
            continue;
        }
        auto* animation = new QPropertyAnimation(item, property, item);
        animation->setDuration(kFadeMs);
        animation->setStartValue(0.0);
        animation->setEndValue(1.0);
        animation->start(QAbstractAnimation::DeleteWhenStopped);
    }
}

void TopologyScene::fadeOutAndDelete(QGraphicsObject* item)
{
    item->setEnabled(false);
    item->setSelected(false);
    item->setAcceptHoverEvents(false);
    if (!animateNow()) {
        delete item;
        return;
    }
    // as for fadeIn: many going at once go without fading (startFades)
    m_toFadeOut.append(item);
    if (!m_fadeTimer->isActive())
        m_fadeTimer->start();
}

bool TopologyScene::isSettled() const
{
    return m_pendingNodeCursor >= m_pendingNodes.size() && m_pendingEdgeCursor >= m_pendingEdges.size()
        && !m_layoutPending;
}

void TopologyScene::settle()
{
    m_work->stop();
    doWork(std::numeric_limits<int>::max(), std::numeric_limits<qint64>::max());
    m_fadeTimer->stop();
    startFades();
    setWorking(false);
}

void TopologyScene::countItems(int items)
{
    m_turnItems += items;
    if (!m_turnResetPosted && m_turnItems > 0) {
        // a new event-loop turn gets a new allowance of immediate work
        m_turnResetPosted = true;
        QTimer::singleShot(0, this, [this] {
            m_turnResetPosted = false;
            m_turnItems = 0;
        });
    }
}

void TopologyScene::runWork()
{
    const int allowance = immediateItemLimit() - m_turnItems;
    if (!m_work->isActive() && allowance > 0 && doWork(allowance, std::numeric_limits<qint64>::max()))
        return;
    if (!m_work->isActive())
        m_work->start();
    setWorking(true);
}

void TopologyScene::setWorking(bool working)
{
    if (working == m_working)
        return;
    m_working = working;
    Q_EMIT workingChanged(working);
}

// Works through the queue in order (nodes, then edges, then positions) until it is empty (true) or
// @p maxItems items were done or @p deadlineNs passed (false).
bool TopologyScene::doWork(int maxItems, qint64 deadlineNs)
{
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    const auto more = [&] {
        // the clock is read every 32 items: it is not free either
        return done < maxItems && ((done & 31) != 0 || clock.nsecsElapsed() < deadlineNs);
    };
    while (m_pendingNodeCursor < m_pendingNodes.size()) {
        if (!more()) {
            countItems(done);
            return false;
        }
        const ResourceId id = m_pendingNodes.at(m_pendingNodeCursor++);
        if (m_pendingNodeSet.remove(id))
            createNodeItem(id);
        ++done;
    }
    m_pendingNodes.clear();
    m_pendingNodeCursor = 0;
    while (m_pendingEdgeCursor < m_pendingEdges.size()) {
        if (!more()) {
            countItems(done);
            return false;
        }
        addEdge(m_pendingEdges.at(m_pendingEdgeCursor++));
        ++done;
    }
    m_pendingEdges.clear();
    m_pendingEdgeCursor = 0;
    if (m_layoutPending) {
        while (m_layoutCursor < m_layoutQueue.size()) {
            if (!more()) {
                countItems(done);
                return false;
            }
            if (NodeItem* item = m_nodes.value(m_layoutQueue.at(m_layoutCursor)))
                placeNode(item, m_layoutAnimated);
            ++m_layoutCursor;
            ++done;
        }
        // then the boxes (thousands of namespaces on a large platform), also in slices
        if (m_groupCursor < 0) {
            m_groupQueue = m_model.groups();
            m_groupCursor = 0;
        }
        while (m_groupCursor < m_groupQueue.size()) {
            if (!more()) {
                countItems(done);
                return false;
            }
            applyGroup(m_groupQueue.at(m_groupCursor++), m_layoutAnimated);
            ++done;
        }
        removeStaleGroups();
        m_groupQueue.clear();
        m_groupCursor = -1;
        m_layoutQueue.clear();
        m_layoutCursor = 0;
        m_layoutPending = false;
        updateSceneRect();
        countItems(done);
        Q_EMIT layoutApplied();
        return true;
    }
    countItems(done);
    return true;
}

void TopologyScene::onNodeAdded(const ResourceId& id)
{
    if (m_nodes.contains(id) || m_pendingNodeSet.contains(id))
        return;
    m_pendingNodes.append(id);
    m_pendingNodeSet.insert(id);
    runWork();
}

void TopologyScene::createNodeItem(const ResourceId& id)
{
    const auto node = m_model.node(id);
    if (!node)
        return;
    auto* item = new NodeItem(*node, m_theme);
    m_nodes.insert(id, item);
    // the model keeps the match set per batch (TopologyModel::setSearchText)
    if (!m_needle.isEmpty() && m_model.isSearchMatch(id))
        item->setSearchMatch(true);
    applyEmphasis(item);
    if (node->hasPosition()) {
        item->moveTo(node->rect.topLeft(), false);
        fadeIn(item);
    } else {
        item->setVisible(false); // until the layout running on a worker places it
    }
    addItem(item);
    if (id == m_selection.current())
        onCurrentChanged(id);
}

void TopologyScene::onSearchMatchesChanged()
{
    // once per batch at most (the model's promise); setSearchText() signals by itself
    if (!m_settingSearch)
        Q_EMIT searchMatchesChanged(int(m_model.searchMatchCount()));
}

QList<ResourceId> TopologyScene::searchMatches() const
{
    return m_model.searchMatches();
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
    if (m_pendingNodeSet.remove(id))
        return; // never drawn
    NodeItem* item = m_nodes.take(id);
    if (!item)
        return;
    removeEdgesOf(item);
    if (m_hovered == id) {
        m_hovered = {};
        refreshEmphasis();
    }
    fadeOutAndDelete(item);
    if (m_selection.current() == id)
        m_selection.clear();
}

void TopologyScene::onNodeUpdated(const ResourceId& id)
{
    NodeItem* item = m_nodes.value(id);
    if (!item)
        return;
    const auto node = m_model.node(id);
    if (!node)
        return;
    item->setNode(*node);
    const bool match = !m_needle.isEmpty() && m_model.isSearchMatch(id);
    if (match != item->isSearchMatch()) {
        item->setSearchMatch(match);
        applyEmphasis(item);
        for (EdgeItem* edge : item->edges())
            applyEmphasis(edge);
    }
}

void TopologyScene::addEdge(const TopologyEdge& edge)
{
    NodeItem* source = m_nodes.value(edge.source);
    NodeItem* target = m_nodes.value(edge.target);
    if (!source || !target || m_edges.contains(edge))
        return;
    auto* item = new EdgeItem(edge, source, target, m_theme);
    m_edges.insert(edge, item);
    // an edge of a card the layout has not placed yet waits for it (thousands would pile up at 0,0)
    item->setVisible(source->isVisible() && target->isVisible());
    applyEmphasis(item);
    addItem(item);
    if (!m_hovered.isNull() && (edge.source == m_hovered || edge.target == m_hovered))
        refreshEmphasis(); // a new neighbour of the hovered card
}

void TopologyScene::onEdgeAdded(const TopologyEdge& edge)
{
    // created with the batch's other items (after the new cards), see doWork()
    m_pendingEdges.append(edge);
    runWork();
}

void TopologyScene::onEdgeRemoved(const TopologyEdge& edge)
{
    if (EdgeItem* item = m_edges.take(edge))
        delete item;
}

void TopologyScene::onLayoutChanged()
{
    // every existing card goes to its new place; cards created from now on are placed as they come
    m_layoutQueue = m_nodes.keys();
    m_layoutCursor = 0;
    m_groupQueue.clear();
    m_groupCursor = -1; // read from the model once the cards are placed
    m_layoutPending = true;
    // A layout that moves a few cards glides them; one that moves hundreds (namespaces sorted in
    // while a large platform streams in shift every box below them) jumps: an animation frame
    // costs in proportion to what moves, and a screen of gliding cards shows nothing.
    m_layoutAnimated = false;
    if (animateNow()) {
        int moved = 0;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend() && moved <= animatedMoveLimit(); ++it) {
            const QRectF rect = m_model.nodeRect(it.key());
            if (!rect.isNull() && it.value()->isVisible() && it.value()->targetPos() != rect.topLeft())
                ++moved;
        }
        // boxes glide with their cards; when no card glides they jump as well (a cluster's box
        // growing page by page would otherwise animate, and repaint the canvas, all along a sync)
        m_layoutAnimated = moved > 0 && moved <= animatedMoveLimit();
    }
    runWork();
}

void TopologyScene::placeNode(NodeItem* item, bool animate)
{
    const QRectF rect = m_model.nodeRect(item->id());
    if (rect.isNull())
        return;
    item->setRect(rect);
    if (!item->isVisible()) {
        item->moveTo(rect.topLeft(), false);
        item->setVisible(true);
        fadeIn(item);
        for (EdgeItem* edge : item->edges()) {
            if (edge->sourceItem() && edge->targetItem())
                edge->setVisible(edge->sourceItem()->isVisible() && edge->targetItem()->isVisible());
        }
    } else {
        item->moveTo(rect.topLeft(), animate);
    }
}

void TopologyScene::applyGroup(const TopologyGroup& group, bool animate)
{
    GroupItem* item = m_groups.value(group.key);
    if (item) {
        item->setGroup(group, animate);
    } else {
        item = new GroupItem(group, m_theme);
        m_groups.insert(group.key, item);
        addItem(item);
        fadeIn(item);
    }
    item->setCurrent(!group.resource.isNull() && group.resource == m_selection.current());
}

void TopologyScene::removeStaleGroups()
{
    QSet<QString> seen;
    seen.reserve(m_groupQueue.size());
    for (const TopologyGroup& group : std::as_const(m_groupQueue))
        seen.insert(group.key);
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (!seen.contains(it.key())) {
            fadeOutAndDelete(it.value());
            it = m_groups.erase(it);
        } else {
            ++it;
        }
    }
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
    m_needle = m_searchText.toLower();
    m_settingSearch = true;
    m_model.setSearchText(m_searchText);
    m_settingSearch = false;
    const bool searching = !m_needle.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setSearchMatch(searching && m_model.isSearchMatch(it.key()));
    refreshEmphasis();
    const int count = searching ? int(m_model.searchMatchCount()) : 0;
    Q_EMIT searchMatchesChanged(count);
    return count;
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
    m_focus.clear();
    if (!m_hovered.isNull() && m_nodes.contains(m_hovered)) {
        m_focus.insert(m_hovered);
        for (EdgeItem* edge : m_nodes.value(m_hovered)->edges())
            m_focus.insert(edge->edge().source == m_hovered ? edge->edge().target : edge->edge().source);
    }
    for (NodeItem* node : std::as_const(m_nodes))
        applyEmphasis(node);
    for (EdgeItem* edge : std::as_const(m_edges))
        applyEmphasis(edge);
}

void TopologyScene::applyEmphasis(NodeItem* node) const
{
    if (!m_focus.isEmpty()) {
        node->setDimmed(!m_focus.contains(node->id()));
        return;
    }
    node->setDimmed(!m_needle.isEmpty() && !node->isSearchMatch());
}

void TopologyScene::applyEmphasis(EdgeItem* edge) const
{
    const TopologyEdge& e = edge->edge();
    if (!m_focus.isEmpty()) {
        const bool touches = e.source == m_hovered || e.target == m_hovered;
        edge->setHighlighted(touches);
        edge->setDimmed(!touches);
        return;
    }
    const ResourceId current = m_selection.current();
    edge->setHighlighted(!current.isNull() && (e.source == current || e.target == current));
    edge->setDimmed(!m_needle.isEmpty() && !m_model.isSearchMatch(e.source) && !m_model.isSearchMatch(e.target));
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

void TopologyScene::setNamespaceCollapsed(const QString& groupKey, bool collapsed)
{
    if (groupKey.isEmpty())
        return;
    m_model.setCollapsed(groupKey, collapsed);
}

QString TopologyScene::namespaceGroupAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (!item->isEnabled())
            continue;
        if (item->type() == NodeItem::Type)
            return m_model.namespaceGroupOf(static_cast<NodeItem*>(item)->id());
        if (item->type() == GroupItem::Type) {
            const TopologyGroup& group = static_cast<GroupItem*>(item)->group();
            if (group.type == TopologyGroup::Type::Namespace)
                return group.key;
        }
    }
    return {};
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    // on a collapsed namespace's card: open it; on an open namespace's box: close it
    QString key;
    if (event->button() == Qt::LeftButton) {
        if (QGraphicsItem* item = itemAt(event->scenePos(), {}); item && item->isEnabled()) {
            if (item->type() == NodeItem::Type && static_cast<NodeItem*>(item)->node().isSummary())
                key = m_model.namespaceGroupOf(static_cast<NodeItem*>(item)->id());
            else if (item->type() == NodeItem::Type) {
                Q_EMIT nodeActivated(static_cast<NodeItem*>(item)->id());
                event->accept();
                return;
            }
            else if (item->type() == GroupItem::Type
                && static_cast<GroupItem*>(item)->group().type == TopologyGroup::Type::Namespace)
                key = static_cast<GroupItem*>(item)->group().key;
        }
    }
    if (key.isEmpty()) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    setNamespaceCollapsed(key, !m_model.isCollapsed(key));
    event->accept();
}

void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    const QString key = namespaceGroupAt(event->scenePos());
    if (key.isEmpty()) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    const bool collapsed = m_model.isCollapsed(key);
    const QString name = key.section(QChar(0x1f), -1);
    QMenu menu;
    QAction* toggle = menu.addAction(collapsed ? tr("Expand namespace %1").arg(name)
                                               : tr("Collapse namespace %1").arg(name));
    if (menu.exec(event->screenPos()) == toggle)
        setNamespaceCollapsed(key, !collapsed);
    event->accept();
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
    // a resource inside a collapsed namespace (chosen in the tree) opens its namespace
    if (!id.isNull() && m_model.isHidden(id))
        m_model.reveal(id);
    m_syncing = true;
    NodeItem* target = m_nodes.value(id);
    QSet<NodeItem*> touched;
    for (QGraphicsItem* item : selectedItems()) {
        if (item != target) {
            item->setSelected(false);
            if (item->type() == NodeItem::Type)
                touched.insert(static_cast<NodeItem*>(item));
        }
    }
    if (target && !target->isSelected())
        target->setSelected(true);
    if (target)
        touched.insert(target);
    for (GroupItem* group : std::as_const(m_groups))
        group->setCurrent(!id.isNull() && group->group().resource == id);
    m_syncing = false;
    // only the edges of the cards that were or became current change their emphasis
    if (NodeItem* previous = m_nodes.value(m_emphasisedCurrent))
        touched.insert(previous);
    m_emphasisedCurrent = id;
    for (NodeItem* node : std::as_const(touched)) {
        for (EdgeItem* edge : node->edges())
            applyEmphasis(edge);
    }
}

} // namespace Netloom::Widgets
