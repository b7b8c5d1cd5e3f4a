#pragma once

#include "app/lab/kube/Schema.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Netloom::Lab {

/// A served resource type: where it lives in the API, how discovery names it, and its Schema.
struct ResourceKind
{
    QString group; ///< "" for the core group
    QString version; ///< "v1"
    QString kind; ///< "Ingress"
    QString plural; ///< "ingresses"
    QString singular; ///< "ingress"
    bool namespaced = false;
    QStringList shortNames;
    QStringList categories;
    /// Field selectors beyond metadata.name and metadata.namespace ("type" for Secrets).
    QStringList fieldSelectors;
    /// The typed schema of a built-in kind (strict decoding, OpenAPI, protobuf); null for custom resources.
    SchemaPtr schema;
    /// A `/status` subresource: PUT/PATCH there change only `status`, main writes keep it.
    bool statusSubresource = false;
    /// Protobuf request bodies are read (a table exists); otherwise 415, as for custom resources.
    bool protobuf = true;
    /// Set for kinds a CustomResourceDefinition registered.
    bool custom = false;
    /// A custom resource's structural schema (the version's openAPIV3Schema) and the CRD's storage version.
    QJsonObject openApiSchema;
    QString storageVersion;

    /// "v1" or "networking.k8s.io/v1".
    QString apiVersion() const;
    /// "cert-manager.io/v1": the version a custom resource is stored in.
    QString storageApiVersion() const;
    /// "ingresses.networking.k8s.io" or "namespaces" (as used in error messages; the store's collection key).
    QString groupResource() const;
    /// "/api/v1" or "/apis/networking.k8s.io/v1".
    QString groupVersionPath() const;
    QString listKind() const { return kind + QStringLiteral("List"); }
    /// "Certificate.cert-manager.io" or "Service": the qualified kind of Invalid errors.
    QString qualifiedKind() const;
    /// Both name the same stored collection (versions of one custom resource share it).
    bool sameResource(const ResourceKind& other) const;
};

} // namespace Netloom::Lab
