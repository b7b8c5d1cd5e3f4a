#pragma once

#include "models/domain/ResourceId.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/ResourceStatus.h"

#include <QRectF>
#include <QString>

namespace Netloom::Topology {

/// One node of the topology graph: a drawn resource, with the text a view shows and its place.
struct TopologyNode
{
    Domain::ResourceId id;
    Domain::ResourceKind kind = Domain::ResourceKind::Service;
    QString title;    ///< the resource name
    QString subtitle; ///< one line of the most telling details ("LoadBalancer · 203.0.113.10")
    QString namespaceName;
    QString origin;
    Domain::ResourceState state = Domain::ResourceState::Unknown;
    QString statusMessage;
    int layer = 0; ///< column of the layered layout (traffic flows from low to high)
    QRectF rect;   ///< scene rectangle; null until the first layout that includes the node
    /// A collapsed namespace's card (kind Namespace, id the namespace's): the number of nodes it
    /// stands for. 0 for the card of a resource.
    int memberCount = 0;

    bool hasPosition() const { return !rect.isNull(); }
    bool isSummary() const { return memberCount > 0; }
    bool operator==(const TopologyNode&) const = default;
};

} // namespace Netloom::Topology
