#include "models/domain/ResourceDetails.h"

#include <utility>

namespace Netloom::Domain {

namespace {

template<std::size_t... I>
constexpr bool alternativesInKindOrder(std::index_sequence<I...>)
{
    return ((std::variant_alternative_t<I + 1, ResourceDetails>::Kind == static_cast<ResourceKind>(I)) && ...);
}
static_assert(alternativesInKindOrder(std::make_index_sequence<ResourceKindCount>{}),
              "ResourceDetails alternative i+1 must be the details of ResourceKind i");

template<std::size_t... I>
ResourceDetails makeDetails(std::size_t kindIndex, std::index_sequence<I...>)
{
    ResourceDetails out;
    (void)((I == kindIndex ? (out.emplace<I + 1>(), true) : false) || ...);
    return out;
}

} // namespace

std::optional<ResourceKind> detailsKind(const ResourceDetails& details)
{
    if (details.index() == 0)
        return std::nullopt;
    return static_cast<ResourceKind>(details.index() - 1);
}

ResourceDetails defaultDetails(ResourceKind kind)
{
    return makeDetails(static_cast<std::size_t>(kind), std::make_index_sequence<ResourceKindCount>{});
}

} // namespace Netloom::Domain
