#pragma once

#include "models/domain/ResourceId.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Netloom::Cloud {

/// A NAT gateway: its public IPs (from the account's IP blocks) and the subnets whose outbound
/// traffic it carries. Sent whole (create and update), as the spec's NatGatewayProperties require.
struct GatewaySpec
{
    QString name;
    QStringList publicIps;
    QList<Domain::ResourceId> subnets; ///< Subnet resources of the gateway's data centre
};

} // namespace Netloom::Cloud
