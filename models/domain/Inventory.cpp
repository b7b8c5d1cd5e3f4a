#include "models/domain/Inventory.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace Netloom::Domain {

namespace {

// The index sets (Inventory::IdSet).
using IdSet = CompactSet<ResourceId>;


Q_LOGGING_CATEGORY(lcInventory, "netloom.domain.inventory")

template<class K>
void insertInto(QHash<K, IdSet>& index, const K& key, const ResourceId& id)
{
    index[key].insert(id);
}

template<class K1, class K2>
void insertInto(QHash<K1, QHash<K2, IdSet>>& index, const K1& key1, const K2& key2, const ResourceId& id)
{
    index[key1][key2].insert(id);
}

// Empty buckets are erased, so that an index never holds keys nobody has any more.
template<class K>
void eraseFrom(QHash<K, IdSet>& index, const K& key, const ResourceId& id)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->remove(id);
    if (it->isEmpty())
        index.erase(it);
}

template<class K1, class K2>
void eraseFrom(QHash<K1, QHash<K2, IdSet>>& index, const K1& key1, const K2& key2, const ResourceId& id)
{
    const auto it = index.find(key1);
    if (it == index.end())
        return;
    eraseFrom(*it, key2, id);
    if (it->isEmpty())
        index.erase(it);
}

template<class K>
const IdSet* find(const QHash<K, IdSet>& index, const K& key)
{
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &*it;
}

template<class K1, class K2>
const IdSet* find(const QHash<K1, QHash<K2, IdSet>>& index, const K1& key1, const K2& key2)
{
    const auto it = index.constFind(key1);
    return it == index.cend() ? nullptr : find(*it, key2);
}

} // namespace

Inventory::Inventory(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Netloom::Domain::ChangeBatch>();
}

Inventory::~Inventory() = default;

bool Inventory::upsert(const ResourcePtr& resource)
{
    if (!resource || resource->id.isNull()) {
        qCWarning(lcInventory) << "upsert ignored: null resource or null id";
        return false;
    }
    if (!resource->detailsMatchKind()) {
        qCWarning(lcInventory) << "upsert ignored:" << resource->id.toString() << "has details of another kind";
        return false;
    }
    const ResourceId& id = resource->id;
    const auto it = m_byId.find(id);
    if (it == m_byId.end()) {
        m_byId.insert(id, resource);
        reindex(id, nullptr, resource.get());
        record(id, nullptr, resource);
        resolve(nullptr, resource.get());
        return true;
    }
    const ResourcePtr old = *it;
    if (old == resource || *old == *resource)
        return false;
    *it = resource;
    reindex(id, old.get(), resource.get());
    record(id, old, resource);
    resolve(old.get(), resource.get());
    return true;
}

qsizetype Inventory::upsert(const QList<ResourcePtr>& resources)
{
    qsizetype changedCount = 0;
    for (const ResourcePtr& r : resources)
        changedCount += upsert(r) ? 1 : 0;
    return changedCount;
}

bool Inventory::remove(const ResourceId& id)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return false;
    const ResourcePtr old = *it;
    m_byId.erase(it);
    reindex(id, old.get(), nullptr);
    record(id, old, old);
    resolve(old.get(), nullptr);
    return true;
}

qsizetype Inventory::removeWhere(const QString& origin)
{
    const IdSet* ids = find(m_originIndex, origin);
    if (!ids)
        return 0;
    const IdSet copy = *ids; // remove() edits the index we iterate
    for (const ResourceId& id : copy)
        remove(id);
    return copy.size();
}

void Inventory::clear()
{
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it)
        record(it.key(), it.value(), it.value());
    m_byId.clear();
    m_kindIndex.clear();
    m_childIndex.clear();
    m_namespaceIndex.clear();
    m_labelIndex.clear();
    m_nameIndex.clear();
    m_originIndex.clear();
    m_resolver.clear(&m_relationChanges);
    recordRelations();
}

ResourcePtr Inventory::get(const ResourceId& id) const
{
    return m_byId.value(id);
}

bool Inventory::contains(const ResourceId& id) const
{
    return m_byId.contains(id);
}

qsizetype Inventory::size() const
{
    return m_byId.size();
}

QList<ResourcePtr> Inventory::all() const
{
    return m_byId.values();
}

QList<ResourcePtr> Inventory::byKind(ResourceKind kind) const
{
    return resolve(find(m_kindIndex, kind));
}

qsizetype Inventory::countOfKind(ResourceKind kind) const
{
    const IdSet* ids = find(m_kindIndex, kind);
    return ids ? ids->size() : 0;
}

QList<ResourcePtr> Inventory::children(const ResourceId& parentId) const
{
    return resolve(find(m_childIndex, parentId));
}

QList<ResourcePtr> Inventory::byNamespace(const QString& namespaceName, const QString& origin) const
{
    if (!origin.isEmpty())
        return resolve(find(m_namespaceIndex, namespaceName, origin));
    const auto it = m_namespaceIndex.constFind(namespaceName);
    if (it == m_namespaceIndex.cend())
        return {};
    QList<ResourcePtr> out;
    for (const IdSet& ids : *it)
        out.append(resolve(&ids));
    return out;
}

QList<ResourcePtr> Inventory::byLabel(const QString& key, const QString& value) const
{
    return resolve(find(m_labelIndex, key, value));
}

QList<ResourcePtr> Inventory::byLabels(const QMap<QString, QString>& selector) const
{
    if (selector.isEmpty())
        return all();
    // Walk the smallest bucket and check the other labels on each candidate.
    const IdSet* smallest = nullptr;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const IdSet* ids = find(m_labelIndex, it.key(), it.value());
        if (!ids)
            return {};
        if (!smallest || ids->size() < smallest->size())
            smallest = ids;
    }
    QList<ResourcePtr> out;
    for (const ResourceId& id : *smallest) {
        const ResourcePtr r = m_byId.value(id);
        bool matches = true;
        for (auto it = selector.cbegin(); matches && it != selector.cend(); ++it) {
            const auto label = r->labels.constFind(it.key());
            matches = label != r->labels.cend() && *label == it.value();
        }
        if (matches)
            out.append(r);
    }
    return out;
}

QList<ResourcePtr> Inventory::byName(ResourceKind kind, const QString& name) const
{
    return resolve(find(m_nameIndex, kind, name));
}

QList<ResourcePtr> Inventory::byOrigin(const QString& origin) const
{
    return resolve(find(m_originIndex, origin));
}

QList<Relation> Inventory::relationsOf(const ResourceId& source) const
{
    return m_resolver.outgoing(source);
}

QList<ResolvedRelation> Inventory::incomingOf(const ResourceId& target) const
{
    return m_resolver.incoming(target);
}

bool Inventory::hasRelation(const ResolvedRelation& relation) const
{
    return m_resolver.contains(relation);
}

qsizetype Inventory::relationCount() const
{
    return m_resolver.relationCount();
}

QList<ResourcePtr> Inventory::sourcesOf(const ResourceId& target) const
{
    QList<ResourcePtr> out;
    ResourceId last;
    for (const ResolvedRelation& r : m_resolver.incoming(target)) { // sorted by source
        if (r.source != last)
            out.append(m_byId.value(r.source));
        last = r.source;
    }
    return out;
}

QList<ResourcePtr> Inventory::sourcesOf(const ResourceId& target, RelationType type) const
{
    QList<ResourcePtr> out;
    for (const ResolvedRelation& r : m_resolver.incoming(target)) {
        if (r.type == type)
            out.append(m_byId.value(r.source));
    }
    return out;
}

bool Inventory::hasPendingChanges() const
{
    return !m_pendingOrder.isEmpty();
}

void Inventory::flush()
{
    if (m_pendingOrder.isEmpty())
        return;
    // Take the pending state first: a slot connected to changed() may mutate us again, which
    // starts the next batch.
    const QHash<ResourceId, Pending> pending = std::exchange(m_pending, {});
    const QList<ResourceId> order = std::exchange(m_pendingOrder, {});
    const QHash<ResolvedRelation, bool> relations = std::exchange(m_pendingRelations, {});
    ChangeBatch batch;
    batch.mutationCount = std::exchange(m_pendingMutations, 0);
    for (auto it = relations.cbegin(); it != relations.cend(); ++it) {
        const bool now = m_resolver.contains(it.key());
        if (now && !it.value())
            batch.relationsAdded.append(it.key());
        else if (!now && it.value())
            batch.relationsRemoved.append(it.key());
    }

    for (const ResourceId& id : order) {
        const Pending& p = *pending.constFind(id);
        const ResourcePtr now = m_byId.value(id);
        if (!p.before) {
            if (now)
                batch.added.append(now);
        } else if (!now) {
            batch.removed.append(p.last);
        } else if (now != p.before && !(*now == *p.before)) {
            batch.updated.append(now);
            batch.updatedBefore.append(p.before);
        }
    }
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
}

void Inventory::reindex(const ResourceId& id, const Resource* old, const Resource* now)
{
    const bool both = old && now;

    if (!(both && old->kind == now->kind)) {
        if (old)
            eraseFrom(m_kindIndex, old->kind, id);
        if (now)
            insertInto(m_kindIndex, now->kind, id);
    }
    if (!(both && old->parent == now->parent)) {
        if (old)
            eraseFrom(m_childIndex, old->parent, id);
        if (now)
            insertInto(m_childIndex, now->parent, id);
    }
    if (!(both && old->namespaceName == now->namespaceName && old->origin == now->origin)) {
        if (old)
            eraseFrom(m_namespaceIndex, old->namespaceName, old->origin, id);
        if (now)
            insertInto(m_namespaceIndex, now->namespaceName, now->origin, id);
    }
    if (!(both && old->origin == now->origin)) {
        if (old)
            eraseFrom(m_originIndex, old->origin, id);
        if (now)
            insertInto(m_originIndex, now->origin, id);
    }
    if (!(both && old->kind == now->kind && old->name == now->name)) {
        if (old)
            eraseFrom(m_nameIndex, old->kind, old->name, id);
        if (now)
            insertInto(m_nameIndex, now->kind, now->name, id);
    }
    if (!(both && old->labels == now->labels)) {
        if (old) {
            for (auto it = old->labels.cbegin(); it != old->labels.cend(); ++it)
                eraseFrom(m_labelIndex, it.key(), it.value(), id);
        }
        if (now) {
            for (auto it = now->labels.cbegin(); it != now->labels.cend(); ++it)
                insertInto(m_labelIndex, it.key(), it.value(), id);
        }
    }
}

void Inventory::resolve(const Resource* old, const Resource* now)
{
    m_resolver.update(old, now, &m_relationChanges);
    recordRelations();
}

void Inventory::recordRelations()
{
    // The first change of a relation in a batch tells whether it existed at the start.
    for (const RelationResolver::Change& change : std::as_const(m_relationChanges)) {
        if (!m_pendingRelations.contains(change.relation))
            m_pendingRelations.insert(change.relation, !change.added);
    }
    m_relationChanges.clear();
}

void Inventory::record(const ResourceId& id, const ResourcePtr& before, const ResourcePtr& last)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        m_pending.insert(id, Pending { before, last });
        m_pendingOrder.append(id);
    } else {
        it->last = last;
    }
    ++m_pendingMutations;
    postFlush();
}

void Inventory::postFlush()
{
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushPosted = false;
                flush();
            },
            Qt::QueuedConnection);
    }
}

QList<ResourcePtr> Inventory::resolve(const IdSet* ids) const
{
    QList<ResourcePtr> out;
    if (!ids)
        return out;
    out.reserve(ids->size());
    for (const ResourceId& id : *ids)
        out.append(m_byId.value(id));
    return out;
}

} // namespace Netloom::Domain
