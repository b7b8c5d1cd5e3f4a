#pragma once

#include "models/core/Expected.h"

#include <QJsonObject>
#include <QList>

namespace Netloom::Lab {

class ApiServer;

/// The demo's custom resources: first the CRDs (the lab's own compact definitions of cert-manager's
/// Certificate, CertificateRequest, Issuer and ClusterIssuer, Calico's crd.projectcalico.org/v1 IPPool,
/// NetworkPolicy and GlobalNetworkPolicy, external-dns' DNSEndpoint and Gateway API v1's GatewayClass,
/// Gateway and HTTPRoute: the fields that matter typed, `x-kubernetes-preserve-unknown-fields` elsewhere),
/// then their objects, with the statuses their controllers would have written: issuers, Certificates
/// for the demo Ingresses' TLS hosts and the TLS Secrets holding real certificates (DemoCertificates)
/// whose names and validity match them, DNSEndpoints, a GatewayClass, Gateway and HTTPRoute, Calico
/// IP pools and policies.
class DemoCustomResources final
{
public:
    /// The CRDs, as `kubectl create -f` would send them.
    static QList<QJsonObject> definitions();
    /// Creates the CRDs, then the objects (the demo's namespaces and Services must exist).
    static Expected<void> populate(ApiServer& server);
};

} // namespace Netloom::Lab
