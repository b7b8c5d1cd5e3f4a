#include "app/lab/kube/ResourceKind.h"

namespace Netloom::Lab {

QString ResourceKind::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ResourceKind::storageApiVersion() const
{
    return group + QLatin1Char('/') + storageVersion;
}

QString ResourceKind::groupResource() const
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

QString ResourceKind::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + apiVersion();
}

QString ResourceKind::qualifiedKind() const
{
    return group.isEmpty() ? kind : kind + QLatin1Char('.') + group;
}

bool ResourceKind::sameResource(const ResourceKind& other) const
{
    return this == &other || (plural == other.plural && group == other.group);
}

} // namespace Netloom::Lab
