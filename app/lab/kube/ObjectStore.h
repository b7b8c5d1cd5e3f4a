#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

#include <deque>
#include <optional>

namespace Netloom::Lab {

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

/// The lab's etcd: objects per kind keyed by "namespace/name", one global resourceVersion counter,
/// and a bounded history of events for watches that resume from a resourceVersion.
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

    /// Whole state as JSON ({"resourceVersion": N, "objects": {"namespaces": [...], ...}}) and back.
    QJsonObject toJson() const;
    /// Replaces all objects; history starts empty at the loaded resourceVersion.
    void loadJson(const QJsonObject& state);

signals:
    void eventRecorded(const Netloom::Lab::WatchEvent& event);

private:
    QJsonObject stamp(QJsonObject object);
    void record(WatchEvent event);

    QHash<QString, QMap<QString, QJsonObject>> m_objects;
    qint64 m_resourceVersion = 1;
    qint64 m_historyFloor = 1;
    int m_historyLimit = 10000;
    std::deque<WatchEvent> m_history;
};

} // namespace Netloom::Lab
