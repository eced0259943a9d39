#pragma once

#include <core/common/error.h>

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Tandem {
class Database;
}

namespace Tandem::Demo {

// One prepared INSERT run many times: values are bound left to right, then insert() runs it.
//
// It talks to SQLite directly through the connection's own handle (Database::sqliteHandle),
// not through QSqlQuery: the demo writes ~3 million rows, and Qt's per-row work (a
// QVariantList per row, QSqlQuery::bindValue, QVariant copies, UTF-16 text that SQLite turns
// back into UTF-8) was measured as the one part of the load worth removing: at 30,000
// candidates the same rows took 21.8 s of CPU through Database::exec and 17.3 s this way.
// Owns its sqlite3_stmt, finalized on destruction, so it must not outlive the Database.
// SQLite only; the Database's thread only.
class RowInserter
{
public:
    static Result<RowInserter> prepare(Database &db, std::string_view sql);
    RowInserter(RowInserter &&other) noexcept;
    RowInserter &operator=(RowInserter &&) = delete;
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;
    ~RowInserter();

    RowInserter &bind(qint64 value);
    RowInserter &bind(int value) { return bind(qint64(value)); }
    RowInserter &bind(double value);
    RowInserter &bind(const QString &text);
    RowInserter &bindAscii(std::string_view text); // copied by SQLite, so a temporary is fine
    RowInserter &bindNull();
    RowInserter &bindIdOrNull(qint64 id) { return id ? bind(id) : bindNull(); }
    RowInserter &bindTimeOrNull(qint64 msSinceEpoch)
    {
        return msSinceEpoch ? bindTime(msSinceEpoch) : bindNull();
    }
    RowInserter &bindTime(qint64 msSinceEpoch); // as storage text, see demo_time.h

    Status insert();

private:
    RowInserter(sqlite3 *handle, sqlite3_stmt *statement);
    Error error(int code) const;

    sqlite3 *m_handle = nullptr; // not owned: the Database's connection
    sqlite3_stmt *m_statement = nullptr; // owned
    int m_next = 1;
    int m_failed = 0; // first bind error, reported by insert()
    QVarLengthArray<QByteArray, 20> m_text; // UTF-8 kept alive until the row is written
};

} // namespace Tandem::Demo
