#pragma once

#include "models/net/TlsOptions.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Netloom::Kube {

/// How to reach and authenticate to one cluster: a kubeconfig context resolved (files read,
/// base64 decoded). Holds secrets: never log it, never copy a field into an Error.
struct ConnectionConfig
{
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName; ///< the context's namespace; empty: "default"
    QUrl server;           ///< API server base URL, without trailing slash
    Net::TlsOptions tls;
    QString proxyUrl; ///< kubeconfig proxy-url (see README: applied through the environment only)
    QByteArray bearerToken;
    QString username; ///< basic authentication
    QString password;
    QString sourceFile; ///< kubeconfig file(s), for messages

    /// The server as text, for messages ("https://127.0.0.1:6443").
    QString serverText() const { return server.toString(); }
};

} // namespace Netloom::Kube
