#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

namespace Netloom::Lab {

/// The lab's certificate authority and the serving certificate it signs (EC P-256, generated with
/// OpenSSL in memory). The serving certificate names IP:127.0.0.1 and DNS:localhost.
class TlsIdentity final
{
public:
    /// A new CA and serving certificate.
    static Expected<TlsIdentity> generate();
    /// Reuses the CA kept in stateDir (ca.crt, ca.key) or creates it there; the serving
    /// certificate is issued anew and written next to it (server.crt, server.key).
    static Expected<TlsIdentity> loadOrCreate(const QString& stateDir);

    QByteArray caCertificatePem() const { return m_caCertPem; }
    QByteArray serverCertificatePem() const { return m_serverCertPem; }
    QByteArray serverKeyPem() const { return m_serverKeyPem; }

    /// Server-side TLS settings: TLS 1.2+, chain = serving certificate + CA, no client certificates.
    QSslConfiguration serverConfiguration() const;

private:
    static Expected<TlsIdentity> issue(const QByteArray& caCertPem, const QByteArray& caKeyPem);

    QByteArray m_caCertPem;
    QByteArray m_caKeyPem;
    QByteArray m_serverCertPem;
    QByteArray m_serverKeyPem;
};

} // namespace Netloom::Lab
