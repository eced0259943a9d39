#pragma once

#include <core/common/error.h>
#include <core/domain/interview.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// Interviews of an application: scheduling one or a loop, rescheduling (which bumps the
// iCalendar SEQUENCE so calendars replace the old invitation), cancelling, completing, and
// the look-ups the screens need (a candidate's interviews, a person's upcoming ones, clashes).
//
// Owns nothing but its connection reference; lives on that connection's thread.
// Every change is audited in its own transaction and leaves an `interview` activity on the
// candidate's timeline. Errors come back as Result: Invalid for a draft that breaks a rule
// (the message names the field), Conflict for a stale version, NotFound for a missing row.
// Clashes with other interviews are not errors: conflicts() reports them as warnings.
class InterviewService
{
public:
    InterviewService(Database &db, Actor actor);

    // Checks a draft without storing it: title, 1-1440 minutes, at least one interviewer, a
    // valid start and IANA time zone, an http(s) video link. A start in the past is allowed
    // (recording an interview after the fact); the dialog warns about it.
    static Status validate(const Interview &draft);

    Result<Interview> schedule(const Interview &draft);
    // Schedules several interviews for one application as a loop (one shared loop_uuid),
    // all or none.
    Result<QList<Interview>> scheduleLoop(const QList<Interview> &drafts);
    // Stores an edited interview (time, people, place, notes); a change to anything an
    // invitation carries bumps the sequence.
    Result<Interview> update(const Interview &edited);
    Result<Interview> reschedule(qint64 id, int version, const QDateTime &startsAt, int durationMinutes,
                                 const QString &timeZone);
    Result<Interview> cancel(qint64 id, int version, const QString &reason = {});
    Result<Interview> complete(qint64 id, int version);

    Result<Interview> get(qint64 id);
    Result<InterviewDetails> details(qint64 id);
    Result<QList<Interview>> forApplication(qint64 applicationId);
    // All the candidate's interviews with their context, latest start first.
    Result<QList<InterviewDetails>> forCandidate(qint64 candidateId);
    // Scheduled interviews starting in [from, to); for one interviewer (or organizer), or
    // for everyone with userId 0. Earliest first.
    Result<QList<InterviewDetails>> upcoming(qint64 userId, const QDateTime &from, const QDateTime &to);
    // The scheduled interviews (other than `excludeInterviewId`) of these people that
    // overlap [start, start + minutes); touching intervals do not clash.
    Result<QList<InterviewConflict>> conflicts(const QList<qint64> &userIds, const QDateTime &start,
                                               int minutes, qint64 excludeInterviewId = 0);

private:
    Result<Interview> insertOne(const Interview &draft, const QString &loopUuid);
    Status writeParticipants(qint64 interviewId, const QList<qint64> &userIds);
    Status addActivity(const Interview &interview, const QString &subject, const QString &body);
    Result<Interview> setStatus(qint64 id, int version, InterviewStatus status, const QString &action,
                                const QString &subject, const QString &body);
    Result<QList<InterviewDetails>> detailsWhere(const QString &where, const QVariantList &values,
                                                 const QString &order);
    QString whenText(const Interview &interview);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
