#pragma once

#include <core/common/error.h>
#include <core/search/search_query.h>
#include <core/search/search_snippet.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Tandem {

class CandidateSearch;
class Database;

// The candidates list: every candidate that is not archived, or the hits of a full-text search.
//
// Owns: a small cache of rows, never the whole list. rowCount() is the real number of
// candidates, so the scroll bar is honest at 100,000 rows; rows are read in blocks of
// BlockSize when a view first asks for them and kept in a least-recently-used cache of
// CachedBlocks blocks. Columns with an index (name, title, company, city, added) read a
// block from the nearest cached block with a keyset condition on the sort key (an index
// seek: scrolling costs the same at row 90,000 as at row 0), or with OFFSET from the top or
// the bottom of the list when nothing cached is nearer (a jump of the scroll bar). Stage and
// source have no index: sorting by them reads the ordered ids once, and blocks by id.
// Archived candidates are left out through the full-text index (see notArchived in the
// .cpp). List queries never read resume_text.
// Search mode (non-empty searchText()): up to SearchLimit hits of CandidateSearch, read at
// once, in rank order; sort() then sorts them in memory, and sort(-1) (or sorting by
// MatchColumn) returns to rank order. MatchColumn shows each hit's snippet (plain text) with
// HighlightsRole ranges; snippets are read only for rows a view asks for, SnippetBlock rows
// at a time, and cached until the search or its rows change.
// Sorting and refresh() are layout changes, not resets: a view's current row and selection
// stay on the same candidates (found in the database when they are not cached: one walk of
// the ordered ids, up to the farthest of them), and the scroll position stays where it was.
// Name sorts by last name, then first name (the index candidates_name); Stage sorts by its
// storage key (applicant, lead, prospect).
// Thread: the thread of the Database it reads (the UI thread); it keeps a reference to that
// Database, which must outlive it. Searching runs on that thread too (tens of ms at 100,000).
// Errors: an invalid search, or a failed refresh() or sort(), emits errorOccurred(message)
// at once and keeps the rows, order and search text shown before. A read that fails while a
// view paints (or while constructing) is reported from the event loop, never from inside
// data(); its rows show empty until refresh(). ToolTipRole is escaped rich text (see
// model_text.h).
class CandidateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TitleColumn,
        CompanyColumn,
        CityColumn,
        StageColumn,
        SourceColumn,
        AddedColumn,
        MatchColumn, // searching: the snippet of the field that matched; empty while browsing
        ColumnCount
    };
    // HighlightsRole (MatchColumn): QList<HighlightRange> into the DisplayRole text.
    enum Role { IdRole = Qt::UserRole + 1, UuidRole, EmailRole, HighlightsRole };

    static constexpr int BlockSize = 200;
    static constexpr int CachedBlocks = 16;
    static constexpr int SearchLimit = 1000;
    static constexpr int SnippetBlock = 50; // snippets are read for this many rows at once

    // The statements behind the first page of a new list (the count, then the first block
    // with LIMIT BlockSize OFFSET 0 bound), for the benchmark's raw-SQLite comparison.
    static QString countStatement();
    static QString firstBlockStatement();

    explicit CandidateListModel(Database &db, QObject *parent = nullptr);
    ~CandidateListModel() override;

    // Empty (or blank): every non-archived candidate; else the search hits in rank order.
    // The last word is searched as a prefix, so search-as-you-type finds while typing.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.isEmpty(); }
    qint64 totalCount() const; // rows the current view has (all candidates, or all hits shown)
    // Searching: how many candidates match, which may exceed the SearchLimit hits shown.
    // Browsing: totalCount().
    qint64 matchCount() const;
    qint64 idAt(int row) const; // 0 when out of range; reads the row's block if needed
    int rowOfId(qint64 id) const; // -1 when not loaded or not present
    // The row of a candidate anywhere in the list: asks the database when its block is not
    // loaded (a count over the rows before it). -1 when archived or not in the list.
    int locate(qint64 id);
    void refresh(); // re-reads after a change, keeping sort and search
    int sortColumn() const { return isSearching() ? m_searchColumn : m_browseColumn; } // -1: rank
    Qt::SortOrder sortOrder() const { return isSearching() ? m_searchOrder : m_browseOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);
    void countChanged(qint64 count);

private:
    struct Row
    {
        qint64 id = 0;
        QString uuid;
        QString firstName;
        QString lastName;
        QString email;
        QString title;
        QString company;
        QString city;
        QString stageKey;
        QString source;
        QString createdText; // as stored: the Added column's sort key
        QDateTime createdAt;
    };
    struct Block
    {
        QList<Row> rows;
        bool failed = false;
    };
    struct Browse
    {
        qint64 total = 0;
    };
    struct Hits
    {
        QList<Row> rows; // rank order
        qint64 matches = 0;
        SearchQuery query;
    };

    static Row readRow(const QSqlQuery &q);
    static QVariantList sortKey(const Row &row, int column);
    Result<qint64> readCount();
    Result<Browse> readBrowse();
    void setBrowse(Browse browse);
    Result<Hits> runSearch(const QString &text);
    Result<QList<Row>> readRowsById(const QList<qint64> &ids) const;
    const Row *rowAt(int row, bool load) const;
    void loadBlock(int block) const;
    void storeBlock(int block, Result<QList<Row>> rows) const;
    int blockRows(int block) const;
    void touch(int block) const;
    void reloadRecentBlocks();
    int locateInDatabase(qint64 id);
    QHash<qint64, int> rowsOfIds(const QList<qint64> &ids);
    void sortHits();
    void reindexHits();
    void enterBrowseMode();
    void relayout(qint64 newTotal, const std::function<void()> &install,
                  QAbstractItemModel::LayoutChangeHint hint);
    QString displayText(const Row &row, int column) const;
    const Snippet *snippetAt(int row) const;
    void clearSnippets();
    QString toolTip(const Row &row, int column) const;
    void reportLater(const QString &message) const;

    Database &m_db; // not owned; outlives the model
    std::unique_ptr<CandidateSearch> m_search; // borrows m_db
    int m_shownRows = 0; // what rowCount() says; differs from the data only inside relayout()

    // Browsing
    qint64 m_total = 0;
    int m_browseColumn = NameColumn;
    Qt::SortOrder m_browseOrder = Qt::AscendingOrder;
    mutable QHash<int, Block> m_blocks; // filled by data(): a cache, not state
    mutable QList<int> m_recent; // block numbers, least recently used first

    // Searching
    QString m_searchText;
    QList<Row> m_hitsByRank;
    QList<Row> m_hits; // as shown
    QHash<qint64, int> m_hitRow;
    qint64 m_matchCount = 0;
    SearchQuery m_query; // what m_searchText parsed to, for snippets
    mutable QHash<qint64, Snippet> m_snippets; // a cache filled by data(); empty: no match shown
    int m_searchColumn = -1;
    Qt::SortOrder m_searchOrder = Qt::AscendingOrder;
};

} // namespace Tandem
