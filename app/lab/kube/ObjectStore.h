#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Netloom::Lab {

class OrderedIndex;
struct ResourceKind;

/// One change, as watchers see it.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    qint64 resourceVersion = 0;
    const ResourceKind* kind = nullptr;
    QJsonObject object;
    /// The object before a modification (to tell selector transitions apart).
    QJsonObject previous;

    static QString typeName(Type type);
};

/// The lab's etcd: objects per kind in an ordered index keyed by "namespace/name", one global
/// resourceVersion counter, and a bounded history of events for watches that resume from a
/// resourceVersion. A list page costs O(log n + page) without a filter, O(log n + scanned) with one.
class ObjectStore final : public QObject
{
    Q_OBJECT

public:
    explicit ObjectStore(QObject* parent = nullptr);
    ~ObjectStore() override;
    Q_DISABLE_COPY_MOVE(ObjectStore)

    qint64 currentResourceVersion() const { return m_resourceVersion; }
    /// Watches may start from any resourceVersion >= this one; older ones are compacted away.
    qint64 oldestResumableVersion() const { return m_historyFloor; }
    void setHistoryLimit(int events);

    static QString key(const QString& nameSpace, const QString& name);

    /// Objects of a kind, ordered by key; an empty namespace means all of them.
    QList<QJsonObject> list(const ResourceKind& kind, const QString& nameSpace = {}) const;

    using Filter = std::function<bool(const QJsonObject&)>;
    /// One page of a list, in key order.
    struct Page
    {
        QList<QJsonObject> items;
        /// The key of the last item (where the next page starts after).
        QString lastKey;
        /// Objects of the range follow lastKey. With a filter they may all fail it, so the next
        /// page can be empty, as with the API server's etcd-backed lists.
        bool more = false;
        /// How many objects of the range follow lastKey; known only without a filter.
        std::optional<qint64> remaining;
    };
    /// The objects of a kind (in one namespace, or in all for an empty one) whose keys sort after
    /// `startAfter` (empty: from the first), at most `limit` of them (0: no limit) that pass `filter`
    /// (none: all). Seeks in O(log n), then reads O(page) objects, or O(scanned) with a filter.
    Page page(const ResourceKind& kind, const QString& nameSpace, const QString& startAfter, qsizetype limit,
        const Filter& filter = {}) const;
    std::optional<QJsonObject> get(const ResourceKind& kind, const QString& nameSpace, const QString& name) const;
    bool contains(const ResourceKind& kind, const QString& nameSpace, const QString& name) const;

    /// Stores a new object (the caller checked it does not exist), stamps its resourceVersion and
    /// records an ADDED event. Returns the stored object.
    QJsonObject add(const ResourceKind& kind, QJsonObject object);
    /// Replaces an existing object, stamps a new resourceVersion, records MODIFIED.
    QJsonObject replace(const ResourceKind& kind, QJsonObject object);
    /// Removes an object and records DELETED (with a fresh resourceVersion on the deleted object).
    std::optional<QJsonObject> remove(const ResourceKind& kind, const QString& nameSpace, const QString& name);

    /// Events with resourceVersion > after, oldest first.
    QList<WatchEvent> eventsAfter(qint64 after) const;

    /// Whole state as JSON ({"resourceVersion": N, "objects": {"namespaces": [...], "ingresses.networking.k8s.io":
    /// [...], ...}}, keyed by group-resource) and back.
    QJsonObject toJson() const;
    /// Replaces all objects; history starts empty at the loaded resourceVersion.
    void loadJson(const QJsonObject& state);

signals:
    void eventRecorded(const Netloom::Lab::WatchEvent& event);

private:
    QJsonObject stamp(QJsonObject object);
    void record(WatchEvent event);
    OrderedIndex& collection(const ResourceKind& kind);
    const OrderedIndex* findCollection(const ResourceKind& kind) const;

    /// One ordered index per group-resource (the versions of a custom resource share one).
    std::map<QString, std::unique_ptr<OrderedIndex>> m_objects;
    qint64 m_resourceVersion = 1;
    qint64 m_historyFloor = 1;
    int m_historyLimit = 10000;
    std::deque<WatchEvent> m_history;
};

} // namespace Netloom::Lab
