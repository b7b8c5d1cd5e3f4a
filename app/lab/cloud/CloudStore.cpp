#include "app/lab/cloud/CloudStore.h"

#include <QCryptographicHash>

namespace Netloom::Lab {

QString CloudStore::childKey(const QString& parentId, const QString& type)
{
    return parentId + QLatin1Char('|') + type;
}

const CloudEntity& CloudStore::insert(CloudEntity entity)
{
    const QString id = entity.id;
    m_children[childKey(entity.parentId, entity.type)].append(id);
    return *m_entities.insert(id, std::move(entity));
}

const CloudEntity* CloudStore::find(const QString& id) const
{
    const auto it = m_entities.constFind(id);
    return it == m_entities.cend() ? nullptr : &*it;
}

CloudEntity* CloudStore::findMutable(const QString& id)
{
    const auto it = m_entities.find(id);
    return it == m_entities.end() ? nullptr : &*it;
}

void CloudStore::remove(const QString& id)
{
    const auto it = m_entities.find(id);
    if (it == m_entities.end())
        return;
    const CloudEntity entity = *it;
    m_entities.erase(it);
    m_children[childKey(entity.parentId, entity.type)].removeOne(id);
    QList<QString> below;
    for (auto child = m_entities.cbegin(); child != m_entities.cend(); ++child) {
        if (child->parentId == id)
            below.append(child.key());
    }
    for (const QString& childId : std::as_const(below))
        remove(childId);
}

QList<const CloudEntity*> CloudStore::children(const QString& parentId, const QString& type) const
{
    QList<const CloudEntity*> out;
    const QList<QString> ids = m_children.value(childKey(parentId, type));
    out.reserve(ids.size());
    for (const QString& id : ids) {
        if (const CloudEntity* entity = find(id))
            out.append(entity);
    }
    return out;
}

QString CloudStore::newId(const QString& salt)
{
    const QByteArray hex = QCryptographicHash::hash(QByteArray(salt.toUtf8() + QByteArray::number(++m_counter)), QCryptographicHash::Sha1)
                               .toHex()
                               .left(32);
    return QString::fromLatin1(QByteArray(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4)
        + '-' + hex.mid(20, 12)));
}

} // namespace Netloom::Lab
