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
    Result<Activity> addNote(qint64 candidateId, const QString &text);
    // Newest first; limit <= 0 means all.
    Result<QList<Activity>> forCandidate(qint64 candidateId, int limit = 0);

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
