#pragma once

#include "models/core/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Netloom::Lab {

class ApiServer;

/// The size of a generated platform (`netloom-lab --generate NAME`).
struct GeneratorPreset
{
    QString name;
    int namespaces = 0; ///< application namespaces team-0001 …
    int services = 0; ///< application Services, spread evenly over the namespaces
    int ingresses = 0; ///< application Ingresses, spread evenly, each routing to Services of its namespace
};

/// Synthetic platforms for benchmarks and scale tests: the demo's system part (kube-system,
/// ingress-nginx with its LoadBalancer controller Service and the default `nginx` IngressClass,
/// cert-manager, monitoring) plus N application namespaces `team-0001` … with believable Services
/// (labels, annotations, named ports, some headless) and Ingresses (hosts, paths, TLS, cert-manager and
/// external-dns annotations) that route only to Services that exist. The content is a pure function
/// of the preset and the seed; uids, creation timestamps, resourceVersions and cluster IPs are
/// assigned by the API server's normal create path, as for any object.
class Generator final
{
public:
    static constexpr quint32 DefaultSeed = 20261201;

    /// The built-in presets, smallest first.
    static QList<GeneratorPreset> presets();
    /// The preset called @p name, or nullopt.
    static std::optional<GeneratorPreset> preset(const QString& name);
    /// "tiny, small, medium, large-ingress" (for messages and --help).
    static QString presetNames();

    /// The application objects of @p preset (namespaces first, then Services, then Ingresses),
    /// without the system part; deterministic for a given @p seed.
    static QList<QJsonObject> objects(const GeneratorPreset& preset, quint32 seed = DefaultSeed);

    /// The system part (DemoSeed::populateSystem() and the ingress-nginx / cert-manager / monitoring
    /// namespaces and Services), then objects(), each through ApiServer::create() with strict
    /// validation, then the load balancer status the controller would publish.
    static Expected<void> populate(ApiServer& server, const GeneratorPreset& preset, quint32 seed = DefaultSeed);
};

} // namespace Netloom::Lab
