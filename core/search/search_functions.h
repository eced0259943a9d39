#pragma once

#include <core/common/error.h>

struct sqlite3;

namespace Tandem {

// Registers the SQL functions the search statements call on one SQLite connection:
//
//   tandem_rank(candidate_fts, mask)  relevance of the current row, higher is better.
//
// It is FTS5's BM25 (k1 = 1.2, b = 0.75, the same formula as the built-in bm25()) with the
// column weights of candidate_fts built in (name 10, email 4, title 6, company 3, skills 8,
// city 2, resume 1, state 0), made cheaper without changing the order it produces:
// - BM25 counts, once per query, how many rows hold each phrase (its IDF) by reading the
//   phrase's whole doclist: ~5 ms for a word in every one of 100k resumes, ~13 ms for a
//   common phrase. An IDF only scales a score, so when at most one phrase counts toward
//   relevance the count is skipped; phrases under NOT (mask '0', see
//   SearchQuery::ftsRankMask()) never count.
// - BM25 gives every phrase found in half the rows or more the same tiny IDF, so counting
//   stops there.
//
// CandidateSearch calls this itself on its connection. A program that runs the search
// statements through the raw sqlite3 API (the benchmark) calls it on its own connection
// first. Call it on the connection's thread; it does nothing when the function is there.
// Errors: ErrorCode::Unsupported when this SQLite lacks FTS5, Database otherwise.
Status registerSearchFunctions(sqlite3 *handle);

} // namespace Tandem
