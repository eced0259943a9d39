#pragma once

#include <core/storage/connection_settings.h>

#include <QSqlError>
#include <QString>

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

    static const Dialect &forEngine(Engine engine);
};

} // namespace Tandem
