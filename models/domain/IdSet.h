#pragma once

#include <QList>
#include <QSet>
#include <QtGlobal>

#include <algorithm>
#include <initializer_list>

namespace warden {

using Id = qint64;

// A set of row ids kept as one sorted array. The directory has hundreds of thousands of small sets
// (the members of every team, the roles of every user): a hash set spends a few allocations and
// well over a hundred bytes on each, this one a single array, and loads from a checkpoint in one
// copy. Reads as a QSet<Id> does; inserting is linear, which is cheap at the sizes teams have.
class IdSet
{
public:
    using const_iterator = QList<Id>::const_iterator;
    using iterator = const_iterator;
    using value_type = Id;

    IdSet() = default;
    IdSet(std::initializer_list<Id> ids) : m_ids(ids) { normalize(); }
    template <typename It> IdSet(It first, It last) : m_ids(first, last) { normalize(); }
    IdSet(const QSet<Id>& ids) : m_ids(ids.cbegin(), ids.cend()) { normalize(); } // NOLINT: reads as one
    // Ids already sorted and without repeats, as a checkpoint keeps them; otherwise sorted here.
    static IdSet fromSorted(QList<Id> ids)
    {
        IdSet set;
        set.m_ids = std::move(ids);
        if (!std::is_sorted(set.m_ids.cbegin(), set.m_ids.cend())
            || std::adjacent_find(set.m_ids.cbegin(), set.m_ids.cend()) != set.m_ids.cend())
            set.normalize();
        return set;
    }

    qsizetype size() const { return m_ids.size(); }
    qsizetype count() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    bool empty() const { return m_ids.isEmpty(); }
    void reserve(qsizetype n) { m_ids.reserve(n); }
    void clear() { m_ids.clear(); }

    bool contains(Id id) const { return std::binary_search(m_ids.cbegin(), m_ids.cend(), id); }
    void insert(Id id)
    {
        const auto at = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
        if (at == m_ids.cend() || *at != id)
            m_ids.insert(at - m_ids.cbegin(), id);
    }
    bool remove(Id id)
    {
        const auto at = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
        if (at == m_ids.cend() || *at != id)
            return false;
        m_ids.removeAt(at - m_ids.cbegin());
        return true;
    }
    template <typename Set> bool intersects(const Set& other) const
    {
        return std::any_of(other.cbegin(), other.cend(), [this](Id id) { return contains(id); });
    }
    IdSet& unite(const IdSet& other)
    {
        QList<Id> merged;
        merged.reserve(m_ids.size() + other.m_ids.size());
        std::set_union(m_ids.cbegin(), m_ids.cend(), other.m_ids.cbegin(), other.m_ids.cend(),
                       std::back_inserter(merged));
        m_ids = std::move(merged);
        return *this;
    }
    IdSet& subtract(const IdSet& other)
    {
        m_ids.removeIf([&other](Id id) { return other.contains(id); });
        return *this;
    }

    friend IdSet operator-(IdSet a, const IdSet& b) { return std::move(a.subtract(b)); }
    friend IdSet operator+(IdSet a, const IdSet& b) { return std::move(a.unite(b)); }
    friend IdSet operator|(IdSet a, const IdSet& b) { return std::move(a.unite(b)); }

    const_iterator begin() const { return m_ids.cbegin(); }
    const_iterator end() const { return m_ids.cend(); }
    const_iterator cbegin() const { return m_ids.cbegin(); }
    const_iterator cend() const { return m_ids.cend(); }

    const QList<Id>& values() const { return m_ids; } // sorted
    QSet<Id> toSet() const { return QSet<Id>(m_ids.cbegin(), m_ids.cend()); }
    explicit operator QSet<Id>() const { return toSet(); }

    bool operator==(const IdSet& other) const { return m_ids == other.m_ids; }
    bool operator!=(const IdSet& other) const { return m_ids != other.m_ids; }

private:
    void normalize()
    {
        std::sort(m_ids.begin(), m_ids.end());
        m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    }

    QList<Id> m_ids;
};

} // namespace warden
