#pragma once

#include <bitset>
#include <cstddef>

namespace warden {

// A set of permissions as bits indexed by their position in a catalog.
class PermissionSet
{
public:
    static constexpr std::size_t Capacity = 128;

    void set(int index, bool on = true) { m_bits.set(static_cast<std::size_t>(index), on); }
    bool test(int index) const { return index >= 0 && m_bits.test(static_cast<std::size_t>(index)); }
    bool isEmpty() const { return m_bits.none(); }
    int count() const { return static_cast<int>(m_bits.count()); }
    bool contains(const PermissionSet& other) const { return (m_bits & other.m_bits) == other.m_bits; }

    PermissionSet& operator|=(const PermissionSet& other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    PermissionSet operator|(const PermissionSet& other) const { return PermissionSet(m_bits | other.m_bits); }
    PermissionSet operator&(const PermissionSet& other) const { return PermissionSet(m_bits & other.m_bits); }
    PermissionSet operator-(const PermissionSet& other) const { return PermissionSet(m_bits & ~other.m_bits); }
    bool operator==(const PermissionSet& other) const { return m_bits == other.m_bits; }
    bool operator!=(const PermissionSet& other) const { return m_bits != other.m_bits; }

    template<typename F>
    void forEach(F&& f) const
    {
        for (std::size_t i = m_bits._Find_first(); i < Capacity; i = m_bits._Find_next(i))
            f(static_cast<int>(i));
    }

private:
    explicit PermissionSet(std::bitset<Capacity> bits) : m_bits(bits) {}
    std::bitset<Capacity> m_bits;

public:
    PermissionSet() = default;
};

} // namespace warden
