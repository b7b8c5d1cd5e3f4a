#include "models/itemmodels/KindNames.h"

#include "models/itemmodels/Tr.h"

#include <array>

namespace Netloom::ItemModels {

namespace {

// Indexed by ResourceKind.
constexpr std::array<const char*, Domain::ResourceKindCount> kPlural = {
    QT_TRANSLATE_NOOP("ItemModels", "Virtual data centres"),
    QT_TRANSLATE_NOOP("ItemModels", "Subnets"),
    QT_TRANSLATE_NOOP("ItemModels", "IP addresses"),
    QT_TRANSLATE_NOOP("ItemModels", "IP blocks"),
    QT_TRANSLATE_NOOP("ItemModels", "Gateways"),
    QT_TRANSLATE_NOOP("ItemModels", "Load balancers"),
    QT_TRANSLATE_NOOP("ItemModels", "Kubernetes clusters"),
    QT_TRANSLATE_NOOP("ItemModels", "Node pools"),
    QT_TRANSLATE_NOOP("ItemModels", "Namespaces"),
    QT_TRANSLATE_NOOP("ItemModels", "Services"),
    QT_TRANSLATE_NOOP("ItemModels", "Endpoints"),
    QT_TRANSLATE_NOOP("ItemModels", "Pods"),
    QT_TRANSLATE_NOOP("ItemModels", "Ingress controllers"),
    QT_TRANSLATE_NOOP("ItemModels", "Ingress classes"),
    QT_TRANSLATE_NOOP("ItemModels", "Ingresses"),
    QT_TRANSLATE_NOOP("ItemModels", "Gateways (Gateway API)"),
    QT_TRANSLATE_NOOP("ItemModels", "HTTP routes"),
    QT_TRANSLATE_NOOP("ItemModels", "Certificates"),
    QT_TRANSLATE_NOOP("ItemModels", "Issuers"),
    QT_TRANSLATE_NOOP("ItemModels", "TLS secrets"),
    QT_TRANSLATE_NOOP("ItemModels", "DNS zones"),
    QT_TRANSLATE_NOOP("ItemModels", "DNS records"),
    QT_TRANSLATE_NOOP("ItemModels", "Network policies"),
    QT_TRANSLATE_NOOP("ItemModels", "IP pools"),
};

} // namespace

QString pluralName(Domain::ResourceKind kind)
{
    return Tr::tr(kPlural.at(static_cast<std::size_t>(kind)));
}

} // namespace Netloom::ItemModels
