#pragma once

#include <core/common/error.h>

#include <QList>
#include <QString>

namespace Tandem {

class Database;

struct Migration
{
    int version = 0;
    QString name;     // from the file name: 0002_talent_pools.sql -> "talent_pools"
    QString script;
    QString checksum; // SHA-256 of the script, recorded when applied
};

// Brings a database's schema up to what this program knows, one numbered step at a time.
//
// Steps are SQL files in the dialect's migration folder (resources/migrations/<engine>/),
// each applied in its own transaction and recorded in schema_migrations. A database that
// missed a step in the middle (an applied 3 but no 2) gets the missing step; a database
// with a step newer than the program knows is refused and left untouched.
class Migrator
{
public:
    explicit Migrator(Database &db);
    // Another folder of migrations (tests use it to simulate future versions).
    Migrator(Database &db, QString folder);

    Result<QList<Migration>> available() const;
    int knownVersion() const;
    Result<QList<int>> appliedVersions() const;
    Result<int> currentVersion() const;
    // Refuses, without writing anything, a database this program must not touch: one written
    // by a newer Tandem, or another program's SQLite file. migrate() checks the same.
    Status checkCompatible() const;
    // Applies what is pending; returns the versions it applied.
    Result<QList<int>> migrate();

private:
    Status ensureBookkeeping();
    Status refuseIncompatible(const QList<Migration> &migrations, const QList<int> &applied) const;

    Database &m_db;
    QString m_folder;
};

} // namespace Tandem
