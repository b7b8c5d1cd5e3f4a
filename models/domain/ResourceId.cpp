#include "models/domain/ResourceId.h"

namespace Netloom::Domain {

namespace {

// '%' first, so that the escapes themselves are never escaped twice.
QString escaped(const QString& component)
{
    if (!component.contains(u'%') && !component.contains(u'/'))
        return component;
    QString out = component;
    out.replace(u'%', QStringLiteral("%25"));
    out.replace(u'/', QStringLiteral("%2F"));
    return out;
}

} // namespace

ResourceId::ResourceId(QString value)
    : m_value(std::move(value))
    , m_hash(m_value.isEmpty() ? 0 : qHash(m_value, 0))
{
}

ResourceId ResourceId::kube(const QString& cluster, ResourceKind kind, const QString& namespaceName,
                            const QString& name)
{
    return ResourceId(u"kube:" + escaped(cluster) + u'/' + machineName(kind) + u'/' + escaped(namespaceName)
                      + u'/' + name);
}

ResourceId ResourceId::cloud(const QString& provider, ResourceKind kind, const QString& providerId)
{
    return ResourceId(u"cloud:" + escaped(provider) + u'/' + machineName(kind) + u'/' + providerId);
}

ResourceId ResourceId::fromString(const QString& text)
{
    return ResourceId(text);
}

std::strong_ordering ResourceId::operator<=>(const ResourceId& other) const
{
    const int c = QString::compare(m_value, other.m_value, Qt::CaseSensitive);
    if (c < 0)
        return std::strong_ordering::less;
    if (c > 0)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace Netloom::Domain
