#include "app/lab/cloud/CloudRenderer.h"

#include "app/lab/cloud/CloudKind.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace Netloom::Lab {

namespace {

QString isoDate(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

CloudRenderer::CloudRenderer(const CloudStore& store, QUrl publicBase)
    : m_store(store)
    , m_base(std::move(publicBase))
{
}

QString CloudRenderer::pathOf(const CloudEntity& entity) const
{
    const CloudKind* kind = CloudKind::byType(entity.type);
    const QString segment = kind ? kind->segment : entity.type;
    QString prefix;
    if (!entity.parentId.isEmpty()) {
        if (const CloudEntity* parent = m_store.find(entity.parentId))
            prefix = pathOf(*parent);
    }
    return prefix + QLatin1Char('/') + segment + QLatin1Char('/') + entity.id;
}

QString CloudRenderer::collectionPath(const CloudKind& kind, const QString& parentId) const
{
    QString prefix;
    if (!parentId.isEmpty()) {
        if (const CloudEntity* parent = m_store.find(parentId))
            prefix = pathOf(*parent);
    }
    return prefix + QLatin1Char('/') + kind.segment;
}

QString CloudRenderer::href(const QString& path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject CloudRenderer::reference(const CloudEntity& entity) const
{
    return { { QStringLiteral("id"), entity.id }, { QStringLiteral("type"), entity.type },
        { QStringLiteral("href"), href(pathOf(entity)) } };
}

QJsonObject CloudRenderer::metadata(const CloudEntity& entity) const
{
    const QByteArray etag = QCryptographicHash::hash(
        QByteArray(entity.id.toUtf8() + '/' + QByteArray::number(entity.revision)), QCryptographicHash::Md5)
                                .toHex();
    const QString user = QStringLiteral("operator@netloom-lab.invalid");
    const QString userId = QStringLiteral("5d6f4a2e-0c1b-4e9a-9f3d-6b7a8c9d0e1f");
    return { { QStringLiteral("etag"), QString::fromLatin1(etag) },
        { QStringLiteral("createdDate"), isoDate(entity.created) }, { QStringLiteral("createdBy"), user },
        { QStringLiteral("createdByUserId"), userId },
        { QStringLiteral("lastModifiedDate"), isoDate(entity.modified) },
        { QStringLiteral("lastModifiedBy"), user }, { QStringLiteral("lastModifiedByUserId"), userId },
        { QStringLiteral("state"), entity.state } };
}

QJsonObject CloudRenderer::entity(const CloudEntity& entity, int depth) const
{
    QJsonObject out = reference(entity);
    if (depth < 1)
        return out;
    out.insert(QStringLiteral("metadata"), metadata(entity));
    out.insert(QStringLiteral("properties"), entity.properties);
    const QList<const CloudKind*> children = CloudKind::children(entity.type);
    if (!children.isEmpty()) {
        QJsonObject entities;
        for (const CloudKind* child : children)
            entities.insert(child->segment, nestedCollection(*child, entity.id, depth - 1));
        out.insert(QStringLiteral("entities"), entities);
    }
    return out;
}

QJsonObject CloudRenderer::nestedCollection(const CloudKind& kind, const QString& parentId, int depth) const
{
    const QString path = collectionPath(kind, parentId);
    QJsonObject out { { QStringLiteral("id"), QString(parentId + QLatin1Char('/') + kind.segment) },
        { QStringLiteral("type"), QStringLiteral("collection") }, { QStringLiteral("href"), href(path) } };
    if (depth < 1)
        return out;
    QJsonArray items;
    for (const CloudEntity* item : m_store.children(parentId, kind.type))
        items.append(entity(*item, depth));
    out.insert(QStringLiteral("items"), items);
    return out;
}

QJsonObject CloudRenderer::collection(
    const CloudKind& kind, const QString& parentId, int depth, int offset, int limit) const
{
    const QString path = collectionPath(kind, parentId);
    const QList<const CloudEntity*> all = m_store.children(parentId, kind.type);
    QJsonObject out { { QStringLiteral("id"), parentId.isEmpty() ? kind.segment : QString(parentId + QLatin1Char('/') + kind.segment) },
        { QStringLiteral("type"), QStringLiteral("collection") }, { QStringLiteral("href"), href(path) } };
    QJsonArray items;
    const qsizetype first = kind.paginated ? std::min<qsizetype>(offset, all.size()) : 0;
    const qsizetype end = kind.paginated ? std::min<qsizetype>(first + limit, all.size()) : all.size();
    for (qsizetype i = first; i < end; ++i)
        items.append(entity(*all.at(i), depth));
    out.insert(QStringLiteral("items"), items);
    if (!kind.paginated)
        return out;
    out.insert(QStringLiteral("offset"), offset);
    out.insert(QStringLiteral("limit"), limit);
    const auto pageHref = [this, &path, depth](int pageOffset, int pageLimit) {
        QUrl url(href(path));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("depth"), QString::number(depth));
        query.addQueryItem(QStringLiteral("offset"), QString::number(pageOffset));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    };
    QJsonObject links { { QStringLiteral("self"), pageHref(offset, limit) } };
    if (offset > 0)
        links.insert(QStringLiteral("prev"), pageHref(std::max(0, offset - limit), limit));
    if (end < all.size())
        links.insert(QStringLiteral("next"), pageHref(static_cast<int>(end), limit));
    out.insert(QStringLiteral("_links"), links);
    return out;
}

} // namespace Netloom::Lab
