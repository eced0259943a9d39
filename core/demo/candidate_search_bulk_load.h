#pragma once

#include <core/common/error.h>

#include <QStringList>

namespace Tandem {
class Database;
}

namespace Tandem::Demo {

// Lets a bulk load into `candidates` skip the per-row full-text work: suspend() drops the
// triggers that keep candidate_fts in step, and rebuildAndRestore() rebuilds the index once
// from candidate_fts_source and recreates the triggers.
//
// The triggers come back from the DDL SQLite stored for them in sqlite_master, which is the
// exact text the migrations ran (the newest one, if a later migration replaced them): one
// source of truth, no second copy of that SQL here, no parsing of migration files.
// Owns nothing but that text. Use on the connection's thread, inside a write transaction
// (suspend() refuses otherwise), so a failure or cancel rolls the drop back with the rest.
class CandidateSearchBulkLoad
{
public:
    static Result<CandidateSearchBulkLoad> suspend(Database &db);
    Status rebuildAndRestore();
    int suspendedTriggers() const { return int(m_names.size()); }

private:
    explicit CandidateSearchBulkLoad(Database &db)
        : m_db(&db)
    { }

    Database *m_db = nullptr; // not owned
    QStringList m_names;
    QStringList m_ddl;
};

} // namespace Tandem::Demo
