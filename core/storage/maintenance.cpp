#include "maintenance.h"

#include "database.h"
#include "migrator.h"

#include <core/common/logging.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <system_error>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Tandem {
namespace {

// How long restore waits for other connections to let go before giving up; the same as
// the busy timeout every connection gets.
constexpr int kBusyWaitMs = 10000;
constexpr int kBusySleepMs = 50;

Error teamServerError(const QString &message)
{
    return Error{ErrorCode::Unsupported, message,
                 QObject::tr("Ask the server's administrator: PostgreSQL's own tools (pg_dump and pg_restore for "
                             "backups, amcheck for checks) do this for the whole server while it is in use.")};
}

// Database tracks its own Transaction objects; SQLite also knows about a BEGIN run by hand.
bool inTransaction(const Database &db)
{
    sqlite3 *handle = db.sqliteHandle();
    return db.inTransaction() || (handle && sqlite3_get_autocommit(handle) == 0);
}

// The files SQLite keeps for one database; a backup must never land on any of them.
bool isLiveDatabaseFile(const Database &db, const QString &path)
{
    if (db.engine() != Engine::Sqlite || db.settings().isInMemory())
        return false;
    const QString live = QFileInfo(db.settings().path).canonicalFilePath();
    const QFileInfo target(path);
    const QString folder = QFileInfo(target.absolutePath()).canonicalFilePath();
    if (live.isEmpty() || folder.isEmpty())
        return false;
    const QString candidate = QDir(folder).filePath(target.fileName());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (candidate == live + QLatin1String(suffix))
            return true;
    }
    return false;
}

// Makes a completed write survive a power cut before we rename it into place, and the
// rename itself afterwards (the folder entry). Best effort on systems without fsync.
bool syncToDisk(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// ---- integrity -------------------------------------------------------------------------

Status checkStructure(Database &db, QStringList &problems)
{
    auto q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QObject::tr("The database file is damaged: %1").arg(line);
    }
    q->finish();
    return {};
}

Status checkForeignKeys(Database &db, QStringList &problems)
{
    auto q = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString table = q->value(0).toString();
        const QVariant rowid = q->value(1);
        const QString parent = q->value(2).toString();
        // WITHOUT ROWID tables (candidate_skills) have no row number to name.
        problems << (rowid.isNull()
                         ? QObject::tr("A row in %1 refers to a row in %2 that does not exist.").arg(table, parent)
                         : QObject::tr("Row %1 of %2 refers to a row in %3 that does not exist.")
                               .arg(QString::number(rowid.toLongLong()), table, parent));
    }
    q->finish();
    return {};
}

Status checkSearchIndex(Database &db, QStringList &problems)
{
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'candidate_fts'"));
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0) {
        problems << QObject::tr("The full-text search index of candidates is missing.");
        return {};
    }
    sqlite3 *handle = db.sqliteHandle();
    if (!handle)
        return fail(ErrorCode::Database, QObject::tr("The SQLite connection is not open."));
    // rank = 1 compares the index with the external content (the candidates), not only
    // with itself; SQLite 3.44 made that comparison opt-in, older versions accept the flag.
    // Run through the raw handle: only the primary result code tells damage from other errors.
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, "INSERT INTO candidate_fts(candidate_fts, rank) VALUES ('integrity-check', 1)",
                                nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return {};
    if ((rc & 0xff) == SQLITE_CORRUPT) {
        problems << QObject::tr("The full-text search index does not match the candidate records, so a search can miss "
                                "people or find the wrong ones. Rebuild it from the records with File > Rebuild Search Index "
                                "(or tandem-cli reindex); no record is lost.");
        return {};
    }
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return fail(ErrorCode::Database, QObject::tr("The database is busy with someone else's change (while checking the search index)."),
                    QObject::tr("Nothing was lost; try again in a moment."));
    return fail(ErrorCode::Database, QObject::tr("Checking the full-text search index failed: %1").arg(text));
}

Result<IntegrityReport> sqliteIntegrityCheck(Database &db)
{
    IntegrityReport report;
    for (auto check : {checkStructure, checkForeignKeys, checkSearchIndex}) {
        if (auto done = check(db, report.problems); !done)
            return std::unexpected(done.error());
    }
    report.ok = report.problems.isEmpty();
    return report;
}

// ---- backup ----------------------------------------------------------------------------

// Puts the finished temporary file under its final name in one step: a reader of the
// folder sees the old backup or the new one, never half of one.
Status moveIntoPlace(const QString &from, const QString &to, bool overwrite)
{
    if (!overwrite) {
        // QFile::rename refuses an existing target (no-replace rename where the OS has one).
        QFile file(from);
        if (!file.rename(to))
            return fail(ErrorCode::Io, QObject::tr("Cannot write the backup %1: %2").arg(to, file.errorString()),
                        QObject::tr("If the file appeared meanwhile, choose another name; otherwise check that you may "
                                    "write there."));
        return {};
    }
    std::error_code error;
    std::filesystem::rename(QFileInfo(from).filesystemFilePath(), QFileInfo(to).filesystemFilePath(), error);
    if (error)
        return fail(ErrorCode::Io,
                    QObject::tr("Cannot replace the backup %1: %2").arg(to, QString::fromStdString(error.message())),
                    QObject::tr("Check that the file is not open elsewhere and that you may write there."));
    return {};
}

Result<BackupInfo> sqliteBackup(Database &db, const QString &outPath, const BackupOptions &options)
{
    if (outPath.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("No file was given for the backup."),
                    QObject::tr("Choose where to write the backup."));
    if (inTransaction(db))
        return fail(ErrorCode::Invalid, QObject::tr("A backup cannot start while a change is being saved."),
                    QObject::tr("Finish or cancel the change, then make the backup."));
    const QFileInfo target(outPath);
    const QString path = target.absoluteFilePath();
    if (isLiveDatabaseFile(db, path))
        return fail(ErrorCode::Invalid, QObject::tr("%1 is the open database itself.").arg(path),
                    QObject::tr("Write the backup to another file, ideally on another disk."));
    if (target.exists() && target.isDir())
        return fail(ErrorCode::Invalid, QObject::tr("%1 is a folder, not a file.").arg(path),
                    QObject::tr("Choose a file inside it, for example %1.")
                        .arg(QDir(path).filePath(QStringLiteral("tandem-backup.sqlite"))));
    if (target.exists() && !options.overwrite)
        return fail(ErrorCode::Invalid, QObject::tr("%1 already exists; the backup did not replace it.").arg(path),
                    QObject::tr("Choose another file name, or choose to replace the existing file."));
    const QString folder = target.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, QObject::tr("Cannot create the folder %1.").arg(folder),
                    QObject::tr("Check that you may write there, or choose another place."));

    // VACUUM INTO accepts an existing empty file, so the temporary name is reserved safely.
    QTemporaryFile temp(QDir(folder).filePath(QStringLiteral(".tandem-backup-XXXXXX.partial")));
    temp.setAutoRemove(false);
    if (!temp.open())
        return fail(ErrorCode::Io, QObject::tr("Cannot write in the folder %1: %2").arg(folder, temp.errorString()),
                    QObject::tr("Check that you may write there, or choose another place."));
    const QString tempPath = temp.fileName();
    temp.close();
    auto removeTemp = qScopeGuard([&tempPath] { QFile::remove(tempPath); });

    auto vacuum = db.exec(QStringLiteral("VACUUM INTO ?"), {tempPath});
    if (!vacuum)
        return fail(ErrorCode::Io, QObject::tr("Writing the backup %1 failed: %2").arg(path, vacuum.error().message),
                    QObject::tr("Check that the disk has room and that you may write there. The database itself "
                                "was not changed."));
    vacuum->finish();
    if (!syncToDisk(tempPath))
        return fail(ErrorCode::Io, QObject::tr("Cannot make sure the backup %1 reached the disk.").arg(path),
                    QObject::tr("Check the disk, then make the backup again."));
    if (auto moved = moveIntoPlace(tempPath, path, options.overwrite); !moved)
        return std::unexpected(moved.error());
    removeTemp.dismiss();
    syncToDisk(folder);
    qCInfo(lcStorage) << "backup written to" << path;
    return BackupInfo{path, QFileInfo(path).size()};
}

// ---- restore ---------------------------------------------------------------------------

struct SqliteCloser
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

// The first column of every row of a fixed statement, as text; the engine's message on error.
std::expected<QStringList, QString> firstColumn(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::unexpected(QString::fromUtf8(sqlite3_errmsg(handle)));
    QStringList rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return std::unexpected(error);
    return rows;
}

Error notTandemBackup(const QString &path, const QString &why)
{
    return Error{ErrorCode::Invalid, QObject::tr("%1 is not a Tandem backup: %2").arg(path, why),
                 QObject::tr("Choose a backup that Tandem wrote. Your database was not changed.")};
}

Error damagedBackup(const QString &path, const QString &what)
{
    return Error{ErrorCode::Corrupt, QObject::tr("The backup %1 is damaged: %2").arg(path, what),
                 QObject::tr("Restore an older backup instead. Your database was not changed.")};
}

struct ValidBackup
{
    SqliteHandle handle;
    int version = 0;
};

// Everything that can be known about the backup before the live database is touched.
Result<ValidBackup> openValidBackup(Database &db, const QString &path, int knownVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, QObject::tr("There is no backup at %1.").arg(path),
                    QObject::tr("Check the path. Your database was not changed."));
    if (info.isDir())
        return fail(ErrorCode::Invalid, QObject::tr("%1 is a folder, not a backup file.").arg(path),
                    QObject::tr("Choose the backup file inside it. Your database was not changed."));
    if (isLiveDatabaseFile(db, path))
        return fail(ErrorCode::Invalid, QObject::tr("%1 is the open database itself, not a backup of it.").arg(path),
                    QObject::tr("Choose a backup file. Your database was not changed."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QObject::tr("Cannot read the backup %1: %2").arg(path, file.errorString()),
                    QObject::tr("Check that you may read it. Your database was not changed."));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        return std::unexpected(notTandemBackup(path, QObject::tr("it is not a database file.")));
    file.close();

    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqliteHandle handle(raw);
    if (opened != SQLITE_OK)
        return fail(ErrorCode::Io,
                    QObject::tr("Cannot open the backup %1: %2").arg(path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(opened))),
                    QObject::tr("Check that you may read it. Your database was not changed."));
    sqlite3_busy_timeout(handle.get(), kBusyWaitMs);

    auto integrity = firstColumn(handle.get(), "PRAGMA integrity_check");
    if (!integrity)
        return std::unexpected(damagedBackup(path, integrity.error()));
    if (integrity->size() != 1 || integrity->first() != QLatin1String("ok"))
        return std::unexpected(damagedBackup(path, integrity->value(0)));

    auto bookkeeping = firstColumn(handle.get(),
                                   "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!bookkeeping)
        return std::unexpected(damagedBackup(path, bookkeeping.error()));
    if (bookkeeping->value(0).toInt() == 0)
        return std::unexpected(notTandemBackup(path, QObject::tr("it is a database of another program.")));

    auto version = firstColumn(handle.get(), "SELECT coalesce(max(version), 0) FROM schema_migrations");
    if (!version)
        return std::unexpected(damagedBackup(path, version.error()));
    const int backupVersion = version->value(0).toInt();
    if (backupVersion > knownVersion)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("The backup %1 was made by a newer version of Tandem (schema %2; this program knows up to %3).")
                        .arg(path, QString::number(backupVersion), QString::number(knownVersion)),
                    QObject::tr("Install the newer Tandem to restore it. Your database was not changed."));

    // SQLite cannot copy into a WAL database whose page size differs; say so before trying.
    auto backupPageSize = firstColumn(handle.get(), "PRAGMA page_size");
    auto livePageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
    auto liveJournal = db.scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!backupPageSize)
        return std::unexpected(damagedBackup(path, backupPageSize.error()));
    if (!livePageSize)
        return std::unexpected(livePageSize.error());
    if (!liveJournal)
        return std::unexpected(liveJournal.error());
    if (liveJournal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
        && backupPageSize->value(0).toInt() != livePageSize->toInt())
        return fail(ErrorCode::Unsupported,
                    QObject::tr("The backup %1 uses pages of %2 bytes and the open database pages of %3 bytes; "
                                "it cannot be copied into it.")
                        .arg(path, backupPageSize->value(0), livePageSize->toString()),
                    QObject::tr("Open the backup file directly, or restore it into a new database. "
                                "Your database was not changed."));

    return ValidBackup{std::move(handle), backupVersion};
}

struct BackupCloser
{
    void operator()(sqlite3_backup *backup) const { sqlite3_backup_finish(backup); }
};

// Copies every page of source over the live database. The destination's write transaction
// stays open across steps and commits only with the last one, so any stop before that
// (error, cancel) rolls back and leaves the live database as it was.
Result<int> copyPages(Database &db, sqlite3 *source, const RestoreOptions &options)
{
    sqlite3 *destination = db.sqliteHandle();
    if (!destination)
        return fail(ErrorCode::Database, QObject::tr("The SQLite connection is not open."));
    std::unique_ptr<sqlite3_backup, BackupCloser> copy(sqlite3_backup_init(destination, "main", source, "main"));
    if (!copy)
        return fail(ErrorCode::Database,
                    QObject::tr("The restore could not start: %1").arg(QString::fromUtf8(sqlite3_errmsg(destination))),
                    QObject::tr("Close other work on this database (lists still loading, reports), then try again. "
                                "Your database was not changed."));
    const int step = options.pagesPerStep > 0 ? options.pagesPerStep : 256;
    int waited = 0;
    for (;;) {
        const int rc = sqlite3_backup_step(copy.get(), step);
        const int total = sqlite3_backup_pagecount(copy.get());
        const int done = total - sqlite3_backup_remaining(copy.get());
        if (rc == SQLITE_DONE) {
            if (options.progress)
                options.progress(done, total); // too late to stop: the copy is committed
            return total;
        }
        if (rc == SQLITE_OK) {
            waited = 0;
            if (options.progress && !options.progress(done, total))
                return fail(ErrorCode::Cancelled, QObject::tr("The restore was stopped."),
                            QObject::tr("Your database was not changed."));
            continue;
        }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < kBusyWaitMs) {
            sqlite3_sleep(kBusySleepMs);
            waited += kBusySleepMs;
            continue;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            return fail(ErrorCode::Database, QObject::tr("The database stayed busy with someone else's change, so the restore "
                                                         "could not go on."),
                        QObject::tr("Close other windows and tasks that use it, then try again. "
                                    "Your database was not changed."));
        return fail(ErrorCode::Database,
                    QObject::tr("Copying the backup into the database failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))),
                    QObject::tr("Your database was not changed. Check that the disk has room, then try again."));
    }
}

Result<RestoreInfo> sqliteRestore(Database &db, const QString &inPath, const RestoreOptions &options)
{
    if (inPath.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("No backup file was given."), QObject::tr("Choose the backup to restore."));
    if (inTransaction(db))
        return fail(ErrorCode::Invalid, QObject::tr("A restore cannot start while a change is being saved."),
                    QObject::tr("Finish or cancel the change, then restore."));
    const QString path = QFileInfo(inPath).absoluteFilePath();
    Migrator migrator = options.migrationFolder.isEmpty() ? Migrator(db) : Migrator(db, options.migrationFolder);
    auto known = migrator.available();
    if (!known)
        return std::unexpected(known.error());
    const int knownVersion = known->isEmpty() ? 0 : known->last().version;

    auto backup = openValidBackup(db, path, knownVersion);
    if (!backup)
        return std::unexpected(backup.error());

    // A cached statement keeps a read transaction open on the destination, and the backup
    // API refuses to start while one is; the old statements also describe the old schema.
    db.clearStatementCache();
    auto pages = copyPages(db, backup->handle.get(), options);
    if (!pages)
        return std::unexpected(pages.error());
    backup->handle.reset();
    db.clearStatementCache();
    qCInfo(lcStorage) << "restored" << path << "at schema" << backup->version;

    auto migrated = migrator.migrate();
    if (!migrated)
        return fail(migrated.error().code,
                    QObject::tr("The backup was restored, but updating it to this version of Tandem failed: %1")
                        .arg(migrated.error().message),
                    migrated.error().hint);
    return RestoreInfo{backup->version, *migrated, *pages};
}

} // namespace

Result<IntegrityReport> integrityCheck(Database &db)
{
    switch (db.engine()) {
    case Engine::Sqlite:
        return sqliteIntegrityCheck(db);
    case Engine::Postgres:
        break;
    }
    return std::unexpected(teamServerError(
        QObject::tr("A team server checks its own storage; Tandem checks only local database files.")));
}

Result<BackupInfo> backup(Database &db, const QString &outPath, const BackupOptions &options)
{
    switch (db.engine()) {
    case Engine::Sqlite:
        return sqliteBackup(db, outPath, options);
    case Engine::Postgres:
        break;
    }
    return std::unexpected(teamServerError(
        QObject::tr("Backups of a team server are made on the server with its own tools (pg_dump), not from Tandem.")));
}

Result<RestoreInfo> restore(Database &db, const QString &inPath, const RestoreOptions &options)
{
    switch (db.engine()) {
    case Engine::Sqlite:
        return sqliteRestore(db, inPath, options);
    case Engine::Postgres:
        break;
    }
    return std::unexpected(teamServerError(
        QObject::tr("A team server is restored on the server with its own tools (pg_restore), not from Tandem.")));
}

} // namespace Tandem
