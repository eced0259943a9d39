#pragma once

#include <core/common/error.h>
#include <core/domain/requisition_templates.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// The pipeline templates requisitions copy their stages from (pipeline_templates and
// pipeline_template_stages). Exactly one template is the default: the one create() of a
// requisition copies when no other is chosen. Changing a template never touches the
// requisitions already copied from it.
// Every change is audited in its transaction; a stale version returns ErrorCode::Conflict,
// bad names or stages ErrorCode::Invalid with a hint. Thread: the connection's.
class PipelineTemplateService
{
public:
    PipelineTemplateService(Database &db, Actor actor);

    // Default first, then by name; each with its stages.
    Result<QList<PipelineTemplate>> list();
    Result<PipelineTemplate> get(qint64 id);
    Result<PipelineTemplate> defaultTemplate();

    Result<PipelineTemplate> create(const QString &name, const QList<TemplateStage> &stages);
    Result<PipelineTemplate> rename(qint64 id, int version, const QString &name);
    // A new template named `name` with the same stages (never the default).
    Result<PipelineTemplate> copy(qint64 id, const QString &name);
    Result<PipelineTemplate> setDefault(qint64 id, int version);
    // Replaces the template's stages with `stages`, in that order.
    Result<PipelineTemplate> setStages(qint64 id, int version, const QList<TemplateStage> &stages);
    // Removes a template; the default cannot be removed (make another the default first).
    Status remove(qint64 id, int version);

    // Names present, on one line, not repeated; stale limits 1..365 days; at least one stage.
    static Status validateStages(const QList<TemplateStage> &stages);

private:
    Status validateName(const QString &name, qint64 exceptId);
    Status writeStages(qint64 id, const QList<TemplateStage> &stages);
    Result<PipelineTemplate> checkedBefore(qint64 id, int version);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
