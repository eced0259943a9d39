#include "talent_pool_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/domain/enums.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("talent_pool");
const QString poolColumns = QStringLiteral("p.id, p.uuid, p.name, p.description, p.created_at, p.updated_at, p.version");

TalentPool readPool(const QSqlQuery &q)
{
    TalentPool p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.createdAt = fromStorageTime(q.value(4).toString());
    p.updatedAt = fromStorageTime(q.value(5).toString());
    p.version = q.value(6).toInt();
    return p;
}

} // namespace

TalentPoolService::TalentPoolService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<TalentPool> TalentPoolService::create(const QString &name, const QString &description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A talent pool needs a name."),
                    QObject::tr("Type a name, for example \"Silver medalists\"."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto existing = byName(trimmed); existing)
        return fail(ErrorCode::Invalid, QObject::tr("A talent pool named \"%1\" already exists.").arg(existing->name),
                    QObject::tr("Choose another name or add the candidates to that pool."));
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO talent_pools (uuid, name, description, created_at, updated_at, version) "
                                         "VALUES (?, ?, ?, ?, ?, 1)"),
                          {newUuid(), trimmed, description.trimmed(), now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<TalentPool> TalentPoolService::get(qint64 id)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT ") + poolColumns + QStringLiteral(" FROM talent_pools p WHERE p.id = ?"), {id});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("Talent pool %1 does not exist.").arg(id), QObject::tr("Refresh the list."));
    TalentPool p;
    p.id = (*row)->value(0).toLongLong();
    p.uuid = (*row)->value(1).toString();
    p.name = (*row)->value(2).toString();
    p.description = (*row)->value(3).toString();
    p.createdAt = fromStorageTime((*row)->value(4).toString());
    p.updatedAt = fromStorageTime((*row)->value(5).toString());
    p.version = (*row)->value(6).toInt();
    return p;
}

Result<TalentPool> TalentPoolService::byName(const QString &name)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM talent_pools WHERE name = ? COLLATE NOCASE"), {name.trimmed()});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("There is no talent pool named \"%1\".").arg(name.trimmed()),
                    QObject::tr("Create it first."));
    return get(id->toLongLong());
}

Result<TalentPool> TalentPoolService::ensure(const QString &name, const QString &description)
{
    auto existing = byName(name);
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    return create(name, description);
}

Result<QList<TalentPool>> TalentPoolService::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + poolColumns
                       + QStringLiteral(", (SELECT count(*) FROM talent_pool_members m WHERE m.pool_id = p.id) "
                                        "FROM talent_pools p WHERE p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    QList<TalentPool> pools;
    while (q->next()) {
        TalentPool p = readPool(*q);
        p.memberCount = q->value(7).toInt();
        pools.append(p);
    }
    return pools;
}

Status TalentPoolService::addTimeline(qint64 candidateId, qint64 applicationId, const QString &subject, const QString &body)
{
    const QString now = nowStorageTime();
    auto q = m_db.exec(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                                      "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {newUuid(), candidateId, nullableId(applicationId), toKey(ActivityKind::TalentPool), subject, body, now,
                        nullableId(m_actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status TalentPoolService::addMember(qint64 poolId, qint64 candidateId, const QString &note, IfMember ifMember,
                                    qint64 applicationId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto pool = get(poolId);
    if (!pool)
        return std::unexpected(pool.error());
    auto person = m_db.selectOne(QStringLiteral("SELECT uuid, first_name || ' ' || last_name FROM candidates WHERE id = ?"),
                                 {candidateId});
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(candidateId), QObject::tr("Refresh the list."));
    const QString candidateUuid = (*person)->value(0).toString();
    const QString name = (*person)->value(1).toString().trimmed();
    auto existing = m_db.selectOne(QStringLiteral("SELECT note FROM talent_pool_members WHERE pool_id = ? AND candidate_id = ?"),
                                   {poolId, candidateId});
    if (!existing)
        return std::unexpected(existing.error());
    QJsonObject before;
    QString stored = note.trimmed();
    if (*existing) {
        if (ifMember == IfMember::Refuse)
            return fail(ErrorCode::Invalid, QObject::tr("%1 is already in \"%2\".").arg(name, pool->name),
                        QObject::tr("Nothing to add."));
        const QString old = (*existing)->value(0).toString();
        before = {{QStringLiteral("candidate"), candidateUuid}, {QStringLiteral("note"), old}};
        stored = old.isEmpty() ? stored : old + QLatin1Char('\n') + stored;
        auto q = m_db.exec(QStringLiteral("UPDATE talent_pool_members SET note = ? WHERE pool_id = ? AND candidate_id = ?"),
                           {stored, poolId, candidateId});
        if (!q)
            return std::unexpected(q.error());
    } else {
        auto q = m_db.exec(QStringLiteral("INSERT INTO talent_pool_members (pool_id, candidate_id, note, added_at, added_by) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {poolId, candidateId, stored, nowStorageTime(), nullableId(m_actor.userId)});
        if (!q)
            return std::unexpected(q.error());
    }
    if (auto ok = addTimeline(candidateId, applicationId, QObject::tr("Added to talent pool %1").arg(pool->name), note.trimmed()); !ok)
        return ok;
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("add_member"), entityType, pool->uuid, before,
                          {{QStringLiteral("candidate"), candidateUuid}, {QStringLiteral("note"), stored}});
}

Status TalentPoolService::removeMember(qint64 poolId, qint64 candidateId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto pool = get(poolId);
    if (!pool)
        return std::unexpected(pool.error());
    auto row = m_db.selectOne(QStringLiteral("SELECT c.uuid, m.note FROM talent_pool_members m JOIN candidates c ON c.id = m.candidate_id "
                                             "WHERE m.pool_id = ? AND m.candidate_id = ?"),
                              {poolId, candidateId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("That candidate is not in \"%1\".").arg(pool->name), QObject::tr("Refresh the list."));
    const QJsonObject before{{QStringLiteral("candidate"), (*row)->value(0).toString()}, {QStringLiteral("note"), (*row)->value(1).toString()}};
    auto q = m_db.exec(QStringLiteral("DELETE FROM talent_pool_members WHERE pool_id = ? AND candidate_id = ?"), {poolId, candidateId});
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = addTimeline(candidateId, 0, QObject::tr("Removed from talent pool %1").arg(pool->name), {}); !ok)
        return ok;
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("remove_member"), entityType, pool->uuid, before, {});
}

Result<QList<TalentPoolMember>> TalentPoolService::members(qint64 poolId)
{
    auto q = m_db.exec(QStringLiteral("SELECT m.pool_id, m.candidate_id, c.first_name || ' ' || c.last_name, m.note, m.added_at, "
                                      "m.added_by FROM talent_pool_members m JOIN candidates c ON c.id = m.candidate_id "
                                      "WHERE m.pool_id = ? ORDER BY m.added_at DESC, m.candidate_id"),
                       {poolId});
    if (!q)
        return std::unexpected(q.error());
    QList<TalentPoolMember> result;
    while (q->next()) {
        TalentPoolMember m;
        m.poolId = q->value(0).toLongLong();
        m.candidateId = q->value(1).toLongLong();
        m.candidateName = q->value(2).toString().trimmed();
        m.note = q->value(3).toString();
        m.addedAt = fromStorageTime(q->value(4).toString());
        m.addedBy = q->value(5).toLongLong();
        result.append(m);
    }
    return result;
}

Result<QList<TalentPool>> TalentPoolService::poolsOf(qint64 candidateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + poolColumns
                           + QStringLiteral(" FROM talent_pools p JOIN talent_pool_members m ON m.pool_id = p.id "
                                            "WHERE m.candidate_id = ? AND p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE"),
                       {candidateId});
    if (!q)
        return std::unexpected(q.error());
    QList<TalentPool> pools;
    while (q->next())
        pools.append(readPool(*q));
    return pools;
}

} // namespace Tandem
