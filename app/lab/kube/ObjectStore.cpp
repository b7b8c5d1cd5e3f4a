#include "app/lab/kube/ObjectStore.h"

#include "app/lab/kube/OrderedIndex.h"
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

OrderedIndex& ObjectStore::collection(const ResourceKind& kind)
{
    std::unique_ptr<OrderedIndex>& slot = m_objects[kind.groupResource()];
    if (!slot)
        slot = std::make_unique<OrderedIndex>();
    return *slot;
}

const OrderedIndex* ObjectStore::findCollection(const ResourceKind& kind) const
{
    const auto it = m_objects.find(kind.groupResource());
    return it == m_objects.end() ? nullptr : it->second.get();
}

QList<QJsonObject> ObjectStore::list(const ResourceKind& kind, const QString& nameSpace) const
{
    return page(kind, nameSpace, QString(), 0).items;
}

ObjectStore::Page ObjectStore::page(const ResourceKind& kind, const QString& nameSpace, const QString& startAfter,
    qsizetype limit, const Filter& filter) const
{
    Page result;
    const OrderedIndex* objects = findCollection(kind);
    if (!objects)
        return result;
    // A namespace's keys are "ns/..." and sort in [ "ns/", "ns0" ): '0' follows '/'.
    const QString first = nameSpace.isEmpty() ? QString() : nameSpace + QLatin1Char('/');
    const QString end = nameSpace.isEmpty() ? QString() : nameSpace + QLatin1Char('0');
    // Keys never contain NUL, so key + NUL is the first possible key after it.
    const QString from = startAfter.isEmpty() || startAfter < first ? first : startAfter + QChar(0);
    const auto pageFull = [&result, limit] { return limit > 0 && result.items.size() >= limit; };
    objects->visit(from, end, [&](const QString& key, const QJsonObject& object) {
        if (pageFull()) {
            // With a filter: something follows the full page, whether it matches or not.
            result.more = true;
            return false;
        }
        if (filter && !filter(object))
            return true;
        result.items.append(object);
        result.lastKey = key;
        // Without a filter what follows is counted by rank, not walked.
        return filter || !pageFull();
    });
    if (!filter && pageFull()) {
        const qsizetype after = objects->rank(result.lastKey) + 1;
        const qsizetype total = end.isEmpty() ? objects->size() : objects->rank(end);
        result.remaining = total - after;
        result.more = total > after;
    }
    return result;
}

std::optional<QJsonObject> ObjectStore::get(
    const ResourceKind& kind, const QString& nameSpace, const QString& name) const
{
    const OrderedIndex* objects = findCollection(kind);
    if (!objects)
        return std::nullopt;
    if (const QJsonObject* object = objects->find(key(nameSpace, name)))
        return *object;
    return std::nullopt;
}

bool ObjectStore::contains(const ResourceKind& kind, const QString& nameSpace, const QString& name) const
{
    const OrderedIndex* objects = findCollection(kind);
    return objects && objects->find(key(nameSpace, name));
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
    collection(kind).put(
        key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name"))), object);
    record({ WatchEvent::Type::Added, m_resourceVersion, &kind, object, {} });
    return object;
}

QJsonObject ObjectStore::replace(const ResourceKind& kind, QJsonObject object)
{
    object = stamp(std::move(object));
    const QString objectKey
        = key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name")));
    const QJsonObject previous = collection(kind).put(objectKey, object).value_or(QJsonObject());
    record({ WatchEvent::Type::Modified, m_resourceVersion, &kind, object, previous });
    return object;
}

std::optional<QJsonObject> ObjectStore::remove(const ResourceKind& kind, const QString& nameSpace, const QString& name)
{
    const auto it = m_objects.find(kind.groupResource());
    if (it == m_objects.end())
        return std::nullopt;
    const std::optional<QJsonObject> taken = it->second->take(key(nameSpace, name));
    if (!taken)
        return std::nullopt;
    const QJsonObject removed = stamp(*taken);
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
    for (const auto& [plural, collection] : m_objects) {
        QJsonArray items;
        collection->visit(QString(), QString(), [&items](const QString&, const QJsonObject& object) {
            items.append(object);
            return true;
        });
        objects.insert(plural, items);
    }
    return { { QStringLiteral("resourceVersion"), QString::number(m_resourceVersion) },
        { QStringLiteral("objects"), objects } };
}

void ObjectStore::loadJson(const QJsonObject& state)
{
    m_objects.clear();
    m_history.clear();
    // Collections are keyed by group-resource ("ingresses.networking.k8s.io", "certificates.cert-manager.io"),
    // so custom resources load before their CRD registers the kind. Files of earlier versions keyed the
    // built-in kinds by plural alone.
    const QJsonObject objects = state.value(QStringLiteral("objects")).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        QString collectionKey = it.key();
        if (!collectionKey.contains(QLatin1Char('.'))) {
            for (const ResourceKind* kind : ResourceCatalog::instance().kinds()) {
                if (kind->plural == collectionKey)
                    collectionKey = kind->groupResource();
            }
        }
        std::unique_ptr<OrderedIndex>& slot = m_objects[collectionKey];
        if (!slot)
            slot = std::make_unique<OrderedIndex>();
        for (const QJsonValue& value : it.value().toArray()) {
            const QJsonObject object = value.toObject();
            slot->put(key(metaString(object, QStringLiteral("namespace")), metaString(object, QStringLiteral("name"))),
                object);
        }
    }
    m_resourceVersion = qMax<qint64>(1, state.value(QStringLiteral("resourceVersion")).toString().toLongLong());
    m_historyFloor = m_resourceVersion;
}

} // namespace Netloom::Lab
