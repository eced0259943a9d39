#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/migrator.h>

#include "support/test_database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Runs statements on a plain QSQLITE connection, outside Tandem, as another program would.
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

QStringList column(Database &db, const QString &sql, const QVariantList &values = {})
{
    QStringList out;
    auto query = db.exec(sql, values);
    EXPECT_TRUE(query) << (query ? std::string() : query.error().text().toStdString());
    if (!query)
        return out;
    while (query->next())
        out << query->value(0).toString();
    query->finish();
    return out;
}

bool tableExists(Database &db, const QString &name)
{
    return db.scalar(db.dialect().tableExistsSql(), {name})->toInt() == 1;
}

std::unique_ptr<Database> openUnmigrated(const QString &path)
{
    Database::OpenOptions options;
    options.migrate = false;
    auto db = Database::open(ConnectionSettings::sqliteFile(path), options);
    EXPECT_TRUE(db) << (db ? std::string() : db.error().text().toStdString());
    return db ? std::move(*db) : nullptr;
}

// A folder of numbered migrations written by the test, to drive Migrator step by step.
class MigrationFolder
{
public:
    void add(const QString &fileName, const QByteArray &sql) { writeFile(m_dir.filePath(fileName), sql); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

const QByteArray kStep1 = "CREATE TABLE a (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n";
const QByteArray kStep2 = "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));\n";
// Depends on step 2: it can only succeed when the steps run in order.
const QByteArray kStep3 = "ALTER TABLE b ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
                          "CREATE INDEX b_note ON b(note);\n";

} // namespace

TEST(Migrations, FreshDatabaseGetsEveryMigrationRecorded)
{
    Testing::TestDatabase t;
    Migrator migrator(t.db());
    auto available = migrator.available();
    ASSERT_TRUE(available);
    ASSERT_FALSE(available->isEmpty());
    EXPECT_EQ(available->first().version, 1);
    EXPECT_EQ(available->first().name, QStringLiteral("initial"));

    auto rows = t->exec(QStringLiteral("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version"));
    ASSERT_TRUE(rows);
    qsizetype i = 0;
    while (rows->next()) {
        ASSERT_LT(i, available->size());
        const Migration &m = available->at(i++);
        EXPECT_EQ(rows->value(0).toInt(), m.version);
        EXPECT_EQ(rows->value(1).toString(), m.name);
        EXPECT_EQ(rows->value(2).toString(), m.checksum);
        EXPECT_TRUE(fromStorageTime(rows->value(3).toString()).isValid()) << rows->value(3).toString().toStdString();
    }
    rows->finish();
    EXPECT_EQ(i, available->size());
    EXPECT_EQ(*migrator.currentVersion(), migrator.knownVersion());

    // Running again finds nothing to do.
    auto again = migrator.migrate();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->isEmpty());
}

TEST(Migrations, InitialSchemaHasTablesAndSeeds)
{
    Testing::TestDatabase t;
    for (const char *table : {"app_meta", "roles", "users", "candidates", "skills", "candidate_skills", "pipeline_templates",
                              "pipeline_template_stages", "requisitions", "stages", "applications", "stage_history",
                              "activities", "audit_entries"})
        EXPECT_TRUE(tableExists(t.db(), QLatin1String(table))) << table;
    // Each engine's full-text index: FTS5 in SQLite, a tsvector table in PostgreSQL.
    EXPECT_TRUE(tableExists(t.db(), t->engine() == Engine::Sqlite ? QStringLiteral("candidate_fts")
                                                                  : QStringLiteral("candidate_search")));

    EXPECT_EQ(column(t.db(), QStringLiteral("SELECT name FROM roles ORDER BY name")),
              (QStringList{QStringLiteral("admin"), QStringLiteral("compliance"), QStringLiteral("hiring_manager"),
                           QStringLiteral("interviewer"), QStringLiteral("recruiter")}));

    auto standard = t->selectOne(QStringLiteral("SELECT id, is_default FROM pipeline_templates WHERE name = ?"),
                                 {QStringLiteral("Standard")});
    ASSERT_TRUE(standard);
    ASSERT_TRUE(standard->has_value());
    EXPECT_EQ((*standard)->value(1).toInt(), 1);
    EXPECT_EQ(column(t.db(), QStringLiteral("SELECT name FROM pipeline_template_stages WHERE template_id = ? ORDER BY position"),
                     {(*standard)->value(0)}),
              (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Screen"),
                           QStringLiteral("Interview"), QStringLiteral("Offer"), QStringLiteral("Hired")}));
}

TEST(Migrations, StepsApplyOnceInOrderAndAreRecorded)
{
    QTemporaryDir dir;
    MigrationFolder folder;
    folder.add(QStringLiteral("0001_first.sql"), kStep1);
    auto db = openUnmigrated(dir.filePath(QStringLiteral("steps.sqlite")));
    ASSERT_TRUE(db);
    Migrator migrator(*db, folder.path());

    EXPECT_EQ(*migrator.migrate(), QList<int>{1});
    EXPECT_TRUE(tableExists(*db, QStringLiteral("a")));
    EXPECT_FALSE(tableExists(*db, QStringLiteral("b")));

    folder.add(QStringLiteral("0002_second.sql"), kStep2);
    folder.add(QStringLiteral("0003_third.sql"), kStep3);
    EXPECT_EQ(*migrator.migrate(), (QList<int>{2, 3}));
    EXPECT_EQ(*migrator.migrate(), QList<int>{});
    EXPECT_EQ(*migrator.appliedVersions(), (QList<int>{1, 2, 3}));
    EXPECT_EQ(*migrator.currentVersion(), 3);

    EXPECT_EQ(column(*db, QStringLiteral("SELECT name || ':' || checksum FROM schema_migrations ORDER BY version")),
              (QStringList{QStringLiteral("first:") + sha256Hex(kStep1), QStringLiteral("second:") + sha256Hex(kStep2),
                           QStringLiteral("third:") + sha256Hex(kStep3)}));
    EXPECT_EQ(column(*db, QStringLiteral("SELECT name FROM pragma_table_info('b') ORDER BY cid")),
              (QStringList{QStringLiteral("id"), QStringLiteral("a_id"), QStringLiteral("note")}));
}

TEST(Migrations, FailingStepLeavesThePreviousSchemaWithNothingHalfApplied)
{
    QTemporaryDir dir;
    MigrationFolder folder;
    folder.add(QStringLiteral("0001_first.sql"), kStep1);
    folder.add(QStringLiteral("0002_second.sql"), kStep2);
    // The first two statements succeed before the third fails.
    folder.add(QStringLiteral("0003_broken.sql"), "CREATE TABLE c (id INTEGER PRIMARY KEY);\n"
                                                  "INSERT INTO a (label) VALUES ('half');\n"
                                                  "THIS IS NOT SQL;\n");
    const QString path = dir.filePath(QStringLiteral("failing.sqlite"));
    auto db = openUnmigrated(path);
    ASSERT_TRUE(db);
    Migrator migrator(*db, folder.path());

    auto migrated = migrator.migrate();
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.error().code, ErrorCode::Database);
    EXPECT_TRUE(migrated.error().message.contains(QLatin1String("schema 3"))) << migrated.error().message.toStdString();
    EXPECT_FALSE(migrated.error().hint.isEmpty());
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(*migrator.appliedVersions(), (QList<int>{1, 2}));
    EXPECT_FALSE(tableExists(*db, QStringLiteral("c")));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM a"))->toInt(), 0);

    // The same holds on disk, and a corrected step then applies.
    db.reset();
    db = openUnmigrated(path);
    ASSERT_TRUE(db);
    Migrator reopened(*db, folder.path());
    EXPECT_EQ(*reopened.appliedVersions(), (QList<int>{1, 2}));
    EXPECT_FALSE(tableExists(*db, QStringLiteral("c")));
    folder.add(QStringLiteral("0003_broken.sql"), kStep3);
    EXPECT_EQ(*reopened.migrate(), QList<int>{3});
}

TEST(Migrations, MissedMiddleStepIsRepaired)
{
    QTemporaryDir dir;
    MigrationFolder folder;
    folder.add(QStringLiteral("0001_first.sql"), kStep1);
    folder.add(QStringLiteral("0003_third.sql"), "CREATE TABLE c (id INTEGER PRIMARY KEY);\n");
    auto db = openUnmigrated(dir.filePath(QStringLiteral("repair.sqlite")));
    ASSERT_TRUE(db);
    Migrator migrator(*db, folder.path());
    EXPECT_EQ(*migrator.migrate(), (QList<int>{1, 3}));

    folder.add(QStringLiteral("0002_second.sql"), kStep2);
    EXPECT_EQ(*migrator.migrate(), QList<int>{2});
    EXPECT_EQ(*migrator.appliedVersions(), (QList<int>{1, 2, 3}));
    EXPECT_TRUE(tableExists(*db, QStringLiteral("b")));
    EXPECT_EQ(*migrator.migrate(), QList<int>{});
}

TEST(Migrations, DatabaseFromNewerVersionIsRefusedAndLeftUnchanged)
{
    TANDEM_SKIP_ON_POSTGRES("compares the database file's bytes and sets its journal mode");
    // As Tandem leaves it (WAL) and as a backup file is (rollback journal): switching to
    // WAL would rewrite the header, so the refusal must come first.
    for (const bool rollbackJournal : {false, true}) {
        SCOPED_TRACE(rollbackJournal ? "rollback journal" : "wal");
        Testing::TestDatabase t;
        ASSERT_TRUE(t->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"),
                            {999, QStringLiteral("future"), QStringLiteral("x"), nowStorageTime()}));
        if (rollbackJournal) {
            ASSERT_EQ(t->scalar(QStringLiteral("PRAGMA journal_mode = DELETE"))->toString(), QStringLiteral("delete"));
        }
        t.close();
        const QByteArray before = fileHash(t.path());
        ASSERT_FALSE(before.isEmpty());

        auto db = Database::open(ConnectionSettings::sqliteFile(t.path()));
        ASSERT_FALSE(db);
        EXPECT_EQ(db.error().code, ErrorCode::Unsupported);
        EXPECT_TRUE(db.error().message.contains(QLatin1String("newer"))) << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.contains(QLatin1String("999"))) << db.error().message.toStdString();
        EXPECT_TRUE(db.error().hint.contains(QLatin1String("Install the newer Tandem"))) << db.error().hint.toStdString();
        EXPECT_EQ(fileHash(t.path()), before);
    }
}

TEST(Migrations, OtherProgramsDatabaseIsRefusedAndLeftUnchanged)
{
    TANDEM_SKIP_ON_POSTGRES("another program's SQLite file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    rawSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                  QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
    const QByteArray before = fileHash(path);
    ASSERT_FALSE(before.isEmpty());

    auto db = Database::open(ConnectionSettings::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("another program"))) << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Migrations, NonSqliteFileIsRefusedAsCorrupt)
{
    TANDEM_SKIP_ON_POSTGRES("a file that is not an SQLite database");
    QByteArray random(8192, '\0');
    QRandomGenerator generator(42);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    const QList<QByteArray> contents = {
        QByteArray("Name,Email\nAda Lovelace,ada@example.com\n").repeated(50),
        random,
    };
    for (const QByteArray &content : contents) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tandem.sqlite"));
        writeFile(path, content);
        auto db = Database::open(ConnectionSettings::sqliteFile(path));
        ASSERT_FALSE(db);
        EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
        EXPECT_TRUE(db.error().message.contains(path)) << db.error().message.toStdString();
        EXPECT_FALSE(db.error().hint.isEmpty());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), content);
    }
}

TEST(Migrations, FileDatabaseIsOpenedWithSafeSettings)
{
    Testing::TestDatabase t;
    if (t->engine() != Engine::Sqlite)
        GTEST_SKIP() << "SQLite settings; ServerDatabaseIsOpenedWithSafeSettings checks a server's";
    EXPECT_EQ(t->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    EXPECT_EQ(t->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    EXPECT_EQ(t->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    EXPECT_EQ(t->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt(), 10000);

    // Foreign keys are really enforced, not just reported as on.
    auto orphan = t->exec(QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                          {newUuid(), QStringLiteral("Orphan"), 4242, nowStorageTime(), nowStorageTime()});
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::Database);
    EXPECT_TRUE(orphan.error().message.contains(QLatin1String("FOREIGN KEY constraint failed"))) << orphan.error().text().toStdString();
    EXPECT_FALSE(orphan.error().text().contains(QLatin1String("connect"))) << "a refused row is no connection problem";

    // A worker's connection gets the same settings.
    auto worker = t->openAnother();
    ASSERT_TRUE(worker);
    EXPECT_EQ((*worker)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    EXPECT_EQ((*worker)->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
}

TEST(Migrations, ServerDatabaseIsOpenedWithSafeSettings)
{
    Testing::TestDatabase t;
    if (t->engine() != Engine::Postgres)
        GTEST_SKIP() << "PostgreSQL settings; FileDatabaseIsOpenedWithSafeSettings checks SQLite's";
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT current_setting('lock_timeout')"))->toString(), QStringLiteral("10s"));
    auto orphan = t->exec(QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                          {newUuid(), QStringLiteral("Orphan"), 4242, nowStorageTime(), nowStorageTime()});
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::Database);
    EXPECT_TRUE(orphan.error().message.contains(QLatin1String("foreign key"))) << orphan.error().text().toStdString();
    EXPECT_FALSE(orphan.error().text().contains(QLatin1String("connect"))) << "a refused row is no connection problem";

    // Explicit seed ids moved the sequences on: new rows do not collide with them.
    auto tmpl = t->insert(QStringLiteral("INSERT INTO pipeline_templates (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                          {newUuid(), QStringLiteral("Custom"), nowStorageTime(), nowStorageTime()});
    ASSERT_TRUE(tmpl) << tmpl.error().text().toStdString();
    EXPECT_GT(*tmpl, 1);
}

// The engine reports a duplicate as a uniqueness violation (in its own error codes), and
// names that differ only in case are the same skill on both engines.
TEST(Migrations, UniquenessIsReportedAndSkillNamesIgnoreCase)
{
    Testing::TestDatabase t;
    QSqlQuery duplicate(t->connection());
    ASSERT_FALSE(duplicate.exec(QStringLiteral("INSERT INTO roles (uuid, name) VALUES ('r-dup', 'admin')")));
    EXPECT_TRUE(t->dialect().isUniqueViolation(duplicate.lastError()))
        << "[" << duplicate.lastError().nativeErrorCode().toStdString() << "] " << duplicate.lastError().text().toStdString();
    EXPECT_FALSE(t->dialect().isBusy(duplicate.lastError()));
    EXPECT_FALSE(t->dialect().isConnectionLost(duplicate.lastError()));
    duplicate.finish();

    ASSERT_TRUE(t->insert(QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {QStringLiteral("PostgreSQL")}));
    auto again = t->exec(QStringLiteral("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                         {QStringLiteral("postgresql")});
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM skills"))->toInt(), 1);
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT name FROM skills WHERE name = ?"), {QStringLiteral("POSTGRESQL")})->toString(),
              QStringLiteral("PostgreSQL"));
}

// A database some newer Tandem migrated is refused, on either engine, and left as it was.
TEST(Migrations, NewerSchemaIsRefusedOnEveryEngine)
{
    Testing::TestDatabase t;
    ASSERT_TRUE(t->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"),
                        {9999, QStringLiteral("future"), QStringLiteral("x"), nowStorageTime()}));
    const ConnectionSettings settings = t->settings();
    t.close();
    auto reopened = Database::open(settings);
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(reopened.error().message.contains(QLatin1String("newer version"))) << reopened.error().text().toStdString();
}

// An address where no server listens names the address and says what to check, quickly.
TEST(Migrations, UnreachableServerIsAClearConnectionError)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        GTEST_SKIP() << "Qt's PostgreSQL driver is not installed";
    auto settings = ConnectionSettings::parse(QStringLiteral("postgresql://tandem@127.0.0.1:1/tandem"));
    ASSERT_TRUE(settings);
    auto db = Database::open(*settings);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.startsWith(QLatin1String("Cannot connect to postgresql://tandem@127.0.0.1:1/tandem")))
        << db.error().text().toStdString();
    EXPECT_TRUE(db.error().hint.contains(QLatin1String("server is running"))) << db.error().text().toStdString();
}

TEST(Migrations, MissingServerDatabaseNamesTheFix)
{
    Testing::TestDatabase t;
    if (t->engine() != Engine::Postgres)
        GTEST_SKIP() << "needs the PostgreSQL test server";
    ConnectionSettings settings = t->settings();
    settings.database = QStringLiteral("tandem_no_such_database");
    auto db = Database::open(settings);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("does not exist"))) << db.error().text().toStdString();
    EXPECT_TRUE(db.error().hint.contains(QLatin1String("CREATE DATABASE tandem_no_such_database")))
        << db.error().text().toStdString();
}

// A server connection that drops (the server restarted, an admin ended the session) is
// reported as a connection problem with what to do, not as a refused statement.
TEST(Migrations, LostServerConnectionSaysSo)
{
    Testing::TestDatabase t;
    if (t->engine() != Engine::Postgres)
        GTEST_SKIP() << "needs the PostgreSQL test server";
    auto other = t->openAnother();
    ASSERT_TRUE(other) << other.error().text().toStdString();
    const QVariant pid = (*other)->scalar(QStringLiteral("SELECT pg_backend_pid()")).value_or(QVariant());
    ASSERT_TRUE(pid.isValid());
    ASSERT_TRUE(t->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}));
    auto lost = (*other)->scalar(QStringLiteral("SELECT count(*) FROM candidates"));
    ASSERT_FALSE(lost);
    EXPECT_TRUE(lost.error().message.startsWith(QLatin1String("Cannot connect to "))) << lost.error().text().toStdString();
    EXPECT_TRUE(lost.error().hint.contains(QLatin1String("server is running"))) << lost.error().text().toStdString();
}
