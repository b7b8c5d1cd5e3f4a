#pragma once

#include "models/cloud/GatewaySpec.h"
#include "models/cloud/IpBlockSpec.h"
#include "models/cloud/SubnetSpec.h"
#include "models/domain/ResourceId.h"

#include <QObject>
#include <QString>

namespace Netloom::Cloud {

class CloudJob;

/// A cloud account as Netloom reads and changes it, whatever the cloud: IONOS Cloud first
/// (IonosProvider), others later without touching the views. Every operation is asynchronous and
/// returns a CloudJob the caller owns; results are domain resources with references, which the
/// Inventory's RelationResolver links.
class CloudProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudProvider)

public:
    explicit CloudProvider(QObject* parent = nullptr);
    ~CloudProvider() override;

    /// The origin of every resource of this account ("cloud:ionos").
    virtual QString origin() const = 0;
    /// For the operator: where and as whom ("https://api.ionos.com/cloudapi/v6 as token"); no secret.
    virtual QString describe() const = 0;

    /// Reads every data centre of the account with its subnets, IP blocks and addresses, gateways,
    /// load balancers, and the managed clusters with their node pools.
    [[nodiscard]] virtual CloudJob* readAll() = 0;
    /// Creates a subnet in the data centre @p vdc (a Vdc resource id). The provider's rules are checked
    /// first: a breach fails the job before anything is sent.
    [[nodiscard]] virtual CloudJob* createSubnet(const Domain::ResourceId& vdc, const SubnetSpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* updateSubnet(const Domain::ResourceId& subnet, const SubnetSpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* deleteSubnet(const Domain::ResourceId& subnet) = 0;
    /// Reserves a block of public IPs; the job's resources are the block and its addresses.
    [[nodiscard]] virtual CloudJob* createIpBlock(const IpBlockSpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* updateIpBlock(const Domain::ResourceId& block, const IpBlockSpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* deleteIpBlock(const Domain::ResourceId& block) = 0;
    /// Creates a NAT gateway in the data centre @p vdc.
    [[nodiscard]] virtual CloudJob* createGateway(const Domain::ResourceId& vdc, const GatewaySpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* updateGateway(const Domain::ResourceId& gateway, const GatewaySpec& spec) = 0;
    [[nodiscard]] virtual CloudJob* deleteGateway(const Domain::ResourceId& gateway) = 0;
    /// The kubeconfig of a managed cluster (CloudJob::content()).
    [[nodiscard]] virtual CloudJob* fetchKubeconfig(const Domain::ResourceId& cluster) = 0;
    /// The provider's own JSON of one of this account's resources, as its API serves it now
    /// (CloudJob::content(), a JSON object): what the inspector shows as the live object.
    [[nodiscard]] virtual CloudJob* readObject(const Domain::ResourceId& id) = 0;
};

} // namespace Netloom::Cloud
