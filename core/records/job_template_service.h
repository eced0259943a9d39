#pragma once

#include <core/common/error.h>
#include <core/domain/requisition_templates.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Job templates (job_templates): a requisition's fields and skills saved under a name, with
// the pipeline template requisitions made from it start with. saveFrom() takes a stored or
// typed requisition; draftFrom() gives the Requisition a new one starts as (status draft,
// no people), which RequisitionService::create() stores.
// Names are unique without regard to case. Every change is audited in its transaction; a
// stale version returns ErrorCode::Conflict. Thread: the connection's.
class JobTemplateService
{
public:
    JobTemplateService(Database &db, Actor actor);

    // By name (case-insensitive).
    Result<QList<JobTemplate>> list();
    Result<JobTemplate> get(qint64 id);

    Result<JobTemplate> saveFrom(const QString &name, const Requisition &requisition, qint64 pipelineTemplateId = 0);
    Result<JobTemplate> rename(qint64 id, int version, const QString &name);
    Status remove(qint64 id, int version);

    // The new requisition a template starts: its fields and skills, status draft.
    static Requisition draftFrom(const JobTemplate &jobTemplate);

private:
    Status validateName(const QString &name, qint64 exceptId);
    Result<JobTemplate> checkedBefore(qint64 id, int version);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
