#pragma once

#include <QByteArray>
#include <QString>

namespace Netloom::Net {

/// TLS settings of one request. PEM data is passed in memory (libcurl's *_BLOB options): nothing is
/// written to disk, which suits kubeconfig's certificate-authority-data / client-*-data fields.
struct TlsOptions
{
    /// PEM certificate(s) of the authorities to trust. When set, ONLY these are trusted (the system
    /// store is not consulted), like kubectl with certificate-authority-data. Empty: system store.
    QByteArray caPem;
    /// PEM client certificate (chain) for mutual TLS; used together with clientKeyPem.
    QByteArray clientCertPem;
    /// PEM private key of clientCertPem. A secret: never logged, never copied into an Error.
    QByteArray clientKeyPem;
    /// kubeconfig tls-server-name: the name sent as SNI and checked against the server certificate,
    /// while the TCP connection still goes to the URL's host and port and the Host header keeps the
    /// URL's authority. Empty: the URL's host is used for both.
    QString serverName;
    /// false disables certificate and host name verification. Only when the operator asked for it
    /// (kubeconfig insecure-skip-tls-verify).
    bool verifyPeer = true;
};

} // namespace Netloom::Net
