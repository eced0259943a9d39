#pragma once

#include <core/common/error.h>
#include <core/domain/talent_pool.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Talent pools: named lists of candidates that recruiters keep by hand ("Silver medalists",
// "Backend - Lisbon"). Owns the talent_pools and talent_pool_members tables.
//
// Adding or removing a member writes a `talent_pool` entry on the candidate's timeline;
// every change is audited in its transaction (entity "talent_pool"). A stale rename returns
// ErrorCode::Conflict; a pool name is unique regardless of case.
// Thread: the connection's. Errors: Result / Status.
class TalentPoolService
{
public:
    // What addMember does when the candidate is already in the pool.
    enum class IfMember { Refuse, AppendNote };

    TalentPoolService(Database &db, Actor actor);

    Result<TalentPool> create(const QString &name, const QString &description = {});
    Result<TalentPool> get(qint64 id);
    // The pool with that name (any case); NotFound when there is none.
    Result<TalentPool> byName(const QString &name);
    // The pool with that name, created when missing.
    Result<TalentPool> ensure(const QString &name, const QString &description = {});
    // Pools not archived, by name, with their member counts.
    Result<QList<TalentPool>> list();

    Status addMember(qint64 poolId, qint64 candidateId, const QString &note, IfMember ifMember = IfMember::Refuse,
                     qint64 applicationId = 0);
    Status removeMember(qint64 poolId, qint64 candidateId);
    Result<QList<TalentPoolMember>> members(qint64 poolId);
    Result<QList<TalentPool>> poolsOf(qint64 candidateId);

private:
    Status addTimeline(qint64 candidateId, qint64 applicationId, const QString &subject, const QString &body);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
