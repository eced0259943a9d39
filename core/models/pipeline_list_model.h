#pragma once

#include <core/records/pipeline_board.h>

#include <QAbstractTableModel>

namespace Tandem {

class Database;

// The list view of a requisition's pipeline: one row per application, for people who prefer
// rows to columns. Scope Active shows what the board shows (active and hired); All adds the
// rejected and withdrawn, each in the stage it left from, so they stay findable.
//
// Owns: the rows of one requisition in memory (hundreds at most, read by PipelineBoardLoader)
// and sorts them there on any column. Thread: the Database's, which must outlive the model.
// Errors: a failed read emits errorOccurred(message) and keeps the rows shown.
class PipelineListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CandidateColumn,
        StageColumn,
        DaysInStageColumn,
        RatingColumn,
        MatchColumn,
        NextInterviewColumn,
        SourceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { ApplicationIdRole = Qt::UserRole + 1, CandidateIdRole, VersionRole, StatusKeyRole, StageIdRole };

    explicit PipelineListModel(Database &db, QObject *parent = nullptr);

    void setRequisition(qint64 requisitionId);
    void setScope(BoardScope scope);
    BoardScope scope() const { return m_scope; }
    void setFilter(const BoardFilter &filter);
    void reload();
    qint64 applicationIdAt(int row) const;
    qint64 candidateIdAt(int row) const;
    int rowOfApplication(qint64 applicationId) const;

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
        BoardCard card;
        QString stageName;
        int stagePosition = 0;
    };
    void load();
    void sortRows();
    QVariant display(const Row &row, int column) const;

    Database &m_db;
    qint64 m_requisitionId = 0;
    BoardScope m_scope = BoardScope::Active;
    BoardFilter m_filter;
    QList<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Tandem
