#pragma once

#include <core/storage/connection_settings.h>

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Tandem {

// The differences between the engines, in one place. Everything above the storage layer
// is engine-blind: it asks the dialect for the few statements that differ.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual Engine engine() const = 0;
    virtual QString driverName() const = 0;
    // The statement that starts a write transaction (SQLite takes the write lock up front
    // with BEGIN IMMEDIATE so two writers never deadlock on lock upgrade).
    virtual QString beginWrite() const = 0;
    // Qt resource folder holding this engine's numbered migrations.
    virtual QString migrationFolder() const = 0;
    // True when the error means "locked by someone else, try again".
    virtual bool isBusy(const QSqlError &error) const = 0;
    // True when the error is a uniqueness violation.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    // True when the error means the server cannot be reached (or the connection was lost),
    // as opposed to a statement it refused.
    virtual bool isConnectionLost(const QSqlError &error) const = 0;

    // A statement that takes the audit chain's lock for the rest of the write transaction,
    // run before reading the chain's tail, so two writers never link to the same tail; empty
    // when the write transaction already excludes other writers (SQLite's BEGIN IMMEDIATE).
    virtual QString lockAuditChain() const = 0;
    // The statement that reads the audit chain's newest hash. On PostgreSQL it is a function
    // running with its owner's rights, so roles that may append to the audit log but not read
    // it (see the server roles in migration 1) can still link their entry to the chain.
    virtual QString auditTail() const = 0;
    // Statements run once on each new connection (session settings); none on SQLite, whose
    // settings are PRAGMAs chosen by Database itself.
    virtual QStringList sessionSetup() const = 0;
    // The count of tables named ? in the database's working schema (0 or 1).
    virtual QString tableExistsSql() const = 0;
    // The count of tables in the working schema, apart from Tandem's schema_migrations.
    virtual QString otherTablesSql() const = 0;
    // A statement that tells the other connections about a change, with one bound value,
    // the payload "entityType uuid" (see ChangeFeed); run inside the write transaction, so it
    // is delivered at commit and never after a rollback. Empty when the engine has no
    // notifications (SQLite: other connections notice through PRAGMA data_version).
    virtual QString notifyChange() const = 0;

    static const Dialect &forEngine(Engine engine);
};

} // namespace Tandem
