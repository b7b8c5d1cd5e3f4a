#include "models/kube/SummaryAggregator.h"

#include "models/kube/Tr.h"

#include <algorithm>

namespace Netloom::Kube {

using namespace Netloom::Domain;

namespace {

// Addresses kept per endpoint summary: what the inspector shows, not a copy of every endpoint.
constexpr int MaxAddresses = 20;

} // namespace

SummaryAggregator::SummaryAggregator(const ObjectMapper& mapper)
    : m_mapper(mapper)
{
}

ResourceId SummaryAggregator::summaryId(const ObjectMapper::SummaryPart& part) const
{
    return m_mapper.idFor(part.kind, part.namespaceName, part.name);
}

void SummaryAggregator::set(const QString& key, std::optional<ObjectMapper::SummaryPart> part)
{
    const auto old = m_parts.constFind(key);
    if (old != m_parts.cend()) {
        add(key, *old, -1);
        m_parts.erase(old);
    }
    if (part) {
        add(key, *part, +1);
        m_parts.insert(key, std::move(*part));
    }
}

void SummaryAggregator::add(const QString& key, const ObjectMapper::SummaryPart& part, int sign)
{
    const ResourceId id = summaryId(part);
    Summary& s = m_summaries[id];
    s.kind = part.kind;
    s.namespaceName = part.namespaceName;
    s.name = part.name;
    s.parts += sign;
    m_dirty.insert(id);
    if (part.kind == ResourceKind::EndpointSummary) {
        s.ready += sign * part.ready;
        s.notReady += sign * part.notReady;
        if (sign > 0)
            s.members.insert(key);
        else
            s.members.remove(key);
        return;
    }
    const QString& phase = part.phase;
    if (phase == QLatin1String("Running"))
        s.running += sign;
    else if (phase == QLatin1String("Failed"))
        s.failed += sign;
    else if (phase == QLatin1String("Succeeded"))
        s.succeeded += sign;
    else
        s.pending += sign; // Pending and Unknown
    if (part.podReady)
        s.podsReady += sign;
    if (part.hasIp)
        s.withIp += sign;
    const QPair<QString, QString> ownerKey { part.ownerKind, part.ownerName };
    Owner& owner = s.owners[ownerKey];
    owner.total += sign;
    if (part.podReady)
        owner.ready += sign;
    if (owner.total <= 0)
        s.owners.remove(ownerKey);
}

ResourcePtr SummaryAggregator::build(const ResourceId& id, const Summary& s) const
{
    Resource r;
    r.id = id;
    r.kind = s.kind;
    r.name = s.name;
    r.namespaceName = s.namespaceName;
    r.origin = m_mapper.origin();
    r.parent = m_mapper.idFor(ResourceKind::Namespace, QString(), s.namespaceName);
    r.status = { ResourceState::Ok, QString() };
    if (s.kind == ResourceKind::EndpointSummary) {
        EndpointSummaryDetails d;
        d.serviceName = s.name;
        d.slices = s.parts;
        d.ready = s.ready;
        d.notReady = s.notReady;
        QList<QString> members(s.members.begin(), s.members.end());
        std::sort(members.begin(), members.end());
        for (const QString& member : std::as_const(members)) {
            for (const QString& address : m_parts.value(member).addresses) {
                if (d.addresses.size() >= MaxAddresses)
                    break;
                d.addresses.append(address);
            }
        }
        if (d.ready == 0)
            r.status = { ResourceState::Error,
                d.notReady > 0 ? Tr::tr("no ready endpoints (%n not ready)", nullptr, d.notReady)
                               : Tr::tr("no endpoints") };
        else if (d.notReady > 0)
            r.status = { ResourceState::Warning, Tr::tr("%n endpoint(s) not ready", nullptr, d.notReady) };
        r.references.append({ ReferenceKind::EndpointsService,
            ResourceKey::id(m_mapper.idFor(ResourceKind::Service, s.namespaceName, s.name)) });
        r.details = d;
    } else {
        PodSummaryDetails d;
        d.total = s.parts;
        d.running = s.running;
        d.pending = s.pending;
        d.failed = s.failed;
        d.succeeded = s.succeeded;
        d.ready = s.podsReady;
        d.withIp = s.withIp;
        for (auto it = s.owners.cbegin(); it != s.owners.cend(); ++it)
            d.owners.append({ it.key().first, it.key().second, it->total, it->ready });
        std::sort(d.owners.begin(), d.owners.end(), [](const PodOwnerCount& a, const PodOwnerCount& b) {
            return a.total != b.total ? a.total > b.total
                                      : std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
        });
        if (d.failed > 0)
            r.status = { ResourceState::Error, Tr::tr("%n pod(s) failed", nullptr, d.failed) };
        else if (d.running > d.ready)
            r.status = { ResourceState::Warning, Tr::tr("%n running pod(s) not ready", nullptr, d.running - d.ready) };
        else if (d.pending > 0)
            r.status = { ResourceState::Progressing, Tr::tr("%n pod(s) pending", nullptr, d.pending) };
        r.details = d;
    }
    return std::make_shared<const Resource>(std::move(r));
}

void SummaryAggregator::takeChanges(QList<ResourcePtr>* upserted, QList<ResourceId>* removed)
{
    for (const ResourceId& id : std::as_const(m_dirty)) {
        const auto it = m_summaries.constFind(id);
        if (it == m_summaries.cend())
            continue;
        if (it->parts <= 0) {
            m_summaries.erase(it);
            removed->append(id);
        } else {
            upserted->append(build(id, *it));
        }
    }
    m_dirty.clear();
}

void SummaryAggregator::clear()
{
    m_parts.clear();
    m_summaries.clear();
    m_dirty.clear();
}

} // namespace Netloom::Kube
