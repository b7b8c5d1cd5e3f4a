#pragma once

#include "models/domain/Resource.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Netloom::Kube {

/// Turns Kubernetes JSON objects of one cluster into domain Resources: summaries of what the console
/// shows, never raw objects. Stateless and thread-safe (lists are mapped on worker threads).
///
/// Ids are ResourceId::kube(clusterName, kind, namespace, name); every resource's origin is
/// "kube:<clusterName>". Relations:
///  - Namespace: parent is the synthetic Cluster resource;
///  - Service, Ingress: parent is their Namespace;
///  - Ingress RoutesTo each backend Service, AttachedTo its IngressClass (spec.ingressClassName or
///    the kubernetes.io/ingress.class annotation);
///  - a Service that looks like an ingress-nginx controller also yields a synthetic IngressController
///    (no uid) that Exposes that Service;
///  - IngressClass AttachedTo the IngressControllers of its spec.controller: see linkControllers().
class ObjectMapper final
{
public:
    /// @p clusterName: the kubeconfig context the objects come from.
    explicit ObjectMapper(QString clusterName);

    const QString& clusterName() const { return m_cluster; }
    /// "kube:<clusterName>".
    QString origin() const;
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

    /// Whether a Service is an ingress-nginx controller: labels app.kubernetes.io/name=ingress-nginx and
    /// app.kubernetes.io/component=controller, or the name "ingress-nginx-controller"; never the
    /// admission webhook Service of the install (name "...-admission" or a port "https-webhook"),
    /// which carries the same labels.
    static bool isIngressNginxController(const QJsonObject& service);

    /// Adds the edges between IngressClasses and IngressControllers, which depend on both sets:
    /// each class gets AttachedTo every controller whose details name the same controller string, and
    /// each controller's className lists the classes attached to it. Returns the updated resources of
    /// both lists (unchanged ones included) in the input order, classes first.
    static QList<Domain::ResourcePtr> linkControllers(const QList<Domain::ResourcePtr>& ingressClasses,
                                                      const QList<Domain::ResourcePtr>& controllers);

private:
    Domain::Resource base(Domain::ResourceKind kind, const QJsonObject& object) const;
    Domain::ResourcePtr mapNamespace(const QJsonObject& object) const;
    Domain::ResourcePtr mapService(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngress(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngressClass(const QJsonObject& object) const;
    Domain::ResourcePtr mapIngressController(const QJsonObject& service) const;

    QString m_cluster;
};

} // namespace Netloom::Kube
