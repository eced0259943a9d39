#include "migrator.h"

#include "database.h"
#include "transaction.h"

#include <core/common/ids.h>
#include <core/common/logging.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Tandem {

Migrator::Migrator(Database &db)
    : Migrator(db, db.dialect().migrationFolder())
{
}

Migrator::Migrator(Database &db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{
}

Result<QList<Migration>> Migrator::available() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return fail(ErrorCode::Invalid, QObject::tr("The migration file name %1 is not of the form 0001_name.sql.").arg(file));
        QFile in(QDir(m_folder).filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QObject::tr("Cannot read the migration %1.").arg(file));
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        const QByteArray bytes = in.readAll();
        m.script = QString::fromUtf8(bytes);
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (!migrations.isEmpty() && migrations.last().version == m.version)
            return fail(ErrorCode::Invalid, QObject::tr("Two migrations share the number %1.").arg(m.version));
        migrations.append(m);
    }
    return migrations;
}

int Migrator::knownVersion() const
{
    const auto migrations = available();
    return migrations && !migrations->isEmpty() ? migrations->last().version : 0;
}

Status Migrator::ensureBookkeeping()
{
    return m_db.execScript(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

Result<QList<int>> Migrator::appliedVersions() const
{
    auto exists = m_db.scalar(m_db.dialect().tableExistsSql(), {QStringLiteral("schema_migrations")});
    if (!exists)
        return std::unexpected(exists.error());
    QList<int> versions;
    if (exists->toInt() == 0)
        return versions;
    auto query = m_db.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next())
        versions.append(query->value(0).toInt());
    return versions;
}

Result<int> Migrator::currentVersion() const
{
    auto versions = appliedVersions();
    if (!versions)
        return std::unexpected(versions.error());
    return versions->isEmpty() ? 0 : versions->last();
}

Status Migrator::checkCompatible() const
{
    auto migrations = available();
    if (!migrations)
        return std::unexpected(migrations.error());
    auto applied = appliedVersions();
    if (!applied)
        return std::unexpected(applied.error());
    return refuseIncompatible(*migrations, *applied);
}

Status Migrator::refuseIncompatible(const QList<Migration> &migrations, const QList<int> &applied) const
{
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    const int newest = applied.isEmpty() ? 0 : applied.last();
    if (newest > known)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("This database was written by a newer version of Tandem (schema %1; this program knows up to %2).")
                        .arg(newest)
                        .arg(known),
                    QObject::tr("Install the newer Tandem to open it. The database was not changed."));

    if (applied.isEmpty()) {
        // A database with tables but no applied step belongs to some other program; an empty
        // bookkeeping table of our own is no sign of that.
        auto tables = m_db.scalar(m_db.dialect().otherTablesSql());
        if (!tables)
            return std::unexpected(tables.error());
        if (tables->toInt() > 0) {
            if (m_db.engine() == Engine::Postgres)
                return fail(ErrorCode::Unsupported,
                            QObject::tr("The database %1 holds tables of another program, not a Tandem database.")
                                .arg(m_db.settings().displayName()),
                            QObject::tr("Create an empty database for Tandem on the server (CREATE DATABASE tandem) "
                                        "and connect to that."));
            return fail(ErrorCode::Unsupported,
                        QObject::tr("%1 is a SQLite database of another program, not a Tandem database.")
                            .arg(m_db.settings().path),
                        QObject::tr("Open a Tandem database, or choose a new file name to create one."));
        }
    }
    return {};
}

Result<QList<int>> Migrator::migrate()
{
    auto migrations = available();
    if (!migrations)
        return std::unexpected(migrations.error());
    auto applied = appliedVersions();
    if (!applied)
        return std::unexpected(applied.error());
    if (auto compatible = refuseIncompatible(*migrations, *applied); !compatible)
        return std::unexpected(compatible.error());
    const int newest = applied->isEmpty() ? 0 : applied->last();

    QList<int> done;
    for (const Migration &m : std::as_const(*migrations)) {
        if (applied->contains(m.version))
            continue;
        if (m.version < newest)
            qCWarning(lcStorage) << "repairing a database that missed migration" << m.version;
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto ok = ensureBookkeeping(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = m_db.execScript(m.script); !ok)
            return fail(ErrorCode::Database,
                        QObject::tr("Updating the database to schema %1 (%2) failed: %3").arg(m.version).arg(m.name, ok.error().message),
                        QObject::tr("The database was left at its previous schema and nothing was lost."));
        auto recorded = m_db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"),
                                  {m.version, m.name, m.checksum, nowStorageTime()});
        if (!recorded)
            return std::unexpected(recorded.error());
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
        done.append(m.version);
    }
    return done;
}

} // namespace Tandem
