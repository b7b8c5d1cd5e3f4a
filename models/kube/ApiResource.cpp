#include "models/kube/ApiResource.h"

#include <QUrl>

namespace Netloom::Kube {

QString ApiResource::groupVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ApiResource::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + groupVersion();
}

QString ApiResource::collectionPath(const QString& namespaceName) const
{
    if (namespaced && !namespaceName.isEmpty())
        return groupVersionPath() + QStringLiteral("/namespaces/")
               + QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)) + QLatin1Char('/') + plural;
    return groupVersionPath() + QLatin1Char('/') + plural;
}

QString ApiResource::objectPath(const QString& namespaceName, const QString& name) const
{
    return collectionPath(namespaced ? namespaceName : QString()) + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString ApiResource::qualifiedName() const
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

ApiResource ApiResource::namespaces()
{
    return {QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), QStringLiteral("Namespace"), false};
}

ApiResource ApiResource::services()
{
    return {QString(), QStringLiteral("v1"), QStringLiteral("services"), QStringLiteral("Service"), true};
}

ApiResource ApiResource::ingresses()
{
    return {QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("ingresses"),
            QStringLiteral("Ingress"), true};
}

ApiResource ApiResource::ingressClasses()
{
    return {QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("ingressclasses"),
            QStringLiteral("IngressClass"), false};
}

QList<ApiResource> ApiResource::watched()
{
    return {namespaces(), services(), ingresses(), ingressClasses()};
}

} // namespace Netloom::Kube
