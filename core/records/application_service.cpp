#include "application_service.h"

#include "audited.h"
#include "row_readers.h"

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
    auto target = m_db.selectOne(QStringLiteral("SELECT name FROM stages WHERE id = ? AND requisition_id = ?"),
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

    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ?, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       {stageId, now, now, applicationId, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else moved this application first."),
                    QObject::tr("Refresh and move it again if needed."));
    auto history = m_db.exec(QStringLiteral("INSERT INTO stage_history (uuid, application_id, from_stage_id, to_stage_id, "
                                            "moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?)"),
                             {newUuid(), applicationId, before->stageId, stageId, now, nullableId(m_actor.userId)});
    if (!history)
        return std::unexpected(history.error());
    auto after = get(applicationId);
    if (!after)
        return after;
    const QString toName = (*target)->value(0).toString();
    if (auto ok = addActivity(*after, ActivityKind::StageChange,
                              QObject::tr("Moved from %1 to %2").arg(fromName->toString(), toName), {});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("move"), entityType, after->uuid, before->toJson(),
                                 after->toJson());
        !ok)
        return std::unexpected(ok.error());
    return after;
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
    auto after = get(applicationId);
    if (!after)
        return after;
    if (auto ok = addActivity(*after, ActivityKind::Disposition, label(status), reason.trimmed()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("disposition"), entityType, after->uuid,
                                 before->toJson(), after->toJson());
        !ok)
        return std::unexpected(ok.error());
    return after;
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
    auto q = m_db.exec(QStringLiteral("SELECT id, application_id, from_stage_id, to_stage_id, moved_at, moved_by "
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
        result.append(m);
    }
    return result;
}

} // namespace Tandem
