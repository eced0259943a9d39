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
// The skills a requisition asks for live in requisition_skills (with importance and order);
// names new to the skills vocabulary are added to it. publish() stamps published_at on an
// open requisition so job postings and the job feed (core/posting) include it.
// Every change is audited in its transaction; stale edits return ErrorCode::Conflict.
// Thread: the connection's.
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
    // Marks an open requisition as published (now); drafts, held, filled and closed ones are
    // refused with a message saying why. unpublish() clears the mark.
    Result<Requisition> publish(qint64 id, int version);
    Result<Requisition> unpublish(qint64 id, int version);
    // Skill names from the vocabulary, for completion: those starting with `prefix`
    // (case-insensitive; all when empty), alphabetical, at most `limit`.
    Result<QStringList> skillVocabulary(const QString &prefix = {}, int limit = 5000);
    // Skills without blanks or repeats (case-insensitive; a must-have wins over the same
    // skill listed as nice-to-have), must-haves first, each group in its order.
    static QList<RequisitionSkill> cleanSkills(const QList<RequisitionSkill> &skills);

    static Status validate(const Requisition &requisition);
    static bool canMove(RequisitionStatus from, RequisitionStatus to);
    static QList<RequisitionStatus> nextStatuses(RequisitionStatus from);

private:
    Status writeSkills(qint64 requisitionId, const QList<RequisitionSkill> &skills);
    Result<QList<RequisitionSkill>> readSkills(qint64 requisitionId);
    Result<Requisition> setPublished(qint64 id, int version, bool published);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
