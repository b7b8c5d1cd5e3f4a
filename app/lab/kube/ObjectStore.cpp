#include "app/lab/kube/ObjectStore.h"

#include "app/lab/kube/ResourceCatalog.h"

#include <QJsonArray>

namespace Netloom::Lab {

namespace {

QString metaString(const QJsonObject& object, const QString& field)
{
    return object.value(QStringLiteral("metadata")).toObject().value(field).toString();
}

} // namespace

QString WatchEvent::typeName(Type type)
{
    switch (type) {
    case Type::Added:
        return QStringLiteral("ADDED");
    case Type::Modified:
        return QStringLiteral("MODIFIED");
    case Type::Deleted:
        return QStringLiteral("DELETED");
    }
    return {};
}

ObjectStore::ObjectStore(QObject* parent)
    : QObject(parent)
{
}

ObjectStore::~ObjectStore() = default;

void ObjectStore::setHistoryLimit(int events)
{
    m_historyLimit = qMax(1, events);
    while (m_history.size() > static_cast<size_t>(m_historyLimit)) {
        m_historyFloor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

QString ObjectStore::key(const QString& nameSpace, const QString& name)
{
    return nameSpace + QLatin1Char('/') + name;
}

QList<QJsonObject> ObjectStore::list(const ResourceKind& kind, const QString& nameSpace) const
{
    const QMap<QString, QJsonObject> objects = m_objects.value(kind.plural);
    if (nameSpace.isEmpty())
        return objects.values();
    QList<QJsonObject> result;
    const QString prefix = nameSpace + QLatin1Char('/');
    for (auto it = objects.lowerBound(prefix); it != objects.end() && it.key().startsWith(prefix); ++it)
        result.append(it.value());
    return result;
}

std::optional<QJsonObject> ObjectStore::get(
    const ResourceKind& kind, const QString& nameSpace, const QString& name) const
{
    const auto byKind = m_objects.constFind(kind.plural);
    if (byKind == m_objects.constEnd())
        return std::nullopt;
    const auto it = byKind->constFind(key(nameSpace, name));
    if (it == byKind->constEnd())
        return std::nullopt;
    return *it;
}

bool ObjectStore::contains(const ResourceKind& kind, const QString& nameSpace, const QString& name) const
{
    return get(kind, nameSpace, name).has_value();
}

QJsonObject ObjectStore::stamp(QJsonObject object)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

QJsonObject ObjectStore::add(const ResourceKind& kind, QJsonObject object)
{
    object = stamp(std::move(object));
    m_objects[kind.plural].insert(
        key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name"))), object);
    record({ WatchEvent::Type::Added, m_resourceVersion, &kind, object, {} });
    return object;
}

QJsonObject ObjectStore::replace(const ResourceKind& kind, QJsonObject object)
{
    object = stamp(std::move(object));
    const QString objectKey
        = key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name")));
    QJsonObject& slot = m_objects[kind.plural][objectKey];
    const QJsonObject previous = slot;
    slot = object;
    record({ WatchEvent::Type::Modified, m_resourceVersion, &kind, object, previous });
    return object;
}

std::optional<QJsonObject> ObjectStore::remove(const ResourceKind& kind, const QString& nameSpace, const QString& name)
{
    auto byKind = m_objects.find(kind.plural);
    if (byKind == m_objects.end())
        return std::nullopt;
    const auto it = byKind->find(key(nameSpace, name));
    if (it == byKind->end())
        return std::nullopt;
    const QJsonObject removed = stamp(*it);
    byKind->erase(it);
    record({ WatchEvent::Type::Deleted, m_resourceVersion, &kind, removed, {} });
    return removed;
}

void ObjectStore::record(WatchEvent event)
{
    m_history.push_back(event);
    while (m_history.size() > static_cast<size_t>(m_historyLimit)) {
        m_historyFloor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit eventRecorded(event);
}

QList<WatchEvent> ObjectStore::eventsAfter(qint64 after) const
{
    QList<WatchEvent> result;
    for (auto it = m_history.rbegin(); it != m_history.rend() && it->resourceVersion > after; ++it)
        result.prepend(*it);
    return result;
}

QJsonObject ObjectStore::toJson() const
{
    QJsonObject objects;
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        QJsonArray items;
        for (const QJsonObject& object : it.value())
            items.append(object);
        objects.insert(it.key(), items);
    }
    return { { QStringLiteral("resourceVersion"), QString::number(m_resourceVersion) },
        { QStringLiteral("objects"), objects } };
}

void ObjectStore::loadJson(const QJsonObject& state)
{
    m_objects.clear();
    m_history.clear();
    const QJsonObject objects = state.value(QStringLiteral("objects")).toObject();
    for (const ResourceKind& kind : ResourceCatalog::instance().kinds()) {
        for (const QJsonValue& value : objects.value(kind.plural).toArray()) {
            const QJsonObject object = value.toObject();
            m_objects[kind.plural].insert(
                key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name"))),
                object);
        }
    }
    m_resourceVersion = qMax<qint64>(1, state.value(QStringLiteral("resourceVersion")).toString().toLongLong());
    m_historyFloor = m_resourceVersion;
}

} // namespace Netloom::Lab
