#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

namespace Tandem {

class Database;

// Creates, edits, archives and reads candidates.
//
// Every change runs in one write transaction with its audit entry. An edit must carry the
// version it was based on: when someone saved a newer version first, update() returns
// ErrorCode::Conflict and stores nothing (read the record again to show both).
// Skills are kept in candidate_skills and mirrored into the searchable skills text.
// Thread: the connection's. Errors: Result; validation problems are ErrorCode::Invalid with
// a message that names the field.
class CandidateService
{
public:
    CandidateService(Database &db, Actor actor);

    Result<Candidate> create(const Candidate &draft);
    Result<Candidate> update(const Candidate &edited);
    Result<Candidate> archive(qint64 id, int version);
    Result<Candidate> unarchive(qint64 id, int version);
    Result<Candidate> get(qint64 id);
    Result<Candidate> byUuid(const QString &uuid);
    Result<qint64> count(bool includeArchived = false);

    // The rules a candidate must meet before it is stored; also used by import previews.
    static Status validate(const Candidate &candidate);

private:
    Status writeSkills(qint64 candidateId, const QStringList &skills);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
