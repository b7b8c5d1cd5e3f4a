#include "tests/lab/LabFixture.h"

#include "app/lab/seed/DemoSeed.h"

namespace Netloom::Lab::Test {

LabFixture::LabFixture() = default;

LabFixture::~LabFixture()
{
    if (m_server)
        m_server->close();
}

bool LabFixture::start(Seed seed)
{
    const Expected<TlsIdentity> identity = TlsIdentity::generate();
    if (!identity) {
        m_error = identity.error().toString();
        return false;
    }
    m_identity = *identity;
    m_server = std::make_unique<ApiServer>();
    m_server->setToken(QStringLiteral("test-token-0123456789abcdef"));
    const Expected<void> seeded
        = seed == Seed::Demo ? DemoSeed::populateDemo(*m_server) : DemoSeed::populateSystem(*m_server);
    if (!seeded) {
        m_error = seeded.error().toString();
        return false;
    }
    if (const Expected<void> listening = m_server->listen(*m_identity); !listening) {
        m_error = listening.error().toString();
        return false;
    }
    return true;
}

std::unique_ptr<TestHttpClient> LabFixture::connect(const QString& token)
{
    auto client = std::make_unique<TestHttpClient>(port(), caPem(), token.isEmpty() ? m_server->token() : token);
    if (!client->connectToServer())
        return nullptr;
    return client;
}

} // namespace Netloom::Lab::Test
