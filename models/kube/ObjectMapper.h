#pragma once

#include "models/core/StringPool.h"
#include "models/domain/Resource.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Netloom::Kube {

/// Turns Kubernetes JSON objects of one cluster into domain Resources: summaries of what the console
/// shows, never raw objects. Stateless and thread-safe (lists are mapped on worker threads).
///
/// Ids are ResourceId::kube(clusterName, kind, namespace, name); every resource's origin is
/// "kube:<clusterName>". Parents: a Namespace's is the synthetic Cluster resource, a namespaced
/// object's its Namespace, an IngressClass's or ClusterIssuer's the Cluster.
///
/// The mapper never builds relations: it states what an object names (Resource::references) and
/// what it can be found by (Resource::keys); the Inventory's RelationResolver resolves them, and
/// decides the direction of traffic (see models/kube/README.md, "What is mapped").
///  - Ingress: each backend Service, its IngressClass (spec.ingressClassName or the
///    kubernetes.io/ingress.class annotation) or else the default class of the cluster, each TLS secret;
///  - IngressClass: its controller string; key "default class" when annotated so;
///  - a Service that looks like an ingress-nginx controller also yields a synthetic IngressController
///    (no uid) with key controller "k8s.io/ingress-nginx" that names its Service;
///  - cert-manager Certificate: key "writes TLS secret ns/secretName", names its (Cluster)Issuer;
///    Issuer / ClusterIssuer (kind Issuer, a ClusterIssuer without namespace).
class ObjectMapper final
{
public:
    /// @p clusterName: the kubeconfig context the objects come from.
    explicit ObjectMapper(QString clusterName);

    const QString& clusterName() const { return m_cluster; }
    /// "kube:<clusterName>".
    const QString& origin() const { return m_origin; }
    Domain::ResourceId clusterId() const;
    Domain::ResourceId idFor(Domain::ResourceKind kind, const QString& namespaceName, const QString& name) const;

    /// The synthetic Cluster resource of this context.
    Domain::ResourcePtr clusterResource(const QString& apiServer, const QString& version) const;

    /// The resources @p object stands for: first the object itself, then derived ones. @p kind is the
    /// Kubernetes kind ("Service"); when empty the object's own "kind" is used (list items have
    /// none). Empty for kinds the console does not show.
    QList<Domain::ResourcePtr> map(const QString& kind, const QJsonObject& object) const;

    /// The ids map() gives for an object of @p kind (for removal when it is deleted).
    QList<Domain::ResourceId> idsFor(const QString& kind, const QJsonObject& object) const;

    /// Whether map() or summaryPart() turn objects of @p kind into something (else the console
    /// reports the kind as not modelled).
    static bool isModelled(const QString& kind);
    /// Whether objects of @p kind are summarised (EndpointSlice, Pod) rather than mapped one by one.
    static bool isSummarised(const QString& kind);

    /// What one EndpointSlice (to the summary of its Service) or Pod (to the summary of its
    /// namespace) adds to a summary; SummaryAggregator adds them up. nullopt for other kinds, and
    /// for a slice that names no Service.
    struct SummaryPart
    {
        Domain::ResourceKind kind = Domain::ResourceKind::EndpointSummary;
        QString namespaceName;
        QString name; ///< the Service (endpoints), "pods" (pods)
        // EndpointSlice
        int ready = 0;
        int notReady = 0;
        QStringList addresses; ///< of ready endpoints
        // Pod
        QString phase; ///< "Running", "Pending", ...
        bool podReady = false;
        bool hasIp = false;
        QString ownerKind; ///< the controller owner, a ReplicaSet of a Deployment as "Deployment"
        QString ownerName;
    };
    std::optional<SummaryPart> summaryPart(const QString& kind, const QJsonObject& object) const;

    /// The controller string of the ingress or gateway controller a Service belongs to
    /// ("k8s.io/ingress-nginx", "nginx.org/ingress-controller",
    /// "gateway.nginx.org/nginx-gateway-controller"), or empty.
    static QString controllerOf(const QJsonObject& service);

    /// Whether a Service is an ingress-nginx controller: labels app.kubernetes.io/name=ingress-nginx and
    /// app.kubernetes.io/component=controller, or the name "ingress-nginx-controller"; never the
    /// admission webhook Service of the install (name "...-admission" or a port "https-webhook"),
    /// which carries the same labels.
    static bool isIngressNginxController(const QJsonObject& service);

private:
    Domain::Resource base(Domain::ResourceKind kind, const QJsonObject& object) const;
    Domain::ResourcePtr mapNamespace(const QJsonObject& object) const;
    Domain::ResourcePtr mapService(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngress(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngressClass(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngressController(const QJsonObject& service, const QString& controller) const;
    Domain::ResourcePtr mapTlsSecret(const QJsonObject& object) const;
    Domain::ResourcePtr mapNetworkPolicy(const QJsonObject& object) const;
    Domain::ResourcePtr mapCalicoPolicy(const QJsonObject& object, bool global) const;
    Domain::ResourcePtr mapIpPool(const QJsonObject& object) const;
    Domain::ResourcePtr mapGateway(const QJsonObject& object) const;
    Domain::ResourcePtr mapHttpRoute(const QJsonObject& object) const;
    QList<Domain::ResourcePtr> mapDnsEndpoint(const QJsonObject& object) const;
    Domain::ResourcePtr mapCertificate(const QJsonObject& object) const;
    Domain::ResourcePtr mapIssuer(const QJsonObject& object, bool clusterScoped) const;

    /// What repeats across objects (namespace names and their ids, label keys and values, port
    /// names and protocols, the origin) shares one copy (StringPool); copies of the mapper share
    /// the pool, so workers mapping pages of one context do too.
    QString pooled(const QString& text) const { return m_pool->intern(text); }
    QMap<QString, QString> pooledMap(const QJsonObject& object) const;

    QString m_cluster;
    QString m_origin;
    std::shared_ptr<StringPool> m_pool = std::make_shared<StringPool>();
};

} // namespace Netloom::Kube
