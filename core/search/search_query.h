#pragma once

#include <core/common/error.h>

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace Tandem {

// Where a word must occur. Source, Tag, Experience, Added and Updated are not in the
// full-text index: they filter candidates by a column (see search_filters.h).
enum class SearchField { Any, Name, Email, Title, Company, Skills, City, Resume, Source, Tag, Experience, Added, Updated };

// One node of a parsed search. A plain value: children are held by value.
struct SearchNode
{
    enum class Kind { Term, Phrase, And, Or, Not };

    Kind kind = Kind::Term;
    QString text; // Term, Phrase: the words as typed, without quotes or '*'
    bool prefix = false; // Term, Phrase: the last word is a prefix (kube*)
    SearchField field = SearchField::Any; // Term, Phrase
    std::vector<SearchNode> children; // And, Or: two or more; Not: exactly one

    bool isLeaf() const { return kind == Kind::Term || kind == Kind::Phrase; }
};

struct SearchParseOptions
{
    // Search-as-you-type: the word still being typed at the end (no space after it yet) is
    // a prefix, so "kube" already finds Kubernetes. Words of one letter are left alone:
    // such a prefix touches most of the index.
    bool prefixLastWord = false;
    // prefixLastWord, and more of the same idea: what is unfinished at the end of the text
    // is read as the user is about to finish it instead of being an error. A quote or
    // parentheses still open at the end are closed; a trailing AND, OR, NOT or "field:"
    // without its value is ignored.
    bool asYouType = false;
};

// A parsed candidate search: the syntax tree of what the user typed and its translations
// into the pieces CandidateSearch runs, for FTS5 (SQLite) and for tsquery (PostgreSQL).
//
// The language:
//   kubernetes rust       both words (implicit AND); AND, OR, NOT in capitals are operators,
//                         precedence NOT > AND > OR, parentheses group
//   kube*                 prefix; at least two letters before the '*'
//   "site reliability"    phrase; "site rel"* makes its last word a prefix
//   -java  NOT java       exclude; a search needs something to look for besides exclusions
//   skill:rust title:"data engineer" name: email: company: city: resume: (also skills:, cv:)
//                         restrict to one field; field:(a OR b) applies to the whole group
//   source:linkedin       exact (case-insensitive) match on where the candidate came from
//   tag:remote tag:"needs visa"   candidates carrying that tag (exact, case-insensitive)
//   experience:>5  experience:>=3  experience:<2  experience:<=4  experience:3..8
//                         years of experience; experience:5 means 5 up to (not including) 6,
//                         experience:3.. and experience:..8 leave one end open; candidates
//                         without a number never match (so -experience:<2 keeps them)
//   added:2024  added:>=2025-06  added:<2025-01-01  added:2024-01-01..2024-03-31
//   updated:... (the same)  when the record was created / last changed: a year, a month or a
//                         day in local time; < before it starts, <= until it ends, > after it
//                         ends, >= from its start; a..b from a's start to b's end
// The filters (source:, tag:, experience:, added:, updated:) narrow the whole search: they may
// be combined with each other in any way (tag:(remote OR onsite), -tag:contacted, NOT
// added:<2020) but not sit inside OR or NOT together with words. A search of filters alone
// is valid and lists the matching candidates newest first. A filter value that cannot be
// read (experience:>five, added:2025-13) is an error naming it and how to write it.
// An unknown field ("foo:bar") is an error that names it and lists the known ones, rather
// than plain words: a typo such as skils:rust would otherwise quietly search everything.
// Quoting ("foo:bar") searches the text itself. Inside words only letters, digits, + and #
// count (as in the index), so c++, node.js or a quoted "AND" are just words.
//
// Owns: nothing but its values; copy freely, use from any thread.
// Errors: parse() returns ErrorCode::Invalid with a message naming the problem and a hint
// naming the fix; a SearchQuery that exists can always be translated.
class SearchQuery
{
public:
    SearchQuery() = default; // the empty search: finds nothing

    static Result<SearchQuery> parse(const QString &text, const SearchParseOptions &options = {});

    bool isEmpty() const { return !m_root.has_value(); }
    // The normalised tree (nested ANDs flattened, double negations removed, words without
    // letters or digits dropped, field filters pushed down to the words); nullptr when empty.
    const SearchNode *root() const { return m_root ? &*m_root : nullptr; }
    // The tree in a canonical form, e.g. AND(skill:rust OR(go zig*) NOT("site reliability")).
    QString toString() const;

    // FTS5 MATCH expression for what must match; empty when the search has no words to look
    // for (only filters). Every user word is an FTS5 string ("..."), so no user
    // text can act as FTS5 syntax.
    const QString &ftsMatch() const { return m_ftsMatch; }
    // One character per phrase of ftsMatch(), in order: '1' when the phrase counts toward
    // relevance, '0' when it only excludes (it sits under NOT).
    const QString &ftsRankMask() const { return m_rankMask; }
    // With no ftsMatch(): FTS5 expression of words whose candidates are left out
    // ("source:agency -java"); empty otherwise.
    const QString &ftsExclude() const { return m_ftsExclude; }
    // Condition on `candidates AS c` with ? placeholders for sqlValues(); empty when none.
    const QString &sqlFilter() const { return m_sqlFilter; }
    const QVariantList &sqlValues() const { return m_sqlValues; }

    // PostgreSQL, the table candidate_search (see its migration). The same tree as
    // ftsMatch(), as a condition on `candidate_search AS s` with ? placeholders for
    // pgMatchValues(): every word or phrase becomes `s.document @@ to_tsquery(...)` of one
    // bound tsquery text that we write ourselves, each word a quoted lexeme built only from
    // letters and digits, so no user text can act as SQL or tsquery syntax. A field filter
    // restricts the match to the field's weight in the document, and for the fields that
    // share a weight also matches the field's own vector. Empty when ftsMatch() is.
    const QString &pgMatch() const { return m_pgMatch; }
    const QVariantList &pgMatchValues() const { return m_pgMatchValues; }
    // tsquery text for ts_rank(): the looked-for words (not the excluded ones) joined by OR,
    // a field's words limited to the field's weight. Empty when ftsMatch() is.
    const QString &pgRankQuery() const { return m_pgRank; }
    // tsquery text for ts_headline() over one field's plain text: the looked-for words joined
    // by OR without weights (a field's own text carries none). Empty when ftsMatch() is.
    const QString &pgHighlightQuery() const { return m_pgHighlight; }
    // With no pgMatch(): condition on `candidate_search AS s` matching the candidates that
    // ftsExclude() leaves out, with its values; empty otherwise.
    const QString &pgExclude() const { return m_pgExclude; }
    const QVariantList &pgExcludeValues() const { return m_pgExcludeValues; }

private:
    std::optional<SearchNode> m_root;
    QString m_ftsMatch;
    QString m_rankMask;
    QString m_ftsExclude;
    QString m_sqlFilter;
    QVariantList m_sqlValues;
    QString m_pgMatch;
    QVariantList m_pgMatchValues;
    QString m_pgRank;
    QString m_pgHighlight;
    QString m_pgExclude;
    QVariantList m_pgExcludeValues;
};

Result<SearchQuery> parseSearchQuery(const QString &text, const SearchParseOptions &options = {});

// The field names a user may type, in the order shown in messages.
QStringList searchFieldNames();

} // namespace Tandem
