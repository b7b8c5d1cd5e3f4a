#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Netloom::Lab {

/// One object of the lab's cloud: its kind's type, ids, properties and lifecycle state.
struct CloudEntity
{
    QString type;
    QString id;
    QString parentId; ///< the data centre of a LAN, the load balancer of a rule, the cluster of a pool
    QJsonObject properties;
    QString state = QStringLiteral("AVAILABLE"); ///< metadata.state
    QDateTime created;
    QDateTime modified;
    int revision = 1; ///< bumps on every change; the etag is derived from it
};

/// The lab's cloud objects, in creation order per (parent, kind). One thread, no locking.
class CloudStore final
{
public:
    /// Inserts @p entity (its id must be new) and returns it.
    const CloudEntity& insert(CloudEntity entity);
    const CloudEntity* find(const QString& id) const;
    CloudEntity* findMutable(const QString& id);
    /// Removes the entity and everything below it.
    void remove(const QString& id);
    /// The children of @p parentId (empty: top level) of kind @p type, in creation order.
    QList<const CloudEntity*> children(const QString& parentId, const QString& type) const;
    qsizetype size() const { return m_entities.size(); }

    /// A new UUID-like id (deterministic per store: 8-4-4-4-12 hex from a counter and @p salt).
    QString newId(const QString& salt);

private:
    static QString childKey(const QString& parentId, const QString& type);

    QHash<QString, CloudEntity> m_entities;
    QHash<QString, QList<QString>> m_children; // childKey -> ids in creation order
    quint64 m_counter = 0;
};

} // namespace Netloom::Lab
