#include "activity_log.h"

#include "audited.h"
#include "row_readers.h"
#include "user_directory.h"

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
    auto users = UserDirectory(m_db).list(true);
    if (!users)
        return std::unexpected(users.error());
    const QList<qint64> mentioned = mentionedUsers(trimmed, *users);
    // The note and its mentions are one change: a savepoint inside record()'s transaction.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto note = record(a);
    if (!note)
        return note;
    for (qint64 userId : mentioned) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO note_mentions (activity_id, user_id) VALUES (?, ?)"), {note->id, userId});
        if (!q)
            return std::unexpected(q.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return note;
}

QList<qint64> ActivityLog::mentionedUsers(const QString &text, const QList<User> &users)
{
    QList<qint64> found;
    for (qsizetype at = text.indexOf(QLatin1Char('@')); at >= 0; at = text.indexOf(QLatin1Char('@'), at + 1)) {
        // An address like ada@example.com is not a mention.
        if (at > 0 && text.at(at - 1).isLetterOrNumber())
            continue;
        qint64 best = 0;
        qsizetype bestLength = 0;
        for (const User &user : users) {
            const QString name = user.name.trimmed();
            if (name.isEmpty() || name.size() <= bestLength)
                continue;
            if (QStringView(text).mid(at + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const qsizetype end = at + 1 + name.size();
            if (end < text.size() && text.at(end).isLetterOrNumber())
                continue;
            best = user.id;
            bestLength = name.size();
        }
        if (best != 0 && !found.contains(best))
            found.append(best);
    }
    return found;
}

namespace {

const QString activitySelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.candidate_id, a.application_id, a.kind, a.subject, a.body, a.occurred_at, a.actor_id, u.name "
    "FROM activities a LEFT JOIN users u ON u.id = a.actor_id ");

// "No limit" is the largest bound: LIMIT -1 means that only to SQLite.
int limitValue(int limit)
{
    return limit > 0 ? limit : std::numeric_limits<int>::max();
}

Result<QList<Activity>> readActivities(Result<QSqlQuery> q)
{
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

} // namespace

Result<QList<Activity>> ActivityLog::forCandidate(qint64 candidateId, int limit)
{
    return readActivities(m_db.exec(activitySelect + QStringLiteral("WHERE a.candidate_id = ? ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"),
                                    {candidateId, limitValue(limit)}));
}

Result<QList<Activity>> ActivityLog::notesFor(qint64 candidateId, int limit)
{
    return readActivities(m_db.exec(activitySelect + QStringLiteral("WHERE a.candidate_id = ? AND a.kind = 'note' "
                                                                    "ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"),
                                    {candidateId, limitValue(limit)}));
}

Result<QList<Activity>> ActivityLog::mentioning(qint64 userId, int limit)
{
    return readActivities(m_db.exec(activitySelect + QStringLiteral("JOIN note_mentions m ON m.activity_id = a.id WHERE m.user_id = ? "
                                                                    "ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"),
                                    {userId, limitValue(limit)}));
}

Result<QList<User>> ActivityLog::mentionsOf(qint64 activityId)
{
    auto q = m_db.exec(QStringLiteral("SELECT m.user_id FROM note_mentions m JOIN users u ON u.id = m.user_id "
                                      "WHERE m.activity_id = ? ORDER BY u.name"),
                       {activityId});
    if (!q)
        return std::unexpected(q.error());
    QList<User> users;
    UserDirectory directory(m_db);
    while (q->next()) {
        auto user = directory.byId(q->value(0).toLongLong());
        if (!user)
            return std::unexpected(user.error());
        users.append(*user);
    }
    return users;
}

} // namespace Tandem
