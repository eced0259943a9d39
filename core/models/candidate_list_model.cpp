#include "candidate_list_model.h"

#include "model_text.h"

#include <core/common/ids.h>
#include <core/domain/enums.h>
#include <core/search/candidate_search.h>
#include <core/storage/database.h>

#include <QMetaObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>

namespace Tandem {

using Internal::compareText;

namespace {

// Everything the list shows, and nothing more: resume_text is long and lives last in the row.
const QString listColumns = QStringLiteral("id, uuid, first_name, last_name, email, current_title, "
                                           "current_company, city, stage, source, created_at");

// Archived candidates are left out through the small partial index candidates_archived
// (only archived rows are in it). candidates is the widest table (resumes live in it), so
// "archived_at IS NULL" would read a table row for every row counted or skipped: at 100,000
// candidates with 2% archived, counting takes 3 ms this way instead of 220 ms, and OFFSET
// 50,000 36 ms instead of 217 ms.
const QString archivedIds = QStringLiteral("SELECT id FROM candidates WHERE archived_at IS NOT NULL");
const QString notArchived = QStringLiteral("id NOT IN (") + archivedIds + QLatin1Char(')');

// The SQL sort key of each column, from a fixed list (never from input). Each text key
// carries the collation of its index (candidates_name, _title, _company, _city, _stage,
// _source, _created), so ORDER BY walks the index instead of sorting.
QStringList sortExpressions(int column)
{
    switch (column) {
    case CandidateListModel::TitleColumn:
        return {QStringLiteral("current_title COLLATE NOCASE")};
    case CandidateListModel::CompanyColumn:
        return {QStringLiteral("current_company COLLATE NOCASE")};
    case CandidateListModel::CityColumn:
        return {QStringLiteral("city COLLATE NOCASE")};
    case CandidateListModel::StageColumn:
        return {QStringLiteral("stage")};
    case CandidateListModel::SourceColumn:
        return {QStringLiteral("source COLLATE NOCASE")};
    case CandidateListModel::AddedColumn:
        return {QStringLiteral("created_at")};
    default:
        return {QStringLiteral("last_name COLLATE NOCASE"), QStringLiteral("first_name COLLATE NOCASE")};
    }
}

QString orderBy(int column, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &key : sortExpressions(column))
        terms << key + direction;
    terms << QStringLiteral("id") + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

// "(k1, k2, id) > (?, ?, ?)" places a row exactly after the anchor in sort order; the extra
// bound on the first key alone is what lets SQLite seek in the index (it does not use a
// row-value comparison with collations for that).
QString keysetCondition(const QStringList &keys, bool after)
{
    return QStringLiteral(" AND %1 %2 ? AND (%3, id) %4 (%5)")
        .arg(keys.first(), after ? QStringLiteral(">=") : QStringLiteral("<="),
             keys.join(QStringLiteral(", ")), after ? QStringLiteral(">") : QStringLiteral("<"),
             placeholders(keys.size() + 1));
}

QString blockSql(int column, bool ascending, bool anchored)
{
    QString sql
        = QStringLiteral("SELECT ") + listColumns + QStringLiteral(" FROM candidates WHERE ") + notArchived;
    if (anchored)
        sql += keysetCondition(sortExpressions(column), ascending);
    return sql + orderBy(column, ascending) + QStringLiteral(" LIMIT ? OFFSET ?");
}

int clampRows(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

QString displayName(const QString &firstName, const QString &lastName, const QString &email)
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

QString stageLabel(const QString &key)
{
    const auto stage = fromKey<CandidateStage>(key);
    return stage ? label(*stage) : key;
}

constexpr int idsPerLookup = 100;

} // namespace

CandidateListModel::CandidateListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_search(std::make_unique<CandidateSearch>(db))
{
    if (auto browse = readBrowse()) {
        setBrowse(std::move(*browse));
        m_shownRows = clampRows(m_total);
    } else {
        reportLater(browse.error().text());
    }
}

CandidateListModel::~CandidateListModel() = default;

CandidateListModel::Row CandidateListModel::readRow(const QSqlQuery &q)
{
    Row row;
    row.id = q.value(0).toLongLong();
    row.uuid = q.value(1).toString();
    row.firstName = q.value(2).toString();
    row.lastName = q.value(3).toString();
    row.email = q.value(4).toString();
    row.title = q.value(5).toString();
    row.company = q.value(6).toString();
    row.city = q.value(7).toString();
    row.stageKey = q.value(8).toString();
    row.source = q.value(9).toString();
    row.createdText = q.value(10).toString();
    row.createdAt = fromStorageTime(row.createdText);
    return row;
}

// The values of sortExpressions(column) for one row.
QVariantList CandidateListModel::sortKey(const Row &row, int column)
{
    switch (column) {
    case TitleColumn:
        return {row.title};
    case CompanyColumn:
        return {row.company};
    case CityColumn:
        return {row.city};
    case StageColumn:
        return {row.stageKey};
    case SourceColumn:
        return {row.source};
    case AddedColumn:
        return {row.createdText};
    default:
        return {row.lastName, row.firstName};
    }
}

QString CandidateListModel::countStatement()
{
    // count(*) over all candidates walks the smallest index; the archived ones come from theirs.
    return QStringLiteral("SELECT (SELECT count(*) FROM candidates) - (SELECT count(*) FROM (") + archivedIds
        + QStringLiteral(") AS archived)"); // PostgreSQL wants every FROM subquery named
}

QString CandidateListModel::firstBlockStatement()
{
    return blockSql(NameColumn, true, false);
}

Result<qint64> CandidateListModel::readCount()
{
    auto count = m_db.scalar(countStatement());
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<CandidateListModel::Browse> CandidateListModel::readBrowse()
{
    // Every sort column has an index, so a browse needs only the total; blocks are read by
    // walking the index from the nearest known place.
    Browse browse;
    auto count = readCount();
    if (!count)
        return std::unexpected(count.error());
    browse.total = *count;
    return browse;
}

void CandidateListModel::setBrowse(Browse browse)
{
    m_total = browse.total;
}

void CandidateListModel::reportLater(const QString &message) const
{
    // Queued: the failure may happen inside data() while a view paints, or in the constructor
    // before anyone could connect. The model is not changed by emitting.
    auto *self = const_cast<CandidateListModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

// --- Browsing: blocks ----------------------------------------------------------------------

int CandidateListModel::blockRows(int block) const
{
    return int(std::clamp<qint64>(m_total - qint64(block) * BlockSize, 0, BlockSize));
}

void CandidateListModel::touch(int block) const
{
    if (!m_recent.isEmpty() && m_recent.last() == block)
        return;
    m_recent.removeOne(block);
    m_recent.append(block);
}

void CandidateListModel::loadBlock(int block) const
{
    const qint64 first = qint64(block) * BlockSize;
    const int count = blockRows(block);
    const qint64 end = first + count;
    // Where to read from: the top, the bottom, or the nearest complete cached block, whichever
    // leaves the fewest rows for OFFSET to step over.
    int anchor = -1;
    bool forward = true;
    qint64 offset = first;
    if (m_total - end < offset) {
        forward = false;
        offset = m_total - end;
    }
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        const int other = it.key();
        if (it->failed || it->rows.size() != blockRows(other) || it->rows.isEmpty())
            continue;
        const qint64 gap
            = other < block ? first - (qint64(other) + 1) * BlockSize : qint64(other) * BlockSize - end;
        if (gap < offset) {
            anchor = other;
            forward = other < block;
            offset = gap;
        }
    }

    // Reading backwards is reading forwards in the opposite order, then reversing.
    const bool ascending = (m_browseOrder == Qt::AscendingOrder) == forward;
    QVariantList values;
    if (anchor >= 0) {
        const QList<Row> &rows = m_blocks.constFind(anchor)->rows;
        const Row &from = forward ? rows.last() : rows.first();
        const QVariantList key = sortKey(from, m_browseColumn);
        values << key.first() << key << from.id;
    }
    values << count << offset;

    auto q = m_db.exec(blockSql(m_browseColumn, ascending, anchor >= 0), values);
    if (!q) {
        storeBlock(block, std::unexpected(q.error()));
        return;
    }
    QList<Row> rows;
    rows.reserve(count);
    while (q->next())
        rows.append(readRow(*q));
    q->finish();
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    storeBlock(block, std::move(rows));
}

void CandidateListModel::storeBlock(int block, Result<QList<Row>> rows) const
{
    Block loaded;
    if (rows) {
        loaded.rows = std::move(*rows);
    } else {
        loaded.failed = true; // shown empty, not read again on every paint; refresh() tries again
        reportLater(rows.error().text());
    }
    m_blocks.insert(block, std::move(loaded));
    touch(block);
    while (m_recent.size() > CachedBlocks)
        m_blocks.remove(m_recent.takeFirst());
}

const CandidateListModel::Row *CandidateListModel::rowAt(int row, bool load) const
{
    if (row < 0 || row >= m_shownRows)
        return nullptr;
    if (isSearching())
        return row < m_hits.size() ? &m_hits.at(row) : nullptr;
    if (row >= m_total)
        return nullptr;
    const int block = row / BlockSize;
    auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend()) {
        if (!load)
            return nullptr;
        loadBlock(block);
        it = m_blocks.constFind(block);
    } else {
        touch(block);
    }
    const int inBlock = row - block * BlockSize;
    return inBlock < it->rows.size() ? &it->rows.at(inBlock) : nullptr;
}

// The blocks a view was showing, read again in the current order, so that the rows on screen
// (and the selection in them) are found without asking the database row by row.
void CandidateListModel::reloadRecentBlocks()
{
    const QList<int> recent = m_recent.mid(std::max<qsizetype>(0, m_recent.size() - 3));
    m_blocks.clear();
    m_recent.clear();
    for (int block : recent) {
        if (qint64(block) * BlockSize < m_total)
            loadBlock(block);
    }
}

int CandidateListModel::locateInDatabase(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + listColumns
                           + QStringLiteral(" FROM candidates WHERE id = ? AND archived_at IS NULL"),
                       {id});
    if (!q) {
        reportLater(q.error().text());
        return -1;
    }
    std::optional<Row> row;
    if (q->next())
        row = readRow(*q);
    q->finish();
    if (!row)
        return -1;
    // Its row number is the number of rows before it in the current order: a count over the
    // index up to it, so this costs in proportion to that number.
    const bool ascending = m_browseOrder == Qt::AscendingOrder;
    const QVariantList key = sortKey(*row, m_browseColumn);
    auto before = m_db.scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE ") + notArchived
                                  + keysetCondition(sortExpressions(m_browseColumn), !ascending),
                              QVariantList {key.first()} + key + QVariantList {id});
    if (!before) {
        reportLater(before.error().text());
        return -1;
    }
    const qint64 position = before->toLongLong();
    return position < m_total ? int(position) : -1;
}

// Where each of these candidates is now: from the cache, else from the database. A few are
// counted one by one; more are found in one walk of the ordered ids, which stops at the last
// one it looks for.
QHash<qint64, int> CandidateListModel::rowsOfIds(const QList<qint64> &ids)
{
    QHash<qint64, int> rows;
    QSet<qint64> missing;
    for (qint64 id : ids) {
        if (id <= 0 || rows.contains(id) || missing.contains(id))
            continue;
        const int row = rowOfId(id);
        if (row >= 0)
            rows.insert(id, row);
        else if (!isSearching())
            missing.insert(id);
    }
    if (missing.size() <= 2) {
        for (qint64 id : std::as_const(missing))
            rows.insert(id, locateInDatabase(id));
        return rows;
    }
    auto q = m_db.exec(QStringLiteral("SELECT id FROM candidates WHERE ") + notArchived
                       + orderBy(m_browseColumn, m_browseOrder == Qt::AscendingOrder));
    if (!q) {
        reportLater(q.error().text());
        return rows;
    }
    for (int row = 0; !missing.isEmpty() && q->next(); ++row) {
        const qint64 id = q->value(0).toLongLong();
        if (missing.remove(id))
            rows.insert(id, row);
    }
    q->finish();
    return rows;
}

// --- Searching -----------------------------------------------------------------------------

Result<CandidateListModel::Hits> CandidateListModel::runSearch(const QString &text)
{
    SearchParseOptions parseOptions;
    // What is still being typed (a last word, an open quote or parenthesis, a trailing
    // operator) is read as the user is about to finish it, not reported as a mistake.
    parseOptions.asYouType = true;
    auto query = SearchQuery::parse(text, parseOptions);
    if (!query)
        return std::unexpected(query.error());
    SearchOptions options;
    options.limit = SearchLimit;
    auto hits = m_search->search(*query, options);
    if (!hits)
        return std::unexpected(hits.error());
    QList<qint64> ids;
    ids.reserve(hits->size());
    for (const CandidateHit &hit : std::as_const(*hits))
        ids.append(hit.id);
    auto rows = readRowsById(ids);
    if (!rows)
        return std::unexpected(rows.error());
    Hits result;
    result.query = *query;
    result.rows = std::move(*rows);
    result.matches = result.rows.size();
    if (hits->size() >= SearchLimit) { // there may be more than were shown
        if (auto matches = m_search->count(*query))
            result.matches = std::max(*matches, result.matches);
    }
    return result;
}

// The hits carry only what a result page needs; the list shows more columns.
Result<QList<CandidateListModel::Row>> CandidateListModel::readRowsById(const QList<qint64> &ids) const
{
    // A fixed number of placeholders keeps this one cached statement; id 0 never exists.
    static const QString sql = QStringLiteral("SELECT ") + listColumns
        + QStringLiteral(" FROM candidates WHERE archived_at IS NULL AND id IN (")
        + placeholders(idsPerLookup) + QLatin1Char(')');
    QHash<qint64, Row> byId;
    byId.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += idsPerLookup) {
        QVariantList values;
        for (qsizetype i = start; i < start + idsPerLookup; ++i)
            values << (i < ids.size() ? ids.at(i) : qint64(0));
        auto q = m_db.exec(sql, values);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            Row row = readRow(*q);
            byId.insert(row.id, std::move(row));
        }
        q->finish();
    }
    QList<Row> rows;
    rows.reserve(byId.size());
    for (qint64 id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            rows.append(*it);
    }
    return rows;
}

void CandidateListModel::sortHits()
{
    m_hits = m_hitsByRank;
    if (m_searchColumn < 0)
        return;
    // The same keys as the SQL order of browsing, so a column sorts alike in both modes.
    auto compare = [column = m_searchColumn](const Row &a, const Row &b) {
        switch (column) {
        case NameColumn: {
            const int byLast = compareText(a.lastName, b.lastName);
            return byLast != 0 ? byLast : compareText(a.firstName, b.firstName);
        }
        case TitleColumn:
            return compareText(a.title, b.title);
        case CompanyColumn:
            return compareText(a.company, b.company);
        case CityColumn:
            return compareText(a.city, b.city);
        case StageColumn:
            return a.stageKey.compare(b.stageKey);
        case SourceColumn:
            return compareText(a.source, b.source);
        default:
            return a.createdText.compare(b.createdText);
        }
    };
    const bool ascending = m_searchOrder == Qt::AscendingOrder;
    std::stable_sort(m_hits.begin(), m_hits.end(), [&](const Row &a, const Row &b) {
        const int c = ascending ? compare(a, b) : compare(b, a);
        if (c != 0)
            return c < 0;
        return ascending ? a.id < b.id : a.id > b.id;
    });
}

void CandidateListModel::reindexHits()
{
    m_hitRow.clear();
    m_hitRow.reserve(m_hits.size());
    for (qsizetype i = 0; i < m_hits.size(); ++i)
        m_hitRow.insert(m_hits.at(i).id, int(i));
}

void CandidateListModel::setSearchText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        if (isSearching())
            enterBrowseMode();
        return;
    }
    if (text == m_searchText)
        return;
    auto hits = runSearch(text);
    if (!hits) {
        emit errorOccurred(hits.error().text()); // the rows and text shown before stay
        return;
    }
    beginResetModel();
    m_searchText = text;
    m_blocks.clear(); // stale by the time the search ends; frees the memory meanwhile
    m_recent.clear();
    m_hitsByRank = std::move(hits->rows);
    m_matchCount = hits->matches;
    m_query = hits->query;
    clearSnippets();
    m_searchColumn = -1; // a new search shows the best hits first
    m_searchOrder = Qt::AscendingOrder;
    sortHits();
    reindexHits();
    m_shownRows = int(m_hits.size());
    endResetModel();
    emit countChanged(totalCount());
}

void CandidateListModel::enterBrowseMode()
{
    auto browse = readBrowse();
    if (!browse) {
        emit errorOccurred(browse.error().text());
        return;
    }
    beginResetModel();
    m_searchText.clear();
    m_hitsByRank.clear();
    m_hits.clear();
    m_hitRow.clear();
    m_matchCount = 0;
    m_query = SearchQuery();
    clearSnippets();
    setBrowse(std::move(*browse));
    m_shownRows = clampRows(m_total);
    endResetModel();
    emit countChanged(totalCount());
}

// --- Both modes ----------------------------------------------------------------------------

qint64 CandidateListModel::totalCount() const
{
    return isSearching() ? m_hits.size() : m_total;
}

qint64 CandidateListModel::matchCount() const
{
    return isSearching() ? m_matchCount : m_total;
}

qint64 CandidateListModel::idAt(int row) const
{
    const Row *r = rowAt(row, true);
    return r ? r->id : 0;
}

int CandidateListModel::rowOfId(qint64 id) const
{
    if (isSearching())
        return m_hitRow.value(id, -1);
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        const QList<Row> &rows = it->rows;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return it.key() * BlockSize + int(i);
        }
    }
    return -1;
}

int CandidateListModel::locate(qint64 id)
{
    const int row = rowOfId(id);
    if (row >= 0 || isSearching() || id <= 0)
        return row;
    return locateInDatabase(id);
}

void CandidateListModel::refresh()
{
    if (isSearching()) {
        auto hits = runSearch(m_searchText);
        if (!hits) {
            emit errorOccurred(hits.error().text());
            return;
        }
        const qint64 before = totalCount();
        relayout(
            hits->rows.size(),
            [&] {
                m_hitsByRank = std::move(hits->rows);
                m_matchCount = hits->matches;
                m_query = hits->query;
                clearSnippets();
                sortHits();
                reindexHits();
            },
            QAbstractItemModel::NoLayoutChangeHint);
        if (totalCount() != before)
            emit countChanged(totalCount());
        return;
    }
    auto browse = readBrowse();
    if (!browse) {
        emit errorOccurred(browse.error().text());
        return;
    }
    const qint64 before = m_total;
    relayout(
        browse->total,
        [&] {
            setBrowse(std::move(*browse));
            reloadRecentBlocks();
        },
        QAbstractItemModel::NoLayoutChangeHint);
    if (m_total != before)
        emit countChanged(m_total);
}

void CandidateListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    if (column == MatchColumn) // snippets have no order of their own: by relevance, or by name
        column = isSearching() ? -1 : int(NameColumn);
    if (isSearching()) {
        m_searchColumn = std::max(-1, column);
        m_searchOrder = order;
        relayout(
            m_hits.size(),
            [this] {
                sortHits();
                reindexHits();
            },
            QAbstractItemModel::VerticalSortHint);
        return;
    }
    const int browseColumn = column < 0 ? int(NameColumn) : column; // unsorted is by name
    if (browseColumn == m_browseColumn && order == m_browseOrder)
        return; // views call sort() again when sorting is switched on
    auto browse = readBrowse();
    if (!browse) {
        emit errorOccurred(browse.error().text()); // the list stays in its previous order
        return;
    }
    relayout(
        browse->total,
        [&] {
            m_browseColumn = browseColumn;
            m_browseOrder = order;
            setBrowse(std::move(*browse));
            reloadRecentBlocks();
        },
        QAbstractItemModel::VerticalSortHint);
}

// Puts new contents in place under a layout change, so that persistent indexes (a view's
// current row and selection) follow their candidate and the view keeps its scroll position.
// A change in the number of rows is announced apart from the layout change, as rows
// inserted or removed at the end: during install() the rows beyond the data read as empty.
void CandidateListModel::relayout(qint64 newTotal, const std::function<void()> &install,
                                  QAbstractItemModel::LayoutChangeHint hint)
{
    const int newRows = clampRows(newTotal);
    if (newRows > m_shownRows) {
        beginInsertRows({}, m_shownRows, newRows - 1);
        m_shownRows = newRows;
        endInsertRows();
    }
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before) {
        const Row *row = rowAt(index.row(), false); // only what is cached: no reads mid-change
        ids.append(row ? row->id : 0);
    }
    install();
    const QHash<qint64, int> rowOf = rowsOfIds(ids);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = ids.at(i) > 0 ? rowOf.value(ids.at(i), -1) : -1;
        after.append(row >= 0 && row < newRows ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
    if (newRows < m_shownRows) {
        beginRemoveRows({}, newRows, m_shownRows - 1);
        m_shownRows = newRows;
        endRemoveRows();
    }
}

// --- QAbstractItemModel --------------------------------------------------------------------

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != UuidRole
        && role != EmailRole && role != HighlightsRole)
        return {}; // before rowAt(): a role nobody shows must not read a block
    const Row *row = rowAt(index.row(), true);
    if (!row)
        return {};
    if (index.column() == MatchColumn && role != IdRole && role != UuidRole && role != EmailRole) {
        const Snippet *snippet = snippetAt(index.row());
        if (!snippet)
            return {};
        if (role == HighlightsRole)
            return QVariant::fromValue(snippet->highlights);
        return role == Qt::ToolTipRole ? QVariant(Internal::plainToolTip(snippet->text)) : QVariant(snippet->text);
    }
    if (role == HighlightsRole)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case IdRole:
        return row->id;
    case UuidRole:
        return row->uuid;
    case EmailRole:
        return row->email;
    default:
        return {};
    }
}

QString CandidateListModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(row.firstName, row.lastName, row.email);
    case TitleColumn:
        return row.title;
    case CompanyColumn:
        return row.company;
    case CityColumn:
        return row.city;
    case StageColumn:
        return stageLabel(row.stageKey);
    case SourceColumn:
        return row.source;
    case AddedColumn:
        return Internal::localDate(row.createdAt);
    default:
        return {};
    }
}

QString CandidateListModel::toolTip(const Row &row, int column) const
{
    QString text;
    if (column == NameColumn) {
        text = displayName(row.firstName, row.lastName, row.email);
        if (!row.email.isEmpty() && row.email != text)
            text += QLatin1Char('\n') + row.email;
    } else if (column == AddedColumn) {
        text = tr("Added %1").arg(Internal::localDateTime(row.createdAt));
    } else {
        text = displayText(row, column); // the whole text of a cell the view may elide
    }
    return Internal::plainToolTip(text);
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case CompanyColumn:
        return tr("Company");
    case CityColumn:
        return tr("City");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case AddedColumn:
        return tr("Added");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

// --- Snippets ------------------------------------------------------------------------------

void CandidateListModel::clearSnippets()
{
    m_snippets.clear();
}

// The snippet of a shown hit, reading those of its SnippetBlock rows when it is not cached.
// nullptr while browsing, for a search of filters alone, or when the hit has no snippet.
const Snippet *CandidateListModel::snippetAt(int row) const
{
    if (!isSearching() || m_query.ftsMatch().isEmpty() || row < 0 || row >= m_hits.size())
        return nullptr;
    const qint64 id = m_hits.at(row).id;
    auto it = m_snippets.constFind(id);
    if (it == m_snippets.cend()) {
        const int first = row - row % SnippetBlock;
        QList<qint64> ids;
        for (int i = first; i < std::min<int>(first + SnippetBlock, int(m_hits.size())); ++i)
            ids << m_hits.at(i).id;
        auto found = m_search->snippets(m_query, ids);
        if (!found)
            reportLater(found.error().text());
        for (const qint64 each : std::as_const(ids)) // misses and failures are remembered as empty
            m_snippets.insert(each, found ? found->value(each) : Snippet());
        it = m_snippets.constFind(id);
    }
    return it->isEmpty() ? nullptr : &*it;
}

} // namespace Tandem
