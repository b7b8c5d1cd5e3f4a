#pragma once

#include "models/domain/ChangeBatch.h"
#include "models/domain/ResourceId.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <vector>

class QTimer;

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::ItemModels {

/// The resource tree of the console: one column, updated from Inventory batches in time
/// proportional to the batch: new rows are announced once per parent and run of adjacent rows
/// (beginInsertRows), changed rows and group counts once per batch (dataChanged), removals row by
/// row; a reset only when a batch replaces most of the tree or the grouping changes. Children are
/// found through a hash per row, never by a scan of the siblings.
///
/// ByCluster: cluster (origin) > namespace > kind group > resource; cluster-scoped and cloud
/// resources sit in kind groups right under their origin. ByOrigin: origin > namespace > resource.
/// Cluster and Namespace resources are the origin and namespace rows themselves.
class ResourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeModel)

public:
    enum class Grouping { ByCluster, ByOrigin };
    Q_ENUM(Grouping)

    enum class NodeType { Origin, Namespace, KindGroup, Resource };
    Q_ENUM(NodeType)

    enum Role {
        ResourceIdRole = Qt::UserRole + 1, ///< Domain::ResourceId; invalid QVariant for pure group rows
        KindRole, ///< int(ResourceKind) of the resource or group
        NodeTypeRole, ///< int(NodeType)
        StateRole, ///< int(ResourceState); resources only
        NamespaceRole,
        OriginRole,
        ChildCountRole, ///< resources below a group row
    };

    explicit ResourceTreeModel(Domain::Inventory& inventory, QObject* parent = nullptr);
    ~ResourceTreeModel() override;

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /// True when every resource of the Inventory has its row. A batch adding more than 1,000
    /// resources (a platform's first sync) is inserted in slices of 1,000 across event-loop turns.
    bool isSettled() const;
    /// Inserts what is still queued now (tests).
    void settle();

    /// The row of @p id (a resource, or the origin / namespace row a Cluster / Namespace is), or invalid.
    QModelIndex indexOf(const Domain::ResourceId& id) const;
    /// The resource of @p index, or a null id for a pure group row.
    Domain::ResourceId resourceId(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void onInventoryChanged(const Domain::ChangeBatch& batch);
    void insertQueued();
    void rebuild();
    void insertResource(const Domain::ResourcePtr& resource, bool notify);
    void removeResource(const Domain::ResourcePtr& resource);
    bool samePlace(const Domain::Resource& a, const Domain::Resource& b) const;
    Node* ensureChild(Node* parent, int type, const QString& key, Domain::ResourceKind kind, bool notify);
    Node* findChild(Node* parent, int type, const QString& key) const;
    static bool nodeLess(const Node* a, const Node* b);
    void insertNode(Node* parent, std::unique_ptr<Node> node, bool notify);
    static void renumber(Node* parent, int from);
    static void unstage(Node* node);
    void commitStaged();
    void flushDirty();
    void forget(Node* node);
    void removeNode(Node* node);
    Node* pruneUpwards(Node* node); ///< returns the first ancestor left standing
    void touch(Node* node);
    void markCounts(Node* node);
    QModelIndex indexOfNode(const Node* node) const;
    Node* nodeOf(const QModelIndex& index) const;

    Domain::Inventory& m_inventory;
    Grouping m_grouping = Grouping::ByCluster;
    std::unique_ptr<Node> m_root;
    QHash<Domain::ResourceId, Node*> m_byId;
    std::unordered_map<Node*, std::vector<std::unique_ptr<Node>>> m_staged; // announced parent -> its new children
    QSet<Node*> m_dirty; // rows whose data or count changed in the batch being applied
    QList<Domain::ResourceId> m_queue; // resources still to insert (big batches, in slices)
    qsizetype m_queueCursor = 0;
    QTimer* m_sliceTimer;
};

} // namespace Netloom::ItemModels
