#include "models/domain/RelationResolver.h"

#include "models/domain/Resource.h"

#include <QStringBuilder>

#include <algorithm>
#include <array>

namespace Netloom::Domain {

namespace {

struct RuleEntry
{
    const char* machine;
    RelationResolver::Rule rule;
};

// The direction of traffic, decided once: indexed by ReferenceKind. Traffic enters at a
// LoadBalancer Service, goes through the ingress controller, its IngressClass and the Ingress to
// the backend Service (Gateway API: Gateway -> HTTPRoute -> Service); an Issuer secures its
// Certificates, a Certificate the Ingresses that serve its secret.
constexpr std::array<RuleEntry, ReferenceKindCount> kRules = { {
    { "ingressBackend", { RelationType::RoutesTo, true } }, // Ingress -> Service
    { "ingressClassName", { RelationType::RoutesTo, false } }, // IngressClass -> Ingress
    { "ingressDefaultClass", { RelationType::RoutesTo, false } }, // default IngressClass -> Ingress
    { "ingressTlsSecret", { RelationType::Secures, false } }, // Certificate -> Ingress
    { "classController", { RelationType::RoutesTo, false } }, // IngressController -> IngressClass
    { "controllerService", { RelationType::Exposes, false } }, // Service -> IngressController
    { "certificateIssuer", { RelationType::Secures, false } }, // Issuer -> Certificate
    { "routeParent", { RelationType::RoutesTo, false } }, // Gateway -> HTTPRoute
    { "routeBackend", { RelationType::RoutesTo, true } }, // HTTPRoute -> Service
    // The cloud: traffic enters at a public IP, reaches the load balancer listening on a (public)
    // LAN and leaves it into the target LAN, where the node pools are attached; a private LAN's
    // outbound traffic goes through its NAT gateway, out through the gateway's public IP.
    { "vdcMember", { RelationType::Contains, false } }, // VDC -> LAN / gateway / load balancer / node pool
    { "loadBalancerListenerLan", { RelationType::RoutesTo, false } }, // listener LAN -> load balancer
    { "loadBalancerTargetLan", { RelationType::RoutesTo, true } }, // load balancer -> target LAN
    { "loadBalancerPublicIp", { RelationType::AttachedTo, false } }, // public IP -> load balancer
    { "gatewayPublicIp", { RelationType::AttachedTo, false } }, // public IP -> NAT gateway
    { "gatewayLan", { RelationType::RoutesTo, false } }, // LAN -> NAT gateway
    { "nodePoolLan", { RelationType::AttachedTo, true } }, // node pool -> LAN
    { "endpointsService", { RelationType::RoutesTo, false } }, // Service -> its endpoint summary
    // Cloud to Kubernetes: the load balancer forwards to the LoadBalancer Service that has its public
    // IP (the ingress controller's); a managed cluster exposes the Kubernetes cluster at its API URL.
    { "loadBalancerService", { RelationType::RoutesTo, true } }, // load balancer -> Service
    { "clusterApiServer", { RelationType::Exposes, true } }, // managed cluster -> Kubernetes cluster
} };

const QChar kSep(0x1f);

} // namespace

ResourceKey ResourceKey::id(const ResourceId& id)
{
    return { KeyKind::Id, id.toString() };
}

ResourceKey ResourceKey::ingressController(const QString& origin, const QString& controller)
{
    return { KeyKind::IngressController, origin % kSep % controller };
}

ResourceKey ResourceKey::defaultIngressClass(const QString& origin)
{
    return { KeyKind::DefaultIngressClass, origin };
}

ResourceKey ResourceKey::tlsSecret(const QString& origin, const QString& namespaceName, const QString& secretName)
{
    return { KeyKind::TlsSecret, origin % kSep % namespaceName % kSep % secretName };
}

ResourceKey ResourceKey::ipAddress(const QString& origin, const QString& address)
{
    return { KeyKind::IpAddress, origin % kSep % address };
}

ResourceKey ResourceKey::publicAddress(const QString& address)
{
    return { KeyKind::PublicAddress, address };
}

ResourceKey ResourceKey::apiServer(const QString& url)
{
    return { KeyKind::ApiServer, url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url };
}

QString machineName(ReferenceKind kind)
{
    return QLatin1String(kRules.at(static_cast<std::size_t>(kind)).machine);
}

RelationResolver::Rule RelationResolver::rule(ReferenceKind kind)
{
    return kRules.at(static_cast<std::size_t>(kind)).rule;
}

QList<RelationResolver::Ref> RelationResolver::refsOf(const Resource& resource)
{
    QList<Ref> refs;
    refs.reserve(resource.references.size() + resource.relations.size());
    const auto add = [&refs](Ref ref) {
        if (!refs.contains(ref))
            refs.append(std::move(ref));
    };
    for (const Reference& reference : resource.references)
        add({ reference.key, static_cast<quint8>(reference.kind) });
    for (const Relation& relation : resource.relations)
        add({ ResourceKey::id(relation.target),
            static_cast<quint8>(ReferenceKindCount + static_cast<int>(relation.type)) });
    return refs;
}

QList<ResourceKey> RelationResolver::keysOf(const Resource& resource)
{
    QList<ResourceKey> keys;
    keys.reserve(resource.keys.size() + 1);
    keys.append(ResourceKey::id(resource.id));
    for (const ResourceKey& key : resource.keys) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const ResourceKey& key : derivedKeysOf(resource)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QList<ResourceKey> RelationResolver::derivedKeysOf(const Resource& resource)
{
    // Keys that link another origin's resources to Kubernetes ones, read from what the Kubernetes
    // mapper already states: a LoadBalancer Service's external addresses, a cluster's API server.
    QList<ResourceKey> keys;
    if (!resource.origin.startsWith(QLatin1String("kube:")))
        return keys;
    if (const auto* service = resource.as<ServiceDetails>()) {
        if (service->type == QLatin1String("LoadBalancer")) {
            for (const QString& address : service->externalAddresses)
                keys.append(ResourceKey::publicAddress(address));
        }
    } else if (const auto* cluster = resource.as<ClusterDetails>()) {
        if (!cluster->apiServer.isEmpty())
            keys.append(ResourceKey::apiServer(cluster->apiServer));
    }
    return keys;
}

bool RelationResolver::relationFor(
    const ResourceId& referrer, const ResourceId& provider, quint8 rule, ResolvedRelation* out)
{
    if (referrer == provider)
        return false;
    Rule r;
    if (rule < ReferenceKindCount)
        r = kRules.at(rule).rule;
    else
        r = { static_cast<RelationType>(rule - ReferenceKindCount), true };
    *out = r.referrerIsSource ? ResolvedRelation { referrer, provider, r.type }
                              : ResolvedRelation { provider, referrer, r.type };
    return true;
}

void RelationResolver::increment(const ResolvedRelation& relation, QList<Change>* changes)
{
    int& count = m_count[relation];
    if (++count > 1)
        return;
    m_out[relation.source].insert(relation);
    m_in[relation.target].insert(relation);
    changes->append({ relation, true });
}

void RelationResolver::decrement(const ResolvedRelation& relation, QList<Change>* changes)
{
    const auto it = m_count.find(relation);
    if (it == m_count.end() || --*it > 0)
        return;
    m_count.erase(it);
    const auto eraseFrom = [&relation](QHash<ResourceId, CompactSet<ResolvedRelation>>& index, const ResourceId& id) {
        const auto entry = index.find(id);
        if (entry == index.end())
            return;
        entry->remove(relation);
        if (entry->isEmpty())
            index.erase(entry);
    };
    eraseFrom(m_out, relation.source);
    eraseFrom(m_in, relation.target);
    changes->append({ relation, false });
}

void RelationResolver::addRef(const ResourceId& id, const Ref& ref, QList<Change>* changes)
{
    ++m_counters.referencesChanged;
    m_referrers[ref.key].insert({ id, ref.rule });
    const auto providers = m_providers.constFind(ref.key);
    if (providers == m_providers.cend())
        return;
    for (const ResourceId& provider : *providers) {
        ++m_counters.pairsVisited;
        ResolvedRelation relation;
        if (relationFor(id, provider, ref.rule, &relation))
            increment(relation, changes);
    }
}

void RelationResolver::removeRef(const ResourceId& id, const Ref& ref, QList<Change>* changes)
{
    ++m_counters.referencesChanged;
    const auto referrers = m_referrers.find(ref.key);
    if (referrers != m_referrers.end()) {
        referrers->remove({ id, ref.rule });
        if (referrers->isEmpty())
            m_referrers.erase(referrers);
    }
    const auto providers = m_providers.constFind(ref.key);
    if (providers == m_providers.cend())
        return;
    for (const ResourceId& provider : *providers) {
        ++m_counters.pairsVisited;
        ResolvedRelation relation;
        if (relationFor(id, provider, ref.rule, &relation))
            decrement(relation, changes);
    }
}

void RelationResolver::addKey(const ResourceId& id, const ResourceKey& key, QList<Change>* changes)
{
    ++m_counters.keysChanged;
    m_providers[key].insert(id);
    const auto referrers = m_referrers.constFind(key);
    if (referrers == m_referrers.cend())
        return;
    for (const Referrer& referrer : *referrers) {
        ++m_counters.pairsVisited;
        ResolvedRelation relation;
        if (relationFor(referrer.id, id, referrer.rule, &relation))
            increment(relation, changes);
    }
}

void RelationResolver::removeKey(const ResourceId& id, const ResourceKey& key, QList<Change>* changes)
{
    ++m_counters.keysChanged;
    const auto providers = m_providers.find(key);
    if (providers != m_providers.end()) {
        providers->remove(id);
        if (providers->isEmpty())
            m_providers.erase(providers);
    }
    const auto referrers = m_referrers.constFind(key);
    if (referrers == m_referrers.cend())
        return;
    for (const Referrer& referrer : *referrers) {
        ++m_counters.pairsVisited;
        ResolvedRelation relation;
        if (relationFor(referrer.id, id, referrer.rule, &relation))
            decrement(relation, changes);
    }
}

void RelationResolver::update(const Resource* old, const Resource* now, QList<Change>* changes)
{
    if (!old && !now)
        return;
    const ResourceId id = now ? now->id : old->id;
    const bool both = old && now;
    const bool refsSame = both && old->references == now->references && old->relations == now->relations;
    const bool keysSame = both && old->keys == now->keys && derivedKeysOf(*old) == derivedKeysOf(*now);
    if (refsSame && keysSame)
        return;

    const QList<Ref> oldRefs = (old && !refsSame) ? refsOf(*old) : QList<Ref>();
    const QList<Ref> newRefs = (now && !refsSame) ? refsOf(*now) : QList<Ref>();
    const QList<ResourceKey> oldKeys = (old && !keysSame) ? keysOf(*old) : QList<ResourceKey>();
    const QList<ResourceKey> newKeys = (now && !keysSame) ? keysOf(*now) : QList<ResourceKey>();

    // Removals first, then additions: a relation kept through the change is counted down and up
    // again, which the batch of the Inventory coalesces into nothing.
    for (const Ref& ref : oldRefs) {
        if (!newRefs.contains(ref))
            removeRef(id, ref, changes);
    }
    for (const ResourceKey& key : oldKeys) {
        if (!newKeys.contains(key))
            removeKey(id, key, changes);
    }
    for (const ResourceKey& key : newKeys) {
        if (!oldKeys.contains(key))
            addKey(id, key, changes);
    }
    for (const Ref& ref : newRefs) {
        if (!oldRefs.contains(ref))
            addRef(id, ref, changes);
    }
}

void RelationResolver::clear(QList<Change>* changes)
{
    for (auto it = m_count.cbegin(); it != m_count.cend(); ++it)
        changes->append({ it.key(), false });
    m_providers.clear();
    m_referrers.clear();
    m_count.clear();
    m_out.clear();
    m_in.clear();
}

QList<Relation> RelationResolver::outgoing(const ResourceId& source) const
{
    QList<Relation> out;
    const auto it = m_out.constFind(source);
    if (it == m_out.cend())
        return out;
    out.reserve(it->size());
    for (const ResolvedRelation& r : *it)
        out.append({ r.type, r.target });
    std::sort(out.begin(), out.end(), [](const Relation& a, const Relation& b) {
        return a.target != b.target ? a.target < b.target : a.type < b.type;
    });
    return out;
}

QList<ResolvedRelation> RelationResolver::incoming(const ResourceId& target) const
{
    QList<ResolvedRelation> out;
    const auto it = m_in.constFind(target);
    if (it == m_in.cend())
        return out;
    out = QList<ResolvedRelation>(it->cbegin(), it->cend());
    std::sort(out.begin(), out.end(), [](const ResolvedRelation& a, const ResolvedRelation& b) {
        return a.source != b.source ? a.source < b.source : a.type < b.type;
    });
    return out;
}

} // namespace Netloom::Domain
