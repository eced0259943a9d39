#include "uuid_sequence.h"

#include <algorithm>
#include <string_view>

namespace Tandem::Demo {
namespace {

void makeVersion4(quint64 &hi, quint64 &lo)
{
    hi = (hi & ~0xf000ULL) | 0x4000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
}

} // namespace

UuidSequence::UuidSequence(Prng rng, qsizetype count)
    : m_rng(rng)
{
    m_bits.resize(count);
    for (Bits &b : m_bits) {
        b.hi = m_rng.next();
        b.lo = m_rng.next();
        makeVersion4(b.hi, b.lo);
    }
    // Text order equals numeric order for fixed-width lower-case hex.
    std::sort(m_bits.begin(), m_bits.end(),
              [](const Bits &x, const Bits &y) { return x.hi != y.hi ? x.hi < y.hi : x.lo < y.lo; });
}

UuidText UuidSequence::next()
{
    if (m_next < m_bits.size()) {
        const Bits &b = m_bits.at(m_next++);
        return format(b.hi, b.lo);
    }
    quint64 hi = m_rng.next();
    quint64 lo = m_rng.next();
    makeVersion4(hi, lo);
    return format(hi, lo);
}

UuidText UuidSequence::format(quint64 hi, quint64 lo)
{
    constexpr std::string_view hex = "0123456789abcdef";
    UuidText text;
    int pos = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[size_t(pos++)] = '-';
        const quint64 word = nibble < 16 ? hi : lo;
        text[size_t(pos++)] = hex[(word >> (60 - 4 * (nibble % 16))) & 0xf];
    }
    return text;
}

} // namespace Tandem::Demo
