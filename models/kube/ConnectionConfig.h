#pragma once

#include "models/kube/ExecPlugin.h"
#include "models/net/Redactor.h"
#include "models/net/TlsOptions.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

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
    QString proxyUrl; ///< kubeconfig proxy-url: the proxy of every request to this cluster (KubeClient::proxyFor)
    QByteArray bearerToken;
    QString username; ///< basic authentication
    QString password;
    QString sourceFile; ///< kubeconfig file(s), for messages
    /// The user's exec credential plugin, when it has one and no static token: ClusterSession runs
    /// it (ExecCredentialProvider) before the first request and whenever its credential expires.
    std::optional<ExecPlugin> exec;

    /// The server as text, for messages, logs and the inventory ("https://127.0.0.1:6443"): without
    /// userinfo or secret query values (Net::Redactor::url), so a password in the URL never shows.
    QString serverText() const;
};

inline QString ConnectionConfig::serverText() const
{
    return Net::Redactor::url(server);
}

} // namespace Netloom::Kube
