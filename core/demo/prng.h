#pragma once

#include <QList>
#include <QtGlobal>

#include <array>
#include <span>

namespace Tandem::Demo {

// A small, fast pseudo-random generator (xoshiro256**, seeded through splitmix64).
//
// Written here rather than taken from <random> because the demo data must be the same for the
// same seed on every platform and library version; std distributions do not promise that.
// Every entity draws from its own stream (stream(seed, kind, index)), so the data of one
// candidate does not depend on how many numbers an earlier one happened to use.
class Prng
{
public:
    explicit Prng(quint64 seed);
    static Prng stream(quint64 seed, quint64 kind, quint64 index);

    quint64 next();
    // Uniform in [0, n); n > 0. Lemire's multiply-shift: the bias for n < 2^32 is far below
    // anything a demo could show.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Index drawn with the given non-negative weights (at least one positive).
    int weighted(std::span<const int> weights);
    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[below(quint32(items.size()))];
    }
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(quint32(items.size())));
    }

private:
    std::array<quint64, 4> m_s{};
};

} // namespace Tandem::Demo
