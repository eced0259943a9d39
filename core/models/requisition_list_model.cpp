#include "requisition_list_model.h"

#include "model_text.h"

#include <core/common/ids.h>
#include <core/domain/records.h>
#include <core/storage/database.h>

#include <QLocale>
#include <QMetaObject>

#include <algorithm>

namespace Tandem {

using Internal::compareText;

namespace {

// The counts come from the applications_requisition index (requisition_id, status, ...),
// one index probe per requisition, so the list stays one cheap query.
const QString selectColumns = QStringLiteral(
    "SELECT r.id, r.title, r.department, r.location, r.status, r.headcount, r.opened_at, r.filled_at, "
    "r.closed_at, r.created_at, COALESCE(u.name, ''), "
    "(SELECT count(*) FROM applications a WHERE a.requisition_id = r.id AND a.status = 'hired'), "
    "(SELECT count(*) FROM applications a WHERE a.requisition_id = r.id AND a.status = 'active') "
    "FROM requisitions r LEFT JOIN users u ON u.id = r.hiring_manager_id "
    "WHERE r.archived_at IS NULL ");
const QString orderBy = QStringLiteral("ORDER BY r.title COLLATE NOCASE, r.id");

QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? QDateTime() : fromStorageTime(q.value(i).toString());
}

int rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

RequisitionListModel::RequisitionListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    if (auto rows = load()) {
        m_rows = std::move(*rows);
        m_shownRows = int(m_rows.size());
        reindex();
    } else {
        // Queued: nobody could have connected yet.
        QMetaObject::invokeMethod(
            this, [this, message = rows.error().text()] { emit errorOccurred(message); },
            Qt::QueuedConnection);
    }
}

Result<QList<RequisitionListModel::Row>> RequisitionListModel::load()
{
    QVariantList values;
    QString sql = selectColumns;
    if (m_statusFilter) {
        sql += QStringLiteral("AND r.status = ? ");
        values << toKey(*m_statusFilter);
    }
    auto q = m_db.exec(sql + orderBy, values);
    if (!q)
        return std::unexpected(q.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Row> rows;
    while (q->next()) {
        Requisition r; // for ageDays(): the rule lives in the domain
        r.status = fromKey<RequisitionStatus>(q->value(4).toString()).value_or(RequisitionStatus::Draft);
        r.openedAt = timeAt(*q, 6);
        r.filledAt = timeAt(*q, 7);
        r.closedAt = timeAt(*q, 8);
        r.createdAt = timeAt(*q, 9);
        Row row;
        row.id = q->value(0).toLongLong();
        row.title = q->value(1).toString();
        row.department = q->value(2).toString();
        row.location = q->value(3).toString();
        row.status = r.status;
        row.headcount = q->value(5).toInt();
        row.manager = q->value(10).toString();
        row.hired = q->value(11).toInt();
        row.active = q->value(12).toInt();
        row.ageDays = r.ageDays(now);
        row.draft = !r.openedAt.isValid();
        row.startedAt = row.draft ? r.createdAt : r.openedAt;
        rows.append(row);
    }
    q->finish();
    sortRows(rows);
    return rows;
}

void RequisitionListModel::setStatusFilter(std::optional<RequisitionStatus> status)
{
    const std::optional<RequisitionStatus> previous = m_statusFilter;
    m_statusFilter = status;
    auto rows = load();
    if (!rows) {
        m_statusFilter = previous; // the rows shown still match the previous filter
        emit errorOccurred(rows.error().text());
        return;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    m_shownRows = int(m_rows.size());
    reindex();
    endResetModel();
}

void RequisitionListModel::refresh()
{
    auto rows = load();
    if (!rows) {
        emit errorOccurred(rows.error().text());
        return;
    }
    replaceRows(std::move(*rows));
}

// Puts new rows in place under a layout change so that persistent indexes (the view's
// selection and current row) follow their requisition. A change in the number of rows is
// announced apart from the layout change, as rows inserted or removed at the end.
void RequisitionListModel::replaceRows(QList<Row> rows)
{
    const int newCount = int(rows.size());
    if (newCount > m_shownRows) {
        beginInsertRows({}, m_shownRows, newCount - 1);
        m_shownRows = newCount; // blank until the layout change below fills them
        endInsertRows();
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(idAt(index.row()));
    m_rows = std::move(rows);
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfId(ids.at(i));
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newCount < m_shownRows) {
        beginRemoveRows({}, newCount, m_shownRows - 1);
        m_shownRows = newCount;
        endRemoveRows();
    }
}

void RequisitionListModel::reindex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, int(i));
}

qint64 RequisitionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() && row < m_shownRows ? m_rows.at(row).id : 0;
}

int RequisitionListModel::rowOfId(qint64 id) const
{
    const int row = m_rowOfId.value(id, -1);
    return row < m_shownRows ? row : -1;
}

int RequisitionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int RequisitionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequisitionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == OpeningsColumn || index.column() == ApplicantsColumn
            || index.column() == AgeColumn)
            return rightAligned();
        return {};
    case IdRole:
        return row.id;
    case StatusKeyRole:
        return toKey(row.status);
    default:
        return {};
    }
}

QVariant RequisitionListModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return row.title;
    case DepartmentColumn:
        return row.department;
    case LocationColumn:
        return row.location;
    case StatusColumn:
        return label(row.status);
    case HiringManagerColumn:
        return row.manager;
    case OpeningsColumn:
        //: Openings still to fill, of the requisition's headcount, e.g. "2 of 3"
        return tr("%1 of %2").arg(locale.toString(row.stillToFill()), locale.toString(row.headcount));
    case ApplicantsColumn:
        return locale.toString(row.active);
    case AgeColumn:
        return locale.toString(row.ageDays);
    default:
        return {};
    }
}

QVariant RequisitionListModel::toolTip(const Row &row, int column) const
{
    QString text;
    switch (column) {
    case OpeningsColumn:
        text = tr("%n hired", nullptr, row.hired) + QLatin1Char('\n')
            + tr("%n still to fill", nullptr, row.stillToFill()) + QLatin1Char('\n')
            + tr("Headcount: %1").arg(QLocale().toString(row.headcount));
        break;
    case ApplicantsColumn:
        text = tr("%n active application(s)", nullptr, row.active);
        break;
    case AgeColumn:
        text = row.draft ? tr("Created %1, not opened yet").arg(Internal::localDate(row.startedAt))
                         : tr("Opened %1").arg(Internal::localDate(row.startedAt));
        break;
    default:
        text = display(row, column).toString();
        break;
    }
    return Internal::plainToolTip(text);
}

QVariant RequisitionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole
        && (section == OpeningsColumn || section == ApplicantsColumn || section == AgeColumn))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DepartmentColumn:
        return tr("Department");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case HiringManagerColumn:
        return tr("Hiring manager");
    case OpeningsColumn:
        return tr("Openings");
    case ApplicantsColumn:
        return tr("Applicants");
    case AgeColumn:
        return tr("Age (days)");
    default:
        return {};
    }
}

void RequisitionListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    QList<Row> rows = m_rows;
    if (column < 0) // back to the query's order
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            const int byTitle = compareText(a.title, b.title);
            return byTitle != 0 ? byTitle < 0 : a.id < b.id;
        });
    else
        sortRows(rows);
    replaceRows(std::move(rows));
}

void RequisitionListModel::sortRows(QList<Row> &rows) const
{
    if (m_sortColumn < 0)
        return;
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b) : lessThan(b, a);
    });
}

bool RequisitionListModel::lessThan(const Row &a, const Row &b) const
{
    int c = 0;
    switch (m_sortColumn) {
    case TitleColumn:
        c = compareText(a.title, b.title);
        break;
    case DepartmentColumn:
        c = compareText(a.department, b.department);
        break;
    case LocationColumn:
        c = compareText(a.location, b.location);
        break;
    // The workflow order (draft, open, on hold, filled, closed), not the translated label's.
    case StatusColumn:
        c = int(a.status) - int(b.status);
        break;
    case HiringManagerColumn:
        c = compareText(a.manager, b.manager);
        break;
    case OpeningsColumn:
        c = a.stillToFill() != b.stillToFill() ? a.stillToFill() - b.stillToFill()
                                               : a.headcount - b.headcount;
        break;
    case ApplicantsColumn:
        c = a.active - b.active;
        break;
    case AgeColumn:
        c = a.ageDays - b.ageDays;
        break;
    default:
        break;
    }
    if (c == 0)
        c = compareText(a.title, b.title);
    return c != 0 ? c < 0 : a.id < b.id;
}

} // namespace Tandem
