#include "models/domain/Resource.h"

namespace Netloom::Domain {

bool Resource::detailsMatchKind() const
{
    const std::optional<ResourceKind> k = detailsKind(details);
    return !k || *k == kind;
}

} // namespace Netloom::Domain
