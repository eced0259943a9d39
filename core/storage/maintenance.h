#pragma once

#include <core/common/error.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tandem {

class Database;

// What an integrity check found. Problems are sentences a user can read; an empty list
// means the check passed (ok is then true).
struct IntegrityReport
{
    bool ok = true;
    QStringList problems;
};

struct BackupOptions
{
    // Replace a file that already exists at the target. The new backup is written under a
    // temporary name in the same folder and renamed over the old one only when complete.
    bool overwrite = false;
};

struct BackupInfo
{
    QString path;      // absolute path of the written backup
    qint64 bytes = 0;  // its size
};

struct RestoreOptions
{
    // Called after every step with pages copied so far and the total; return false to stop.
    // A stopped restore leaves the live database as it was (ErrorCode::Cancelled).
    std::function<bool(int done, int total)> progress;
    int pagesPerStep = 256;
    // Folder of migrations that brings an older backup up to date; empty means the
    // program's own. Tests point it elsewhere to simulate an older backup.
    QString migrationFolder;
};

struct RestoreInfo
{
    int backupVersion = 0;  // schema version the backup was made at
    QList<int> migrated;    // migrations applied after copying it in
    int pages = 0;          // pages copied
};

// Database maintenance: integrity check, backup and restore of an open database.
//
// Owns: nothing beyond the call; each function works on the given connection (and, for
// restore, a read-only connection to the backup file that it closes before returning).
// Thread: call on the thread that owns the Database; the work is synchronous and can take
// a while on a large file, so the GUI runs it on a worker with its own connection
// (Database::openAnother()).
// Errors: Result/Status with a message naming the problem and a hint naming the fix.
// A team server (PostgreSQL) reports ErrorCode::Unsupported: the server's own tools
// (pg_dump, amcheck) do this work there.

// Checks the file's structure (PRAGMA integrity_check), foreign keys (every dangling
// reference) and that the full-text index matches the candidate records. Problems found
// are in the report; an error means the check itself could not run. Takes the write lock
// for a moment (the full-text check is an INSERT command), so not inside a read-only
// snapshot.
Result<IntegrityReport> integrityCheck(Database &db);

// Writes a consistent copy of the open database to outPath with VACUUM INTO, while other
// connections keep reading and writing. Never copies the open file. Refuses an existing
// file unless options.overwrite, and refuses the database's own file. Creates missing
// folders. Not inside a transaction on this connection.
Result<BackupInfo> backup(Database &db, const QString &outPath, const BackupOptions &options = {});

// Replaces the contents of the open database with the backup at inPath, then brings it up
// to the current schema. The backup is validated first (a SQLite file, undamaged, a Tandem
// database, not newer than this program); any refusal, error or cancel before the copy
// completes leaves the live database unchanged. Drops this connection's cached statements;
// other connections see the new contents at their next transaction. Not inside a
// transaction on this connection.
Result<RestoreInfo> restore(Database &db, const QString &inPath, const RestoreOptions &options = {});

} // namespace Tandem
