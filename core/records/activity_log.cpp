#include "activity_log.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonObject>

#include <limits>

namespace Tandem {

using namespace Internal;

ActivityLog::ActivityLog(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<Activity> ActivityLog::record(const Activity &draft)
{
    if (draft.candidateId <= 0)
        return fail(ErrorCode::Invalid, QObject::tr("A timeline entry needs a candidate."));
    if (draft.subject.trimmed().isEmpty() && draft.body.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The entry is empty."), QObject::tr("Write something first."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto candidateUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM candidates WHERE id = ?"), {draft.candidateId});
    if (!candidateUuid)
        return std::unexpected(candidateUuid.error());
    if (!candidateUuid->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("Candidate %1 does not exist.").arg(draft.candidateId));
    Activity a = draft;
    a.uuid = newUuid();
    if (!a.occurredAt.isValid())
        a.occurredAt = QDateTime::currentDateTimeUtc();
    a.actorId = m_actor.userId;
    a.actorName = m_actor.name;
    auto id = m_db.insert(QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                                      "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.uuid, a.candidateId, nullableId(a.applicationId), toKey(a.kind), a.subject.trimmed(), a.body,
                        toStorageTime(a.occurredAt), nullableId(a.actorId), nowStorageTime()});
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;
    const QJsonObject after{{QStringLiteral("uuid"), a.uuid},
                            {QStringLiteral("candidate"), candidateUuid->toString()},
                            {QStringLiteral("kind"), toKey(a.kind)},
                            {QStringLiteral("subject"), a.subject},
                            {QStringLiteral("body_chars"), int(a.body.size())}};
    if (auto ok = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("create"), QStringLiteral("activity"), a.uuid, {}, after); !ok)
        return std::unexpected(ok.error());
    return a;
}

Result<Activity> ActivityLog::addNote(qint64 candidateId, const QString &text)
{
    Activity a;
    a.candidateId = candidateId;
    a.kind = ActivityKind::Note;
    const QString trimmed = text.trimmed();
    a.subject = trimmed.section(QLatin1Char('\n'), 0, 0).left(120);
    a.body = trimmed;
    return record(a);
}

Result<QList<Activity>> ActivityLog::forCandidate(qint64 candidateId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.uuid, a.candidate_id, a.application_id, a.kind, a.subject, a.body, "
                                      "a.occurred_at, a.actor_id, u.name FROM activities a LEFT JOIN users u ON u.id = a.actor_id "
                                      "WHERE a.candidate_id = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"),
                       // "No limit" is the largest bound: LIMIT -1 means that only to SQLite.
                       {candidateId, limit > 0 ? limit : std::numeric_limits<int>::max()});
    if (!q)
        return std::unexpected(q.error());
    QList<Activity> result;
    while (q->next()) {
        Activity a;
        a.id = q->value(0).toLongLong();
        a.uuid = q->value(1).toString();
        a.candidateId = q->value(2).toLongLong();
        a.applicationId = q->value(3).toLongLong();
        a.kind = fromKey<ActivityKind>(q->value(4).toString()).value_or(ActivityKind::System);
        a.subject = q->value(5).toString();
        a.body = q->value(6).toString();
        a.occurredAt = fromStorageTime(q->value(7).toString());
        a.actorId = q->value(8).toLongLong();
        a.actorName = q->value(9).toString();
        result.append(a);
    }
    return result;
}

} // namespace Tandem
