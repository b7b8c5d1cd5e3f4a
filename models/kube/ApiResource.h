#pragma once

#include <QList>
#include <QString>

namespace Netloom::Kube {

/// A resource type of the Kubernetes API the console watches: where it lives and what it is called.
struct ApiResource
{
    QString group;   ///< "" for the core group
    QString version; ///< "v1"
    QString plural;  ///< "ingresses"
    QString kind;    ///< "Ingress"
    bool namespaced = true;

    /// "v1" or "networking.k8s.io/v1".
    QString groupVersion() const;
    /// "/api/v1" or "/apis/networking.k8s.io/v1".
    QString groupVersionPath() const;
    /// The collection across all namespaces (@p namespaceName empty) or of one namespace.
    QString collectionPath(const QString& namespaceName = {}) const;
    /// One object.
    QString objectPath(const QString& namespaceName, const QString& name) const;
    /// "ingresses.networking.k8s.io" or "services" (as kubectl and Status messages name them).
    QString qualifiedName() const;

    bool operator==(const ApiResource&) const = default;

    static ApiResource namespaces();
    static ApiResource services();
    static ApiResource ingresses();
    static ApiResource ingressClasses();
    /// The four above, in sync order (namespaces first, so that children find their parent).
    static QList<ApiResource> watched();
};

} // namespace Netloom::Kube
