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
                               const QString &tail, Engine engine)
{
    SearchStatement s;
    s.sql = select + QStringLiteral(" FROM candidates AS c WHERE ");
    if (!includeArchived)
        s.sql += QStringLiteral("c.archived_at IS NULL AND ");
    s.sql += QLatin1Char('(') + query.sqlFilter() + QLatin1Char(')');
    s.values = query.sqlValues();
    if (engine == Engine::Postgres && !query.pgExclude().isEmpty()) {
        s.sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM candidate_search AS s"
                                " WHERE s.candidate_id = c.id AND %1)")
                     .arg(query.pgExclude());
        s.values << query.pgExcludeValues();
    } else if (engine == Engine::Sqlite && !query.ftsExclude().isEmpty()) {
        s.sql += QStringLiteral(
            " AND c.id NOT IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ?)");
        s.values << QStringLiteral("- {state} : ") + query.ftsExclude();
    }
    s.sql += tail;
    return s;
}

// --- SQLite: the FTS5 table candidate_fts ------------------------------------------------

SearchStatement sqliteSearch(const SearchQuery &query, const SearchOptions &options, int rankWindow,
                             int limit, int offset)
{
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
             << rankWindow << limit << offset;
    return s;
}

SearchStatement sqliteCount(const SearchQuery &query, bool includeArchived)
{
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

// --- PostgreSQL: the table candidate_search (tsvectors, GIN) ---------------------------------

// ts_rank's weights for D, C, B, A: resume 0.1; email, company, city 0.3; skills, title 0.7;
// name 1.0. SQLite's column weights (10, 8, 6, 4, 3, 2, 1) in the four classes tsvector has.
const QString PgRank = QStringLiteral(
    "ts_rank(CAST('{0.1, 0.3, 0.7, 1.0}' AS real[]), r.document, to_tsquery('tandem_search', ?))");

// FROM and WHERE of the matches: the search table alone unless a source: filter needs the
// candidates. Archived candidates are marked in the search table, so leaving them out reads
// nothing else and they never take a place in the ranking window.
SearchStatement postgresMatches(const SearchQuery &query, bool includeArchived)
{
    SearchStatement s;
    const bool filtered = !query.sqlFilter().isEmpty();
    s.sql = filtered
        ? QStringLiteral("FROM candidate_search AS s JOIN candidates AS c ON c.id = s.candidate_id")
        : QStringLiteral("FROM candidate_search AS s");
    s.sql += includeArchived ? QStringLiteral(" WHERE ") : QStringLiteral(" WHERE s.archived = 0 AND ");
    s.sql += QLatin1Char('(') + query.pgMatch() + QLatin1Char(')');
    s.values << query.pgMatchValues();
    if (filtered) {
        s.sql += QStringLiteral(" AND (%1)").arg(query.sqlFilter());
        s.values << query.sqlValues();
    }
    return s;
}

SearchStatement postgresSearch(const SearchQuery &query, const SearchOptions &options, int rankWindow,
                               int limit, int offset)
{
    const SearchStatement matches = postgresMatches(query, options.includeArchived);
    SearchStatement s;
    if (options.order == SearchOrder::Newest) {
        s.sql = QStringLiteral("SELECT %1, 0.0 FROM (SELECT s.candidate_id AS id %2"
                               " ORDER BY s.candidate_id DESC LIMIT ? OFFSET ?) AS t"
                               " JOIN candidates AS c ON c.id = t.id ORDER BY t.id DESC")
                    .arg(HitColumns, matches.sql);
        s.values << matches.values << limit << offset;
        return s;
    }
    // Innermost: the newest rankWindow matches (ids only). ts_rank runs one level up, on the
    // window alone: in the same SELECT as ORDER BY ... LIMIT it would run for every match
    // before the sort. Then the page of the best, and only that page reads the candidates.
    s.sql = QStringLiteral("SELECT %1, t.score FROM (SELECT w.id, %2 AS score FROM ("
                           "SELECT s.candidate_id AS id %3 ORDER BY s.candidate_id DESC LIMIT ?) AS w"
                           " JOIN candidate_search AS r ON r.candidate_id = w.id"
                           " ORDER BY score DESC, w.id DESC LIMIT ? OFFSET ?) AS t"
                           " JOIN candidates AS c ON c.id = t.id ORDER BY t.score DESC, t.id DESC")
                .arg(HitColumns, PgRank, matches.sql);
    s.values << query.pgRankQuery() << matches.values << rankWindow << limit << offset;
    return s;
}

SearchStatement postgresCount(const SearchQuery &query, bool includeArchived)
{
    SearchStatement s = postgresMatches(query, includeArchived);
    s.sql = QStringLiteral("SELECT count(*) ") + s.sql;
    return s;
}

// Words around a match: about 160 characters of ordinary text.
constexpr int SnippetTokens = 20;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Rows of (id, marked text...): each candidate's text with the most highlights, the first
// of equals.
Result<QHash<qint64, Snippet>> readSnippets(Database &db, const QString &sql, const QVariantList &values,
                                            int texts)
{
    auto rows = db.exec(sql, values);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, Snippet> out;
    while (rows->next()) {
        Snippet best;
        for (int i = 1; i <= texts; ++i) {
            Snippet s = Internal::snippetFromMarked(rows->value(i).toString());
            if (s.highlights.size() > best.highlights.size())
                best = std::move(s);
        }
        if (!best.highlights.isEmpty())
            out.insert(rows->value(0).toLongLong(), best);
    }
    const QSqlError error = rows->lastError();
    rows->finish();
    if (error.isValid())
        return std::unexpected(db.errorFrom(error, QObject::tr("reading search snippets")));
    return out;
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
                                                 int rankWindow, Engine engine)
{
    if (query.isEmpty())
        return {};
    const int limit = std::max(0, options.limit);
    const int offset = std::max(0, options.offset);

    if (query.ftsMatch().isEmpty()) {
        SearchStatement s = tableStatement(query, options.includeArchived,
                                           QStringLiteral("SELECT ") + HitColumns + QStringLiteral(", 0.0"),
                                           QStringLiteral(" ORDER BY c.id DESC LIMIT ? OFFSET ?"), engine);
        s.values << limit << offset;
        return s;
    }
    return engine == Engine::Postgres ? postgresSearch(query, options, std::max(1, rankWindow), limit, offset)
                                      : sqliteSearch(query, options, std::max(1, rankWindow), limit, offset);
}

SearchStatement CandidateSearch::countStatement(const SearchQuery &query, bool includeArchived, Engine engine)
{
    if (query.isEmpty())
        return {};
    if (query.ftsMatch().isEmpty())
        return tableStatement(query, includeArchived, QStringLiteral("SELECT count(*)"), QString(), engine);
    return engine == Engine::Postgres ? postgresCount(query, includeArchived)
                                      : sqliteCount(query, includeArchived);
}

Status CandidateSearch::prepare()
{
    if (m_prepared)
        return {};
    // PostgreSQL has everything it needs built in (ts_rank); SQLite gets tandem_rank().
    if (m_db.engine() == Engine::Sqlite) {
        if (auto ok = registerSearchFunctions(m_db.sqliteHandle()); !ok)
            return ok;
    }
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
    const SearchStatement statement = searchStatement(query, options, m_rankWindow, m_db.engine());
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
    if (options.snippets && !hits.isEmpty()) {
        QList<qint64> ids;
        for (const CandidateHit &hit : std::as_const(hits))
            ids << hit.id;
        auto found = snippets(query, ids);
        if (!found)
            return std::unexpected(found.error());
        for (CandidateHit &hit : hits) {
            const Snippet snippet = found->value(hit.id);
            hit.snippet = snippet.text;
            hit.highlights = snippet.highlights;
        }
    }
    return hits;
}

Result<QHash<qint64, Snippet>> CandidateSearch::snippets(const SearchQuery &query, const QList<qint64> &ids)
{
    if (query.ftsMatch().isEmpty() || ids.isEmpty())
        return QHash<qint64, Snippet>();
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    return m_db.engine() == Engine::Postgres ? postgresSnippets(query, ids) : sqliteSnippets(query, ids);
}

Result<QHash<qint64, Snippet>> CandidateSearch::sqliteSnippets(const SearchQuery &query, const QList<qint64> &ids)
{
    // The id list is bound; FTS5 seeks each rowid of the IN list within the match.
    const QString sql = QStringLiteral("SELECT rowid, snippet(candidate_fts, -1, ?, ?, ?, %1) FROM candidate_fts"
                                       " WHERE candidate_fts MATCH ? AND rowid IN (%2)")
                            .arg(SnippetTokens)
                            .arg(placeholders(ids.size()));
    QVariantList values {QString(QChar(Internal::HighlightOpen)), QString(QChar(Internal::HighlightClose)),
                         QStringLiteral("\u2026"), indexMatch(query.ftsMatch(), true)};
    for (const qint64 id : ids)
        values << id;
    return readSnippets(m_db, sql, values, 1);
}

Result<QHash<qint64, Snippet>> CandidateSearch::postgresSnippets(const SearchQuery &query, const QList<qint64> &ids)
{
    // Preference among fields that match equally often, best first.
    static const QStringList fields {QStringLiteral("c.current_title"), QStringLiteral("c.skills_text"),
                                     QStringLiteral("c.current_company"), QStringLiteral("c.city"),
                                     QStringLiteral("c.resume_text"),
                                     QStringLiteral("c.first_name || ' ' || c.last_name"), QStringLiteral("c.email")};
    QStringList columns;
    for (const QString &field : fields)
        columns << QStringLiteral("ts_headline('tandem_search', replace(%1, '<', k.lt), k.q, k.options)").arg(field);
    const QString sql = QStringLiteral("SELECT c.id, %1 FROM (SELECT to_tsquery('tandem_search', ?) AS q,"
                                       " CAST(? AS text) AS options, CAST(? AS text) AS lt) AS k, candidates AS c"
                                       " WHERE c.id IN (%2)")
                            .arg(columns.join(QStringLiteral(", ")), placeholders(ids.size()));
    const QString options = QStringLiteral("StartSel=\"%1\", StopSel=\"%2\", MaxWords=%3, MinWords=%4, ShortWord=1,"
                                           " MaxFragments=2, FragmentDelimiter=\" \u2026 \"")
                                .arg(QChar(Internal::HighlightOpen))
                                .arg(QChar(Internal::HighlightClose))
                                .arg(SnippetTokens)
                                .arg(SnippetTokens / 2);
    QVariantList values {query.pgHighlightQuery(), options, QString(QChar(Internal::LessThanStandIn))};
    for (const qint64 id : ids)
        values << id;
    return readSnippets(m_db, sql, values, int(fields.size()));
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
    const SearchStatement statement = countStatement(query, includeArchived, m_db.engine());
    auto value = m_db.scalar(statement.sql, statement.values);
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

} // namespace Tandem
