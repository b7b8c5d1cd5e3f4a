#pragma once

#include "models/core/CompactSet.h"
#include "models/domain/Reference.h"
#include "models/domain/Relation.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Netloom::Domain {

struct Resource;

/// The one place where references become relations, and where the direction of traffic is decided.
///
/// Every resource provides keys (its id, plus Resource::keys) and holds references (Resource::
/// references, plus Resource::relations taken as they are). A reference of kind K to key X, held by
/// R, gives one relation with every provider P of X, of the type and direction that rule(K) says
/// (R -> P or P -> R). The resolver keeps the indexes key -> providers and key -> referrers, so a
/// change of one resource re-resolves only the references it holds or that name its keys: the cost
/// is proportional to what changed times its fan-out, never to the number of resources.
/// A relation exists only while both ends exist; two references giving the same relation give one.
///
/// Not thread-safe; the Inventory owns one and feeds it every mutation.
class RelationResolver final
{
public:
    /// How one kind of reference becomes a relation.
    struct Rule
    {
        RelationType type = RelationType::RoutesTo;
        bool referrerIsSource = true; ///< true: referrer -> provider; false: provider -> referrer
    };
    /// The rule table (see models/domain/README.md, "Relations").
    static Rule rule(ReferenceKind kind);

    /// A relation that appeared (added) or disappeared.
    struct Change
    {
        ResolvedRelation relation;
        bool added = false;
    };

    /// Work done, for scale tests: every (referrer, provider) pair looked at, every reference and
    /// key (un)registered.
    struct Counters
    {
        qint64 pairsVisited = 0;
        qint64 referencesChanged = 0;
        qint64 keysChanged = 0;
    };

    /// Applies the change of one resource from @p old to @p now (either may be null, not both; same
    /// id) and appends the relations that appeared or disappeared to @p changes.
    void update(const Resource* old, const Resource* now, QList<Change>* changes);
    /// Forgets everything (appends every relation as removed).
    void clear(QList<Change>* changes);

    /// Outgoing relations of @p source, sorted by target then type.
    QList<Relation> outgoing(const ResourceId& source) const;
    /// Incoming relations of @p target, sorted by source then type.
    QList<ResolvedRelation> incoming(const ResourceId& target) const;
    bool contains(const ResolvedRelation& relation) const { return m_count.contains(relation); }
    qsizetype relationCount() const { return m_count.size(); }

    const Counters& counters() const { return m_counters; }
    void resetCounters() { m_counters = {}; }

private:
    // A rule index: below ReferenceKindCount a ReferenceKind, else an explicit RelationType
    // (ReferenceKindCount + type) taken as referrer -> provider.
    struct Ref
    {
        ResourceKey key;
        quint8 rule = 0;
        bool operator==(const Ref&) const = default;
    };
    struct Referrer
    {
        ResourceId id;
        quint8 rule = 0;
        bool operator==(const Referrer&) const = default;
        friend size_t qHash(const Referrer& r, size_t seed = 0) noexcept { return qHashMulti(seed, r.id, r.rule); }
    };

    static QList<Ref> refsOf(const Resource& resource);
    static QList<ResourceKey> keysOf(const Resource& resource);
    /// The keys read from a Kubernetes resource's details (PublicAddress, ApiServer).
    static QList<ResourceKey> derivedKeysOf(const Resource& resource);
    static bool relationFor(const ResourceId& referrer, const ResourceId& provider, quint8 rule, ResolvedRelation* out);
    void increment(const ResolvedRelation& relation, QList<Change>* changes);
    void decrement(const ResolvedRelation& relation, QList<Change>* changes);
    void addRef(const ResourceId& id, const Ref& ref, QList<Change>* changes);
    void removeRef(const ResourceId& id, const Ref& ref, QList<Change>* changes);
    void addKey(const ResourceId& id, const ResourceKey& key, QList<Change>* changes);
    void removeKey(const ResourceId& id, const ResourceKey& key, QList<Change>* changes);

    // Per key and per resource the sets are small (a holder or two, a few relations) but there are
    // tens of thousands of them: CompactSet, not QSet (models/core/CompactSet.h).
    QHash<ResourceKey, CompactSet<ResourceId>> m_providers;
    QHash<ResourceKey, CompactSet<Referrer>> m_referrers;
    QHash<ResolvedRelation, int> m_count; // relation -> number of references giving it
    QHash<ResourceId, CompactSet<ResolvedRelation>> m_out;
    QHash<ResourceId, CompactSet<ResolvedRelation>> m_in;
    Counters m_counters;
};

} // namespace Netloom::Domain
