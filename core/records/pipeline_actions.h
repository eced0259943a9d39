#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// A card as the board last saw it: which application, at which version.
struct CardRef
{
    qint64 applicationId = 0;
    int version = 0;
};

// What one board action did, enough to undo it: per application where it was before and the
// version the action left it at (an undo refuses a card changed since).
struct PipelineChange
{
    enum class Kind { None, Move, Disposition, Undo };
    struct Entry
    {
        qint64 applicationId = 0;
        int versionAfter = 0;
        qint64 stageBefore = 0;
        ApplicationStatus statusBefore = ApplicationStatus::Active;
        QString reasonBefore;
    };

    Kind kind = Kind::None;
    ApplicationStatus status = ApplicationStatus::Active; // Disposition: what the cards became
    qint64 stageId = 0;                                   // Move: where the cards went
    QString stageName;
    QList<Entry> entries;

    bool isEmpty() const { return entries.isEmpty(); }
    // "Moved 3 candidates to Screen", "Rejected Ada Lovelace", ... for the status bar.
    QString summary;
};

// The board's actions on many cards at once: move, reject, withdraw, each all or nothing in
// ONE transaction (each application audited, with stage history and a timeline entry through
// ApplicationService), and undo of the last one, recorded as new moves and reopenings (the
// history is never rewritten). Thread: the connection's. Errors: Result; a card someone else
// changed meanwhile is ErrorCode::Conflict and nothing is stored.
class PipelineActions
{
public:
    PipelineActions(Database &db, Actor actor);

    Result<PipelineChange> move(const QList<CardRef> &cards, qint64 stageId);
    // status: Rejected (reason required), Withdrawn or Hired.
    Result<PipelineChange> disposition(const QList<CardRef> &cards, ApplicationStatus status, const QString &reason);
    // Puts every card of `change` back; Conflict when one changed after the change.
    Result<PipelineChange> undo(const PipelineChange &change);

private:
    Result<QString> describe(const QList<CardRef> &cards);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
