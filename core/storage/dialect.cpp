#include "dialect.h"

namespace Tandem {
namespace {

class SqliteDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString migrationFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    bool isBusy(const QSqlError &error) const override
    {
        // SQLITE_BUSY = 5, SQLITE_LOCKED = 6
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("5") || code == QLatin1String("6");
    }
    bool isUniqueViolation(const QSqlError &error) const override
    {
        // SQLITE_CONSTRAINT = 19; Qt reports the primary code only, so check the text too.
        return error.nativeErrorCode() == QLatin1String("19")
               && error.databaseText().contains(QLatin1String("UNIQUE"));
    }
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
};

} // namespace

const Dialect &Dialect::forEngine(Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    return engine == Engine::Sqlite ? static_cast<const Dialect &>(sqlite) : postgres;
}

} // namespace Tandem
