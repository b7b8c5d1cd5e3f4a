#pragma once

#include "models/domain/Resource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::Tests {

/// A realistic demo cluster for the tests of topology, item models and widgets (never shipped):
/// cluster "lab" with an ingress-nginx controller behind a LoadBalancer Service, IngressClass
/// nginx (the default), a ClusterIssuer, and namespaces shop / payments / identity / monitoring /
/// cert-manager / ingress-nginx with Services, Ingresses (hosts, paths, TLS) and Certificates.
/// Every resource is mapped by Kube::ObjectMapper from Kubernetes JSON, so its references are the
/// production ones and the Inventory resolves the relations as in the console.
class DemoInventory final
{
public:
    static QString clusterName() { return QStringLiteral("lab"); }
    static QString origin() { return QStringLiteral("kube:lab"); }
    static Domain::ResourceId id(Domain::ResourceKind kind, const QString& namespaceName, const QString& name);

    /// Everything of the demo cluster.
    static QList<Domain::ResourcePtr> resources();
    /// Upserts resources() into @p inventory and flushes, so that one batch carries them.
    static void fill(Domain::Inventory& inventory);

    static Domain::ResourcePtr cluster();
    static Domain::ResourcePtr namespaceResource(const QString& name);
    static Domain::ResourcePtr service(const QString& ns, const QString& name, const QString& type = QStringLiteral("ClusterIP"),
                                       int port = 80, const QStringList& external = {});
    /// The Service and what the mapper derives from it (the IngressController of an ingress-nginx one).
    static QList<Domain::ResourcePtr> serviceResources(const QString& ns, const QString& name,
        const QString& type = QStringLiteral("ClusterIP"), int port = 80, const QStringList& external = {});
    /// An Ingress of class nginx with one host and (path, service) rules, TLS secret "<name>-tls".
    static Domain::ResourcePtr ingress(const QString& ns, const QString& name, const QString& host,
                                       const QList<std::pair<QString, QString>>& pathToService, bool tls = true);
    static Domain::ResourcePtr certificate(const QString& ns, const QString& name, const QString& host,
                                           const QString& secretName);
};

} // namespace Netloom::Tests
