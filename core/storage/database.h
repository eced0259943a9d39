#pragma once

#include <core/common/error.h>
#include <core/storage/connection_settings.h>
#include <core/storage/dialect.h>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;

namespace Tandem {

// One open connection to a Tandem database, SQLite or PostgreSQL.
//
// Owns: a Qt SQL connection (unique name) and a cache of prepared statements.
// Thread: belongs to the thread that opened it, like every QSqlDatabase; a worker opens its
// own with openAnother().
// Errors: every call returns Result/Status; engine errors become ErrorCode::Database with
// the engine's text, "database is locked" becomes a message that says to try again.
class Database
{
public:
    struct OpenOptions
    {
        bool create = true;         // create the file when it does not exist yet
        bool migrate = true;        // bring the schema up to date
        bool checkLocation = true;  // refuse network shares and cloud-sync folders
    };

    static Result<std::unique_ptr<Database>> open(const ConnectionSettings &settings);
    static Result<std::unique_ptr<Database>> open(const ConnectionSettings &settings, OpenOptions options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Another connection to the same database, for a worker thread: call it on the thread
    // that will use the connection. The schema is already current, so it does not migrate.
    Result<std::unique_ptr<Database>> openAnother() const;

    const ConnectionSettings &settings() const { return m_settings; }
    const Dialect &dialect() const { return *m_dialect; }
    Engine engine() const { return m_dialect->engine(); }
    QSqlDatabase connection() const;
    // The raw SQLite handle (for the backup API, sessions, custom functions); nullptr on PostgreSQL.
    sqlite3 *sqliteHandle() const;

    // Runs one statement with values bound in order. Prepared statements are cached by SQL
    // text: the returned query is valid until the same SQL runs again on this connection.
    // A SELECT must be read to its end or finish()ed, or it keeps a read snapshot open.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // The first row of a query (nullopt when there is none); the statement is finished.
    Result<std::optional<QSqlRecord>> selectOne(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Several statements without bound values (migrations, maintenance).
    Status execScript(const QString &script);

    // Drops every cached prepared statement (copies a caller still holds stay valid until
    // they go). Call after the schema was replaced under this connection, as restore does:
    // a statement prepared against the old schema may describe columns that are gone.
    void clearStatementCache() { m_statements.clear(); }

    // Runs one INSERT into a table with an id column and returns the new row's id. The
    // statement is given without a RETURNING clause: " RETURNING id" is appended, which both
    // engines understand (SQLite since 3.35), so there is one code path and no rowid or
    // sequence lookup that could see another connection's insert.
    Result<qint64> insert(const QString &sql, const QVariantList &values = {});

    bool inTransaction() const { return m_transactionDepth > 0; }
    // True while the connection is usable as far as the client knows (no round trip): false
    // after a PostgreSQL server closed it. Always true for an open SQLite file.
    bool isConnected() const;
    // Closes and reopens a lost PostgreSQL connection under the same name (session settings
    // again, statement cache emptied, so nothing prepared on the dead connection is reused).
    // Refused inside a transaction: its work is gone with the connection and its owner must
    // see the failure. Nothing to do on SQLite. Subscriptions to notifications are not kept.
    Status reconnect();
    // Turns an engine error into an Error that names what we were doing.
    Error errorFrom(const QSqlError &error, const QString &doing) const;

private:
    friend class Transaction;
    Database(ConnectionSettings settings, QString connectionName);
    Status configure(const OpenOptions &options);
    Status runPragmas(const QStringList &pragmas);

    ConnectionSettings m_settings;
    QString m_connectionName;
    const Dialect *m_dialect = nullptr; // not owned: one static instance per engine
    QHash<QString, QSqlQuery> m_statements;
    int m_transactionDepth = 0;
};

// The version of the SQLite library in use (the one Qt's driver loaded), e.g. "3.40.1".
QString sqliteLibraryVersion();

} // namespace Tandem
