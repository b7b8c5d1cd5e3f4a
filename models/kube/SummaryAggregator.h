#pragma once

#include "models/domain/Resource.h"
#include "models/kube/ObjectMapper.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Netloom::Kube {

/// Adds up what EndpointSlices and Pods contribute (ObjectMapper::SummaryPart) into one
/// EndpointSummary per Service and one PodSummary per namespace, so that 100,000 pods are counts,
/// not 100,000 resources. Per object it keeps only its part (counts, owner, a few addresses of a
/// slice); a change costs O(1) for pods and O(slices of that Service) for endpoints, never the
/// size of the namespace or the cluster.
///
/// Not thread-safe: ClusterSession feeds it in the order the informers reported.
class SummaryAggregator final
{
public:
    explicit SummaryAggregator(const ObjectMapper& mapper);

    /// The object @p key ("plural/namespace/name") now contributes @p part (nullopt: nothing).
    void set(const QString& key, std::optional<ObjectMapper::SummaryPart> part);
    bool contains(const QString& key) const { return m_parts.contains(key); }
    QList<QString> keys() const { return m_parts.keys(); }
    qsizetype size() const { return m_parts.size(); }

    /// The summaries that changed since the last call: to upsert, and ids to remove (no part left).
    void takeChanges(QList<Domain::ResourcePtr>* upserted, QList<Domain::ResourceId>* removed);
    /// Forgets everything (what was summarised is to be removed by the caller).
    void clear();

private:
    struct Owner
    {
        int total = 0;
        int ready = 0;
    };
    struct Summary
    {
        Domain::ResourceKind kind = Domain::ResourceKind::EndpointSummary;
        QString namespaceName;
        QString name;
        int parts = 0;
        // endpoints
        int ready = 0;
        int notReady = 0;
        QSet<QString> members; // slice keys (to collect addresses)
        // pods
        int running = 0, pending = 0, failed = 0, succeeded = 0, podsReady = 0, withIp = 0;
        QHash<QPair<QString, QString>, Owner> owners;
    };

    Domain::ResourceId summaryId(const ObjectMapper::SummaryPart& part) const;
    void add(const QString& key, const ObjectMapper::SummaryPart& part, int sign);
    Domain::ResourcePtr build(const Domain::ResourceId& id, const Summary& summary) const;

    ObjectMapper m_mapper;
    QHash<QString, ObjectMapper::SummaryPart> m_parts;
    QHash<Domain::ResourceId, Summary> m_summaries;
    QSet<Domain::ResourceId> m_dirty;
};

} // namespace Netloom::Kube
