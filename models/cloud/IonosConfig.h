#pragma once

#include "models/core/Expected.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace Netloom::Cloud {

/// Where and as whom the IONOS Cloud API is called: what IONOS's own tools read from IONOS_API_URL,
/// IONOS_TOKEN (or IONOS_USERNAME + IONOS_PASSWORD) and, for users with several contracts,
/// X-Contract-Number. The credentials are secrets: they go into request headers only, never into a
/// log line, an Error or toString().
struct IonosConfig
{
    /// IONOS's public endpoint; IONOS_API_URL overrides it.
    static constexpr const char* DefaultApiUrl = "https://api.ionos.com/cloudapi/v6";

    /// Base URL of Cloud API v6, without a trailing slash ("https://api.ionos.com/cloudapi/v6").
    QUrl apiUrl;
    /// Bearer token; wins over username/password when set.
    QByteArray token;
    QString username;
    QByteArray password;
    /// Sent as X-Contract-Number when set.
    QString contractNumber;
    /// PEM bundle to trust instead of the system store (the lab's CA); empty: system store.
    QByteArray caPem;
    /// Page size of list requests (limit); IONOS allows 1 to 10000.
    int pageSize = 1000;
    /// Proxy for every request: nullopt = the environment (HTTPS_PROXY...), as curl does.
    std::optional<QUrl> proxy;

    /// From IONOS_API_URL, IONOS_TOKEN, IONOS_USERNAME, IONOS_PASSWORD, IONOS_CONTRACT_NUMBER and
    /// IONOS_CA_BUNDLE (a PEM file). Fails when no credentials are given or a URL or file is unusable.
    static Expected<IonosConfig> fromEnvironment(const QProcessEnvironment& environment);

    /// The URL of @p path below apiUrl ("/datacenters" -> ".../cloudapi/v6/datacenters").
    QUrl urlFor(const QString& path) const;
    /// "https://api.ionos.com/cloudapi/v6 as token" / "... as user@example.com": never a secret.
    QString describe() const;
    /// True when the URL is plain http:// (a local validating proxy; warn the operator).
    bool isPlainHttp() const;
};

} // namespace Netloom::Cloud
