#include "prng.h"

namespace Tandem::Demo {
namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Prng::Prng(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &word : m_s)
        word = splitmix64(state);
}

Prng Prng::stream(quint64 seed, quint64 kind, quint64 index)
{
    // Mixing each part through splitmix64 keeps nearby (kind, index) pairs far apart.
    quint64 state = seed;
    quint64 mixed = splitmix64(state);
    state = mixed ^ (kind * 0xd1b54a32d192ed03ULL);
    mixed = splitmix64(state);
    state = mixed ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return Prng(splitmix64(state));
}

quint64 Prng::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

int Prng::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(below(quint32(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return int(i);
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace Tandem::Demo
