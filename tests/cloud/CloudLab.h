#pragma once

#include "app/lab/cloud/CloudApiServer.h"
#include "app/lab/http/TlsIdentity.h"

#include "models/cloud/IonosConfig.h"

#include <memory>
#include <optional>

namespace Netloom::CloudTest {

/// The lab's cloud API in-process on a free loopback port, seeded with the demo VDC, with short
/// request delays, and an IonosConfig that reaches it (token, CA).
class CloudLab final
{
public:
    CloudLab();
    ~CloudLab();
    Q_DISABLE_COPY_MOVE(CloudLab)

    /// False (see error()) when TLS or listening failed.
    bool start();
    const QString& error() const { return m_error; }

    Lab::CloudApiServer& server() { return *m_server; }
    QByteArray caPem() const { return m_identity->caCertificatePem(); }
    /// A config for the lab: its URL (or @p apiUrl), its token, its CA.
    Cloud::IonosConfig config(const QUrl& apiUrl = {}) const;

    static constexpr const char* LoadBalancerIp = "203.0.113.10";

private:
    std::optional<Lab::TlsIdentity> m_identity;
    std::unique_ptr<Lab::CloudApiServer> m_server;
    QString m_error;
};

} // namespace Netloom::CloudTest
