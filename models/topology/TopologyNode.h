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

    bool hasPosition() const { return !rect.isNull(); }
    bool operator==(const TopologyNode&) const = default;
};

} // namespace Netloom::Topology
