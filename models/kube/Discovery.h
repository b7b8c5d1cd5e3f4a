#pragma once

#include "models/kube/ApiResource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Netloom::Kube {

/// What discovery found on a server: its version and the resources of the group versions asked for.
struct Discovery
{
    QString gitVersion; ///< /version gitVersion, "v1.32.0"
    QString platform;   ///< /version platform, "linux/amd64"
    QStringList groupVersions; ///< every group version the server serves ("v1", "networking.k8s.io/v1", ...)
    QHash<QString, QStringList> resources; ///< group version -> resource plural names (asked group versions only)
    /// Group versions /apis listed but whose resource list could not be read (an aggregated API
    /// that is down answers 503): group version -> the error's message.
    QHash<QString, QString> failures;

    /// Whether the server serves @p resource (its group version lists it).
    bool serves(const ApiResource& resource) const
    {
        return resources.value(resource.groupVersion()).contains(resource.plural);
    }
};

/// One complete (all pages) list of a collection.
struct ListResult
{
    QList<QJsonObject> items;
    QString resourceVersion; ///< of the list: watch from here
    int pages = 0;
};

} // namespace Netloom::Kube
