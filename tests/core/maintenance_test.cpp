#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/maintenance.h>
#include <core/storage/dialect.h>
#include <core/storage/migrator.h>
#include <core/storage/transaction.h>

#include "support/test_database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Tandem;

namespace {

std::string text(const Error &error)
{
    return error.text().toStdString();
}

// Inserts a row; returns its id, or 0 for the tables without an id column.
qint64 insertRow(Database &db, const QString &sql, const QVariantList &values)
{
    if (sql.contains(QLatin1String("INTO candidate_skills")) || sql.contains(QLatin1String("INTO app_meta"))) {
        auto query = db.exec(sql, values);
        EXPECT_TRUE(query) << (query ? std::string() : text(query.error()));
        if (!query)
            return -1;
        query->finish();
        return 0;
    }
    auto id = db.insert(sql, values);
    EXPECT_TRUE(id) << (id ? std::string() : text(id.error()));
    return id ? *id : -1;
}

qint64 addCandidate(Database &db, const QString &first, const QString &last, const QString &skills = QStringLiteral(""))
{
    const QString now = nowStorageTime();
    return insertRow(db,
                     QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, email, city, current_title, "
                                    "skills_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {newUuid(), first, last, first.toLower() + QStringLiteral("@example.com"), QStringLiteral("Berlin"),
                      QStringLiteral("Engineer"), skills, now, now});
}

// Rows in most tables, linked the way the application links them.
void fill(Database &db)
{
    const QString now = nowStorageTime();
    const qint64 user = insertRow(db, QStringLiteral("INSERT INTO users (uuid, name, email, role_id, created_at, updated_at) "
                                                     "VALUES (?, ?, ?, 2, ?, ?)"),
                                  {newUuid(), QStringLiteral("Rita Recruiter"), QStringLiteral("rita@example.com"), now, now});
    const qint64 requisition = insertRow(
        db, QStringLiteral("INSERT INTO requisitions (uuid, title, department, hiring_manager_id, recruiter_id, status, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)"),
        {newUuid(), QStringLiteral("Backend Engineer"), QStringLiteral("Engineering"), user, user, now, now});
    const qint64 stage = insertRow(db, QStringLiteral("INSERT INTO stages (uuid, requisition_id, position, name, kind) "
                                                      "VALUES (?, ?, 0, 'Applied', 'applied')"),
                                   {newUuid(), requisition});
    const qint64 cpp = insertRow(db, QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {QStringLiteral("C++")});
    const qint64 qt = insertRow(db, QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {QStringLiteral("Qt")});
    const qint64 ada = addCandidate(db, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("C++, Qt"));
    const qint64 grace = addCandidate(db, QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("C++"));
    addCandidate(db, QStringLiteral("Zebulon"), QStringLiteral("Quux"), QStringLiteral("Qt"));
    for (const auto &[candidate, skill, position] : {std::tuple{ada, cpp, 0}, std::tuple{ada, qt, 1}, std::tuple{grace, cpp, 0}})
        insertRow(db, QStringLiteral("INSERT INTO candidate_skills (candidate_id, skill_id, position) VALUES (?, ?, ?)"),
                  {candidate, skill, position});
    insertRow(db, QStringLiteral("INSERT INTO applications (uuid, candidate_id, requisition_id, stage_id, source, applied_at, "
                                 "stage_entered_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'referral', ?, ?, ?, ?)"),
              {newUuid(), ada, requisition, stage, now, now, now, now});
    insertRow(db, QStringLiteral("INSERT INTO activities (uuid, candidate_id, kind, subject, body, occurred_at, actor_id, created_at) "
                                 "VALUES (?, ?, 'note', ?, ?, ?, ?, ?)"),
              {newUuid(), grace, QStringLiteral("Call"), QStringLiteral("Prefers remote work."), now, user, now});
    insertRow(db, QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?)"), {QStringLiteral("company"), QStringLiteral("Acme")});
}

// A fingerprint of everything stored: the schema and every row of every table (including the
// full-text index's own tables), independent of row order.
QByteArray checksum(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        auto q = db.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
        EXPECT_TRUE(q);
        if (!q)
            return {};
        while (q->next()) {
            hash.addData(q->value(0).toString().toUtf8());
            hash.addData(q->value(1).toString().toUtf8());
        }
        q->finish();
        auto names = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (names && names->next())
            tables << names->value(0).toString();
        if (names)
            names->finish();
    }
    for (const QString &table : std::as_const(tables)) {
        // Identifiers cannot be bound; these come from sqlite_master, not from input.
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) << table.toStdString();
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = record.value(i);
                row += QByteArray(v.typeName()) + ':' + (v.isNull() ? QByteArray("NULL") : v.toByteArray()) + '\x1f';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        hash.addData(table.toUtf8());
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row);
    }
    return hash.result();
}

QList<qint64> search(Database &db, const QString &term)
{
    QList<qint64> ids;
    auto q = db.exec(QStringLiteral("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ? ORDER BY rowid"), {term});
    EXPECT_TRUE(q) << (q ? std::string() : text(q.error()));
    while (q && q->next())
        ids << q->value(0).toLongLong();
    if (q)
        q->finish();
    return ids;
}

qint64 candidateCount(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM candidates"))->toLongLong();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Statements on a plain QSQLITE connection: another program, or a hand-edited backup.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        ASSERT_TRUE(conn.open()) << conn.lastError().text().toStdString();
        for (const QString &statement : statements) {
            QSqlQuery query(conn);
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Overwrites the one page of an index with bytes that are no b-tree page at all.
void damageIndexPage(const QString &path, int page, int pageSize)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(qint64(page - 1) * pageSize));
    ASSERT_EQ(file.write(QByteArray(pageSize, '\xff')), pageSize);
}

struct PageOf
{
    int page = 0;
    int pageSize = 0;
};

PageOf rootPageOf(Database &db, const QString &index)
{
    return {db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"), {index})->toInt(),
            db.scalar(QStringLiteral("PRAGMA page_size"))->toInt()};
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

// ---- integrity ---------------------------------------------------------------------------

TEST(IntegrityCheck, FreshDatabaseIsOk)
{
    Testing::TestDatabase t;
    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_TRUE(report->ok);
    EXPECT_TRUE(report->problems.isEmpty()) << report->problems.join(QLatin1Char('\n')).toStdString();
}

TEST(IntegrityCheck, FilledDatabaseIsOk)
{
    Testing::TestDatabase t;
    fill(t.db());
    ASSERT_EQ(candidateCount(t.db()), 3);
    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
}

TEST(IntegrityCheck, FindsSearchIndexEntryWithoutCandidate)
{
    Testing::TestDatabase t;
    fill(t.db());
    // Straight into the index, bypassing the triggers: an entry no candidate backs.
    ASSERT_TRUE(t->exec(QStringLiteral("INSERT INTO candidate_fts (rowid, name) VALUES (?, ?)"),
                        {999999, QStringLiteral("Ghost Person")}));
    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_FALSE(report->ok);
    ASSERT_EQ(report->problems.size(), 1) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("search index"))) << report->problems.first().toStdString();
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("Rebuild"))) << report->problems.first().toStdString();
}

TEST(IntegrityCheck, FindsDanglingForeignKeys)
{
    Testing::TestDatabase t;
    fill(t.db());
    ASSERT_TRUE(t->execScript(QStringLiteral("PRAGMA foreign_keys = OFF")));
    const qint64 orphanUser =
        insertRow(t.db(), QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                  {newUuid(), QStringLiteral("Orphan"), 4242, nowStorageTime(), nowStorageTime()});
    // A WITHOUT ROWID table: the report cannot name a row number there.
    insertRow(t.db(), QStringLiteral("INSERT INTO candidate_skills (candidate_id, skill_id) VALUES (?, ?)"), {777777, 1});
    ASSERT_TRUE(t->execScript(QStringLiteral("PRAGMA foreign_keys = ON")));

    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_FALSE(report->ok);
    const QString all = report->problems.join(QLatin1Char('\n'));
    ASSERT_EQ(report->problems.size(), 2) << all.toStdString();
    EXPECT_TRUE(report->problems.contains(QStringLiteral("Row %1 of users refers to a row in roles that does not exist.").arg(orphanUser)))
        << all.toStdString();
    EXPECT_TRUE(report->problems.contains(QStringLiteral("A row in candidate_skills refers to a row in candidates that does not exist.")))
        << all.toStdString();
}

TEST(IntegrityCheck, FindsDamagedPage)
{
    Testing::TestDatabase t;
    fill(t.db());
    const PageOf index = rootPageOf(t.db(), QStringLiteral("candidates_email"));
    ASSERT_GT(index.page, 1);
    t.close();
    ASSERT_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal"))) << "the last close checkpoints the WAL";
    damageIndexPage(t.path(), index.page, index.pageSize);
    t.reopen();

    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_FALSE(report->ok);
    ASSERT_FALSE(report->problems.isEmpty());
    EXPECT_TRUE(report->problems.first().startsWith(QLatin1String("The database file is damaged: ")))
        << report->problems.first().toStdString();
}

// ---- backup ------------------------------------------------------------------------------

TEST(Backup, WritesAConsistentCopyAndReportsItsSize)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QByteArray before = checksum(t.db());
    const QString target = QDir(t.dir()).filePath(QStringLiteral("backups/2026/tandem-backup.sqlite"));

    auto written = backup(t.db(), target);
    ASSERT_TRUE(written) << text(written.error());
    EXPECT_EQ(written->path, target);
    EXPECT_EQ(written->bytes, QFileInfo(target).size());
    EXPECT_GT(written->bytes, 0);
    EXPECT_TRUE(readFile(target).startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_EQ(filesIn(QFileInfo(target).absolutePath()), QStringList{QStringLiteral("tandem-backup.sqlite")})
        << "no temporary file is left behind";
    EXPECT_EQ(checksum(t.db()), before) << "making a backup changes nothing";

    auto copy = Database::open(ConnectionSettings::sqliteFile(target));
    ASSERT_TRUE(copy) << text(copy.error());
    EXPECT_EQ(checksum(**copy), before);
}

TEST(Backup, OfAnInMemoryDatabase)
{
    auto memory = Database::open(ConnectionSettings::inMemory());
    ASSERT_TRUE(memory) << text(memory.error());
    fill(**memory);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("from-memory.sqlite"));
    auto written = backup(**memory, target);
    ASSERT_TRUE(written) << text(written.error());
    auto copy = Database::open(ConnectionSettings::sqliteFile(target));
    ASSERT_TRUE(copy) << text(copy.error());
    EXPECT_EQ(checksum(**copy), checksum(**memory));
}

TEST(Backup, RefusesToOverwriteUnlessAsked)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString target = QDir(t.dir()).filePath(QStringLiteral("precious.sqlite"));
    writeFile(target, "keep me");

    auto refused = backup(t.db(), target);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("already exists"))) << text(refused.error());
    EXPECT_EQ(readFile(target), QByteArray("keep me"));

    BackupOptions replace;
    replace.overwrite = true;
    auto written = backup(t.db(), target, replace);
    ASSERT_TRUE(written) << text(written.error());
    EXPECT_TRUE(readFile(target).startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_EQ(written->bytes, QFileInfo(target).size());
    const QStringList files = filesIn(t.dir());
    EXPECT_FALSE(files.join(QLatin1Char(' ')).contains(QLatin1String(".partial"))) << files.join(QLatin1Char(' ')).toStdString();
}

TEST(Backup, RefusesTheOpenDatabaseItself)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QByteArray before = checksum(t.db());
    BackupOptions replace;
    replace.overwrite = true;
    for (const QString &target : {t.path(), t.path() + QStringLiteral("-wal")}) {
        auto refused = backup(t.db(), target, replace);
        ASSERT_FALSE(refused) << target.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    }
    EXPECT_EQ(checksum(t.db()), before);
    t.reopen();
    EXPECT_EQ(checksum(t.db()), before);
}

TEST(Maintenance, BackupAndRestoreRefuseToStartInsideATransaction)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString target = QDir(t.dir()).filePath(QStringLiteral("in-tx.sqlite"));
    ASSERT_TRUE(backup(t.db(), target));
    const QString second = QDir(t.dir()).filePath(QStringLiteral("in-tx-2.sqlite"));
    // One started by a service through Transaction, and one begun by hand.
    for (const bool byHand : {false, true}) {
        SCOPED_TRACE(byHand ? "BEGIN by hand" : "Transaction");
        std::optional<Transaction> tx;
        if (byHand) {
            ASSERT_TRUE(t->execScript(QStringLiteral("BEGIN")));
        } else {
            auto begun = Transaction::begin(t.db());
            ASSERT_TRUE(begun);
            tx.emplace(std::move(*begun));
        }
        addCandidate(t.db(), QStringLiteral("Pending"), QStringLiteral("Change"));

        auto backedUp = backup(t.db(), second);
        ASSERT_FALSE(backedUp);
        EXPECT_EQ(backedUp.error().code, ErrorCode::Invalid);
        EXPECT_FALSE(QFileInfo::exists(second));
        auto restored = restore(t.db(), target);
        ASSERT_FALSE(restored);
        EXPECT_EQ(restored.error().code, ErrorCode::Invalid);
        EXPECT_EQ(candidateCount(t.db()), 4) << "the open change is still there";

        if (byHand) {
            ASSERT_TRUE(t->execScript(QStringLiteral("ROLLBACK")));
        } else {
            tx->rollback();
        }
        EXPECT_EQ(candidateCount(t.db()), 3);
    }
    EXPECT_FALSE(filesIn(t.dir()).join(QLatin1Char(' ')).contains(QLatin1String(".partial")));
}

TEST(Backup, WorksWhileAnotherConnectionHoldsAReadTransaction)
{
    Testing::TestDatabase t;
    fill(t.db());
    auto reader = t->openAnother();
    ASSERT_TRUE(reader) << text(reader.error());
    ASSERT_TRUE((*reader)->execScript(QStringLiteral("BEGIN")));
    ASSERT_EQ(candidateCount(**reader), 3); // the snapshot starts here

    addCandidate(t.db(), QStringLiteral("Late"), QStringLiteral("Arrival"));
    const QString target = QDir(t.dir()).filePath(QStringLiteral("busy.sqlite"));
    auto written = backup(t.db(), target);
    ASSERT_TRUE(written) << text(written.error());

    EXPECT_EQ(candidateCount(**reader), 3) << "the reader keeps its snapshot";
    ASSERT_TRUE((*reader)->execScript(QStringLiteral("COMMIT")));
    auto copy = Database::open(ConnectionSettings::sqliteFile(target));
    ASSERT_TRUE(copy) << text(copy.error());
    EXPECT_EQ(candidateCount(**copy), 4) << "the backup has everything committed when it started";
}

TEST(Backup, WorksWhileAnotherConnectionIsWritingAndLeavesItsChangeOut)
{
    Testing::TestDatabase t;
    fill(t.db());
    auto writer = t->openAnother();
    ASSERT_TRUE(writer) << text(writer.error());
    ASSERT_TRUE((*writer)->execScript(QStringLiteral("BEGIN IMMEDIATE")));
    addCandidate(**writer, QStringLiteral("Uncommitted"), QStringLiteral("Change"));

    const QString target = QDir(t.dir()).filePath(QStringLiteral("during-write.sqlite"));
    auto written = backup(t.db(), target);
    ASSERT_TRUE(written) << text(written.error());
    ASSERT_TRUE((*writer)->execScript(QStringLiteral("COMMIT")));
    EXPECT_EQ(candidateCount(t.db()), 4);

    auto copy = Database::open(ConnectionSettings::sqliteFile(target));
    ASSERT_TRUE(copy) << text(copy.error());
    EXPECT_EQ(candidateCount(**copy), 3);
    EXPECT_TRUE(search(**copy, QStringLiteral("Uncommitted")).isEmpty());
}

// ---- restore -----------------------------------------------------------------------------

TEST(Restore, RoundTripBringsBackExactlyWhatWasBackedUp)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QByteArray atBackup = checksum(t.db());
    const QList<qint64> zebulon = search(t.db(), QStringLiteral("Zebulon"));
    ASSERT_EQ(zebulon.size(), 1);
    const QString file = QDir(t.dir()).filePath(QStringLiteral("round-trip.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));

    // Change, delete and add after the backup.
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE candidates SET first_name = ?, version = version + 1 WHERE first_name = ?"),
                        {QStringLiteral("Augusta"), QStringLiteral("Ada")}));
    ASSERT_TRUE(t->exec(QStringLiteral("DELETE FROM candidates WHERE id = ?"), {zebulon.first()}));
    addCandidate(t.db(), QStringLiteral("Newcomer"), QStringLiteral("After"));
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE app_meta SET value = ? WHERE key = ?"), {QStringLiteral("Other"), QStringLiteral("company")}));
    ASSERT_NE(checksum(t.db()), atBackup);
    EXPECT_EQ(candidateCount(t.db()), 3); // leaves this statement in the cache

    QList<std::pair<int, int>> steps;
    RestoreOptions options;
    options.pagesPerStep = 4;
    options.progress = [&steps](int done, int total) {
        steps.append({done, total});
        return true;
    };
    auto restored = restore(t.db(), file, options);
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(restored->backupVersion, Migrator(t.db()).knownVersion());
    EXPECT_TRUE(restored->migrated.isEmpty());

    EXPECT_EQ(checksum(t.db()), atBackup);
    EXPECT_EQ(candidateCount(t.db()), 3);
    EXPECT_EQ(search(t.db(), QStringLiteral("Zebulon")), zebulon);
    EXPECT_TRUE(search(t.db(), QStringLiteral("Newcomer")).isEmpty());
    EXPECT_TRUE(search(t.db(), QStringLiteral("Augusta")).isEmpty());
    EXPECT_EQ(search(t.db(), QStringLiteral("Ada")).size(), 1);
    auto report = integrityCheck(t.db());
    ASSERT_TRUE(report) << text(report.error());
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(t->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));

    // Progress came in several steps, never went back, and ended at the whole backup.
    ASSERT_GE(steps.size(), 2);
    for (qsizetype i = 1; i < steps.size(); ++i)
        EXPECT_GE(steps[i].first, steps[i - 1].first);
    EXPECT_EQ(steps.last().first, steps.last().second);
    EXPECT_EQ(steps.last().second, restored->pages);
    EXPECT_EQ(qint64(restored->pages) * t->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), QFileInfo(file).size());

    // The restored contents are on disk, not only in this connection.
    t.reopen();
    EXPECT_EQ(checksum(t.db()), atBackup);
}

TEST(Restore, StatementsPreparedBeforeRestoreSeeTheRestoredSchema)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("schema.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));

    ASSERT_TRUE(t->execScript(QStringLiteral("CREATE TABLE scratch (x INTEGER); INSERT INTO scratch VALUES (1)")));
    const QString countScratch = QStringLiteral("SELECT count(*) FROM scratch");
    ASSERT_EQ(t->scalar(countScratch)->toInt(), 1);

    ASSERT_TRUE(restore(t.db(), file));
    auto gone = t->scalar(countScratch);
    ASSERT_FALSE(gone) << "a statement cached before the restore must not read a table the backup lacks";
    EXPECT_TRUE(gone.error().message.contains(QLatin1String("scratch"))) << text(gone.error());
}

TEST(Restore, WorksWhenAQueryWasLeftHalfRead)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("half-read.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));
    addCandidate(t.db(), QStringLiteral("Extra"), QStringLiteral("One"));
    {
        // The cache keeps this statement, unfinished: it holds a read transaction open.
        auto q = t->exec(QStringLiteral("SELECT id FROM candidates ORDER BY id"));
        ASSERT_TRUE(q);
        ASSERT_TRUE(q->next());
    }
    auto restored = restore(t.db(), file);
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(candidateCount(t.db()), 3);
}

TEST(Restore, OtherConnectionsSeeTheRestoredContents)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("shared.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));
    auto worker = t->openAnother();
    ASSERT_TRUE(worker) << text(worker.error());
    addCandidate(t.db(), QStringLiteral("Extra"), QStringLiteral("One"));
    ASSERT_EQ(candidateCount(**worker), 4);

    auto restored = restore(t.db(), file);
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(candidateCount(**worker), 3);
    EXPECT_TRUE(search(**worker, QStringLiteral("Extra")).isEmpty());
}

TEST(Restore, OlderBackupIsBroughtUpToDate)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("older.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));
    const QByteArray before = checksum(t.db());

    // The program's migrations plus one the backup has not seen yet.
    QTemporaryDir migrations;
    const QDir builtIn(Dialect::forEngine(Engine::Sqlite).migrationFolder());
    for (const QString &name : builtIn.entryList({QStringLiteral("*.sql")}, QDir::Files))
        ASSERT_TRUE(QFile::copy(builtIn.filePath(name), QDir(migrations.path()).filePath(name)));
    const int next = Migrator(t.db()).knownVersion() + 1;
    writeFile(QDir(migrations.path()).filePath(QStringLiteral("%1_restore_extra.sql").arg(next, 4, 10, QLatin1Char('0'))),
              "CREATE TABLE restore_extra (id INTEGER PRIMARY KEY);\n");

    RestoreOptions options;
    options.migrationFolder = migrations.path();
    auto restored = restore(t.db(), file, options);
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(restored->backupVersion, next - 1);
    EXPECT_EQ(restored->migrated, QList<int>{next});
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'restore_extra'"))->toInt(), 1);
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"))->toInt(), next);
    EXPECT_NE(checksum(t.db()), before);
}

class RestoreRefusal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fill(t.db());
        ASSERT_TRUE(t->exec(QStringLiteral("UPDATE app_meta SET value = ? WHERE key = ?"), {QStringLiteral("Live"), QStringLiteral("company")}));
        before = checksum(t.db());
    }

    // The live database is exactly as it was, in this connection and on disk.
    void expectUntouched()
    {
        EXPECT_EQ(checksum(t.db()), before);
        t.reopen();
        EXPECT_EQ(checksum(t.db()), before);
    }

    QString file(const QString &name) const { return QDir(t.dir()).filePath(name); }

    Testing::TestDatabase t;
    QByteArray before;
};

TEST_F(RestoreRefusal, AnotherProgramsDatabase)
{
    const QString other = file(QStringLiteral("notes.db"));
    rawSql(other, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                   QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
    auto refused = restore(t.db(), other);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("%1 is not a Tandem backup").arg(other))) << text(refused.error());
    EXPECT_TRUE(refused.error().hint.contains(QLatin1String("not changed"))) << text(refused.error());
    expectUntouched();
}

TEST_F(RestoreRefusal, GarbageFile)
{
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator generator(7);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    const QString garbage = file(QStringLiteral("garbage.sqlite"));
    writeFile(garbage, random);
    auto refused = restore(t.db(), garbage);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("is not a Tandem backup"))) << text(refused.error());
    expectUntouched();
}

TEST_F(RestoreRefusal, GarbageBehindASqliteHeader)
{
    QByteArray bytes("SQLite format 3\0", 16);
    QRandomGenerator generator(11);
    while (bytes.size() < 16 * 1024)
        bytes.append(char(generator.bounded(256)));
    const QString fake = file(QStringLiteral("fake.sqlite"));
    writeFile(fake, bytes);
    auto refused = restore(t.db(), fake);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("is damaged"))) << text(refused.error());
    expectUntouched();
}

TEST_F(RestoreRefusal, DamagedBackup)
{
    const QString damaged = file(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(backup(t.db(), damaged));
    const PageOf index = rootPageOf(t.db(), QStringLiteral("candidates_email"));
    damageIndexPage(damaged, index.page, index.pageSize);
    auto refused = restore(t.db(), damaged);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("The backup %1 is damaged: ").arg(damaged)))
        << text(refused.error());
    // The first message of the integrity check follows, so it is not empty.
    EXPECT_GT(refused.error().message.size(), QStringLiteral("The backup %1 is damaged: ").arg(damaged).size());
    expectUntouched();
}

TEST_F(RestoreRefusal, BackupFromANewerVersion)
{
    const QString newer = file(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(backup(t.db(), newer));
    rawSql(newer, {QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                                  "VALUES (999, 'future', 'x', '2030-01-01T00:00:00.000Z')")});
    auto refused = restore(t.db(), newer);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("newer"))) << text(refused.error());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("999"))) << text(refused.error());
    EXPECT_TRUE(refused.error().hint.contains(QLatin1String("Install the newer Tandem"))) << text(refused.error());
    expectUntouched();
}

TEST_F(RestoreRefusal, MissingFileAndTheOpenDatabaseItself)
{
    auto missing = restore(t.db(), file(QStringLiteral("nowhere.sqlite")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto itself = restore(t.db(), t.path());
    ASSERT_FALSE(itself);
    EXPECT_EQ(itself.error().code, ErrorCode::Invalid);
    expectUntouched();
}

TEST_F(RestoreRefusal, CancelledPartWay)
{
    const QString saved = file(QStringLiteral("cancel.sqlite"));
    ASSERT_TRUE(backup(t.db(), saved));
    addCandidate(t.db(), QStringLiteral("After"), QStringLiteral("Backup"));
    before = checksum(t.db());

    int calls = 0;
    RestoreOptions options;
    options.pagesPerStep = 2;
    options.progress = [&calls](int done, int total) {
        ++calls;
        EXPECT_LT(done, total) << "stopped before the last step";
        return false;
    };
    auto stopped = restore(t.db(), saved, options);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(search(t.db(), QStringLiteral("After")).size(), 1);
    expectUntouched();
}

TEST(Restore, WorksWhileAnotherConnectionReadsWhichKeepsItsSnapshot)
{
    Testing::TestDatabase t;
    fill(t.db());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("exp.sqlite"));
    ASSERT_TRUE(backup(t.db(), file));
    addCandidate(t.db(), QStringLiteral("Extra"), QStringLiteral("One"));
    auto reader = t->openAnother();
    ASSERT_TRUE(reader) << text(reader.error());
    ASSERT_TRUE((*reader)->execScript(QStringLiteral("BEGIN")));
    ASSERT_EQ(candidateCount(**reader), 4);
    auto restored = restore(t.db(), file);
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(candidateCount(**reader), 4) << "a reader's snapshot is not pulled from under it";
    ASSERT_TRUE((*reader)->execScript(QStringLiteral("COMMIT")));
    EXPECT_EQ(candidateCount(**reader), 3);
    EXPECT_EQ(candidateCount(t.db()), 3);
}
