#pragma once

#include <core/common/error.h>
#include <core/search/search_query.h>
#include <core/search/search_snippet.h>
#include <core/storage/connection_settings.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace Tandem {

class Database;

struct CandidateHit
{
    qint64 id = 0;
    QString uuid;
    QString name; // first and last name, as stored
    QString title;
    QString company;
    QString city;
    // Relevance, higher is better, comparable only within one search; 0 with SearchOrder::Newest.
    double score = 0.0;
    // With SearchOptions::snippets: about 160 characters of the field that matched best,
    // plain text, and the matched words in it. Empty for searches of filters alone.
    QString snippet;
    QList<HighlightRange> highlights;
};

enum class SearchOrder {
    Relevance, // best first, among the newest CandidateSearch::rankWindow() matches (see there)
    Newest, // newest first over all matches: cheap at any depth, for paging to the very end
};

struct SearchOptions
{
    int limit = 50;
    int offset = 0; // with Relevance, pages end where the ranking window ends
    SearchOrder order = SearchOrder::Relevance;
    bool includeArchived = false;
    bool snippets = false; // fill CandidateHit::snippet for the hits returned (one more query)
};

// One statement exactly as CandidateSearch runs it: SQL with ? placeholders and the values
// for them, in order. Empty for the empty search. The benchmark runs the SQLite ones
// through the raw sqlite3 API (after registerSearchFunctions()) to compare with the app.
struct SearchStatement
{
    QString sql;
    QVariantList values;
    bool isEmpty() const { return sql.isEmpty(); }
};

// Full-text search over candidates: parses what the user typed (SearchQuery), runs it
// against the engine's index and returns ranked hits. One interface, two indexes, whose
// statements are built side by side in candidate_search.cpp:
// - SQLite: the FTS5 table candidate_fts (SearchQuery::ftsMatch()).
// - PostgreSQL: the table candidate_search, tsvectors kept by a trigger, one GIN index on
//   its weighted document vector (SearchQuery::pgMatch()).
//
// Ranking: on SQLite BM25 (tandem_rank(), see search_functions.h) with name, skills and
// title weighted far above resume text. Scoring one match costs ~1.5 us (its token count
// and hit positions), so ranking every match does not scale: at 100,000 candidates, ranking
// all the matches of a word found in every resume takes 100+ ms. Relevance is therefore
// computed within a window: the rankWindow() newest matches (by id, i.e. by creation), which
// FTS5 hands out in rowid order without sorting, so a search never scores more than the
// window.
// - A search with no more matches than the window (names, emails, most skill combinations
//   and phrases) is ranked exactly.
// - A broader search returns the best of its newest rankWindow() matches. Measured at 100k
//   candidates with the default window, the BM25 scores of those 50 hits average 98-100% of
//   the exact top 50: equally good hits, newer ones first. An older match as good as them can
//   be missed. count() still says how many match, and SearchOrder::Newest pages through all.
// On PostgreSQL the score is ts_rank() over the document vector, whose words carry weights
// in the spirit of SQLite's (A name 1.0; B skills, title 0.7; C email, company, city 0.3;
// D resume 0.1); no document-length normalisation. Scores differ from SQLite's, the order
// of kinds of match does not: a name or skill match ranks above resume mentions. The same
// window applies (the GIN index hands out matches in no order, so the newest are found by a
// top-N sort of their ids, and only those are scored by ts_rank, which reads each vector).
// Archived candidates are left out inside the index (SQLite: its column "state"; PostgreSQL:
// candidate_search.archived), so the window holds only candidates that can be shown and
// count() never reads the candidates table; filters (source:, tag:, experience:, added:,
// updated:) do read it, once for each match walked. A search of filters alone reads the
// candidates table newest first.
//
// Owns: nothing; borrows the Database, which must outlive it.
// Thread: the thread of its Database. A search-as-you-type list runs it on a worker with its
// own connection (Database::openAnother()) and drops answers to outdated text.
// Errors: Result with ErrorCode::Invalid (a search that does not parse; the message names
// the problem and the fix) or ErrorCode::Database. Nothing throws.
class CandidateSearch
{
public:
    static constexpr int DefaultRankWindow = 2000;

    explicit CandidateSearch(Database &db);

    Result<QList<CandidateHit>> search(const QString &query, int limit = 50);
    Result<QList<CandidateHit>> search(const SearchQuery &query, const SearchOptions &options = {});
    // How many candidates match, archived ones only with includeArchived.
    Result<qint64> count(const QString &query);
    Result<qint64> count(const SearchQuery &query, bool includeArchived = false);
    // Snippets of these candidates for the query's words (SQLite: FTS5 snippet() choosing the
    // best column; PostgreSQL: ts_headline() over each field, keeping the one with the most
    // matches). Meant for the rows on screen: it reads each candidate's text. Candidates
    // without a match (or a query without words) are not in the answer.
    Result<QHash<qint64, Snippet>> snippets(const SearchQuery &query, const QList<qint64> &ids);

    int rankWindow() const { return m_rankWindow; }
    void setRankWindow(int rows);

    // The statements search() and count() run on an engine, for the benchmark and EXPLAIN.
    static SearchStatement searchStatement(const SearchQuery &query, const SearchOptions &options,
                                           int rankWindow = DefaultRankWindow,
                                           Engine engine = Engine::Sqlite);
    static SearchStatement countStatement(const SearchQuery &query, bool includeArchived = false,
                                          Engine engine = Engine::Sqlite);

private:
    Status prepare();
    Result<QHash<qint64, Snippet>> sqliteSnippets(const SearchQuery &query, const QList<qint64> &ids);
    Result<QHash<qint64, Snippet>> postgresSnippets(const SearchQuery &query, const QList<qint64> &ids);

    Database &m_db; // not owned
    int m_rankWindow = DefaultRankWindow;
    bool m_prepared = false;
};

} // namespace Tandem
