#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Requisitions and their own copy of a pipeline.
//
// create() copies the stages of a pipeline template (the default one unless told) into the
// requisition, so each requisition's pipeline can change without touching others.
// Status follows draft -> open -> on hold / filled / closed; setStatus() refuses a move
// the workflow does not allow and stamps opened/filled/closed dates.
// Every change is audited in its transaction; stale edits return ErrorCode::Conflict.
class RequisitionService
{
public:
    RequisitionService(Database &db, Actor actor);

    Result<Requisition> create(const Requisition &draft, qint64 pipelineTemplateId = 0);
    Result<Requisition> update(const Requisition &edited);
    Result<Requisition> setStatus(qint64 id, int version, RequisitionStatus status);
    Result<Requisition> archive(qint64 id, int version);
    Result<Requisition> get(qint64 id);
    Result<QList<Stage>> stages(qint64 requisitionId);
    Result<qint64> count(bool includeArchived = false);

    static Status validate(const Requisition &requisition);
    static bool canMove(RequisitionStatus from, RequisitionStatus to);
    static QList<RequisitionStatus> nextStatuses(RequisitionStatus from);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
