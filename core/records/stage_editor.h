#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/domain/requisition_templates.h>
#include <core/records/actor.h>

#include <QHash>
#include <QList>

namespace Tandem {

class Database;
class Transaction;

// Edits one requisition's own pipeline (its rows in `stages`): rename, change kind or stale
// limit, add, reorder, and remove a stage. A stage that still holds applications (active or
// not) is never removed silently: remove() refuses, naming how many are there, and
// moveApplicationsAndRemove() moves them to another stage first — each move recorded in the
// application's stage history and timeline — and removes the stage, in one transaction.
// Positions are UNIQUE per requisition, so reorder() parks the stages at negative positions
// before writing the new order (works the same on SQLite and PostgreSQL).
// Every change is audited as "requisition_pipeline" against the requisition's uuid with the
// stages before and after. Errors: ErrorCode::Invalid with a hint for refused edits,
// NotFound for stages that are gone. Thread: the connection's.
class StageEditor
{
public:
    StageEditor(Database &db, Actor actor);

    struct StageCount
    {
        Stage stage;
        int applications = 0; // every application in it, active or not
        int active = 0;
    };
    Result<QList<StageCount>> stagesWithCounts(qint64 requisitionId);
    Result<int> applicationCount(qint64 stageId);

    // Name, kind and stale limit of `edited` (matched by id).
    Result<Stage> update(const Stage &edited);
    // Adds a stage at `position` (0-based; < 0 or past the end: last).
    Result<Stage> add(qint64 requisitionId, const TemplateStage &stage, int position = -1);
    // `orderedIds` must name every stage of the requisition exactly once.
    Status reorder(qint64 requisitionId, const QList<qint64> &orderedIds);
    Status remove(qint64 stageId);
    Status moveApplicationsAndRemove(qint64 stageId, qint64 targetStageId);

    // Makes the pipeline look like `desired` in one transaction: stages with an id are kept
    // (and renamed etc.), id 0 are added, the rest removed; applications in a removed stage go
    // to moveTo[removedId] (refused when a non-empty stage has no target). `basedOn` names the
    // stage ids the edit started from: when the stored pipeline has others (someone added or
    // removed a stage meanwhile) the edit is refused with ErrorCode::Conflict, so nobody's new
    // stage is removed unseen. Empty `basedOn` skips that check.
    Status apply(qint64 requisitionId, const QList<TemplateStage> &desired, const QHash<qint64, qint64> &moveTo = {},
                 const QList<qint64> &basedOn = {});

private:
    Result<Stage> stage(qint64 stageId);
    Result<QList<Stage>> stages(qint64 requisitionId);
    Status checkRequisitionEditable(qint64 requisitionId);
    Status moveApplications(const Stage &from, const Stage &to);
    Status deleteStage(const Stage &stage);
    Status writeOrder(const QList<qint64> &orderedIds);
    Result<Stage> insertStage(qint64 requisitionId, const TemplateStage &stage);
    Status updateStage(const Stage &edited);
    Status audit(qint64 requisitionId, const QString &action, const QJsonObject &before, Transaction &tx);
    Result<QJsonObject> pipelineJson(qint64 requisitionId);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
