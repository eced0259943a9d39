#pragma once

#include <core/bench/raw_connection.h>
#include <core/common/error.h>

#include <QString>
#include <QVariantList>

struct sqlite3;

namespace Tandem::Bench {

// The benchmark's "raw" side: a plain sqlite3 connection (the same system library Qt's
// driver loads) that runs statements with the C API only, so the ratio app / raw shows what
// our layers cost on top of SQLite itself.
class RawSqlite final : public RawConnection
{
public:
    static Result<RawSqlite *> open(const QString &path); // caller owns the result
    ~RawSqlite() override;
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    sqlite3 *handle() const { return m_db; }
    // Prepares (cached), binds, steps through every row and reads every column, like a
    // caller that uses the results. Returns the number of rows.
    Result<qint64> run(const QString &sql, const QVariantList &values = {}) override;
    Result<qint64> insert(const QString &sql, const QVariantList &values) override;
    Status exec(const QString &script) override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    qint64 lastInsertId() const;

private:
    explicit RawSqlite(sqlite3 *db);
    struct Cache;
    sqlite3 *m_db = nullptr;   // owned
    Cache *m_cache = nullptr;  // owned: prepared statements by SQL text
};

} // namespace Tandem::Bench
