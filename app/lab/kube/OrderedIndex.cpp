#include "app/lab/kube/OrderedIndex.h"

namespace Netloom::Lab {

const QJsonObject* OrderedIndex::find(const QString& key) const
{
    const auto it = m_tree.find(key);
    return it == m_tree.end() ? nullptr : &it->second;
}

std::optional<QJsonObject> OrderedIndex::put(const QString& key, const QJsonObject& object)
{
    const auto [it, inserted] = m_tree.insert({ key, object });
    if (inserted)
        return std::nullopt;
    return std::exchange(it->second, object);
}

std::optional<QJsonObject> OrderedIndex::take(const QString& key)
{
    const auto it = m_tree.find(key);
    if (it == m_tree.end())
        return std::nullopt;
    QJsonObject object = std::move(it->second);
    m_tree.erase(it);
    return object;
}

qsizetype OrderedIndex::rank(const QString& key) const
{
    return static_cast<qsizetype>(m_tree.order_of_key(key));
}

void OrderedIndex::visit(const QString& from, const QString& to, const Visitor& visitor) const
{
    for (auto it = m_tree.lower_bound(from); it != m_tree.end() && (to.isEmpty() || it->first < to); ++it) {
        if (!visitor(it->first, it->second))
            return;
    }
}

} // namespace Netloom::Lab
