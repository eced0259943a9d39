#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>

#include <QList>
#include <QStringList>

#include <optional>

namespace Tandem {

class Database;

// One card on a requisition's pipeline board: what a recruiter scans for.
struct BoardCard
{
    qint64 applicationId = 0;
    int version = 0;
    qint64 candidateId = 0;
    qint64 stageId = 0;
    QString candidateName;
    QString currentTitle;
    QString source;
    ApplicationStatus status = ApplicationStatus::Active;
    QString dispositionReason;
    QDateTime stageEnteredAt;
    int daysInStage = 0;
    std::optional<double> rating; // mean of the submitted scorecards' 1-4 ratings; none without one
    QDateTime nextInterviewAt;    // the earliest scheduled interview from now on; invalid when none
    QStringList tags;             // sorted by name
    bool stale = false;           // longer in its stage than the stage's limit
    bool duplicate = false;       // another active candidate has the same email
    bool consentMissing = false;  // no standing consent record
    std::optional<int> match;     // 0-100 against the requisition; none when it asks nothing to score
    QStringList matchReasons;     // MatchResult::reasons, for the tool tip
    QStringList knockouts;        // screening knockout reasons recorded (flag or reject)
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

// Which applications a board shows: the board itself shows the active ones and the hired ones
// (they stay in the Hired column); the pipeline's list view can show the rejected and
// withdrawn too, each in the stage it left from.
enum class BoardScope { Active, All };

// What the board's filter bar asks for; an empty field does not filter.
struct BoardFilter
{
    QString text;          // part of the name or the current title, any case
    QString source;        // exact, any case
    int minimumRating = 0; // 1-4; cards without a rating fail any minimum
    QString tag;           // exact, any case

    bool isEmpty() const { return text.trimmed().isEmpty() && source.isEmpty() && minimumRating <= 0 && tag.isEmpty(); }
    bool matches(const BoardCard &card) const;
};

// Reads a requisition's applications grouped by stage, for the board and the list view of a
// pipeline: one query for the stages, one for the cards (rating, next interview and the flags
// as correlated subqueries over indexed columns), one for the tags, three for the match
// scores (MatchScorer::scoreAll) and one for the screening knockouts; never one per card.
// Thread: the connection's. Errors: Result.
class PipelineBoardLoader
{
public:
    explicit PipelineBoardLoader(Database &db);
    Result<QList<BoardColumn>> load(qint64 requisitionId, BoardScope scope = BoardScope::Active,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The statements load() runs, for the benchmark's raw comparison. cardsSql binds: now
    // (storage time), the requisition id, then 1 for every status or 0 for the board's.
    static QString cardsSql();
    // Binds the requisition id.
    static QString stagesSql();
    // Binds the requisition id.
    static QString tagsSql();

private:
    Database &m_db;
};

} // namespace Tandem
