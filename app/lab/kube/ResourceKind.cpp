#include "app/lab/kube/ResourceKind.h"

namespace Netloom::Lab {

QString ResourceKind::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ResourceKind::groupResource() const
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

QString ResourceKind::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + apiVersion();
}

} // namespace Netloom::Lab
