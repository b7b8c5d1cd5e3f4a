#pragma once

#include "models/cloud/CloudProvider.h"
#include "models/cloud/IonosConfig.h"
#include "models/cloud/IonosMapper.h"

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
    [[nodiscard]] CloudJob* fetchKubeconfig(const Domain::ResourceId& cluster) override;

    IonosApi& api() { return *m_api; }
    const IonosMapper& mapper() const { return m_mapper; }

private:
    /// The LAN's properties for a POST or PATCH, or the rule it breaks.
    static Expected<QJsonObject> lanProperties(const SubnetSpec& spec);
    void readLan(CloudJob* job, const QString& datacenterId, const QString& lanId);

    IonosApi* m_api;
    IonosMapper m_mapper;
};

} // namespace Netloom::Cloud
