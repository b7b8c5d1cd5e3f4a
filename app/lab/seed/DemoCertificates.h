#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace Netloom::Lab {

/// Real X.509 certificates for the seed's TLS Secrets, as cert-manager's issuers would have written them:
/// a demo CA (EC P-256, `CN=Netloom Demo CA`, generated at every start) signs leaf certificates with the
/// given DNS names (subjectAltName, the first also the CN) and validity. An EC key and a signature cost
/// well under a millisecond, so the demo's handful costs nothing at start.
class DemoCertificates final
{
public:
    struct Issued
    {
        QByteArray certificatePem;
        QByteArray keyPem;
    };

    /// A new demo CA; fails only if OpenSSL cannot generate a key.
    static Expected<DemoCertificates> create();
    ~DemoCertificates();
    DemoCertificates(DemoCertificates&&) noexcept;
    DemoCertificates& operator=(DemoCertificates&&) noexcept;

    /// A leaf certificate for `dnsNames`, valid from `notBefore` to `notAfter` (UTC, whole seconds).
    Expected<Issued> issue(const QStringList& dnsNames, const QDateTime& notBefore, const QDateTime& notAfter) const;
    /// The CA itself (a CA Issuer's Secret holds it as tls.crt/tls.key and ca.crt).
    const Issued& authority() const { return m_authority; }

private:
    struct Keys;
    DemoCertificates();

    std::unique_ptr<Keys> m_keys;
    Issued m_authority;
};

} // namespace Netloom::Lab
