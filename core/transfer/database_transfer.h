#pragma once

#include <core/common/error.h>

#include <QList>
#include <QString>

#include <functional>

namespace Tandem {

class Database;

// One copied table: how many rows, and the checksum of its contents read back from each side.
struct TransferTable
{
    QString name;
    qint64 rows = 0;
    QString sourceChecksum; // SHA-256 (hex) over the rows in key order, values as text
    QString targetChecksum;
};

struct TransferReport
{
    QList<TransferTable> tables;
    bool verified = false;  // every table equal on both sides, audit chain and search index good
    qint64 elapsedMs = 0;   // the whole move, verification included
    qint64 totalRows() const;
};

// Copies every Tandem table from `from` into `to` (any engine to any engine), keeping ids,
// uuids, versions, times and the audit chain exactly.
//
// `to` must be a migrated Tandem database at the same schema version as `from` that holds no
// records yet (its seeded roles and Standard pipeline template are replaced by the source's);
// otherwise it is refused with a message naming what it holds and the fix. Everything is
// written in one transaction on the target: on any failure, failed verification or cancel the
// target is left as it was. The source is read in one snapshot and never written.
// Afterwards PostgreSQL's identity sequences are moved past the copied ids, the search index
// is built for the copied candidates (SQLite: FTS5 'rebuild'; PostgreSQL: the candidate_search
// trigger fills it, checked and refilled if short), every table is compared by row count and a
// SHA-256 checksum computed in C++ the same way on both engines, and the audit chain is
// verified on the target; all of it before the commit.
//
// Owns: nothing; borrows both connections. Thread: the thread of both connections.
// progress(done, total, phase) is called between batches; returning false cancels.
// Errors: ErrorCode::Invalid (target not empty, same database twice, a transaction already
// open), Unsupported (schema versions differ), Cancelled, Corrupt (verification failed),
// Database (engine errors).
Result<TransferReport> transferDatabase(Database &from, Database &to,
                                        const std::function<bool(qint64, qint64, const QString &)> &progress = {});

} // namespace Tandem
