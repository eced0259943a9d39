#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Tandem {

class Database;

// Which record's value a merged field takes.
enum class MergeSide { Survivor, Merged };

// One field of the two records, side by side.
struct MergeField
{
    QString column; // candidates column, e.g. "email": the key of FieldChoices
    QString label; // translated
    QString survivorValue; // as shown (plain text)
    QString mergedValue;
    MergeSide suggested = MergeSide::Survivor; // the non-empty value; of two, the newer record's
    bool differs() const { return survivorValue != mergedValue; }
};

// What a merge of `merged` into `survivor` would do.
struct MergePreview
{
    Candidate survivor;
    Candidate merged;
    QList<MergeField> fields;
    // Rows of the merged record that follow the survivor.
    int applications = 0; // moved
    int sharedRequisitions = 0; // both applied: the merged record's application stays behind, withdrawn
    int activities = 0;
    int files = 0;
    int tags = 0;
    int pools = 0;
    int consents = 0;
    int skills = 0;
    int contacts = 0;
    int experience = 0;
    int education = 0;
};

using FieldChoices = QHash<QString, MergeSide>; // column -> side; a missing column keeps the survivor's

// The versions the user saw in the preview; a merge refuses when either record moved on.
struct MergeVersions
{
    int survivor = 0;
    int merged = 0;
};

// One row of the merge journal.
struct MergeRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString survivorName;
    QString mergedName;
    QDateTime mergedAt;
    qint64 mergedBy = 0; // 0: the system
    QString mergedByName;
    QDateTime undoneAt;
    QString undoneByName;
    bool isUndone() const { return undoneAt.isValid(); }
};

// Merges two candidate records into one and undoes such merges.
//
// merge() runs in one transaction: the survivor takes the chosen field values (version
// checked, like CandidateService::update), every relation of the merged record follows the
// survivor, the merged record is archived (never deleted), a timeline entry is written on
// the survivor, both changes are audited, and a merge_journal row keeps both records as they
// were plus every row the merge changed, so undo() can put each one back exactly.
//
// How the relations follow:
//   applications, activities (their note mentions with them), files, consents, experience,
//   education: candidate_id moves to the survivor.
//   tags, talent pools, skills, contacts: a union. A row the survivor already has (same tag,
//   pool, skill, or kind + value) is deleted from the merged record (the survivor's row wins;
//   the journal keeps the deleted row); the others move. Moved skills go after the
//   survivor's.
//   The e-mail, phone and LinkedIn values not chosen become contacts of the survivor when
//   they differ from the chosen ones (phones in E.164 when they can be read).
//   Applications to a requisition both records applied to: UNIQUE(candidate, requisition)
//   allows one, and the survivor's is kept (choose the survivor accordingly; the preview
//   counts such requisitions). The merged record's application stays on the archived record
//   with its history, interviews, scorecards and offers; if it was active it is withdrawn
//   with the reason "Merged duplicate".
//
// undo() is allowed to the user who made the merge (the system's merges to the system):
// the "the peers' merges are permanent; ours are not". It refuses with Conflict when
// the survivor or the merged record was edited since (their versions moved), or a row the
// merge touched changed since; otherwise it reverses every journalled step, restores both
// candidate rows (a new version each) and un-archives the merged record.
// Thread: the connection's. Errors: Result with messages that name the records.
class MergeService
{
public:
    MergeService(Database &db, Actor actor);

    Result<MergePreview> preview(qint64 survivorId, qint64 mergedId);
    Result<MergeRecord> merge(qint64 survivorId, qint64 mergedId, const FieldChoices &choices,
                              MergeVersions expected);
    Result<MergeRecord> undo(qint64 journalId);
    // True when this actor may undo the merge (made it, and it is not undone yet).
    bool canUndo(const MergeRecord &record) const;

    // Merges this candidate took part in (as survivor or merged), newest first.
    Result<QList<MergeRecord>> history(qint64 candidateId);
    // Every merge, newest first.
    Result<QList<MergeRecord>> journal(int limit = 500);
    Result<MergeRecord> record(qint64 journalId);

    // The audit identities of a candidate: its own uuid and those of every record merged into
    // it (and into those, transitively) by merges not undone. Audit entries are hash-chained
    // and never rewritten, so a candidate's audit trail is read over all of these uuids.
    Result<QStringList> auditIdentities(qint64 candidateId);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
