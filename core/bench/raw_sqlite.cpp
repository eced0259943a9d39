#include "raw_sqlite.h"

#include <QHash>

#include <sqlite3.h>

namespace Tandem::Bench {

struct RawSqlite::Cache
{
    QHash<QString, sqlite3_stmt *> statements;
};

RawSqlite::RawSqlite(sqlite3 *db)
    : m_db(db)
    , m_cache(new Cache)
{
}

RawSqlite::~RawSqlite()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache->statements))
        sqlite3_finalize(stmt);
    delete m_cache;
    sqlite3_close(m_db);
}

Result<RawSqlite *> RawSqlite::open(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return fail(ErrorCode::Database, QObject::tr("The benchmark cannot open %1: %2").arg(path, message));
    }
    auto *raw = new RawSqlite(db);
    // The same settings the app's connections use, so both sides do the same work.
    if (auto ok = raw->exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; "
                                           "PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY; "
                                           "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                           "PRAGMA mmap_size = 268435456;"));
        !ok) {
        delete raw;
        return std::unexpected(ok.error());
    }
    return raw;
}

Status RawSqlite::exec(const QString &script)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, script.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(ErrorCode::Database, text);
    }
    return {};
}

Result<qint64> RawSqlite::insert(const QString &sql, const QVariantList &values)
{
    if (auto r = run(sql, values); !r)
        return std::unexpected(r.error());
    return lastInsertId();
}

qint64 RawSqlite::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<qint64> RawSqlite::run(const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *stmt = m_cache->statements.value(sql);
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
        m_cache->statements.insert(sql, stmt);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    QList<QByteArray> keep; // text must outlive the step loop
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = int(i) + 1;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(stmt, index, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(stmt, index, v.toDouble());
            break;
        default:
            if (!v.isValid() || v.isNull()) {
                sqlite3_bind_null(stmt, index);
            } else {
                keep.append(v.toString().toUtf8());
                sqlite3_bind_text(stmt, index, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
            }
        }
    }
    qint64 rows = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        const int columns = sqlite3_column_count(stmt);
        for (int c = 0; c < columns; ++c) {
            // Read each value as a caller would, so the raw side pays for conversions too.
            if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                sqlite3_column_text(stmt, c);
            else
                sqlite3_column_double(stmt, c);
        }
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return rows;
}

} // namespace Tandem::Bench
