#include "application_service.h"

#include "audited.h"
#include "requisition_service.h"
#include "row_readers.h"
#include "silver_medalists.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("application");

} // namespace

ApplicationService::ApplicationService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Status ApplicationService::addActivity(const Application &app, ActivityKind kind, const QString &subject, const QString &body)
{
    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                                      "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {newUuid(), app.candidateId, app.id, toKey(kind), subject, body, now, nullableId(m_actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Application> ApplicationService::apply(qint64 candidateId, qint64 requisitionId, const QString &source, qint64 stageId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto names = m_db.selectOne(QStringLiteral("SELECT c.first_name || ' ' || c.last_name, r.title, r.status, c.archived_at "
                                               "FROM candidates c, requisitions r WHERE c.id = ? AND r.id = ?"),
                                {candidateId, requisitionId});
    if (!names)
        return std::unexpected(names.error());
    if (!*names)
        return fail(ErrorCode::NotFound, QObject::tr("The candidate or the requisition does not exist."),
                    QObject::tr("Refresh the lists and try again."));
    const QString person = (*names)->value(0).toString().trimmed();
    const QString title = (*names)->value(1).toString();
    if (!(*names)->isNull(3))
        return fail(ErrorCode::Invalid, QObject::tr("%1 is archived.").arg(person), QObject::tr("Restore the candidate first."));
    const QString status = (*names)->value(2).toString();
    if (status == QLatin1String("filled") || status == QLatin1String("closed"))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is %2 and takes no new applicants.").arg(title, status),
                    QObject::tr("Reopen the requisition first."));

    auto stage = m_db.scalar(stageId > 0 ? QStringLiteral("SELECT id FROM stages WHERE requisition_id = ? AND id = ?")
                                         : QStringLiteral("SELECT id FROM stages WHERE requisition_id = ? ORDER BY position LIMIT 1"),
                             stageId > 0 ? QVariantList{requisitionId, stageId} : QVariantList{requisitionId});
    if (!stage)
        return std::unexpected(stage.error());
    if (!stage->isValid())
        return fail(ErrorCode::Invalid, QObject::tr("That stage is not part of \"%1\".").arg(title),
                    QObject::tr("Choose a stage of this requisition's pipeline."));
    const qint64 firstStage = stage->toLongLong();

    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM applications WHERE candidate_id = ? AND requisition_id = ?"),
                                {candidateId, requisitionId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid())
        return fail(ErrorCode::Invalid, QObject::tr("%1 is already in the pipeline of \"%2\".").arg(person, title),
                    QObject::tr("Open the existing application instead."));

    const QString now = nowStorageTime();
    auto inserted = m_db.insert(QStringLiteral("INSERT INTO applications (uuid, candidate_id, requisition_id, stage_id, source, status, "
                                      "applied_at, stage_entered_at, created_at, updated_at, version) "
                                      "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)"),
                       {newUuid(), candidateId, requisitionId, firstStage, source.trimmed(), now, now, now, now});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = *inserted;
    auto history = m_db.exec(QStringLiteral("INSERT INTO stage_history (uuid, application_id, from_stage_id, to_stage_id, "
                                            "moved_at, moved_by) VALUES (?, ?, NULL, ?, ?, ?)"),
                             {newUuid(), id, firstStage, now, nullableId(m_actor.userId)});
    if (!history)
        return std::unexpected(history.error());
    auto promoted = m_db.exec(QStringLiteral("UPDATE candidates SET stage = 'applicant', updated_at = ?, version = version + 1 "
                                             "WHERE id = ? AND stage <> 'applicant'"),
                              {now, candidateId});
    if (!promoted)
        return std::unexpected(promoted.error());
    auto app = get(id);
    if (!app)
        return app;
    if (auto ok = addActivity(*app, ActivityKind::Application, QObject::tr("Applied to %1").arg(title), source); !ok)
        return std::unexpected(ok.error());
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("create"), entityType, app->uuid, {}, app->toJson()); !ok)
        return std::unexpected(ok.error());
    return app;
}

Status ApplicationService::recordMove(const Application &app, qint64 fromStageId, qint64 toStageId, const QString &fromName,
                                      const QString &toName, const QString &now)
{
    auto history = m_db.exec(QStringLiteral("INSERT INTO stage_history (uuid, application_id, from_stage_id, to_stage_id, "
                                            "moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?)"),
                             {newUuid(), app.id, fromStageId, toStageId, now, nullableId(m_actor.userId)});
    if (!history)
        return std::unexpected(history.error());
    return addActivity(app, ActivityKind::StageChange, QObject::tr("Moved from %1 to %2").arg(fromName, toName), {});
}

Result<Application> ApplicationService::moveTo(qint64 applicationId, int version, qint64 stageId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(applicationId);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else moved or changed this application first."),
                    QObject::tr("The board was refreshed; check where the card is now and move it again if needed."));
    if (before->status != ApplicationStatus::Active)
        return fail(ErrorCode::Invalid, QObject::tr("This application is %1 and no longer moves.").arg(label(before->status).toLower()),
                    QObject::tr("Reopen it first."));
    auto target = m_db.selectOne(QStringLiteral("SELECT name, kind FROM stages WHERE id = ? AND requisition_id = ?"),
                                 {stageId, before->requisitionId});
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(ErrorCode::Invalid, QObject::tr("That stage belongs to another requisition."),
                    QObject::tr("Move the card within its own pipeline."));
    if (stageId == before->stageId)
        return before;
    auto fromName = m_db.scalar(QStringLiteral("SELECT name FROM stages WHERE id = ?"), {before->stageId});
    if (!fromName)
        return std::unexpected(fromName.error());

    // Entering the stage of kind "hired" is the hire: the card stays in that column, hired.
    const bool hires = (*target)->value(1).toString() == toKey(StageKind::Hired);
    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ?, updated_at = ?, status = ?, "
                                      "disposed_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {stageId, now, now, toKey(hires ? ApplicationStatus::Hired : ApplicationStatus::Active),
                        hires ? QVariant(now) : QVariant(), applicationId, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else moved this application first."),
                    QObject::tr("Refresh and move it again if needed."));
    auto after = get(applicationId);
    if (!after)
        return after;
    if (auto ok = recordMove(*after, before->stageId, stageId, fromName->toString(), (*target)->value(0).toString(), now); !ok)
        return std::unexpected(ok.error());
    if (hires) {
        if (auto ok = addActivity(*after, ActivityKind::Disposition, label(ApplicationStatus::Hired), {}); !ok)
            return std::unexpected(ok.error());
        if (auto ok = fillIfHeadcountReached(after->requisitionId); !ok)
            return std::unexpected(ok.error());
    }
    return commitChange(m_db, *tx, m_actor, QStringLiteral("move"), entityType, before->toJson(), Result<Application>(*after));
}

Status ApplicationService::fillIfHeadcountReached(qint64 requisitionId)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT r.headcount, r.status, r.version, (SELECT count(*) FROM applications a "
                                             "WHERE a.requisition_id = r.id AND a.status = 'hired') FROM requisitions r WHERE r.id = ?"),
                              {requisitionId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {};
    const int headcount = (*row)->value(0).toInt();
    const QString status = (*row)->value(1).toString();
    const int hired = (*row)->value(3).toInt();
    // Only an open requisition fills itself; a draft or one on hold keeps its state (the
    // workflow allows filled only from open) and the recruiter decides.
    if (hired < headcount || status != toKey(RequisitionStatus::Open))
        return {};
    auto filled = RequisitionService(m_db, m_actor).setStatus(requisitionId, (*row)->value(2).toInt(), RequisitionStatus::Filled);
    if (!filled)
        return std::unexpected(filled.error());
    return {};
}

Status ApplicationService::reopenIfShortOfHeadcount(qint64 requisitionId)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT r.headcount, r.status, r.version, (SELECT count(*) FROM applications a "
                                             "WHERE a.requisition_id = r.id AND a.status = 'hired') FROM requisitions r WHERE r.id = ?"),
                              {requisitionId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row || (*row)->value(1).toString() != toKey(RequisitionStatus::Filled) || (*row)->value(3).toInt() >= (*row)->value(0).toInt())
        return {};
    auto reopened = RequisitionService(m_db, m_actor).setStatus(requisitionId, (*row)->value(2).toInt(), RequisitionStatus::Open);
    if (!reopened)
        return std::unexpected(reopened.error());
    return {};
}

// A hire moves the card into the pipeline's Hired stage (when it has one), so the board shows
// every hire in one column whether it came from a drag or an accepted offer.
Status ApplicationService::enterHiredStage(const Application &app, const QString &now)
{
    auto hired = m_db.selectOne(QStringLiteral("SELECT id, name FROM stages WHERE requisition_id = ? AND kind = 'hired' "
                                               "ORDER BY position LIMIT 1"),
                                {app.requisitionId});
    if (!hired)
        return std::unexpected(hired.error());
    if (!*hired || (*hired)->value(0).toLongLong() == app.stageId)
        return {};
    const qint64 hiredStage = (*hired)->value(0).toLongLong();
    auto fromName = m_db.scalar(QStringLiteral("SELECT name FROM stages WHERE id = ?"), {app.stageId});
    if (!fromName)
        return std::unexpected(fromName.error());
    auto q = m_db.exec(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ? WHERE id = ?"),
                       {hiredStage, now, app.id});
    if (!q)
        return std::unexpected(q.error());
    return recordMove(app, app.stageId, hiredStage, fromName->toString(), (*hired)->value(1).toString(), now);
}

Result<Application> ApplicationService::disposition(qint64 applicationId, int version, ApplicationStatus status,
                                                    const QString &reason)
{
    if (status == ApplicationStatus::Rejected && reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A rejection needs a reason."),
                    QObject::tr("Choose or type why the candidate is not moving forward."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(applicationId);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this application first."),
                    QObject::tr("Refresh and try again."));
    if (before->status == status)
        return fail(ErrorCode::Invalid, QObject::tr("This application is already %1.").arg(label(status).toLower()),
                    QObject::tr("Refresh to see its current state."));
    const QString now = nowStorageTime();
    const bool reopening = status == ApplicationStatus::Active;
    auto q = m_db.exec(QStringLiteral("UPDATE applications SET status = ?, disposition_reason = ?, disposed_at = ?, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {toKey(status), reopening ? QString() : reason.trimmed(),
                        reopening ? QVariant() : QVariant(now), now, applicationId, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed this application first."),
                    QObject::tr("Refresh and try again."));
    if (auto ok = afterDisposition(*before, status, reason, now); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("disposition"), entityType, before->toJson(), get(applicationId));
}

// What follows a disposition inside its transaction: the timeline entry, the hire's stage and
// headcount, a reopened requisition when a hire is undone, the silver-medalist hand-off.
Status ApplicationService::afterDisposition(const Application &before, ApplicationStatus status, const QString &reason,
                                            const QString &now)
{
    auto after = get(before.id);
    if (!after)
        return std::unexpected(after.error());
    const QString subject = status == ApplicationStatus::Active ? QObject::tr("Reopened") : label(status);
    if (auto ok = addActivity(*after, ActivityKind::Disposition, subject, reason.trimmed()); !ok)
        return ok;
    if (status == ApplicationStatus::Hired) {
        if (auto ok = enterHiredStage(*after, now); !ok)
            return ok;
        return fillIfHeadcountReached(after->requisitionId);
    }
    if (before.status == ApplicationStatus::Hired)
        if (auto ok = reopenIfShortOfHeadcount(after->requisitionId); !ok)
            return ok;
    if (status == ApplicationStatus::Rejected || status == ApplicationStatus::Withdrawn) {
        auto handed = SilverMedalists(m_db, m_actor).handOff(*after);
        if (!handed)
            return std::unexpected(handed.error());
    }
    return {};
}

Result<Application> ApplicationService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + applicationColumns + QStringLiteral(" FROM applications WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Application %1 does not exist.").arg(id), QObject::tr("Refresh the board."));
    Application a = readApplication(*q);
    q->finish();
    return a;
}

Result<QList<Application>> ApplicationService::forCandidate(qint64 candidateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + applicationColumns
                           + QStringLiteral(" FROM applications WHERE candidate_id = ? ORDER BY applied_at DESC"),
                       {candidateId});
    if (!q)
        return std::unexpected(q.error());
    QList<Application> result;
    while (q->next())
        result.append(readApplication(*q));
    return result;
}

Result<QList<StageMove>> ApplicationService::history(qint64 applicationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, application_id, from_stage_id, to_stage_id, moved_at, moved_by, "
                                      "from_stage_name, to_stage_name "
                                      "FROM stage_history WHERE application_id = ? ORDER BY moved_at, id"),
                       {applicationId});
    if (!q)
        return std::unexpected(q.error());
    QList<StageMove> result;
    while (q->next()) {
        StageMove m;
        m.id = q->value(0).toLongLong();
        m.applicationId = q->value(1).toLongLong();
        m.fromStageId = q->value(2).toLongLong();
        m.toStageId = q->value(3).toLongLong();
        m.movedAt = fromStorageTime(q->value(4).toString());
        m.movedBy = q->value(5).toLongLong();
        m.fromStageName = q->value(6).toString();
        m.toStageName = q->value(7).toString();
        result.append(m);
    }
    return result;
}

} // namespace Tandem
