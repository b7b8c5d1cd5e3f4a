#pragma once

#include <QList>
#include <QSet>

#include <algorithm>
#include <variant>

namespace Netloom {

/// A set for the many small sets of an index (the holders of one key, the edges of one node):
/// a plain list while it has at most SmallLimit elements (a linear search of a few), a QSet once it
/// grows beyond. A QSet of one element costs a span of 128 slots and storage for 48 entries
/// (Qt 6.4), so 25,000 one-element sets of ResourceId took 39 MB; as lists they take 2 MB. A set
/// that grew large stays a QSet until it shrinks to a quarter of SmallLimit.
///
/// Iteration order is unspecified, as for QSet. Not for sets that are mostly large.
template<class T, int SmallLimit = 12>
class CompactSet
{
    using Small = QList<T>;
    using Large = QSet<T>;

public:
    CompactSet() = default;

    qsizetype size() const
    {
        return std::visit([](const auto& c) { return c.size(); }, m_data);
    }
    bool isEmpty() const { return size() == 0; }
    qsizetype count() const { return size(); }

    bool contains(const T& value) const
    {
        if (const auto* small = std::get_if<Small>(&m_data))
            return small->contains(value);
        return std::get<Large>(m_data).contains(value);
    }

    /// Inserts @p value; false when it was there already.
    bool insert(const T& value)
    {
        if (auto* small = std::get_if<Small>(&m_data)) {
            if (small->contains(value))
                return false;
            if (small->size() < SmallLimit) {
                small->append(value);
                return true;
            }
            Large large(small->cbegin(), small->cend());
            large.insert(value);
            m_data = std::move(large);
            return true;
        }
        auto& large = std::get<Large>(m_data);
        const qsizetype before = large.size();
        large.insert(value);
        return large.size() != before;
    }

    /// Removes @p value; false when it was not there.
    bool remove(const T& value)
    {
        if (auto* small = std::get_if<Small>(&m_data)) {
            const qsizetype at = small->indexOf(value);
            if (at < 0)
                return false;
            // order does not matter: move the last one into the gap
            if (at != small->size() - 1)
                (*small)[at] = std::move(small->last());
            small->removeLast();
            if (small->isEmpty())
                small->squeeze();
            return true;
        }
        auto& large = std::get<Large>(m_data);
        if (!large.remove(value))
            return false;
        if (large.size() <= SmallLimit / 4) {
            Small small(large.cbegin(), large.cend());
            m_data = std::move(small);
        }
        return true;
    }

    void clear() { m_data = Small(); }

    QList<T> values() const
    {
        if (const auto* small = std::get_if<Small>(&m_data))
            return *small;
        const auto& large = std::get<Large>(m_data);
        return QList<T>(large.cbegin(), large.cend());
    }

    class const_iterator
    {
    public:
        using value_type = T;
        using reference = const T&;
        using pointer = const T*;
        using difference_type = qptrdiff;
        using iterator_category = std::forward_iterator_tag;

        const_iterator() = default;
        reference operator*() const
        {
            return m_small ? *m_smallIt : *m_largeIt;
        }
        pointer operator->() const { return &**this; }
        const_iterator& operator++()
        {
            if (m_small)
                ++m_smallIt;
            else
                ++m_largeIt;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator previous = *this;
            ++*this;
            return previous;
        }
        bool operator==(const const_iterator& other) const
        {
            return m_small ? m_smallIt == other.m_smallIt : m_largeIt == other.m_largeIt;
        }
        bool operator!=(const const_iterator& other) const { return !(*this == other); }

    private:
        friend class CompactSet;
        bool m_small = true;
        typename Small::const_iterator m_smallIt {};
        typename Large::const_iterator m_largeIt {};
    };

    const_iterator begin() const { return make(true); }
    const_iterator end() const { return make(false); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    friend bool operator==(const CompactSet& a, const CompactSet& b)
    {
        if (a.size() != b.size())
            return false;
        return std::all_of(a.begin(), a.end(), [&b](const T& value) { return b.contains(value); });
    }
    friend bool operator!=(const CompactSet& a, const CompactSet& b) { return !(a == b); }

private:
    const_iterator make(bool first) const
    {
        const_iterator it;
        if (const auto* small = std::get_if<Small>(&m_data)) {
            it.m_small = true;
            it.m_smallIt = first ? small->cbegin() : small->cend();
        } else {
            const auto& large = std::get<Large>(m_data);
            it.m_small = false;
            it.m_largeIt = first ? large.cbegin() : large.cend();
        }
        return it;
    }

    std::variant<Small, Large> m_data;
};

} // namespace Netloom
