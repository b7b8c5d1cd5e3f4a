#pragma once

#include "app/lab/kube/ApiServer.h"
#include "app/lab/http/TlsIdentity.h"

#include "tests/lab/TestHttpClient.h"

#include <memory>
#include <optional>

namespace Netloom::Lab::Test {

/// An in-process lab API server on a free port, seeded with the demo (or only the system
/// namespaces), plus a factory for connected clients.
class LabFixture final
{
public:
    enum class Seed { Demo, System };

    LabFixture();
    ~LabFixture();
    Q_DISABLE_COPY_MOVE(LabFixture)

    /// False (with a message in error()) when TLS or listening failed.
    bool start(Seed seed = Seed::Demo);
    const QString& error() const { return m_error; }

    ApiServer& server() { return *m_server; }
    quint16 port() const { return m_server->port(); }
    QByteArray caPem() const { return m_identity->caCertificatePem(); }

    /// A new client, connected (nullptr when the TLS handshake failed).
    std::unique_ptr<TestHttpClient> connect(const QString& token = {});

private:
    std::optional<TlsIdentity> m_identity;
    std::unique_ptr<ApiServer> m_server;
    QString m_error;
};

} // namespace Netloom::Lab::Test
