#include "row_inserter.h"

#include "demo_time.h"

#include <core/storage/database.h>

#include <sqlite3.h>

namespace Tandem::Demo {

Result<RowInserter> RowInserter::prepare(Database &db, std::string_view sql)
{
    sqlite3 *handle = db.sqliteHandle();
    if (!handle)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("Demo data can only be written to a SQLite database."));
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(handle, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return fail(ErrorCode::Database,
                    QObject::tr("The database refused a demo statement: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    return RowInserter(handle, statement);
}

RowInserter::RowInserter(sqlite3 *handle, sqlite3_stmt *statement)
    : m_handle(handle)
    , m_statement(statement)
{
    m_text.resize(sqlite3_bind_parameter_count(statement) + 1);
}

RowInserter::RowInserter(RowInserter &&other) noexcept
    : m_handle(other.m_handle)
    , m_statement(other.m_statement)
    , m_next(other.m_next)
    , m_failed(other.m_failed)
    , m_text(std::move(other.m_text))
{
    other.m_statement = nullptr;
}

RowInserter::~RowInserter()
{
    sqlite3_finalize(m_statement);
}

RowInserter &RowInserter::bind(qint64 value)
{
    const int rc = sqlite3_bind_int64(m_statement, m_next++, value);
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

RowInserter &RowInserter::bind(double value)
{
    const int rc = sqlite3_bind_double(m_statement, m_next++, value);
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

RowInserter &RowInserter::bind(const QString &text)
{
    if (m_next >= m_text.size()) {
        m_failed = SQLITE_RANGE;
        return *this;
    }
    QByteArray &utf8 = m_text[m_next];
    utf8 = text.toUtf8();
    const int rc
        = sqlite3_bind_text(m_statement, m_next++, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

RowInserter &RowInserter::bindAscii(std::string_view text)
{
    const int rc = sqlite3_bind_text(m_statement, m_next++, text.data(), int(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

RowInserter &RowInserter::bindNull()
{
    const int rc = sqlite3_bind_null(m_statement, m_next++);
    if (rc != SQLITE_OK && !m_failed)
        m_failed = rc;
    return *this;
}

RowInserter &RowInserter::bindTime(qint64 msSinceEpoch)
{
    const StorageTimeText text = storageTimeText(msSinceEpoch);
    return bindAscii(std::string_view(text.data(), text.size()));
}

Status RowInserter::insert()
{
    const int bound = m_next - 1;
    m_next = 1;
    if (m_failed) {
        const int code = m_failed;
        m_failed = 0;
        sqlite3_reset(m_statement);
        return std::unexpected(error(code));
    }
    if (bound != sqlite3_bind_parameter_count(m_statement)) {
        sqlite3_reset(m_statement);
        return fail(ErrorCode::Database,
                    QObject::tr("A demo statement got %1 values for %2 placeholders.")
                        .arg(bound)
                        .arg(sqlite3_bind_parameter_count(m_statement)));
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        const Error failure = error(rc); // before reset, which may change the message
        sqlite3_reset(m_statement);
        return std::unexpected(failure);
    }
    sqlite3_reset(m_statement);
    return {};
}

Error RowInserter::error(int code) const
{
    return Error {
        ErrorCode::Database,
        QObject::tr("The database reported an error while writing demo data: %1 (%2)")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), QString::fromUtf8(sqlite3_errstr(code))),
        {}};
}

} // namespace Tandem::Demo
