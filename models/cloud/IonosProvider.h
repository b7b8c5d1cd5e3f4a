#pragma once

#include "models/cloud/CloudProvider.h"
#include "models/cloud/IonosConfig.h"
#include "models/cloud/IonosMapper.h"

#include <functional>

namespace Netloom::Cloud {

class IonosApi;

/// CloudProvider for IONOS Cloud API v6: the protocol is IonosApi's, the mapping IonosMapper's.
/// readAll() lists /datacenters, /ipblocks and /k8s, then per data centre its lans, natgateways and
/// networkloadbalancers (depth 2, for the forwarding rules) and per cluster its nodepools; every
/// collection is read through all its pages. LAN CIDRs are checked with LanCidrRule before sending.
class IonosProvider final : public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IonosProvider)

public:
    explicit IonosProvider(IonosConfig config, QString account = QStringLiteral("ionos"), QObject* parent = nullptr);
    ~IonosProvider() override;

    QString origin() const override;
    QString describe() const override;

    [[nodiscard]] CloudJob* readAll() override;
    [[nodiscard]] CloudJob* createSubnet(const Domain::ResourceId& vdc, const SubnetSpec& spec) override;
    [[nodiscard]] CloudJob* updateSubnet(const Domain::ResourceId& subnet, const SubnetSpec& spec) override;
    [[nodiscard]] CloudJob* deleteSubnet(const Domain::ResourceId& subnet) override;
    [[nodiscard]] CloudJob* createIpBlock(const IpBlockSpec& spec) override;
    [[nodiscard]] CloudJob* updateIpBlock(const Domain::ResourceId& block, const IpBlockSpec& spec) override;
    [[nodiscard]] CloudJob* deleteIpBlock(const Domain::ResourceId& block) override;
    [[nodiscard]] CloudJob* createGateway(const Domain::ResourceId& vdc, const GatewaySpec& spec) override;
    [[nodiscard]] CloudJob* updateGateway(const Domain::ResourceId& gateway, const GatewaySpec& spec) override;
    [[nodiscard]] CloudJob* deleteGateway(const Domain::ResourceId& gateway) override;
    [[nodiscard]] CloudJob* fetchKubeconfig(const Domain::ResourceId& cluster) override;
    [[nodiscard]] CloudJob* readObject(const Domain::ResourceId& id) override;
    /// The Cloud API path of one of this account's resources and the depth it is read at (a load
    /// balancer's forwarding rules need 2); an IP address is read as its block. Empty: not ours.
    QString objectPath(const Domain::ResourceId& id, int* depth) const;

    IonosApi& api() { return *m_api; }
    const IonosMapper& mapper() const { return m_mapper; }

private:
    /// The LAN's properties for a POST or PATCH, or the rule it breaks.
    static Expected<QJsonObject> lanProperties(const SubnetSpec& spec);
    /// The properties of an IP block, or the rule it breaks.
    static Expected<QJsonObject> ipBlockProperties(const IpBlockSpec& spec);
    /// The properties of a NAT gateway in @p datacenterId, or the rule it breaks.
    Expected<QJsonObject> gatewayProperties(const QString& datacenterId, const GatewaySpec& spec) const;
    void readLan(CloudJob* job, const QString& datacenterId, const QString& lanId);
    /// Sends a write, waits for DONE, then reads @p readPath (depth 1) and finishes @p job with what
    /// @p map makes of it; @p readPath empty: finishes with nothing (a delete).
    void writeThenRead(CloudJob* job, const QByteArray& method, const QString& path, const QJsonObject& body,
        const QString& readPath, std::function<QList<Domain::ResourcePtr>(const QJsonObject&)> map);
    /// "<a>/<b>" of a resource of @p kind, split; false when @p id is not one of this account's.
    bool splitId(const Domain::ResourceId& id, Domain::ResourceKind kind, QString* first, QString* second) const;

    IonosApi* m_api;
    IonosMapper m_mapper;
};

} // namespace Netloom::Cloud
