#include "tests/cloud/CloudLab.h"

#include "app/lab/cloud/CloudDemoSeed.h"

namespace Netloom::CloudTest {

CloudLab::CloudLab() = default;

CloudLab::~CloudLab()
{
    if (m_server)
        m_server->close();
}

bool CloudLab::start()
{
    Expected<Lab::TlsIdentity> identity = Lab::TlsIdentity::generate();
    if (!identity) {
        m_error = identity.error().toString();
        return false;
    }
    m_identity = *identity;
    m_server = std::make_unique<Lab::CloudApiServer>();
    m_server->setToken(QStringLiteral("lab-token-0123456789abcdef"));
    m_server->setReadOnlyToken(QStringLiteral("read-only-token-fedcba9876543210"));
    m_server->setBasicCredentials(QStringLiteral("ops@example.com"), QStringLiteral("lab-password"));
    m_server->setContractNumber(QStringLiteral("31415926"));
    m_server->setRequestDelays(60, 90);
    m_server->setKubeconfig("apiVersion: v1\nkind: Config\nclusters:\n- name: netloom-lab\n");
    Lab::CloudDemoSeed::populate(*m_server, QLatin1String(LoadBalancerIp));
    if (const Expected<void> listening = m_server->listen(*m_identity); !listening) {
        m_error = listening.error().toString();
        return false;
    }
    return true;
}

Cloud::IonosConfig CloudLab::config(const QUrl& apiUrl) const
{
    Cloud::IonosConfig config;
    config.apiUrl = apiUrl.isEmpty() ? m_server->directUrl() : apiUrl;
    config.token = m_server->token().toUtf8();
    config.caPem = m_identity->caCertificatePem();
    config.proxy = QUrl(); // loopback, whatever the environment says
    return config;
}

} // namespace Netloom::CloudTest
