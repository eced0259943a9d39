#include "database.h"

#include "migrator.h"
#include "storage_location.h"

#include <core/common/logging.h>

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace Tandem {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tandem-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The user's options, plus a connect timeout (libpq waits for ever by default, which would
// freeze the window on an unreachable address) and a name the server's admin can see.
QString postgresConnectOptions(const QString &given)
{
    QStringList options = given.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const auto has = [&](QLatin1String key) {
        return std::any_of(options.cbegin(), options.cend(),
                           [&](const QString &o) { return o.trimmed().startsWith(key + QLatin1Char('=')); });
    };
    if (!has(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    if (!has(QLatin1String("application_name")))
        options << QStringLiteral("application_name=Tandem");
    return options.join(QLatin1Char(';'));
}

// A connection that did not open: the server's own words, and what to do about the usual
// causes. libpq reports these without a SQLSTATE, so the hint is chosen from its text.
Error serverUnreachable(const ConnectionSettings &settings, const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    QString hint;
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        hint = QObject::tr("Ask the server's administrator to create the database \"%1\" (CREATE DATABASE %1), "
                           "or check its name in the address.")
                   .arg(settings.database);
    else if (text.contains(QLatin1String("authentication")) || text.contains(QLatin1String("password")))
        hint = QObject::tr("Check the user name and password for %1.").arg(settings.displayName());
    else
        hint = QObject::tr("Check the address, that the server is running and that it accepts connections "
                           "from this computer.");
    return Error{ErrorCode::Database, QObject::tr("Cannot connect to %1: %2").arg(settings.displayName(), text), hint};
}

} // namespace

Database::Database(ConnectionSettings settings, QString connectionName)
    : m_settings(std::move(settings))
    , m_connectionName(std::move(connectionName))
    , m_dialect(&Dialect::forEngine(m_settings.engine))
{
}

Database::~Database()
{
    m_statements.clear(); // queries must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSettings &settings)
{
    return open(settings, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSettings &settings, OpenOptions options)
{
    if (settings.engine == Engine::Sqlite && !settings.isInMemory()) {
        if (options.checkLocation) {
            if (auto refused = checkStorageLocation(settings.path); !refused)
                return std::unexpected(refused.error());
        }
        const QFileInfo info(settings.path);
        if (info.exists() && info.isDir())
            return fail(ErrorCode::Invalid, QObject::tr("%1 is a folder, not a database file.").arg(settings.path),
                        QObject::tr("Choose a file inside it, for example %1.")
                            .arg(QDir(settings.path).filePath(QStringLiteral("tandem.sqlite"))));
        if (!info.exists()) {
            if (!options.create)
                return fail(ErrorCode::NotFound, QObject::tr("There is no database at %1.").arg(settings.path),
                            QObject::tr("Check the path, or create one with \"tandem-cli --db %1 init\".")
                                .arg(settings.path));
            if (!QDir().mkpath(info.absolutePath()))
                return fail(ErrorCode::Io, QObject::tr("Cannot create the folder %1.").arg(info.absolutePath()),
                            QObject::tr("Check that you may write there, or choose another place."));
        }
    }

    std::unique_ptr<Database> db(new Database(settings, nextConnectionName()));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
        if (!conn.isValid())
            return fail(ErrorCode::Unsupported,
                        QObject::tr("The %1 database driver is not installed.").arg(db->m_dialect->driverName()),
                        settings.engine == Engine::Postgres
                            ? QObject::tr("Install the package libqt6sql6-psql.")
                            : QObject::tr("Install the package libqt6sql6-sqlite."));
        if (settings.engine == Engine::Sqlite) {
            conn.setDatabaseName(settings.path);
            conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            conn.setHostName(settings.host);
            conn.setPort(settings.port);
            conn.setDatabaseName(settings.database);
            conn.setUserName(settings.user);
            conn.setPassword(settings.password);
            conn.setConnectOptions(postgresConnectOptions(settings.options));
        }
        if (!conn.open()) {
            if (settings.engine == Engine::Postgres)
                return std::unexpected(serverUnreachable(settings, conn.lastError()));
            return std::unexpected(db->errorFrom(conn.lastError(),
                                                 QObject::tr("opening %1").arg(settings.displayName())));
        }
    }
    if (auto configured = db->configure(options); !configured)
        return std::unexpected(configured.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.checkLocation = false; // checked when the first connection opened
    return open(m_settings, options);
}

Status Database::configure(const OpenOptions &options)
{
    if (engine() == Engine::Sqlite) {
        // The first statement is where SQLite notices a file that is not a database.
        auto probe = scalar(QStringLiteral("PRAGMA schema_version"));
        if (!probe) {
            return fail(ErrorCode::Corrupt,
                        QObject::tr("%1 is not a Tandem database (it is not a SQLite file, or it is damaged).")
                            .arg(m_settings.path),
                        QObject::tr("Open another file, or restore this one from a backup."));
        }
        const QStringList connectionPragmas = {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA busy_timeout = 10000"),
            QStringLiteral("PRAGMA cache_size = -32000"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
        };
        if (auto done = runPragmas(connectionPragmas); !done)
            return done;
        // Switching to WAL rewrites the file header, so a file we are going to refuse (newer
        // Tandem, another program's database) must be refused before that.
        if (options.migrate) {
            if (auto compatible = Migrator(*this).checkCompatible(); !compatible)
                return compatible;
        }
        if (!m_settings.isInMemory()) {
            // A new file gets 8 KiB pages: a candidate row with its resume is ~2 KB, and with
            // SQLite's 4 KiB default each row filled a page of its own. The size can only be
            // chosen before the first page is written.
            auto pages = scalar(QStringLiteral("PRAGMA page_count"));
            if (!pages)
                return std::unexpected(pages.error());
            if (pages->toLongLong() == 0) {
                if (auto done = runPragmas({QStringLiteral("PRAGMA page_size = 8192")}); !done)
                    return done;
            }
            const QStringList filePragmas = {
                QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = FULL"),
                QStringLiteral("PRAGMA mmap_size = 268435456"),
            };
            if (auto done = runPragmas(filePragmas); !done)
                return done;
        }
    }
    for (const QString &statement : m_dialect->sessionSetup()) {
        if (auto done = execScript(statement); !done)
            return done;
    }
    if (options.migrate) {
        Migrator migrator(*this);
        if (auto migrated = migrator.migrate(); !migrated)
            return std::unexpected(migrated.error());
    }
    return {};
}

bool Database::isConnected() const
{
    const QSqlDatabase conn = connection();
    return conn.isValid() && conn.driver() && conn.driver()->isOpen();
}

Status Database::reconnect()
{
    if (engine() == Engine::Sqlite)
        return {};
    if (inTransaction())
        return fail(ErrorCode::Invalid, QObject::tr("Cannot reconnect to %1 while a change is being saved.")
                                            .arg(m_settings.displayName()),
                    QObject::tr("Try again in a moment."));
    m_statements.clear(); // prepared on the old server session, which is gone
    QSqlDatabase conn = connection();
    conn.close();
    if (!conn.open())
        return std::unexpected(serverUnreachable(m_settings, conn.lastError()));
    for (const QString &statement : m_dialect->sessionSetup()) {
        if (auto done = execScript(statement); !done)
            return done;
    }
    return {};
}

Status Database::runPragmas(const QStringList &pragmas)
{
    for (const QString &pragma : pragmas) {
        auto q = exec(pragma);
        if (!q)
            return std::unexpected(q.error());
        q->finish();
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::sqliteHandle() const
{
    if (engine() != Engine::Sqlite)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return std::unexpected(errorFrom(query.lastError(), QObject::tr("preparing a statement")));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt binds a null QString as SQL NULL; an empty field is text, so bind "" instead.
        // A deliberate NULL is an invalid QVariant(), or a typed null of a non-text type.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec()) {
        qCDebug(lcStorage) << "failed:" << sql << query.lastError().text();
        const QSqlError error = query.lastError();
        query.finish();
        return std::unexpected(errorFrom(error, QObject::tr("running a statement")));
    }
    return query;
}

Result<std::optional<QSqlRecord>> Database::selectOne(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    std::optional<QSqlRecord> row;
    if (query->next())
        row = query->record();
    query->finish();
    return row;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if (query->next())
        value = query->value(0);
    query->finish();
    return value;
}

Status Database::execScript(const QString &script)
{
    if (engine() == Engine::Sqlite) {
        sqlite3 *handle = sqliteHandle();
        if (!handle)
            return fail(ErrorCode::Database, QObject::tr("The SQLite connection is not open."));
        char *message = nullptr;
        const QByteArray utf8 = script.toUtf8();
        if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return fail(ErrorCode::Database, QObject::tr("The database refused a script: %1").arg(text));
        }
        return {};
    }
    QSqlQuery query(connection());
    if (!query.exec(script))
        return std::unexpected(errorFrom(query.lastError(), QObject::tr("running a script")));
    return {};
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    auto query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return std::unexpected(query.error());
    const bool found = query->next();
    const qint64 id = found ? query->value(0).toLongLong() : 0;
    // Read the one row, then finish: an unfinished statement keeps SQLite's implicit
    // transaction open, and on PostgreSQL it holds the connection's result stream.
    const QSqlError error = query->lastError();
    query->finish();
    if (error.isValid())
        return std::unexpected(errorFrom(error, QObject::tr("adding a row")));
    if (!found)
        return fail(ErrorCode::Database, QObject::tr("The database did not report the id of a new row."),
                    QObject::tr("Try again, and report it if it keeps happening."));
    return id;
}

Error Database::errorFrom(const QSqlError &error, const QString &doing) const
{
    if (m_dialect->isBusy(error))
        return Error{ErrorCode::Database,
                     QObject::tr("The database is busy with someone else's change (while %1).").arg(doing),
                     QObject::tr("Nothing was lost; try again in a moment.")};
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (m_dialect->isConnectionLost(error))
        return Error{ErrorCode::Database,
                     QObject::tr("Cannot connect to %1 (while %2): %3").arg(m_settings.displayName(), doing, text),
                     QObject::tr("Check the address and that the server is running, then try again.")};
    return Error{ErrorCode::Database, QObject::tr("The database reported an error while %1: %2").arg(doing, text), {}};
}

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Tandem
