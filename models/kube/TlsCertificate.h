#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Netloom::Kube {

/// What the console shows of the certificate chain of a kubernetes.io/tls Secret (its tls.crt):
/// the leaf's names and validity and the chain's length. Never the key, never the bytes.
struct TlsCertificateInfo
{
    QString subject; ///< RFC 2253: "CN=shop.example.com,O=Shop"
    QString issuer;  ///< RFC 2253
    QString issuerCn;
    QStringList dnsNames;    ///< subjectAltName DNS entries of the leaf
    QStringList ipAddresses; ///< subjectAltName IP entries of the leaf
    QDateTime notBefore;     ///< UTC
    QDateTime notAfter;      ///< UTC
    int chainLength = 0;     ///< certificates in the PEM, leaf first

    /// Parses PEM text (one or more CERTIFICATE blocks) with OpenSSL. Errors: no certificate in
    /// it, or a block that is not a valid certificate ("certificate 2 of the chain: ...").
    /// Anything but CERTIFICATE blocks (a private key pasted into tls.crt) is skipped unread.
    static Expected<TlsCertificateInfo> fromPem(const QByteArray& pem);
};

} // namespace Netloom::Kube
