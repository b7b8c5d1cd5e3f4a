#pragma once

#include "models/core/Expected.h"

namespace Netloom::Lab {

class ApiServer;

/// What runs behind the demo's Services, as the kubelet, the scheduler and the EndpointSlice controller
/// would report it: five Nodes (the cloud's node pools `system` and `apps`, InternalIPs in 10.7.0.0/24,
/// podCIDRs from the Calico pool 10.244.0.0/16, Ready), Pods for every Service selector (owned by a
/// ReplicaSet-like owner, podIPs from their node's podCIDR), one EndpointSlice per Service with a
/// selector (`kubernetes.io/service-name`), and a few Events. `shop/cart`'s only Pod is in
/// CrashLoopBackOff, so that Service has no ready endpoint; one of `shop/checkout`'s two is not ready.
class DemoWorkloads final
{
public:
    /// Needs the demo's Services and Certificates in the store.
    static Expected<void> populate(ApiServer& server);
};

} // namespace Netloom::Lab
