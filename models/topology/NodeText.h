#pragma once

#include "models/domain/Resource.h"

#include <QString>

namespace Netloom::Topology {

/// One short line of the details that tell a node apart ("LoadBalancer · 203.0.113.10",
/// "shop.example.com +1 · TLS"); the kind's display name when nothing more telling is known.
QString nodeSubtitle(const Domain::Resource& resource);

/// The tooltip of a node: kind, namespace, state and its message.
QString nodeToolTip(const Domain::Resource& resource);

} // namespace Netloom::Topology
