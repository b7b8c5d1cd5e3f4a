#pragma once

#include "models/domain/Resource.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Netloom::Cloud {

/// Turns Cloud API v6 objects (depth >= 1: with properties and metadata) into domain resources.
/// Pure functions of their input, so they may run on any thread.
///
/// Ids: cloud:<account>/<kind>/<providerId> with providerId "<datacenterId>/<lanId>" for what lives
/// in a data centre, "<ipBlockId>/<address>" for an IP address, "<clusterId>/<nodePoolId>" for a node
/// pool. Origin: "cloud:<account>". Links are stated as references (vdcMember, loadBalancer*Lan,
/// loadBalancerPublicIp, gatewayPublicIp, gatewayLan, nodePoolLan; loadBalancerService and
/// clusterApiServer towards Kubernetes) and IpAddress keys, which the
/// Inventory's RelationResolver resolves; the mapper never builds a relation.
class IonosMapper final
{
public:
    /// @p account names the cloud account ("ionos" by default; one per configured account).
    explicit IonosMapper(QString account = QStringLiteral("ionos"));

    const QString& account() const { return m_account; }
    QString origin() const;

    Domain::ResourceId vdcId(const QString& datacenterId) const;
    Domain::ResourceId subnetId(const QString& datacenterId, const QString& lanId) const;
    Domain::ResourceId clusterId(const QString& clusterId) const;
    /// The provider id inside a cloud resource id of @p kind ("<dc>/<lan>" of a subnet), or empty
    /// when @p id is not one of this account's.
    QString providerId(const Domain::ResourceId& id, Domain::ResourceKind kind) const;

    Domain::ResourcePtr datacenter(const QJsonObject& object) const;
    Domain::ResourcePtr lan(const QString& datacenterId, const QJsonObject& object) const;
    /// The block and one IpAddress resource per address in it.
    QList<Domain::ResourcePtr> ipBlock(const QJsonObject& object) const;
    Domain::ResourcePtr natGateway(const QString& datacenterId, const QJsonObject& object) const;
    /// A network load balancer; its forwarding rules come from entities.forwardingrules (depth >= 2).
    Domain::ResourcePtr networkLoadBalancer(const QString& datacenterId, const QJsonObject& object) const;
    Domain::ResourcePtr cluster(const QJsonObject& object) const;
    Domain::ResourcePtr nodePool(const QString& clusterId, const QJsonObject& object) const;
    /// @p cluster (a managed cluster) with the API server URL of its kubeconfig, and a
    /// clusterApiServer reference that links it to the Kubernetes cluster served there.
    static Domain::ResourcePtr clusterWithApiServer(const Domain::Resource& cluster, const QString& apiServer);

    /// metadata.state as a status: AVAILABLE/ACTIVE ok, BUSY/DEPLOYING/UPDATING/DESTROYING
    /// progressing, INACTIVE/SUSPENDED warning, FAILED* error; the message names the state.
    static Domain::ResourceStatus status(const QJsonObject& object);

private:
    Domain::Resource base(Domain::ResourceKind kind, const QString& providerId, const QJsonObject& object) const;

    QString m_account;
};

} // namespace Netloom::Cloud
