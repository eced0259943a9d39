#pragma once

#include <core/common/error.h>

namespace Tandem {

class Database;

// Rebuilds the candidate full-text index from the candidate records: the repair when the
// integrity check finds the index out of step (a damaged file, a crash in the middle of a
// bulk change made outside Tandem). No record changes; searches during the rebuild wait.
// Runs in its own write transaction; returns the number of candidates indexed.
// Thread: the connection's; it takes seconds at 100,000 candidates, so the GUI runs it on a
// worker. Errors: Result; ErrorCode::Unsupported on an engine without this index.
Result<qint64> rebuildSearchIndex(Database &db);

} // namespace Tandem
