#pragma once

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// A candidate's timeline: notes, emails, calls, stage changes (DESIGN.md "Activity").
// record() writes one entry (notes are audited; automatic entries come with the change
// that caused them). Thread: the connection's.
class ActivityLog
{
public:
    ActivityLog(Database &db, Actor actor);

    Result<Activity> record(const Activity &draft);
    // A note; every "@Full Name" of an active user in it is stored as a mention of that user.
    Result<Activity> addNote(qint64 candidateId, const QString &text);
    // Newest first; limit <= 0 means all.
    Result<QList<Activity>> notesFor(qint64 candidateId, int limit = 0);
    // Notes that mention this user, newest first, across all candidates.
    Result<QList<Activity>> mentioning(qint64 userId, int limit = 200);
    Result<QList<User>> mentionsOf(qint64 activityId);
    // The users "@Name" points at in `text`: at each "@" the longest matching name wins, so
    // "@Ann Lee" is Ann Lee and not Ann. Case-insensitive; a name must end at a word boundary.
    static QList<qint64> mentionedUsers(const QString &text, const QList<User> &users);
    // Newest first; limit <= 0 means all.
    Result<QList<Activity>> forCandidate(qint64 candidateId, int limit = 0);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
