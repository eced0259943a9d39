#include "candidate_search.h"

#include "search_functions.h"

#include <core/common/logging.h>
#include <core/storage/database.h>

#include <QSqlError>

#include <algorithm>

namespace Tandem {
namespace {

const QString HitColumns
    = QStringLiteral("c.id, c.uuid, c.first_name, c.last_name, c.current_title, c.current_company, c.city");

// The index expression a statement matches. Archived candidates are marked in the index's
// state column, so excluding them costs one short doclist instead of a table read per
// match. With archived candidates included the user's words are kept off that column, so
// searching for the word "archived" cannot find every archived candidate.
QString indexMatch(const QString &fts, bool includeArchived)
{
    return includeArchived ? QStringLiteral("- {state} : (%1)").arg(fts)
                           : QStringLiteral("(%1) NOT state : \"archived\"").arg(fts);
}

QString indexMask(const QString &mask, bool includeArchived)
{
    return includeArchived ? mask : mask + QLatin1Char('0'); // the state phrase never counts
}

// Searches without words (only source: filters) read the candidates table, newest first.
SearchStatement tableStatement(const SearchQuery &query, bool includeArchived, const QString &select,
                               const QString &tail)
{
    SearchStatement s;
    s.sql = select + QStringLiteral(" FROM candidates AS c WHERE ");
    if (!includeArchived)
        s.sql += QStringLiteral("c.archived_at IS NULL AND ");
    s.sql += QLatin1Char('(') + query.sqlFilter() + QLatin1Char(')');
    s.values = query.sqlValues();
    if (!query.ftsExclude().isEmpty()) {
        s.sql += QStringLiteral(
            " AND c.id NOT IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ?)");
        s.values << QStringLiteral("- {state} : ") + query.ftsExclude();
    }
    s.sql += tail;
    return s;
}

} // namespace

CandidateSearch::CandidateSearch(Database &db)
    : m_db(db)
{ }

void CandidateSearch::setRankWindow(int rows)
{
    m_rankWindow = std::max(1, rows);
}

SearchStatement CandidateSearch::searchStatement(const SearchQuery &query, const SearchOptions &options,
                                                 int rankWindow)
{
    if (query.isEmpty())
        return {};
    const int limit = std::max(0, options.limit);
    const int offset = std::max(0, options.offset);

    if (query.ftsMatch().isEmpty()) {
        SearchStatement s = tableStatement(query, options.includeArchived,
                                           QStringLiteral("SELECT ") + HitColumns + QStringLiteral(", 0.0"),
                                           QStringLiteral(" ORDER BY c.id DESC LIMIT ? OFFSET ?"));
        s.values << limit << offset;
        return s;
    }

    const bool filtered = !query.sqlFilter().isEmpty();
    const QString from = filtered
        ? QStringLiteral("candidate_fts JOIN candidates AS c ON c.id = candidate_fts.rowid")
        : QStringLiteral("candidate_fts");
    const QString where = filtered ? QStringLiteral("candidate_fts MATCH ? AND (%1)").arg(query.sqlFilter())
                                   : QStringLiteral("candidate_fts MATCH ?");
    const QString match = indexMatch(query.ftsMatch(), options.includeArchived);

    SearchStatement s;
    if (options.order == SearchOrder::Newest) {
        // FTS5 hands matches out in rowid order, so this never sorts.
        s.sql = QStringLiteral("SELECT %1, 0.0 FROM (SELECT candidate_fts.rowid AS id FROM %2 WHERE %3"
                               " ORDER BY candidate_fts.rowid DESC LIMIT ? OFFSET ?) AS t"
                               " JOIN candidates AS c ON c.id = t.id ORDER BY t.id DESC")
                    .arg(HitColumns, from, where);
        s.values << match << query.sqlValues() << limit << offset;
        return s;
    }
    // Innermost: the newest rankWindow matches, scored. Then the page of the best of them.
    // Only that page reads the candidates table for names (unless a source: filter needs it).
    s.sql = QStringLiteral(
                "SELECT %1, t.score FROM (SELECT id, score FROM ("
                "SELECT candidate_fts.rowid AS id, tandem_rank(candidate_fts, ?) AS score FROM %2 WHERE %3"
                " ORDER BY candidate_fts.rowid DESC LIMIT ?)"
                " ORDER BY score DESC, id DESC LIMIT ? OFFSET ?) AS t"
                " JOIN candidates AS c ON c.id = t.id ORDER BY t.score DESC, t.id DESC")
                .arg(HitColumns, from, where);
    s.values << indexMask(query.ftsRankMask(), options.includeArchived) << match << query.sqlValues()
             << std::max(1, rankWindow) << limit << offset;
    return s;
}

SearchStatement CandidateSearch::countStatement(const SearchQuery &query, bool includeArchived)
{
    if (query.isEmpty())
        return {};
    if (query.ftsMatch().isEmpty())
        return tableStatement(query, includeArchived, QStringLiteral("SELECT count(*)"), QString());
    SearchStatement s;
    if (query.sqlFilter().isEmpty()) {
        s.sql = QStringLiteral("SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH ?");
    } else {
        s.sql = QStringLiteral(
                    "SELECT count(*) FROM candidate_fts JOIN candidates AS c ON c.id = candidate_fts.rowid"
                    " WHERE candidate_fts MATCH ? AND (%1)")
                    .arg(query.sqlFilter());
    }
    s.values << indexMatch(query.ftsMatch(), includeArchived) << query.sqlValues();
    return s;
}

Status CandidateSearch::prepare()
{
    if (m_prepared)
        return {};
    if (m_db.engine() != Engine::Sqlite)
        return fail(ErrorCode::Unsupported,
                    QObject::tr("Candidate search is not available on PostgreSQL yet."),
                    QObject::tr("Use a local database for searching until team mode supports it."));
    if (auto ok = registerSearchFunctions(m_db.sqliteHandle()); !ok)
        return ok;
    m_prepared = true;
    return {};
}

Result<QList<CandidateHit>> CandidateSearch::search(const QString &query, int limit)
{
    auto parsed = parseSearchQuery(query);
    if (!parsed)
        return std::unexpected(parsed.error());
    SearchOptions options;
    options.limit = limit;
    return search(*parsed, options);
}

Result<QList<CandidateHit>> CandidateSearch::search(const SearchQuery &query, const SearchOptions &options)
{
    QList<CandidateHit> hits;
    if (query.isEmpty() || options.limit <= 0)
        return hits;
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    const SearchStatement statement = searchStatement(query, options, m_rankWindow);
    qCDebug(lcSearch) << "search" << query.toString() << statement.values;
    auto rows = m_db.exec(statement.sql, statement.values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        CandidateHit hit;
        hit.id = rows->value(0).toLongLong();
        hit.uuid = rows->value(1).toString();
        hit.name = QStringList {rows->value(2).toString(), rows->value(3).toString()}
                       .join(QLatin1Char(' '))
                       .trimmed();
        hit.title = rows->value(4).toString();
        hit.company = rows->value(5).toString();
        hit.city = rows->value(6).toString();
        hit.score = rows->value(7).toDouble();
        hits.append(hit);
    }
    const QSqlError error = rows->lastError();
    rows->finish();
    if (error.isValid())
        return std::unexpected(m_db.errorFrom(error, QObject::tr("searching candidates")));
    return hits;
}

Result<qint64> CandidateSearch::count(const QString &query)
{
    auto parsed = parseSearchQuery(query);
    if (!parsed)
        return std::unexpected(parsed.error());
    return count(*parsed);
}

Result<qint64> CandidateSearch::count(const SearchQuery &query, bool includeArchived)
{
    if (query.isEmpty())
        return 0;
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    const SearchStatement statement = countStatement(query, includeArchived);
    auto value = m_db.scalar(statement.sql, statement.values);
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

} // namespace Tandem
