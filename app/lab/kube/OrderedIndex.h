#pragma once

#include <QJsonObject>
#include <QString>

#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>

#include <functional>
#include <optional>

namespace Netloom::Lab {

/// The objects of one kind, ordered by key ("namespace/name"), with ranks: find, insert, remove,
/// seek to a key and count the keys before one, each in O(log n); walking on from a key costs
/// O(1) per object. A list page therefore costs O(log n + page), not O(collection).
///
/// Built on libstdc++'s policy-based red-black tree with order statistics (header-only, part of
/// g++; no third-party code): Qt and the standard library have no ordered map with ranks, and
/// remainingItemCount needs them.
class OrderedIndex final
{
public:
    using Visitor = std::function<bool(const QString& key, const QJsonObject& object)>;

    qsizetype size() const { return static_cast<qsizetype>(m_tree.size()); }
    const QJsonObject* find(const QString& key) const;
    /// Inserts or replaces; returns the object that was there.
    std::optional<QJsonObject> put(const QString& key, const QJsonObject& object);
    std::optional<QJsonObject> take(const QString& key);
    void clear() { m_tree.clear(); }
    /// How many keys are less than `key`.
    qsizetype rank(const QString& key) const;
    /// Visits the objects with from <= key < to (an empty `to`: to the end) in key order, until
    /// the visitor returns false.
    void visit(const QString& from, const QString& to, const Visitor& visitor) const;

private:
    using Tree = __gnu_pbds::tree<QString, QJsonObject, std::less<QString>, __gnu_pbds::rb_tree_tag,
        __gnu_pbds::tree_order_statistics_node_update>;

    Tree m_tree;
};

} // namespace Netloom::Lab
