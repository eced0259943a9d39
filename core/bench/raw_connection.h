#pragma once

#include <core/common/error.h>

#include <QString>
#include <QVariantList>

namespace Tandem::Bench {

// What the benchmark's "raw" side needs from a connection, whichever engine: run the app's
// exact statements (with `?` placeholders) and read every column of every row, so each
// operation compares our layers with the engine's own client library doing the same work.
class RawConnection
{
public:
    virtual ~RawConnection() = default;
    // Runs one statement with bound values, steps through every row and reads every column.
    // Returns the number of rows.
    virtual Result<qint64> run(const QString &sql, const QVariantList &values = {}) = 0;
    // Runs an INSERT and returns the new row's id (last_insert_rowid / RETURNING id).
    virtual Result<qint64> insert(const QString &sql, const QVariantList &values) = 0;
    virtual Status exec(const QString &script) = 0;
    // Starts a write transaction the way the app's engine layer does.
    virtual QString beginWrite() const = 0;
};

} // namespace Tandem::Bench
