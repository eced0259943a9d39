#include "dialect.h"

namespace Tandem {
namespace {

class SqliteDialect final : public Dialect
{
    // Qt's driver reports extended result codes (2067 = SQLITE_CONSTRAINT_UNIQUE) on some
    // paths and primary ones (19) on others; the low byte is the primary code either way.
    static int primaryCode(const QSqlError &error)
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return ok ? code & 0xff : -1;
    }

public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString migrationFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    bool isBusy(const QSqlError &error) const override
    {
        // SQLITE_BUSY = 5, SQLITE_LOCKED = 6
        const int code = primaryCode(error);
        return code == 5 || code == 6;
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        // SQLITE_CONSTRAINT = 19 covers every kind of constraint; the extended code names a
        // unique one (2067) or a primary key (1555), but not every path reports extended
        // codes, so the text decides.
        return primaryCode(error) == 19
               && (error.databaseText().contains(QLatin1String("UNIQUE"))
                   || error.databaseText().contains(QLatin1String("PRIMARY KEY")));
    }
    bool isConnectionLost(const QSqlError &) const override
    {
        // Qt's SQLite driver files failed steps (constraints, I/O) as ConnectionError too,
        // and a local file has no connection to lose.
        return false;
    }
    QString lockAuditChain() const override { return {}; }
    QString auditTail() const override
    {
        return QStringLiteral("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1");
    }
    QStringList sessionSetup() const override { return {}; }
    QString tableExistsSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    }
    QString otherTablesSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'");
    }
    QString notifyChange() const override { return {}; }
};

class PostgresDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString migrationFolder() const override { return QStringLiteral(":/migrations/postgresql"); }
    bool isBusy(const QSqlError &error) const override
    {
        // serialization_failure, deadlock_detected, lock_not_available
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("23505");
    }
    bool isConnectionLost(const QSqlError &error) const override
    {
        if (error.type() == QSqlError::ConnectionError)
            return true; // Qt's word for a connect that failed
        const QString code = error.nativeErrorCode();
        // Every error the server sends carries a SQLSTATE; one without it was made by libpq
        // itself ("server closed the connection unexpectedly"). Class 08 is "connection
        // exception"; 57P01-57P03 are the server shutting down or not accepting connections.
        return (code.isEmpty() && error.type() != QSqlError::NoError) || code.startsWith(QLatin1String("08"))
               || code.startsWith(QLatin1String("57P0"));
    }
    QString lockAuditChain() const override
    {
        // READ COMMITTED lets two writers read the same tail hash; a transaction-scoped
        // advisory lock queues the appends (held until COMMIT or ROLLBACK). The key is an
        // arbitrary constant of our own: 0x54414E44454D4155, "TANDEMAU" in ASCII.
        return QStringLiteral("SELECT pg_advisory_xact_lock(6071219827799572821)");
    }
    QString auditTail() const override { return QStringLiteral("SELECT tandem_audit_tail()"); }
    QStringList sessionSetup() const override
    {
        // Wait for another writer's row or audit lock as long as SQLite's busy timeout, then
        // report "busy, try again" (lock_not_available) instead of hanging the window.
        return {QStringLiteral("SET lock_timeout = '10s'")};
    }
    QString tableExistsSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_name = ?");
    }
    QString otherTablesSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'");
    }
    QString notifyChange() const override
    {
        // pg_notify() takes the channel and payload as values, so nothing is spliced into SQL.
        // The channel name is ChangeFeed::channel().
        return QStringLiteral("SELECT pg_notify('tandem_changes', ?)");
    }
};

} // namespace

const Dialect &Dialect::forEngine(Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    return engine == Engine::Sqlite ? static_cast<const Dialect &>(sqlite) : postgres;
}

} // namespace Tandem
