#pragma once

#include <core/common/error.h>

#include <QString>

namespace Tandem {

enum class Engine { Sqlite, Postgres };

// Where a database lives. A local SQLite file (the embedded default) or, in team mode,
// a PostgreSQL server. Parsed from what a user types or passes with --db:
// a file path, ":memory:", or "postgresql://user@host:port/dbname".
struct ConnectionSettings
{
    Engine engine = Engine::Sqlite;
    QString path;       // SQLite: file path or ":memory:"
    QString host;       // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;   // never persisted; team mode takes it from the OS keychain
    QString options;    // driver connect options, e.g. "sslmode=require"

    static Result<ConnectionSettings> parse(const QString &location);
    static ConnectionSettings sqliteFile(const QString &path);
    static ConnectionSettings inMemory();

    bool isInMemory() const { return engine == Engine::Sqlite && path == QStringLiteral(":memory:"); }
    // A form fit for titles and messages; never contains the password.
    QString displayName() const;
};

// The default embedded database: tandem.sqlite in the user's data folder.
QString defaultDatabasePath();

} // namespace Tandem
