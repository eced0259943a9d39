#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// A candidate's path through one requisition's pipeline.
//
// apply() puts a candidate into a requisition (first stage unless told) and makes them an
// applicant; moveTo() changes stage, writing stage history and a timeline activity;
// disposition() ends an application (hired, rejected with a reason, withdrawn) or reopens it
// (ApplicationStatus::Active).
//
// Hiring: a disposition Hired, or a move into the stage of kind "hired", marks the
// application hired and puts it in the Hired column, where the board keeps showing it. When
// the requisition's hired applications reach its headcount, an open requisition becomes
// filled in the same transaction; reopening a hire un-fills it again when it falls short.
// Rejecting or withdrawing hands late-stage applicants to the "Silver medalists" pool
// (see SilverMedalists). Every change is audited in its transaction; stale moves return
// ErrorCode::Conflict. Thread: the connection's.
class ApplicationService
{
public:
    ApplicationService(Database &db, Actor actor);

    Result<Application> apply(qint64 candidateId, qint64 requisitionId, const QString &source, qint64 stageId = 0);
    Result<Application> moveTo(qint64 applicationId, int version, qint64 stageId);
    Result<Application> disposition(qint64 applicationId, int version, ApplicationStatus status, const QString &reason);
    Result<Application> get(qint64 id);
    Result<QList<Application>> forCandidate(qint64 candidateId);
    Result<QList<StageMove>> history(qint64 applicationId);

private:
    Status recordMove(const Application &app, qint64 fromStageId, qint64 toStageId, const QString &fromName,
                      const QString &toName, const QString &now);
    Status enterHiredStage(const Application &app, const QString &now);
    Status fillIfHeadcountReached(qint64 requisitionId);
    Status reopenIfShortOfHeadcount(qint64 requisitionId);
    Status afterDisposition(const Application &before, ApplicationStatus status, const QString &reason, const QString &now);
    Status addActivity(const Application &app, ActivityKind kind, const QString &subject, const QString &body);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
