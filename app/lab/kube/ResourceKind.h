#pragma once

#include "app/lab/kube/Schema.h"

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
    SchemaPtr schema;

    /// "v1" or "networking.k8s.io/v1".
    QString apiVersion() const;
    /// "ingresses.networking.k8s.io" or "namespaces" (as used in error messages).
    QString groupResource() const;
    /// "/api/v1" or "/apis/networking.k8s.io/v1".
    QString groupVersionPath() const;
    QString listKind() const { return kind + QStringLiteral("List"); }
};

} // namespace Netloom::Lab
