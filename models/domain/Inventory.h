#pragma once

#include "models/domain/ChangeBatch.h"
#include "models/domain/RelationResolver.h"
#include "models/domain/Resource.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

namespace Netloom::Domain {

/// The single store of everything the console knows; views never keep their own copy.
///
/// Mutations apply at once (reads are always consistent) and are recorded; once per event-loop turn
/// the Inventory emits changed() with everything of that turn, coalesced (see ChangeBatch). All
/// look-ups are served from indexes kept up to date on every mutation (hash maps; no scan of the
/// store per mutation or per look-up). Results of look-ups are in no particular order.
///
/// Lives in one thread (the GUI thread): workers build ResourcePtrs and hand them over with queued
/// signals. Removing a resource does not cascade to its children; use removeWhere() to drop a whole
/// cluster or account.
class Inventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inventory)

public:
    explicit Inventory(QObject* parent = nullptr);
    ~Inventory() override;

    /// Inserts or replaces the resource with resource->id. Returns false (and records nothing) for
    /// a null pointer, a null id, details not matching the kind, or a value equal to the stored one.
    bool upsert(const ResourcePtr& resource);
    /// upsert() of each; returns how many changed the store.
    qsizetype upsert(const QList<ResourcePtr>& resources);
    /// Removes @p id; false when it was not there.
    bool remove(const ResourceId& id);
    /// Removes every resource whose origin is @p origin (a cluster, a cloud account); returns how many.
    qsizetype removeWhere(const QString& origin);
    /// Removes everything (each removal is part of the next batch).
    void clear();

    ResourcePtr get(const ResourceId& id) const; ///< nullptr when absent
    bool contains(const ResourceId& id) const;
    qsizetype size() const;
    QList<ResourcePtr> all() const;

    QList<ResourcePtr> byKind(ResourceKind kind) const;
    qsizetype countOfKind(ResourceKind kind) const;
    /// Resources whose parent is @p parentId (the parent itself need not be in the store);
    /// children of the null id are the roots.
    QList<ResourcePtr> children(const ResourceId& parentId) const;
    /// Resources in Kubernetes namespace @p namespaceName; restricted to @p origin unless it is empty.
    /// An empty @p namespaceName matches cluster-scoped and cloud resources.
    QList<ResourcePtr> byNamespace(const QString& namespaceName, const QString& origin = {}) const;
    /// Resources carrying label @p key = @p value.
    QList<ResourcePtr> byLabel(const QString& key, const QString& value) const;
    /// Resources carrying every label of @p selector (all resources for an empty selector).
    QList<ResourcePtr> byLabels(const QMap<QString, QString>& selector) const;
    /// Resources of @p kind named @p name (several namespaces / origins may share a name).
    QList<ResourcePtr> byName(ResourceKind kind, const QString& name) const;
    /// Resources that came from @p origin.
    QList<ResourcePtr> byOrigin(const QString& origin) const;
    /// The resolved outgoing relations of @p source (see RelationResolver), sorted by target, type.
    /// Both ends of a relation are always in the store.
    QList<Relation> relationsOf(const ResourceId& source) const;
    /// The resolved incoming relations of @p target, sorted by source, type.
    QList<ResolvedRelation> incomingOf(const ResourceId& target) const;
    /// Whether that relation is resolved now.
    bool hasRelation(const ResolvedRelation& relation) const;
    /// Number of resolved relations.
    qsizetype relationCount() const;
    /// Incoming relations as resources: those having a relation to @p target (each once).
    QList<ResourcePtr> sourcesOf(const ResourceId& target) const;
    /// Same, restricted to relations of @p type.
    QList<ResourcePtr> sourcesOf(const ResourceId& target, RelationType type) const;
    /// The resolver (its counters tell how much work the mutations made).
    const RelationResolver& resolver() const { return m_resolver; }
    RelationResolver& resolver() { return m_resolver; }

    /// True when mutations are recorded and not yet emitted.
    bool hasPendingChanges() const;

public Q_SLOTS:
    /// Emits changed() now with what is pending (nothing when nothing is). For tests and shutdown;
    /// the event loop calls it by itself once per turn.
    void flush();

Q_SIGNALS:
    /// Once per event-loop turn in which the store changed (never with an empty batch: a turn whose
    /// mutations cancel out, like add+remove of one id, emits nothing).
    void changed(const Netloom::Domain::ChangeBatch& batch);

private:
    struct Pending
    {
        ResourcePtr before; ///< value at the start of the batch (null: did not exist)
        ResourcePtr last;   ///< latest value, or the value removed last
    };
    using IdSet = CompactSet<ResourceId>; // most are small: one per parent, name, label value

    // Moves every index entry of @p id from what @p old says to what @p now says (either may be null);
    // entries whose key did not change are left alone.
    void reindex(const ResourceId& id, const Resource* old, const Resource* now);
    void record(const ResourceId& id, const ResourcePtr& before, const ResourcePtr& last);
    void resolve(const Resource* old, const Resource* now);
    void recordRelations();
    void postFlush();
    QList<ResourcePtr> resolve(const IdSet* ids) const;

    QHash<ResourceId, ResourcePtr> m_byId;
    QHash<ResourceKind, IdSet> m_kindIndex;
    QHash<ResourceId, IdSet> m_childIndex;
    QHash<QString, QHash<QString, IdSet>> m_namespaceIndex; // namespace -> origin -> ids
    QHash<QString, QHash<QString, IdSet>> m_labelIndex;     // key -> value -> ids
    QHash<ResourceKind, QHash<QString, IdSet>> m_nameIndex; // kind -> name -> ids
    QHash<QString, IdSet> m_originIndex;
    RelationResolver m_resolver;
    QList<RelationResolver::Change> m_relationChanges; // scratch of one mutation
    QHash<ResolvedRelation, bool> m_pendingRelations; // relation -> existed at batch start

    QHash<ResourceId, Pending> m_pending;
    QList<ResourceId> m_pendingOrder;
    qsizetype m_pendingMutations = 0;
    bool m_flushPosted = false;
};

} // namespace Netloom::Domain
