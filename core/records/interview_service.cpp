#include "interview_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/domain/enums.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("interview");
constexpr int maxMinutes = 1440;

const QString interviewColumns = QStringLiteral(
    "i.id, i.uuid, i.application_id, i.loop_uuid, i.title, i.starts_at, i.duration_minutes, i.time_zone, "
    "i.location, "
    "i.video_url, i.notes, i.status, i.organizer_id, i.sequence, i.created_at, i.updated_at, i.version");
constexpr int interviewColumnCount = 17;

Interview readInterview(const QSqlQuery &q)
{
    Interview i;
    i.id = q.value(0).toLongLong();
    i.uuid = q.value(1).toString();
    i.applicationId = q.value(2).toLongLong();
    i.loopUuid = q.value(3).toString();
    i.title = q.value(4).toString();
    i.startsAt = fromStorageTime(q.value(5).toString());
    i.durationMinutes = q.value(6).toInt();
    i.timeZone = q.value(7).toString();
    i.location = q.value(8).toString();
    i.videoUrl = q.value(9).toString();
    i.notes = q.value(10).toString();
    i.status = interviewStatusFromKey(q.value(11).toString()).value_or(InterviewStatus::Scheduled);
    i.organizerId = q.value(12).toLongLong();
    i.sequence = q.value(13).toInt();
    i.createdAt = fromStorageTime(q.value(14).toString());
    i.updatedAt = fromStorageTime(q.value(15).toString());
    i.version = q.value(16).toInt();
    return i;
}

// What an invitation carries: a change to any of it means the calendars need a new one.
bool invitationChanged(const Interview &a, const Interview &b)
{
    QList<qint64> left = a.interviewerIds, right = b.interviewerIds;
    std::sort(left.begin(), left.end());
    std::sort(right.begin(), right.end());
    return a.title != b.title || a.startsAt != b.startsAt || a.durationMinutes != b.durationMinutes
        || a.timeZone != b.timeZone || a.location != b.location || a.videoUrl != b.videoUrl || left != right;
}

Interview cleaned(Interview draft)
{
    draft.title = draft.title.trimmed();
    draft.location = draft.location.trimmed();
    draft.videoUrl = draft.videoUrl.trimmed();
    draft.notes = draft.notes.trimmed();
    draft.timeZone = draft.timeZone.trimmed().isEmpty() ? QStringLiteral("UTC") : draft.timeZone.trimmed();
    draft.startsAt = draft.startsAt.toUTC();
    QList<qint64> unique;
    for (qint64 id : draft.interviewerIds) {
        if (id > 0 && !unique.contains(id))
            unique.append(id);
    }
    draft.interviewerIds = unique;
    return draft;
}

} // namespace

InterviewService::InterviewService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Status InterviewService::validate(const Interview &draft)
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("An interview needs a title."),
                    QObject::tr("Name it after what it covers, e.g. \"Technical interview\"."));
    if (!draft.startsAt.isValid())
        return fail(ErrorCode::Invalid,
                    QObject::tr("The interview \"%1\" has no valid start time.").arg(title),
                    QObject::tr("Choose a date and time."));
    if (draft.durationMinutes < 1 || draft.durationMinutes > maxMinutes)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The duration of \"%1\" must be between 1 and %2 minutes.")
                        .arg(title)
                        .arg(maxMinutes),
                    QObject::tr("Split longer events into several interviews of a loop."));
    if (draft.interviewerIds.isEmpty())
        return fail(
            ErrorCode::Invalid, QObject::tr("The interview \"%1\" has no interviewers.").arg(title),
            QObject::tr("Choose at least one interviewer; add people under Team if the list is empty."));
    const QString zone
        = draft.timeZone.trimmed().isEmpty() ? QStringLiteral("UTC") : draft.timeZone.trimmed();
    if (!QTimeZone(zone.toUtf8()).isValid())
        return fail(ErrorCode::Invalid,
                    QObject::tr("\"%1\" is not a time zone this computer knows.").arg(zone),
                    QObject::tr("Choose a zone from the list, e.g. Europe/Berlin."));
    if (const QString link = draft.videoUrl.trimmed(); !link.isEmpty()) {
        const QUrl url(link, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.host().isEmpty())
            return fail(ErrorCode::Invalid,
                        QObject::tr("The video link \"%1\" is not a web address.").arg(link),
                        QObject::tr("Paste the meeting link starting with https://."));
    }
    return {};
}

Status InterviewService::writeParticipants(qint64 interviewId, const QList<qint64> &userIds)
{
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM interview_participants WHERE interview_id = ?"),
                           {interviewId});
        !q)
        return std::unexpected(q.error());
    for (qint64 user : userIds) {
        auto known = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE id = ?"), {user});
        if (!known)
            return std::unexpected(known.error());
        if (!known->isValid())
            return fail(ErrorCode::NotFound, QObject::tr("Interviewer %1 does not exist.").arg(user),
                        QObject::tr("Refresh the list of interviewers."));
        if (auto q = m_db.exec(
                QStringLiteral("INSERT INTO interview_participants (interview_id, user_id) VALUES (?, ?)"),
                {interviewId, user});
            !q)
            return std::unexpected(q.error());
    }
    return {};
}

QString InterviewService::whenText(const Interview &interview)
{
    const QTimeZone zone(interview.timeZone.toUtf8());
    const QDateTime start = interview.startsAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime end = interview.endsAt().toTimeZone(start.timeZone());
    const QLocale locale;
    return QObject::tr("%1, %2–%3 (%4)")
        .arg(locale.toString(start.date(), QLocale::ShortFormat),
             locale.toString(start.time(), QLocale::ShortFormat),
             locale.toString(end.time(), QLocale::ShortFormat), interview.timeZone);
}

Status InterviewService::addActivity(const Interview &interview, const QString &subject, const QString &body)
{
    auto candidate = m_db.scalar(QStringLiteral("SELECT candidate_id FROM applications WHERE id = ?"),
                                 {interview.applicationId});
    if (!candidate)
        return std::unexpected(candidate.error());
    const QString now = nowStorageTime();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO activities (uuid, candidate_id, application_id, kind, subject, body, "
                       "occurred_at, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), candidate->toLongLong(), interview.applicationId, toKey(ActivityKind::Interview), subject,
         body, now, nullableId(m_actor.userId), now});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<Interview> InterviewService::insertOne(const Interview &raw, const QString &loopUuid)
{
    const Interview draft = cleaned(raw);
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    auto app = m_db.selectOne(QStringLiteral("SELECT status FROM applications WHERE id = ?"),
                              {draft.applicationId});
    if (!app)
        return std::unexpected(app.error());
    if (!*app)
        return fail(ErrorCode::NotFound,
                    QObject::tr("Application %1 does not exist.").arg(draft.applicationId),
                    QObject::tr("Refresh the candidate and try again."));
    if ((*app)->value(0).toString() != QLatin1String("active"))
        return fail(ErrorCode::Invalid,
                    QObject::tr("This application is closed, so it takes no new interviews."),
                    QObject::tr("Reopen the application first."));
    const QString now = nowStorageTime();
    const qint64 organizer = draft.organizerId > 0 ? draft.organizerId : m_actor.userId;
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO interviews (uuid, application_id, loop_uuid, title, starts_at, "
                       "duration_minutes, time_zone, location, video_url, notes, status, organizer_id, "
                       "sequence, created_at, updated_at, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, 0, ?, ?, 1)"),
        {newUuid(), draft.applicationId, loopUuid, draft.title, toStorageTime(draft.startsAt),
         draft.durationMinutes, draft.timeZone, draft.location, draft.videoUrl, draft.notes,
         nullableId(organizer), now, now});
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = writeParticipants(*id, draft.interviewerIds); !ok)
        return std::unexpected(ok.error());
    auto stored = get(*id);
    if (!stored)
        return stored;
    if (auto ok
        = addActivity(*stored, QObject::tr("Interview scheduled: %1").arg(stored->title), whenText(*stored));
        !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Interview> InterviewService::schedule(const Interview &draft)
{
    auto done = scheduleLoop({draft});
    if (!done)
        return std::unexpected(done.error());
    return done->first();
}

Result<QList<Interview>> InterviewService::scheduleLoop(const QList<Interview> &drafts)
{
    if (drafts.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("There is no interview to schedule."),
                    QObject::tr("Add at least one interview."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QString loopUuid = drafts.size() > 1 ? newUuid() : QString();
    QList<Interview> stored;
    for (const Interview &draft : drafts) {
        if (draft.applicationId != drafts.first().applicationId)
            return fail(ErrorCode::Invalid,
                        QObject::tr("The interviews of one loop must belong to one application."));
        // Each interview is audited on its own; the savepoints commit into the outer
        // transaction, so the loop is stored whole or not at all.
        auto step = Transaction::begin(m_db);
        if (!step)
            return std::unexpected(step.error());
        auto one = commitChange(m_db, *step, m_actor, QStringLiteral("create"), entityType, {},
                                insertOne(draft, loopUuid));
        if (!one)
            return std::unexpected(one.error());
        stored.append(*one);
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Interview> InterviewService::update(const Interview &raw)
{
    const Interview edited = cleaned(raw);
    if (auto ok = validate(edited); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(edited.id);
    if (!before)
        return before;
    if (before->version != edited.version)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed the interview \"%1\" first.").arg(before->title),
                    QObject::tr("Close this window, look at the interview again and repeat your change."));
    if (before->status != InterviewStatus::Scheduled)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The interview \"%1\" is %2 and can no longer change.")
                        .arg(before->title, label(before->status).toLower()),
                    QObject::tr("Schedule a new interview instead."));
    const bool resend = invitationChanged(*before, edited);
    const QString now = nowStorageTime();
    auto q = m_db.exec(
        QStringLiteral("UPDATE interviews SET title = ?, starts_at = ?, duration_minutes = ?, time_zone = ?, "
                       "location = ?, video_url = ?, notes = ?, sequence = sequence + ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {edited.title, toStorageTime(edited.startsAt), edited.durationMinutes, edited.timeZone,
         edited.location, edited.videoUrl, edited.notes, resend ? 1 : 0, now, edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed the interview \"%1\" first.").arg(before->title),
                    QObject::tr("Look at the interview again and repeat your change."));
    if (auto ok = writeParticipants(edited.id, edited.interviewerIds); !ok)
        return std::unexpected(ok.error());
    auto after = get(edited.id);
    if (!after)
        return after;
    const bool moved = before->startsAt != after->startsAt
        || before->durationMinutes != after->durationMinutes || before->timeZone != after->timeZone;
    const QString subject = moved ? QObject::tr("Interview rescheduled: %1").arg(after->title)
                                  : QObject::tr("Interview changed: %1").arg(after->title);
    const QString body
        = moved ? QObject::tr("From %1 to %2").arg(whenText(*before), whenText(*after)) : whenText(*after);
    if (auto ok = addActivity(*after, subject, body); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, moved ? QStringLiteral("reschedule") : QStringLiteral("update"),
                        entityType, before->toJson(), std::move(after));
}

Result<Interview> InterviewService::reschedule(qint64 id, int version, const QDateTime &startsAt,
                                               int durationMinutes, const QString &timeZone)
{
    auto current = get(id);
    if (!current)
        return current;
    Interview edited = *current;
    edited.version = version;
    edited.startsAt = startsAt;
    edited.durationMinutes = durationMinutes;
    edited.timeZone = timeZone;
    return update(edited);
}

Result<Interview> InterviewService::cancel(qint64 id, int version, const QString &reason)
{
    return setStatus(id, version, InterviewStatus::Cancelled, QStringLiteral("cancel"),
                     QObject::tr("Interview cancelled: %1"), reason.trimmed());
}

Result<Interview> InterviewService::complete(qint64 id, int version)
{
    return setStatus(id, version, InterviewStatus::Completed, QStringLiteral("complete"),
                     QObject::tr("Interview completed: %1"), QString());
}

Result<Interview> InterviewService::setStatus(qint64 id, int version, InterviewStatus status,
                                              const QString &action, const QString &subject,
                                              const QString &body)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed the interview \"%1\" first.").arg(before->title),
                    QObject::tr("Look at the interview again and repeat your change."));
    if (before->status != InterviewStatus::Scheduled)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The interview \"%1\" is already %2.")
                        .arg(before->title, label(before->status).toLower()));
    // A cancellation is sent as a new invitation revision (METHOD:CANCEL), so it counts.
    const int bump = status == InterviewStatus::Cancelled ? 1 : 0;
    auto q = m_db.exec(
        QStringLiteral("UPDATE interviews SET status = ?, sequence = sequence + ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {toKey(status), bump, nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed the interview \"%1\" first.").arg(before->title));
    auto after = get(id);
    if (!after)
        return after;
    const QString text = body.isEmpty() ? whenText(*after) : whenText(*after) + QLatin1Char('\n') + body;
    if (auto ok = addActivity(*after, subject.arg(after->title), text); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, action, entityType, before->toJson(), std::move(after));
}

Result<Interview> InterviewService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + interviewColumns
                           + QStringLiteral(" FROM interviews i WHERE i.id = ?"),
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Interview %1 does not exist.").arg(id),
                    QObject::tr("Refresh the candidate."));
    Interview interview = readInterview(*q);
    q->finish();
    auto people = m_db.exec(
        QStringLiteral("SELECT p.user_id FROM interview_participants p JOIN users u ON u.id = p.user_id "
                       "WHERE p.interview_id = ? ORDER BY u.name COLLATE NOCASE, u.id"),
        {id});
    if (!people)
        return std::unexpected(people.error());
    while (people->next())
        interview.interviewerIds.append(people->value(0).toLongLong());
    return interview;
}

Result<QList<Interview>> InterviewService::forApplication(qint64 applicationId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT i.id FROM interviews i WHERE i.application_id = ? ORDER BY i.starts_at, i.id"),
        {applicationId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<Interview> result;
    for (qint64 id : ids) {
        auto one = get(id);
        if (!one)
            return std::unexpected(one.error());
        result.append(*one);
    }
    return result;
}

Result<QList<InterviewDetails>>
InterviewService::detailsWhere(const QString &where, const QVariantList &values, const QString &order)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + interviewColumns
            + QStringLiteral(
                ", c.id, c.first_name || ' ' || c.last_name, c.email, r.id, r.title, o.id, o.name, o.email "
                "FROM interviews i JOIN applications a ON a.id = i.application_id "
                "JOIN candidates c ON c.id = a.candidate_id JOIN requisitions r ON r.id = a.requisition_id "
                "LEFT JOIN users o ON o.id = i.organizer_id WHERE ")
            + where + QStringLiteral(" ORDER BY ") + order,
        values);
    if (!q)
        return std::unexpected(q.error());
    QList<InterviewDetails> result;
    while (q->next()) {
        InterviewDetails d;
        d.interview = readInterview(*q);
        const int c = interviewColumnCount;
        d.candidateId = q->value(c).toLongLong();
        d.candidateName = q->value(c + 1).toString().trimmed();
        d.candidateEmail = q->value(c + 2).toString().trimmed();
        d.requisitionId = q->value(c + 3).toLongLong();
        d.requisitionTitle = q->value(c + 4).toString();
        d.organizer = Participant {q->value(c + 5).toLongLong(), q->value(c + 6).toString(),
                                   q->value(c + 7).toString().trimmed()};
        result.append(d);
    }
    q->finish();
    for (InterviewDetails &d : result) {
        auto people = m_db.exec(QStringLiteral("SELECT u.id, u.name, u.email FROM interview_participants p "
                                               "JOIN users u ON u.id = p.user_id WHERE p.interview_id = ? "
                                               "ORDER BY u.name COLLATE NOCASE, u.id"),
                                {d.interview.id});
        if (!people)
            return std::unexpected(people.error());
        while (people->next()) {
            const Participant p {people->value(0).toLongLong(), people->value(1).toString(),
                                 people->value(2).toString().trimmed()};
            d.interview.interviewerIds.append(p.userId);
            d.interviewers.append(p);
        }
    }
    return result;
}

Result<InterviewDetails> InterviewService::details(qint64 id)
{
    auto found = detailsWhere(QStringLiteral("i.id = ?"), {id}, QStringLiteral("i.id"));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, QObject::tr("Interview %1 does not exist.").arg(id),
                    QObject::tr("Refresh the candidate."));
    return found->first();
}

Result<QList<InterviewDetails>> InterviewService::forCandidate(qint64 candidateId)
{
    return detailsWhere(QStringLiteral("a.candidate_id = ?"), {candidateId},
                        QStringLiteral("i.starts_at DESC, i.id DESC"));
}

Result<QList<InterviewDetails>> InterviewService::upcoming(qint64 userId, const QDateTime &from,
                                                           const QDateTime &to)
{
    QString where = QStringLiteral("i.status = 'scheduled' AND i.starts_at >= ? AND i.starts_at < ?");
    QVariantList values {toStorageTime(from), toStorageTime(to)};
    if (userId > 0) {
        where += QStringLiteral(" AND (i.organizer_id = ? OR EXISTS (SELECT 1 FROM interview_participants p "
                                "WHERE p.interview_id = i.id AND p.user_id = ?))");
        values << userId << userId;
    }
    return detailsWhere(where, values, QStringLiteral("i.starts_at, i.id"));
}

Result<QList<InterviewConflict>> InterviewService::conflicts(const QList<qint64> &userIds,
                                                             const QDateTime &start, int minutes,
                                                             qint64 excludeInterviewId)
{
    QList<InterviewConflict> result;
    if (userIds.isEmpty() || !start.isValid() || minutes <= 0)
        return result;
    // Candidates for a clash start before this one ends and at most the longest duration
    // before it begins; the exact overlap test runs here, in C++, on both engines alike.
    const QDateTime end = start.addSecs(qint64(minutes) * 60);
    QStringList marks;
    QVariantList values {toStorageTime(end), toStorageTime(start.addSecs(-qint64(maxMinutes) * 60)),
                         excludeInterviewId};
    for (qint64 id : userIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT p.user_id, u.name, i.id, i.title, i.starts_at, i.duration_minutes, "
            "c.first_name || ' ' || c.last_name FROM interview_participants p "
            "JOIN interviews i ON i.id = p.interview_id JOIN users u ON u.id = p.user_id "
            "JOIN applications a ON a.id = i.application_id JOIN candidates c ON c.id = a.candidate_id "
            "WHERE i.status = 'scheduled' AND i.starts_at < ? AND i.starts_at >= ? AND i.id <> ? "
            "AND p.user_id IN (")
            + marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY i.starts_at, u.name"),
        values);
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        InterviewConflict c;
        c.userId = q->value(0).toLongLong();
        c.userName = q->value(1).toString();
        c.interviewId = q->value(2).toLongLong();
        c.title = q->value(3).toString();
        c.startsAt = fromStorageTime(q->value(4).toString());
        c.durationMinutes = q->value(5).toInt();
        c.candidateName = q->value(6).toString().trimmed();
        if (intervalsOverlap(start, minutes, c.startsAt, c.durationMinutes))
            result.append(c);
    }
    return result;
}

} // namespace Tandem
