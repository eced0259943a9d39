#pragma once

#include <core/storage/database.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace Tandem::Testing {

// The engine the engine-blind suites run on, from the environment CTest sets:
//   TANDEM_TEST_ENGINE   "sqlite" (the default) or "postgres"
//   TANDEM_TEST_PG_URL   the test server's maintenance database, e.g.
//                        postgresql://tandem@127.0.0.1:25432/postgres
// tests/CMakeLists.txt registers those suites once per engine; installer/pg-test-server.sh
// runs the throwaway server.
Engine engine();
bool isPostgres();
// The server URL on PostgreSQL (empty on SQLite).
QString postgresUrl();

// A fresh, migrated Tandem database, removed afterwards. On SQLite a file in its own
// temporary folder; on PostgreSQL a database of its own (tandem_test_<random>) on the test
// server, dropped by the destructor. Tests that need a real file use this on SQLite only
// (see TANDEM_SKIP_ON_POSTGRES); tests that only need SQL semantics may use
// ConnectionSettings::inMemory(), which is always SQLite.
class TestDatabase
{
public:
    TestDatabase() : TestDatabase(Database::OpenOptions{}) {}
    // With other open options, e.g. migrate = false to drive a Migrator step by step.
    explicit TestDatabase(Database::OpenOptions options);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    // SQLite: the file. PostgreSQL: the database's postgresql:// URL (no file to look at).
    QString path() const { return m_path; }
    // A temporary folder on either engine, for files a test writes beside the database.
    QString dir() const { return m_dir.path(); }
    const ConnectionSettings &settings() const { return m_settings; }
    // Closes and reopens the same database (to prove something was really stored).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_pgDatabase; // PostgreSQL: the database this object created and drops
    Database::OpenOptions m_options;
    ConnectionSettings m_settings;
    std::unique_ptr<Database> m_db;
};

// Runs one fixture statement, failing the test on an error: an INSERT returns the new row's
// id (through Database::insert, on either engine), anything else 0.
qint64 runSql(Database &db, const QString &sql, const QVariantList &values = {});

// Folder where tests drop artefacts a developer should look at (screenshots, exports).
QString testOutputDir();

} // namespace Tandem::Testing

// Skips the current test on PostgreSQL, naming the SQLite feature it checks:
//   TANDEM_SKIP_ON_POSTGRES("FTS5 integrity-check");
// Use it for what is SQLite's by nature (files, PRAGMAs, FTS5 internals), never to hide a gap
// in the PostgreSQL engine.
#define TANDEM_SKIP_ON_POSTGRES(reason)                                                            \
    do {                                                                                           \
        if (::Tandem::Testing::isPostgres())                                                       \
            GTEST_SKIP() << "SQLite only: " << (reason);                                           \
    } while (false)
