#pragma once

#include "prng.h"

#include <QList>
#include <QtGlobal>

#include <array>

namespace Tandem::Demo {

using UuidText = std::array<char, 36>;

// The UUIDs of one table's new rows: `count` random version-4 UUIDs drawn from a Prng, handed
// out in ascending order.
//
// Why sorted: each table has a UNIQUE index on uuid, and inserting a million random keys
// lands every row on a random index page. Handing the same random UUIDs out in order turns
// that into appends; measured, it takes about a third off the insert time of such a table,
// and builds a compact index. The UUIDs stay random v4 values; only their order follows the
// ids, as it would with time-ordered (v7) UUIDs.
class UuidSequence
{
public:
    UuidSequence() = default;
    UuidSequence(Prng rng, qsizetype count);

    // The next UUID in canonical lower-case text. Past `count`, continues with fresh random ones.
    UuidText next();

    static UuidText format(quint64 hi, quint64 lo);

private:
    struct Bits
    {
        quint64 hi;
        quint64 lo;
    };
    QList<Bits> m_bits;
    qsizetype m_next = 0;
    Prng m_rng {0};
};

} // namespace Tandem::Demo
