#pragma once

#include <core/common/error.h>
#include <core/domain/enums.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

namespace Tandem {

class Database;

// The requisitions list: every requisition that is not archived (or only those with one
// status), with its hiring manager, the openings still to fill and the active applicants.
//
// Owns: one in-memory row per requisition. A company has a few thousand at most, so they are
// read in one query (which also counts the applications) and sort() works in memory on
// every column. Openings shows "<still to fill> of <headcount>" ("2 of 3": one of three hired),
// where still to fill = headcount minus hired applications, never below zero; it sorts by
// the openings still to fill, then by headcount.
// Thread: the thread of the Database it reads (the UI thread); it keeps a reference to that
// Database, which must outlive it.
// Errors: a failed read emits errorOccurred(message) and keeps the rows already shown; an
// error while constructing is emitted from the event loop, so a receiver connected right
// after construction hears it. ToolTipRole is escaped rich text (see model_text.h).
class RequisitionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DepartmentColumn,
        LocationColumn,
        StatusColumn,
        HiringManagerColumn,
        OpeningsColumn,
        ApplicantsColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusKeyRole };

    explicit RequisitionListModel(Database &db, QObject *parent = nullptr);

    // nullopt: all non-archived requisitions. Resets the model (a different set of rows).
    void setStatusFilter(std::optional<RequisitionStatus> status);
    std::optional<RequisitionStatus> statusFilter() const { return m_statusFilter; }
    qint64 idAt(int row) const; // 0 when out of range
    int rowOfId(qint64 id) const; // -1 when not shown
    // Re-reads after a change, keeping filter and sort; selections stay on their requisition.
    void refresh();
    int sortColumn() const { return m_sortColumn; } // -1: by title, the order of the query
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString department;
        QString location;
        RequisitionStatus status = RequisitionStatus::Draft;
        QString manager;
        int headcount = 1;
        int hired = 0;
        int active = 0;
        int ageDays = 0;
        QDateTime startedAt; // opened, or created while a draft
        bool draft = true;

        int stillToFill() const { return std::max(0, headcount - hired); }
    };

    Result<QList<Row>> load();
    void sortRows(QList<Row> &rows) const;
    bool lessThan(const Row &a, const Row &b) const;
    void replaceRows(QList<Row> rows);
    void reindex();
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Database &m_db; // not owned; outlives the model
    std::optional<RequisitionStatus> m_statusFilter;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_shownRows = 0; // what rowCount() says; differs from m_rows.size() only inside replaceRows()
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Tandem
