#pragma once

#include <QHashFunctions>

#include <array>
#include <cstddef>
#include <cstdint>

namespace warden {

// A set of permissions as bits indexed by their position in a catalog.
class PermissionSet
{
public:
    static constexpr std::size_t Capacity = 128;

    // An index outside the catalog (a key it no longer knows, -1) is no permission.
    void set(int index, bool on = true)
    {
        if (index < 0 || std::size_t(index) >= Capacity)
            return;
        const std::uint64_t bit = std::uint64_t(1) << (index % 64);
        std::uint64_t& word = m_words[std::size_t(index / 64)];
        word = on ? word | bit : word & ~bit;
    }
    bool test(int index) const
    {
        return index >= 0 && std::size_t(index) < Capacity
            && (m_words[std::size_t(index / 64)] >> (index % 64) & 1) != 0;
    }
    bool isEmpty() const { return (m_words[0] | m_words[1]) == 0; }
    int count() const { return popcount(m_words[0]) + popcount(m_words[1]); }
    bool contains(const PermissionSet& other) const { return (*this & other) == other; }

    PermissionSet& operator|=(const PermissionSet& other)
    {
        m_words[0] |= other.m_words[0];
        m_words[1] |= other.m_words[1];
        return *this;
    }
    PermissionSet operator|(const PermissionSet& other) const
    {
        return {m_words[0] | other.m_words[0], m_words[1] | other.m_words[1]};
    }
    PermissionSet operator&(const PermissionSet& other) const
    {
        return {m_words[0] & other.m_words[0], m_words[1] & other.m_words[1]};
    }
    PermissionSet operator-(const PermissionSet& other) const
    {
        return {m_words[0] & ~other.m_words[0], m_words[1] & ~other.m_words[1]};
    }
    bool operator==(const PermissionSet& other) const { return m_words == other.m_words; }
    bool operator!=(const PermissionSet& other) const { return m_words != other.m_words; }
    friend size_t qHash(const PermissionSet& set, size_t seed = 0)
    {
        return qHashMulti(seed, set.m_words[0], set.m_words[1]);
    }

    // Calls f with the index of every permission in the set, lowest first.
    template <typename F> void forEach(F&& f) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            for (std::uint64_t bits = m_words[w]; bits != 0; bits &= bits - 1)
                f(int(w * 64) + lowestBit(bits));
        }
    }

    PermissionSet() = default;

private:
    PermissionSet(std::uint64_t low, std::uint64_t high) : m_words{low, high} { }

    static int lowestBit(std::uint64_t bits)
    {
#if defined(__GNUC__) || defined(__clang__)
        return __builtin_ctzll(bits);
#else
        int index = 0;
        for (; (bits & 1) == 0; bits >>= 1)
            ++index;
        return index;
#endif
    }
    static int popcount(std::uint64_t bits)
    {
#if defined(__GNUC__) || defined(__clang__)
        return __builtin_popcountll(bits);
#else
        int count = 0;
        for (; bits != 0; bits &= bits - 1)
            ++count;
        return count;
#endif
    }

    std::array<std::uint64_t, 2> m_words{};
};

} // namespace warden
