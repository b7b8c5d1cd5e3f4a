#pragma once

#include "models/domain/ResourceId.h"

#include <QRectF>
#include <QString>

namespace Netloom::Topology {

/// A box drawn around nodes: a cluster (or cloud account) holding namespace boxes.
struct TopologyGroup
{
    enum class Type : quint8 {
        Origin,        ///< a Kubernetes cluster or a cloud account
        Namespace,     ///< a Kubernetes namespace
        ClusterScoped, ///< the cluster-scoped resources of a cluster (IngressClass, ClusterIssuer...)
    };

    QString key;                ///< stable id of the box ("origin\x1fnamespace")
    Type type = Type::Namespace;
    Domain::ResourceId resource; ///< the Cluster / Namespace resource, null when not (yet) known
    QString title;
    QString subtitle;
    QRectF rect;

    bool operator==(const TopologyGroup&) const = default;
};

} // namespace Netloom::Topology
