#include "support/test_database.h"

#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    User ada, grace;
    Application app;
    Application otherApp;
    // A fixed time well in the future, so "upcoming" does not depend on the day the test runs.
    QDateTime nine = QDateTime(QDate(2031, 3, 4), QTime(9, 0), QTimeZone::utc());

    Fixture()
    {
        auto local = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*local);
        ada = person(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        grace = person(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
        RequisitionService reqs(t.db(), actor);
        Requisition r;
        r.title = QStringLiteral("Compiler Engineer");
        auto created = reqs.create(r);
        auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        app = applicant(QStringLiteral("Linus"), open->id);
        otherApp = applicant(QStringLiteral("Margaret"), open->id);
    }

    User person(const QString &name, const QString &email)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = QStringLiteral("interviewer");
        return *UserDirectory(t.db()).create(u, actor);
    }

    Application applicant(const QString &first, qint64 requisitionId)
    {
        Candidate c;
        c.firstName = first;
        c.lastName = QStringLiteral("Tester");
        auto candidate = CandidateService(t.db(), actor).create(c);
        return *ApplicationService(t.db(), actor).apply(candidate->id, requisitionId, QString());
    }

    Interview draft(const Application &a, const QDateTime &start, int minutes, QList<qint64> people) const
    {
        Interview i;
        i.applicationId = a.id;
        i.title = QStringLiteral("Technical interview");
        i.startsAt = start;
        i.durationMinutes = minutes;
        i.timeZone = QStringLiteral("Europe/Berlin");
        i.interviewerIds = std::move(people);
        return i;
    }
};

} // namespace

TEST(InterviewService, ScheduleStoresTheInterviewItsPeopleAndATimelineEntry)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    Interview d = f.draft(f.app, f.nine, 45, {f.grace.id, f.ada.id, f.ada.id});
    d.videoUrl = QStringLiteral("https://meet.example.com/abc");
    auto stored = interviews.schedule(d);
    ASSERT_TRUE(stored) << stored.error().text().toStdString();
    EXPECT_FALSE(stored->uuid.isEmpty());
    EXPECT_EQ(stored->startsAt, f.nine);
    EXPECT_EQ(stored->durationMinutes, 45);
    EXPECT_EQ(stored->timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(stored->status, InterviewStatus::Scheduled);
    EXPECT_EQ(stored->sequence, 0);
    EXPECT_EQ(stored->organizerId, f.actor.userId);
    EXPECT_EQ(stored->interviewerIds, (QList<qint64> {f.ada.id, f.grace.id}))
        << "deduplicated, in name order";
    EXPECT_TRUE(stored->loopUuid.isEmpty());

    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.app.candidateId);
    ASSERT_TRUE(timeline);
    ASSERT_FALSE(timeline->isEmpty());
    EXPECT_EQ(timeline->first().kind, ActivityKind::Interview);
    EXPECT_TRUE(timeline->first().subject.contains(QStringLiteral("Technical interview")));
    EXPECT_TRUE(timeline->first().body.contains(QStringLiteral("Europe/Berlin")));

    auto entries = AuditLog(f.t.db()).forEntity(stored->uuid);
    ASSERT_TRUE(entries);
    EXPECT_EQ(entries->size(), 1);
}

TEST(InterviewService, ALoopSharesOneLoopIdAndIsStoredWholeOrNotAtAll)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    Interview first = f.draft(f.app, f.nine, 60, {f.ada.id});
    Interview second = f.draft(f.app, f.nine.addSecs(3600), 60, {f.grace.id});
    second.title = QStringLiteral("System design");
    auto loop = interviews.scheduleLoop({first, second});
    ASSERT_TRUE(loop) << loop.error().text().toStdString();
    ASSERT_EQ(loop->size(), 2);
    EXPECT_FALSE(loop->at(0).loopUuid.isEmpty());
    EXPECT_EQ(loop->at(0).loopUuid, loop->at(1).loopUuid);
    EXPECT_NE(loop->at(0).uuid, loop->at(1).uuid);

    Interview broken = f.draft(f.otherApp, f.nine, 60, {});
    auto refused = interviews.scheduleLoop({f.draft(f.otherApp, f.nine, 30, {f.ada.id}), broken});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("no interviewers")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(interviews.forApplication(f.otherApp.id)->isEmpty())
        << "the valid first row was rolled back too";
    EXPECT_EQ(interviews.forApplication(f.app.id)->size(), 2);
}

TEST(InterviewService, ValidationNamesTheProblem)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    struct Case
    {
        Interview draft;
        QString expected;
    };
    Interview noTitle = f.draft(f.app, f.nine, 30, {f.ada.id});
    noTitle.title = QStringLiteral("  ");
    Interview zero = f.draft(f.app, f.nine, 0, {f.ada.id});
    Interview tooLong = f.draft(f.app, f.nine, 1441, {f.ada.id});
    Interview badZone = f.draft(f.app, f.nine, 30, {f.ada.id});
    badZone.timeZone = QStringLiteral("Mars/Olympus_Mons");
    Interview badLink = f.draft(f.app, f.nine, 30, {f.ada.id});
    badLink.videoUrl = QStringLiteral("javascript:alert(1)");
    for (const Case &c :
         {Case {noTitle, QStringLiteral("title")}, Case {zero, QStringLiteral("between 1 and 1440")},
          Case {tooLong, QStringLiteral("between 1 and 1440")}, Case {badZone, QStringLiteral("time zone")},
          Case {badLink, QStringLiteral("video link")}}) {
        auto refused = interviews.schedule(c.draft);
        ASSERT_FALSE(refused) << c.expected.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
        EXPECT_TRUE(refused.error().message.contains(c.expected)) << refused.error().message.toStdString();
    }
    EXPECT_TRUE(interviews.schedule(f.draft(f.app, f.nine, 1440, {f.ada.id})))
        << "a whole day is the longest allowed";
    EXPECT_TRUE(interviews.schedule(f.draft(f.app, f.nine, 1, {f.ada.id})));
}

TEST(InterviewService, RescheduleBumpsTheSequenceAndRefusesAStaleVersion)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    auto stored = interviews.schedule(f.draft(f.app, f.nine, 60, {f.ada.id}));
    ASSERT_TRUE(stored);
    auto moved = interviews.reschedule(stored->id, stored->version, f.nine.addDays(1), 90,
                                       QStringLiteral("America/New_York"));
    ASSERT_TRUE(moved) << moved.error().text().toStdString();
    EXPECT_EQ(moved->sequence, 1);
    EXPECT_EQ(moved->version, stored->version + 1);
    EXPECT_EQ(moved->startsAt, f.nine.addDays(1));
    EXPECT_EQ(moved->durationMinutes, 90);
    EXPECT_EQ(moved->timeZone, QStringLiteral("America/New_York"));
    EXPECT_EQ(moved->uuid, stored->uuid) << "the same invitation, revised";

    Interview notesOnly = *moved;
    notesOnly.notes = QStringLiteral("Ask about the register allocator");
    auto noted = interviews.update(notesOnly);
    ASSERT_TRUE(noted);
    EXPECT_EQ(noted->sequence, 1) << "internal notes do not re-send the invitation";

    Interview morePeople = *noted;
    morePeople.interviewerIds.append(f.grace.id);
    auto grown = interviews.update(morePeople);
    ASSERT_TRUE(grown);
    EXPECT_EQ(grown->sequence, 2) << "a new attendee needs a new invitation";

    auto stale = interviews.reschedule(stored->id, stored->version, f.nine, 30, QStringLiteral("UTC"));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.app.candidateId);
    ASSERT_TRUE(timeline);
    bool sawReschedule = false;
    for (const Activity &a : *timeline)
        sawReschedule
            |= a.kind == ActivityKind::Interview && a.subject.contains(QStringLiteral("rescheduled"));
    EXPECT_TRUE(sawReschedule);
}

TEST(InterviewService, CancelAndCompleteEndTheInterview)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    auto one = interviews.schedule(f.draft(f.app, f.nine, 60, {f.ada.id}));
    auto two = interviews.schedule(f.draft(f.app, f.nine.addDays(2), 60, {f.ada.id}));
    ASSERT_TRUE(one && two);
    auto cancelled = interviews.cancel(one->id, one->version, QStringLiteral("Candidate asked to move it"));
    ASSERT_TRUE(cancelled) << cancelled.error().text().toStdString();
    EXPECT_EQ(cancelled->status, InterviewStatus::Cancelled);
    EXPECT_EQ(cancelled->sequence, 1) << "a cancellation is a new revision of the invitation";
    auto again = interviews.cancel(one->id, cancelled->version);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already cancelled")));
    auto edit = interviews.reschedule(one->id, cancelled->version, f.nine, 30, QStringLiteral("UTC"));
    ASSERT_FALSE(edit);
    EXPECT_EQ(edit.error().code, ErrorCode::Invalid);

    auto done = interviews.complete(two->id, two->version);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->status, InterviewStatus::Completed);
    EXPECT_EQ(done->sequence, 0);
    auto soon = interviews.upcoming(f.ada.id, f.nine.addDays(-1), f.nine.addDays(5));
    ASSERT_TRUE(soon);
    EXPECT_TRUE(soon->isEmpty()) << "cancelled and completed interviews are not upcoming";
}

TEST(InterviewService, ConflictsFindOverlapsButNotTouchingIntervals)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    // Ada: 09:00-10:00 with Linus; a long day-interview for Grace from the day before.
    auto morning = interviews.schedule(f.draft(f.app, f.nine, 60, {f.ada.id}));
    ASSERT_TRUE(morning);
    auto longOne = interviews.schedule(f.draft(f.otherApp, f.nine.addSecs(-23 * 3600), 1440, {f.grace.id}));
    ASSERT_TRUE(longOne);

    auto check = [&](const QDateTime &start, int minutes, QList<qint64> people, qint64 exclude = 0) {
        auto found = interviews.conflicts(people, start, minutes, exclude);
        EXPECT_TRUE(found) << found.error().text().toStdString();
        return found ? *found : QList<InterviewConflict> {};
    };
    EXPECT_EQ(check(f.nine.addSecs(30 * 60), 60, {f.ada.id}).size(), 1) << "09:30-10:30 overlaps 09:00-10:00";
    EXPECT_EQ(check(f.nine.addSecs(-30 * 60), 31, {f.ada.id}).size(), 1)
        << "08:30-09:01 overlaps by a minute";
    EXPECT_EQ(check(f.nine.addSecs(15 * 60), 15, {f.ada.id}).size(), 1) << "inside";
    EXPECT_EQ(check(f.nine.addSecs(-60 * 60), 180, {f.ada.id}).size(), 1) << "around";
    EXPECT_TRUE(check(f.nine.addSecs(60 * 60), 60, {f.ada.id}).isEmpty()) << "10:00 starts as the other ends";
    EXPECT_TRUE(check(f.nine.addSecs(-60 * 60), 60, {f.ada.id}).isEmpty())
        << "08:00-09:00 ends as the other starts";
    EXPECT_TRUE(check(f.nine.addSecs(30 * 60), 60, {f.ada.id}, morning->id).isEmpty())
        << "an interview never clashes with itself";

    const auto clash = check(f.nine.addSecs(30 * 60), 30, {f.ada.id, f.grace.id});
    ASSERT_EQ(clash.size(), 2) << "Grace's 24-hour interview runs until 10:00 too";
    QStringList names;
    for (const InterviewConflict &c : clash)
        names << c.userName;
    EXPECT_TRUE(names.contains(QStringLiteral("Ada Lovelace")));
    EXPECT_TRUE(names.contains(QStringLiteral("Grace Hopper")));
    EXPECT_EQ(clash.first().candidateName.isEmpty(), false);
    EXPECT_TRUE(check(f.nine.addSecs(60 * 60), 30, {f.grace.id}).isEmpty())
        << "the day-long one ended at 10:00";

    ASSERT_TRUE(interviews.cancel(morning->id, morning->version));
    EXPECT_TRUE(check(f.nine, 60, {f.ada.id}).isEmpty()) << "a cancelled interview frees the time";
}

TEST(InterviewService, UpcomingAndCandidateListsCarryTheirContext)
{
    Fixture f;
    InterviewService interviews(f.t.db(), f.actor);
    ASSERT_TRUE(interviews.schedule(f.draft(f.app, f.nine, 60, {f.ada.id})));
    ASSERT_TRUE(interviews.schedule(f.draft(f.otherApp, f.nine.addSecs(7200), 60, {f.grace.id})));
    ASSERT_TRUE(interviews.schedule(f.draft(f.app, f.nine.addDays(1), 60, {f.grace.id})));

    auto adas = interviews.upcoming(f.ada.id, f.nine.addSecs(-60), f.nine.addDays(3));
    ASSERT_TRUE(adas);
    ASSERT_EQ(adas->size(), 1);
    EXPECT_EQ(adas->first().candidateName, QStringLiteral("Linus Tester"));
    EXPECT_EQ(adas->first().requisitionTitle, QStringLiteral("Compiler Engineer"));
    ASSERT_EQ(adas->first().interviewers.size(), 1);
    EXPECT_EQ(adas->first().interviewers.first().email, QStringLiteral("ada@example.com"));

    auto everyone = interviews.upcoming(0, f.nine, f.nine.addSecs(3 * 3600));
    ASSERT_TRUE(everyone);
    EXPECT_EQ(everyone->size(), 2) << "[from, to) includes the start, excludes the next day";

    auto mine = interviews.upcoming(f.actor.userId, f.nine.addSecs(-60), f.nine.addDays(3));
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->size(), 3) << "the organizer sees what they scheduled";

    auto linus = interviews.forCandidate(f.app.candidateId);
    ASSERT_TRUE(linus);
    ASSERT_EQ(linus->size(), 2);
    EXPECT_GT(linus->at(0).interview.startsAt, linus->at(1).interview.startsAt) << "latest first";
}

TEST(InterviewService, AClosedApplicationTakesNoNewInterviews)
{
    Fixture f;
    auto rejected
        = ApplicationService(f.t.db(), f.actor)
              .disposition(f.app.id, f.app.version, ApplicationStatus::Rejected, QStringLiteral("Not a fit"));
    ASSERT_TRUE(rejected);
    auto refused = InterviewService(f.t.db(), f.actor).schedule(f.draft(f.app, f.nine, 60, {f.ada.id}));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("closed")));
}
