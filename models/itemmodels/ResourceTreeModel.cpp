#include "models/itemmodels/ResourceTreeModel.h"

#include "models/domain/Inventory.h"
#include "models/itemmodels/KindNames.h"
#include "models/itemmodels/Tr.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Netloom::ItemModels {

using namespace Domain;

namespace {

// Batches touching more rows than this (and most of the tree) are applied with a reset.
constexpr qsizetype kResetThreshold = 256;
// New rows inserted per event-loop turn: a bigger batch (a platform's first sync) is inserted in
// slices, so that no turn stalls the GUI for long.
constexpr qsizetype kSliceRows = 300;
constexpr qint64 kSliceBudgetNs = 6'000'000;

} // namespace

struct ResourceTreeModel::Node
{
    NodeType type = NodeType::Resource;
    QString key; // identity among siblings: origin, namespace name, kind machine name, resource id
    QString sort; // order among siblings of the same type (see updateSort)
    ResourceKind kind = ResourceKind::Cluster;
    ResourcePtr resource; // the leaf's resource; a Cluster / Namespace resource on group rows
    Node* parent = nullptr;
    int row = 0;
    int resourceCount = 0; // resources below (group rows)
    bool staged = false; // created in the batch being applied, not announced to views yet
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node*> childIndex; // childKey(type, key) -> child, announced or staged

    void updateSort()
    {
        if (type == NodeType::Resource && resource)
            sort = resource->name.toLower() % QChar(0x1f) % key;
        else if (type == NodeType::KindGroup)
            sort = QString::number(static_cast<int>(kind)).rightJustified(3, QLatin1Char('0'));
        else
            sort = key.toLower() % QChar(0x1f) % key;
    }
};

namespace {

QString childKey(int type, const QString& key)
{
    return QString::number(type) % QChar(0x1f) % key;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(Inventory& inventory, QObject* parent)
    : QAbstractItemModel(parent)
    , m_inventory(inventory)
    , m_root(std::make_unique<Node>())
    , m_sliceTimer(new QTimer(this))
{
    m_root->type = NodeType::Origin;
    m_sliceTimer->setObjectName(QStringLiteral("resourceTreeSlices"));
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &ResourceTreeModel::insertQueued);
    connect(&m_inventory, &Inventory::changed, this, &ResourceTreeModel::onInventoryChanged);
    rebuild();
}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    beginResetModel();
    rebuild();
    endResetModel();
}

void ResourceTreeModel::rebuild()
{
    m_root->children.clear();
    m_root->childIndex.clear();
    m_byId.clear();
    m_dirty.clear();
    m_queue.clear();
    m_queueCursor = 0;
    QList<ResourcePtr> all = m_inventory.all();
    std::sort(all.begin(), all.end(), [](const ResourcePtr& a, const ResourcePtr& b) { return a->id < b->id; });
    if (all.size() > 2 * kSliceRows) {
        // too many for one turn: the rows come in slices after the reset
        for (const ResourcePtr& resource : std::as_const(all))
            m_queue.append(resource->id);
        m_sliceTimer->start();
        return;
    }
    for (const ResourcePtr& resource : std::as_const(all))
        insertResource(resource, false);
}

bool ResourceTreeModel::isSettled() const
{
    return m_queueCursor >= m_queue.size();
}

void ResourceTreeModel::settle()
{
    while (!isSettled())
        insertQueued();
}

void ResourceTreeModel::insertQueued()
{
    // ids, not values: what the Inventory holds now is inserted (a later batch may have changed or
    // removed a queued resource, or inserted it already as an update). A slice ends after
    // kSliceRows rows or kSliceBudgetNs, whichever comes first.
    QElapsedTimer clock;
    clock.start();
    const qsizetype end = std::min(m_queue.size(), m_queueCursor + kSliceRows);
    for (qsizetype done = 0; m_queueCursor < end; ++m_queueCursor, ++done) {
        if ((done & 63) == 63 && clock.nsecsElapsed() > kSliceBudgetNs)
            break;
        const ResourceId& id = m_queue.at(m_queueCursor);
        if (m_byId.contains(id))
            continue;
        if (const ResourcePtr resource = m_inventory.get(id))
            insertResource(resource, true);
    }
    commitStaged();
    flushDirty();
    if (isSettled()) {
        m_queue.clear();
        m_queueCursor = 0;
    } else {
        m_sliceTimer->start();
    }
}

void ResourceTreeModel::onInventoryChanged(const ChangeBatch& batch)
{
    const qsizetype touched = batch.added.size() + batch.updated.size() + batch.removed.size();
    const bool mostRemoved = batch.removed.size() > kResetThreshold && batch.removed.size() > m_byId.size() / 2;
    const bool mostReplaced
        = touched > kResetThreshold && touched > m_byId.size() / 2 && batch.added.size() <= kSliceRows;
    if (mostRemoved || mostReplaced) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    // Removals are announced row by row (a batch removing much of the tree takes the reset above);
    // new rows are staged and announced once per parent and run of adjacent rows (commitStaged),
    // changed rows and the counts of their groups once per batch (flushDirty).
    for (const ResourcePtr& resource : batch.removed)
        removeResource(resource);
    for (qsizetype i = 0; i < batch.updated.size(); ++i) {
        const ResourcePtr& now = batch.updated.at(i);
        const ResourcePtr& before = batch.updatedBefore.value(i);
        Node* node = m_byId.value(now->id);
        if (node && node->resource && samePlace(*node->resource, *now)) {
            node->resource = now;
            m_dirty.insert(node);
            continue;
        }
        if (node && node->resource)
            removeResource(node->resource);
        else if (before)
            removeResource(before);
        insertResource(now, true);
    }
    if (!isSettled() || batch.added.size() > kSliceRows) {
        for (const ResourcePtr& resource : batch.added)
            m_queue.append(resource->id);
        if (!m_sliceTimer->isActive())
            m_sliceTimer->start();
    } else {
        for (const ResourcePtr& resource : batch.added)
            insertResource(resource, true);
    }
    commitStaged();
    flushDirty();
}

bool ResourceTreeModel::samePlace(const Resource& a, const Resource& b) const
{
    return a.kind == b.kind && a.origin == b.origin && a.namespaceName == b.namespaceName && a.name == b.name;
}

ResourceTreeModel::Node* ResourceTreeModel::findChild(Node* parent, int type, const QString& key) const
{
    return parent->childIndex.value(childKey(type, key));
}

bool ResourceTreeModel::nodeLess(const Node* a, const Node* b)
{
    if (a->type != b->type)
        return a->type < b->type;
    return a->sort < b->sort;
}

void ResourceTreeModel::insertNode(Node* parent, std::unique_ptr<Node> node, bool notify)
{
    node->parent = parent;
    parent->childIndex.insert(childKey(int(node->type), node->key), node.get());
    if (notify && !parent->staged) {
        // below an announced row: staged, announced with its siblings by commitStaged()
        node->staged = true;
        m_staged[parent].push_back(std::move(node));
        return;
    }
    // below a row nobody knows yet (or while rebuilding): in place, silently
    node->staged = parent->staged;
    const auto pos = std::upper_bound(parent->children.begin(), parent->children.end(), node.get(),
        [](const Node* n, const std::unique_ptr<Node>& child) { return nodeLess(n, child.get()); });
    const int row = int(pos - parent->children.begin());
    parent->children.insert(pos, std::move(node));
    renumber(parent, row);
}

void ResourceTreeModel::renumber(Node* parent, int from)
{
    for (std::size_t i = std::size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void ResourceTreeModel::unstage(Node* node)
{
    node->staged = false;
    for (const auto& child : node->children)
        unstage(child.get());
}

void ResourceTreeModel::commitStaged()
{
    if (m_staged.empty())
        return;
    // parents in a stable order (rows shift only among siblings, and each run renumbers at once)
    QList<Node*> parents;
    parents.reserve(qsizetype(m_staged.size()));
    for (const auto& [parent, children] : m_staged)
        parents.append(parent);
    std::sort(parents.begin(), parents.end(), [](const Node* a, const Node* b) { return a->sort < b->sort; });
    for (Node* parent : std::as_const(parents)) {
        std::vector<std::unique_ptr<Node>> fresh = std::move(m_staged[parent]);
        std::sort(fresh.begin(), fresh.end(),
            [](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) { return nodeLess(a.get(), b.get()); });
        const QModelIndex parentIndex = indexOfNode(parent);
        std::size_t next = 0;
        auto pos = parent->children.begin();
        while (next < fresh.size()) {
            // the run of new rows that goes before the same existing row
            pos = std::upper_bound(pos, parent->children.end(), fresh[next].get(),
                [](const Node* n, const std::unique_ptr<Node>& child) { return nodeLess(n, child.get()); });
            std::size_t end = next + 1;
            if (pos != parent->children.end()) {
                while (end < fresh.size() && nodeLess(fresh[end].get(), pos->get()))
                    ++end;
            } else {
                end = fresh.size();
            }
            const int row = int(pos - parent->children.begin());
            const int count = int(end - next);
            beginInsertRows(parentIndex, row, row + count - 1);
            for (std::size_t i = next; i < end; ++i)
                unstage(fresh[i].get());
            parent->children.insert(pos, std::make_move_iterator(fresh.begin() + std::ptrdiff_t(next)),
                std::make_move_iterator(fresh.begin() + std::ptrdiff_t(end)));
            renumber(parent, row);
            endInsertRows();
            pos = parent->children.begin() + row + count;
            next = end;
        }
    }
    m_staged.clear();
}

void ResourceTreeModel::flushDirty()
{
    if (m_dirty.isEmpty())
        return;
    const QSet<Node*> dirty = std::exchange(m_dirty, {});
    for (Node* node : dirty)
        touch(node);
}

ResourceTreeModel::Node* ResourceTreeModel::ensureChild(
    Node* parent, int type, const QString& key, ResourceKind kind, bool notify)
{
    if (Node* existing = findChild(parent, type, key))
        return existing;
    auto node = std::make_unique<Node>();
    node->type = static_cast<NodeType>(type);
    node->key = key;
    node->kind = kind;
    node->updateSort();
    Node* raw = node.get();
    insertNode(parent, std::move(node), notify);
    return raw;
}

void ResourceTreeModel::insertResource(const ResourcePtr& resource, bool notify)
{
    if (!resource || m_byId.contains(resource->id))
        return;
    Node* origin = ensureChild(m_root.get(), int(NodeType::Origin), resource->origin, ResourceKind::Cluster, notify);
    // A cloud's managed cluster is a resource of its account, not the account's row.
    if (resource->kind == ResourceKind::Cluster && !origin->resource
        && !resource->origin.startsWith(QLatin1String("cloud:"))) {
        origin->resource = resource;
        m_byId.insert(resource->id, origin);
        if (notify)
            m_dirty.insert(origin);
        return;
    }
    if (resource->kind == ResourceKind::Namespace) {
        Node* ns = findChild(origin, int(NodeType::Namespace), resource->name);
        if (!ns || !ns->resource) {
            ns = ensureChild(origin, int(NodeType::Namespace), resource->name, ResourceKind::Namespace, notify);
            ns->resource = resource;
            m_byId.insert(resource->id, ns);
            if (notify)
                m_dirty.insert(ns);
            return;
        }
    }
    Node* parent = origin;
    if (!resource->namespaceName.isEmpty())
        parent
            = ensureChild(parent, int(NodeType::Namespace), resource->namespaceName, ResourceKind::Namespace, notify);
    if (m_grouping == Grouping::ByCluster)
        parent = ensureChild(parent, int(NodeType::KindGroup), machineName(resource->kind), resource->kind, notify);
    auto leaf = std::make_unique<Node>();
    leaf->type = NodeType::Resource;
    leaf->key = resource->id.toString();
    leaf->kind = resource->kind;
    leaf->resource = resource;
    leaf->updateSort();
    Node* raw = leaf.get();
    insertNode(parent, std::move(leaf), notify);
    m_byId.insert(resource->id, raw);
    for (Node* up = parent; up; up = up->parent)
        ++up->resourceCount;
    if (notify)
        markCounts(parent);
}

void ResourceTreeModel::removeResource(const ResourcePtr& resource)
{
    Node* node = m_byId.take(resource->id);
    if (!node)
        return;
    if (node->type != NodeType::Resource) {
        // a Cluster / Namespace resource: the row stays while something is below it
        node->resource.reset();
        if (node->children.empty() && node->childIndex.isEmpty())
            pruneUpwards(node);
        else
            m_dirty.insert(node);
        return;
    }
    Node* parent = node->parent;
    for (Node* up = parent; up; up = up->parent)
        --up->resourceCount;
    removeNode(node);
    markCounts(pruneUpwards(parent));
}

void ResourceTreeModel::forget(Node* node)
{
    m_dirty.remove(node);
    for (const auto& child : node->children)
        forget(child.get());
}

void ResourceTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row;
    forget(node);
    parent->childIndex.remove(childKey(int(node->type), node->key));
    beginRemoveRows(indexOfNode(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    endRemoveRows();
}

ResourceTreeModel::Node* ResourceTreeModel::pruneUpwards(Node* node)
{
    // a group with staged children (childIndex not empty) stays
    while (node && node != m_root.get() && node->children.empty() && node->childIndex.isEmpty() && !node->resource) {
        Node* parent = node->parent;
        removeNode(node);
        node = parent;
    }
    return node;
}

void ResourceTreeModel::touch(Node* node)
{
    if (!node || node == m_root.get() || node->staged)
        return;
    const QModelIndex index = indexOfNode(node);
    Q_EMIT dataChanged(index, index);
}

void ResourceTreeModel::markCounts(Node* node)
{
    // group rows show their count: refresh them and their ancestors (once per batch)
    for (Node* up = node; up && up != m_root.get(); up = up->parent)
        m_dirty.insert(up);
}

QModelIndex ResourceTreeModel::indexOfNode(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

ResourceTreeModel::Node* ResourceTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex ResourceTreeModel::indexOf(const ResourceId& id) const
{
    return indexOfNode(m_byId.value(id));
}

ResourceId ResourceTreeModel::resourceId(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node* node = nodeOf(index);
    return node->resource ? node->resource->id : ResourceId();
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node* node = nodeOf(parent);
    if (std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ResourceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (node->type) {
        case NodeType::Origin:
            if (node->resource)
                return node->resource->name;
            return node->key.isEmpty() ? Tr::tr("(unknown origin)") : node->key;
        case NodeType::Namespace:
            return node->key;
        case NodeType::KindGroup:
            return Tr::tr("%1 (%2)").arg(pluralName(node->kind)).arg(node->resourceCount);
        case NodeType::Resource:
            return node->resource->name;
        }
        break;
    case Qt::ToolTipRole: {
        QString text;
        switch (node->type) {
        case NodeType::Origin:
            text = node->resource ? displayName(ResourceKind::Cluster) % QStringLiteral(": ") % node->key : node->key;
            break;
        case NodeType::Namespace:
            text = Tr::tr("Namespace %1 \u2014 %n resource(s)", nullptr, node->resourceCount).arg(node->key);
            break;
        case NodeType::KindGroup:
            return pluralName(node->kind);
        case NodeType::Resource:
            text = displayName(node->kind) % QStringLiteral(": ") % node->resource->name;
            break;
        }
        if (node->resource) {
            text += QLatin1Char('\n') % Tr::tr("State: %1").arg(displayName(node->resource->status.state));
            if (!node->resource->status.message.isEmpty())
                text += QStringLiteral(" \u2014 ") % node->resource->status.message;
        }
        return text;
    }
    case ResourceIdRole:
        if (node->resource)
            return QVariant::fromValue(node->resource->id);
        return {};
    case KindRole:
        return static_cast<int>(node->resource ? node->resource->kind : node->kind);
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case StateRole:
        if (node->resource)
            return static_cast<int>(node->resource->status.state);
        return {};
    case NamespaceRole:
        if (node->type == NodeType::Namespace)
            return node->key;
        return node->resource ? node->resource->namespaceName : QString();
    case OriginRole: {
        const Node* up = node;
        while (up->parent && up->parent->parent)
            up = up->parent;
        return up->key;
    }
    case ChildCountRole:
        return node->resourceCount;
    default:
        break;
    }
    return {};
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return Tr::tr("Resource");
    return {};
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->type == NodeType::Resource)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> ResourceTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ResourceIdRole, "resourceId");
    names.insert(KindRole, "kind");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(StateRole, "state");
    names.insert(NamespaceRole, "namespaceName");
    names.insert(OriginRole, "origin");
    names.insert(ChildCountRole, "childCount");
    return names;
}

} // namespace Netloom::ItemModels
