#pragma once

#include <core/records/actor.h>
#include <core/records/pipeline_actions.h>
#include <core/records/pipeline_board.h>

#include <QAbstractItemModel>

namespace Tandem {

class Database;

// A requisition's pipeline board as a two-level model: the top rows are the stages (one per
// column of the board, in pipeline order), each stage's children are its cards (longest in
// stage first) that pass the filter. A view per column shows one stage with setRootIndex().
//
// Owns: the loaded columns (read in three queries by PipelineBoardLoader) and the last board
// action, for undo. It also performs the board's writes (move, reject, withdraw, undo)
// through PipelineActions and re-reads afterwards, so a drop on a view (dropMimeData) is a
// stored move. Thread: the thread of the Database, which must outlive the model.
// Errors: a failed read or write emits actionFailed(message, hint) and keeps what is shown.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        CandidateIdRole,
        VersionRole,
        StageIdRole,
        StageNameRole,
        StageKindRole, // the stage's kind key
        TitleRole,
        SourceRole,
        DaysInStageRole,
        RatingRole,        // double, invalid without scorecards
        NextInterviewRole, // QDateTime (UTC), invalid when none
        TagsRole,          // QStringList
        StaleRole,
        DuplicateRole,
        ConsentMissingRole,
        StatusKeyRole, // application status key (active, hired)
        IsStageRole,   // true on the stage rows
        CardCountRole,  // stage rows: cards shown (after the filter)
        TotalCountRole, // stage rows: cards in the stage
        StaleCountRole, // stage rows: stale cards shown
        StaleAfterRole, // stage rows: the stage's limit in days, invalid when none
        MatchRole,        // int 0-100 against the requisition; invalid when it asks nothing to score
        MatchReasonsRole, // QStringList, the match's reasons
        KnockoutsRole,    // QStringList, screening knockout reasons (empty: none)
    };
    // How each column orders its cards: longest in stage first (the default), or best match
    // first (cards without a score last; ties keep time in stage).
    enum class CardOrder { TimeInStage, Match };

    static const QString mimeType;

    BoardModel(Database &db, Actor actor, QObject *parent = nullptr);

    // 0 clears the board. Reads the requisition; forgets the undo of another requisition.
    void setRequisition(qint64 requisitionId);
    qint64 requisitionId() const { return m_requisitionId; }
    void reload();
    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }
    void setCardOrder(CardOrder order);
    CardOrder cardOrder() const { return m_order; }

    // Every card loaded (filtered or not): for the filter bar's choices and the header counts.
    int totalCards() const;
    int shownCards() const;
    QStringList sources() const;
    QStringList tags() const;
    QList<Stage> stages() const;

    QModelIndex stageIndex(int column) const;
    QModelIndex indexOfCard(qint64 applicationId) const; // invalid when not shown
    const BoardCard *card(const QModelIndex &index) const;
    QList<CardRef> refs(const QList<qint64> &applicationIds) const;

    // The board's actions on cards (application ids); true when stored. Each success
    // re-reads the board, remembers the change for undo and emits changeApplied.
    bool moveCards(const QList<qint64> &applicationIds, qint64 stageId);
    bool dispositionCards(const QList<qint64> &applicationIds, ApplicationStatus status, const QString &reason);
    bool undo();
    bool canUndo() const { return !m_lastChange.isEmpty(); }
    QString undoSummary() const { return m_lastChange.summary; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // The application ids a drag carries (empty when the data is not ours).
    static QList<qint64> idsFromMime(const QMimeData *data);

signals:
    void changeApplied(const QString &summary);
    void actionFailed(const QString &message, const QString &hint);
    void undoAvailableChanged(bool available);

private:
    void load();
    void applyFilter();
    bool finishAction(Result<PipelineChange> change);
    QVariant stageData(int column, int role) const;
    QVariant cardData(const BoardCard &card, const BoardColumn &column, int role) const;
    QString toolTip(const BoardCard &card, const BoardColumn &column) const;

    Database &m_db;
    Actor m_actor;
    qint64 m_requisitionId = 0;
    BoardFilter m_filter;
    CardOrder m_order = CardOrder::TimeInStage;
    QList<BoardColumn> m_columns;
    QList<QList<int>> m_shown; // per column: indexes into its cards that pass the filter
    PipelineChange m_lastChange;
};

} // namespace Tandem
