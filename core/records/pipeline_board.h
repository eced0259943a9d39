#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>

#include <QList>

namespace Tandem {

class Database;

// One card on a requisition's pipeline board: what a recruiter scans for.
struct BoardCard
{
    qint64 applicationId = 0;
    int version = 0;
    qint64 candidateId = 0;
    QString candidateName;
    QString currentTitle;
    QString source;
    ApplicationStatus status = ApplicationStatus::Active;
    QDateTime stageEnteredAt;
    int daysInStage = 0;
};

struct BoardColumn
{
    Stage stage;
    QList<BoardCard> cards; // longest in stage first
    bool isStale(const BoardCard &card) const
    {
        return stage.staleAfterDays && card.daysInStage > *stage.staleAfterDays;
    }
};

// Which applications a board shows: the board itself shows the active ones; the pipeline's
// list view can show the hired, rejected and withdrawn too, each in the stage it left from.
enum class BoardScope { Active, All };

// Reads a requisition's applications grouped by stage, in one query, for the board and the
// list view of a pipeline. Thread: the connection's. Errors: Result.
class PipelineBoardLoader
{
public:
    explicit PipelineBoardLoader(Database &db);
    Result<QList<BoardColumn>> load(qint64 requisitionId, BoardScope scope = BoardScope::Active,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The statement load() runs (bound values: the requisition id, then 1 for every status or
    // 0 for active only), for the benchmark's raw-SQLite comparison.
    static QString cardsSql();
    // The statement that reads the requisition's stages (one bound value: its id).
    static QString stagesSql();

private:
    Database &m_db;
};

} // namespace Tandem
