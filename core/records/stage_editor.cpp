#include "stage_editor.h"

#include "audited.h"
#include "pipeline_template_service.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QSet>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("requisition_pipeline");

QVariant nullableDays(const std::optional<int> &days)
{
    return days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int));
}

TemplateStage asTemplateStage(const Stage &s)
{
    return TemplateStage{s.id, s.name, s.kind, s.staleAfterDays};
}

} // namespace

StageEditor::StageEditor(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<Stage> StageEditor::stage(qint64 stageId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + stageColumns + QStringLiteral(" FROM stages WHERE id = ?"), {stageId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Stage %1 does not exist.").arg(stageId),
                    QObject::tr("Someone may have removed it; reopen the pipeline."));
    Stage s = readStage(*q);
    q->finish();
    return s;
}

Result<QList<Stage>> StageEditor::stages(qint64 requisitionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + stageColumns
                           + QStringLiteral(" FROM stages WHERE requisition_id = ? ORDER BY position"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QList<Stage> result;
    while (q->next())
        result.append(readStage(*q));
    return result;
}

Result<QList<StageEditor::StageCount>> StageEditor::stagesWithCounts(qint64 requisitionId)
{
    auto list = stages(requisitionId);
    if (!list)
        return std::unexpected(list.error());
    auto q = m_db.exec(QStringLiteral("SELECT stage_id, count(*), sum(CASE WHEN status = 'active' THEN 1 ELSE 0 END) "
                                      "FROM applications WHERE requisition_id = ? GROUP BY stage_id"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, std::pair<int, int>> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), {q->value(1).toInt(), q->value(2).toInt()});
    QList<StageCount> result;
    for (const Stage &s : std::as_const(*list))
        result.append({s, counts.value(s.id).first, counts.value(s.id).second});
    return result;
}

Result<int> StageEditor::applicationCount(qint64 stageId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = ?"), {stageId});
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QJsonObject> StageEditor::pipelineJson(qint64 requisitionId)
{
    auto list = stages(requisitionId);
    if (!list)
        return std::unexpected(list.error());
    PipelineTemplate shape; // the same JSON form as a template's stages
    for (const Stage &s : std::as_const(*list))
        shape.stages.append(asTemplateStage(s));
    return QJsonObject{{QStringLiteral("stages"), shape.toJson().value(QStringLiteral("stages"))}};
}

Status StageEditor::audit(qint64 requisitionId, const QString &action, const QJsonObject &before, Transaction &tx)
{
    auto uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM requisitions WHERE id = ?"), {requisitionId});
    if (!uuid)
        return std::unexpected(uuid.error());
    auto after = pipelineJson(requisitionId);
    if (!after)
        return std::unexpected(after.error());
    return auditAndCommit(m_db, tx, m_actor, action, entityType, uuid->toString(), before, *after);
}

Status StageEditor::checkRequisitionEditable(qint64 requisitionId)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT title, archived_at FROM requisitions WHERE id = ?"), {requisitionId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("Requisition %1 does not exist.").arg(requisitionId),
                    QObject::tr("Refresh the list."));
    if (!(*row)->isNull(1))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is archived; its pipeline no longer changes.").arg((*row)->value(0).toString()),
                    QObject::tr("Restore the requisition first."));
    return {};
}

Status StageEditor::updateStage(const Stage &edited)
{
    if (auto ok = PipelineTemplateService::validateStages({asTemplateStage(edited)}); !ok)
        return ok;
    auto q = m_db.exec(QStringLiteral("UPDATE stages SET name = ?, kind = ?, stale_after_days = ? WHERE id = ?"),
                       {edited.name.simplified(), toKey(edited.kind), nullableDays(edited.staleAfterDays), edited.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Stage> StageEditor::insertStage(qint64 requisitionId, const TemplateStage &s)
{
    if (auto ok = PipelineTemplateService::validateStages({s}); !ok)
        return std::unexpected(ok.error());
    auto last = m_db.scalar(QStringLiteral("SELECT max(position) FROM stages WHERE requisition_id = ?"), {requisitionId});
    if (!last)
        return std::unexpected(last.error());
    const int position = last->isNull() ? 0 : last->toInt() + 1;
    auto id = m_db.insert(QStringLiteral("INSERT INTO stages (uuid, requisition_id, position, name, kind, stale_after_days) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {newUuid(), requisitionId, position, s.name.simplified(), toKey(s.kind), nullableDays(s.staleAfterDays)});
    if (!id)
        return std::unexpected(id.error());
    return stage(*id);
}

Status StageEditor::writeOrder(const QList<qint64> &orderedIds)
{
    // Two passes: first everyone to a negative position no stage holds, then the real ones,
    // so UNIQUE(requisition_id, position) never sees two stages at one place.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < orderedIds.size(); ++i) {
            const int position = pass == 0 ? -1 - int(i) : int(i);
            auto q = m_db.exec(QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"), {position, orderedIds.at(i)});
            if (!q)
                return std::unexpected(q.error());
        }
    }
    return {};
}

Status StageEditor::moveApplications(const Stage &from, const Stage &to)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, candidate_id FROM applications WHERE stage_id = ?"), {from.id});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, qint64>> moving;
    while (q->next())
        moving.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
    const QString now = nowStorageTime();
    for (const auto &[applicationId, candidateId] : std::as_const(moving)) {
        auto moved = m_db.exec(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ?, updated_at = ?, "
                                              "version = version + 1 WHERE id = ?"),
                               {to.id, now, now, applicationId});
        if (!moved)
            return std::unexpected(moved.error());
        auto history = m_db.exec(QStringLiteral("INSERT INTO stage_history (uuid, application_id, from_stage_id, to_stage_id, "
                                                "moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {newUuid(), applicationId, from.id, to.id, now, nullableId(m_actor.userId)});
        if (!history)
            return std::unexpected(history.error());
        auto activity = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, "
                                                 "body, occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {newUuid(), candidateId, applicationId, toKey(ActivityKind::StageChange),
                                   QObject::tr("Moved from %1 to %2").arg(from.name, to.name),
                                   QObject::tr("The stage %1 was removed from the pipeline.").arg(from.name), now,
                                   nullableId(m_actor.userId), now});
        if (!activity)
            return std::unexpected(activity.error());
    }
    return {};
}

Status StageEditor::deleteStage(const Stage &s)
{
    auto count = applicationCount(s.id);
    if (!count)
        return std::unexpected(count.error());
    if (*count > 0)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The stage \"%1\" still holds %n application(s).", nullptr, *count).arg(s.name),
                    QObject::tr("Move them to another stage first; then the stage can be removed."));
    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM stages WHERE requisition_id = ?"), {s.requisitionId});
    if (!total)
        return std::unexpected(total.error());
    if (total->toInt() <= 1)
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is the pipeline's only stage.").arg(s.name),
                    QObject::tr("Add another stage before removing this one."));
    // History outlives the stage (migration 0003): its entries keep the name, the id goes NULL.
    for (const QString &column : {QStringLiteral("from_stage"), QStringLiteral("to_stage")}) {
        auto named = m_db.exec(QStringLiteral("UPDATE stage_history SET %1_name = ? WHERE %1_id = ?").arg(column), {s.name, s.id});
        if (!named)
            return std::unexpected(named.error());
    }
    auto q = m_db.exec(QStringLiteral("DELETE FROM stages WHERE id = ?"), {s.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Stage> StageEditor::update(const Stage &edited)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto current = stage(edited.id);
    if (!current)
        return current;
    if (auto ok = checkRequisitionEditable(current->requisitionId); !ok)
        return std::unexpected(ok.error());
    auto before = pipelineJson(current->requisitionId);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = updateStage(edited); !ok)
        return std::unexpected(ok.error());
    if (auto ok = audit(current->requisitionId, QStringLiteral("update_stage"), *before, *tx); !ok)
        return std::unexpected(ok.error());
    return stage(edited.id);
}

Result<Stage> StageEditor::add(qint64 requisitionId, const TemplateStage &newStage, int position)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkRequisitionEditable(requisitionId); !ok)
        return std::unexpected(ok.error());
    auto before = pipelineJson(requisitionId);
    if (!before)
        return std::unexpected(before.error());
    auto added = insertStage(requisitionId, newStage);
    if (!added)
        return added;
    auto list = stages(requisitionId);
    if (!list)
        return std::unexpected(list.error());
    QList<qint64> order;
    for (const Stage &s : std::as_const(*list)) {
        if (s.id != added->id)
            order.append(s.id);
    }
    order.insert(position < 0 || position > order.size() ? order.size() : position, added->id);
    if (auto ok = writeOrder(order); !ok)
        return std::unexpected(ok.error());
    if (auto ok = audit(requisitionId, QStringLiteral("add_stage"), *before, *tx); !ok)
        return std::unexpected(ok.error());
    return stage(added->id);
}

Status StageEditor::reorder(qint64 requisitionId, const QList<qint64> &orderedIds)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkRequisitionEditable(requisitionId); !ok)
        return ok;
    auto list = stages(requisitionId);
    if (!list)
        return std::unexpected(list.error());
    QList<qint64> current;
    for (const Stage &s : std::as_const(*list))
        current.append(s.id);
    QList<qint64> sortedWanted = orderedIds;
    QList<qint64> sortedCurrent = current;
    std::sort(sortedWanted.begin(), sortedWanted.end());
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    if (sortedWanted != sortedCurrent)
        return fail(ErrorCode::Conflict, QObject::tr("The pipeline changed while you were reordering it."),
                    QObject::tr("Reopen the pipeline and reorder again."));
    auto before = pipelineJson(requisitionId);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = writeOrder(orderedIds); !ok)
        return ok;
    return audit(requisitionId, QStringLiteral("reorder_stages"), *before, *tx);
}

Status StageEditor::remove(qint64 stageId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto s = stage(stageId);
    if (!s)
        return std::unexpected(s.error());
    if (auto ok = checkRequisitionEditable(s->requisitionId); !ok)
        return ok;
    auto before = pipelineJson(s->requisitionId);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = deleteStage(*s); !ok)
        return ok;
    return audit(s->requisitionId, QStringLiteral("remove_stage"), *before, *tx);
}

Status StageEditor::moveApplicationsAndRemove(qint64 stageId, qint64 targetStageId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto from = stage(stageId);
    if (!from)
        return std::unexpected(from.error());
    auto to = stage(targetStageId);
    if (!to)
        return std::unexpected(to.error());
    if (to->requisitionId != from->requisitionId || to->id == from->id)
        return fail(ErrorCode::Invalid, QObject::tr("Applicants can only move to another stage of the same requisition."),
                    QObject::tr("Choose a different stage of this pipeline."));
    if (auto ok = checkRequisitionEditable(from->requisitionId); !ok)
        return ok;
    auto before = pipelineJson(from->requisitionId);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = moveApplications(*from, *to); !ok)
        return ok;
    if (auto ok = deleteStage(*from); !ok)
        return ok;
    return audit(from->requisitionId, QStringLiteral("remove_stage"), *before, *tx);
}

Status StageEditor::apply(qint64 requisitionId, const QList<TemplateStage> &desired, const QHash<qint64, qint64> &moveTo,
                          const QList<qint64> &basedOn)
{
    if (auto ok = PipelineTemplateService::validateStages(desired); !ok)
        return ok;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkRequisitionEditable(requisitionId); !ok)
        return ok;
    auto before = pipelineJson(requisitionId);
    if (!before)
        return std::unexpected(before.error());
    auto current = stages(requisitionId);
    if (!current)
        return std::unexpected(current.error());
    QHash<qint64, Stage> byId;
    for (const Stage &s : std::as_const(*current))
        byId.insert(s.id, s);
    if (!basedOn.isEmpty()) {
        const QList<qint64> stored = byId.keys();
        if (QSet<qint64>(stored.begin(), stored.end()) != QSet<qint64>(basedOn.begin(), basedOn.end()))
            return fail(ErrorCode::Conflict, QObject::tr("Someone else added or removed a stage of this pipeline meanwhile."),
                        QObject::tr("Nothing was changed. Close the editor and open it again to see their stages."));
    }
    // Kept and new stages first, so moved applicants have somewhere to go.
    QList<qint64> order;
    for (const TemplateStage &wanted : desired) {
        if (wanted.id == 0) {
            auto added = insertStage(requisitionId, wanted);
            if (!added)
                return std::unexpected(added.error());
            order.append(added->id);
            continue;
        }
        if (!byId.contains(wanted.id))
            return fail(ErrorCode::Conflict, QObject::tr("The stage \"%1\" was removed by someone else.").arg(wanted.name),
                        QObject::tr("Reopen the pipeline and edit again."));
        Stage edited = byId.value(wanted.id);
        edited.name = wanted.name;
        edited.kind = wanted.kind;
        edited.staleAfterDays = wanted.staleAfterDays;
        if (auto ok = updateStage(edited); !ok)
            return ok;
        order.append(wanted.id);
    }
    for (const Stage &s : std::as_const(*current)) {
        if (order.contains(s.id))
            continue;
        if (moveTo.contains(s.id)) {
            auto target = stage(moveTo.value(s.id));
            if (!target)
                return std::unexpected(target.error());
            if (target->requisitionId != requisitionId || !order.contains(target->id))
                return fail(ErrorCode::Invalid, QObject::tr("The applicants of \"%1\" cannot move to a removed stage.").arg(s.name),
                            QObject::tr("Choose a stage that stays in the pipeline."));
            if (auto ok = moveApplications(s, *target); !ok)
                return ok;
        }
        if (auto ok = deleteStage(s); !ok)
            return ok;
    }
    if (auto ok = writeOrder(order); !ok)
        return ok;
    return audit(requisitionId, QStringLiteral("edit_pipeline"), *before, *tx);
}

} // namespace Tandem
