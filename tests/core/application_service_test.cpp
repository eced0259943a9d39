#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    Candidate candidate;
    Requisition requisition;
    QList<Stage> stages;

    Fixture()
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        Candidate c;
        c.firstName = QStringLiteral("Linus");
        c.lastName = QStringLiteral("Torvalds");
        candidate = *CandidateService(t.db(), actor).create(c);
        Requisition r;
        r.title = QStringLiteral("Kernel Engineer");
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(requisition.id);
    }
};

} // namespace

TEST(ApplicationService, ApplyEntersTheFirstStageAndMakesAnApplicant)
{
    Fixture f;
    ApplicationService apps(f.t.db(), f.actor);
    auto app = apps.apply(f.candidate.id, f.requisition.id, QStringLiteral("Referral"));
    ASSERT_TRUE(app) << app.error().text().toStdString();
    EXPECT_EQ(app->stageId, f.stages.first().id);
    EXPECT_EQ(app->status, ApplicationStatus::Active);
    EXPECT_EQ(CandidateService(f.t.db(), f.actor).get(f.candidate.id)->stage, CandidateStage::Applicant);
    auto twice = apps.apply(f.candidate.id, f.requisition.id, QString());
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already")));
}

TEST(ApplicationService, MovesAreRecordedWithWhoAndWhen)
{
    Fixture f;
    ApplicationService apps(f.t.db(), f.actor);
    auto app = apps.apply(f.candidate.id, f.requisition.id, QString());
    ASSERT_TRUE(app);
    auto screened = apps.moveTo(app->id, app->version, f.stages.at(2).id);
    ASSERT_TRUE(screened);
    auto interviewed = apps.moveTo(app->id, screened->version, f.stages.at(3).id);
    ASSERT_TRUE(interviewed);
    EXPECT_EQ(interviewed->stageId, f.stages.at(3).id);

    auto history = apps.history(app->id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->at(0).fromStageId, 0);
    EXPECT_EQ(history->at(1).fromStageId, f.stages.at(0).id);
    EXPECT_EQ(history->at(2).toStageId, f.stages.at(3).id);
    EXPECT_EQ(history->at(2).movedBy, f.actor.userId);

    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.candidate.id);
    ASSERT_TRUE(timeline);
    ASSERT_GE(timeline->size(), 3);
    EXPECT_EQ(timeline->first().kind, ActivityKind::StageChange);
    EXPECT_EQ(timeline->first().subject, QStringLiteral("Moved from Screen to Interview"));
    EXPECT_EQ(timeline->first().actorName, QStringLiteral("Rita Recruiter"));

    auto stale = apps.moveTo(app->id, screened->version, f.stages.at(4).id);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(apps.get(app->id)->stageId, f.stages.at(3).id);
}

TEST(ApplicationService, StageOfAnotherRequisitionIsRefused)
{
    Fixture f;
    ApplicationService apps(f.t.db(), f.actor);
    auto app = apps.apply(f.candidate.id, f.requisition.id, QString());
    ASSERT_TRUE(app);
    Requisition other;
    other.title = QStringLiteral("Other");
    auto o = RequisitionService(f.t.db(), f.actor).create(other);
    const qint64 foreignStage = RequisitionService(f.t.db(), f.actor).stages(o->id)->at(1).id;
    auto moved = apps.moveTo(app->id, app->version, foreignStage);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, ErrorCode::Invalid);
}

TEST(ApplicationService, RejectionNeedsAReasonAndStopsMoves)
{
    Fixture f;
    ApplicationService apps(f.t.db(), f.actor);
    auto app = apps.apply(f.candidate.id, f.requisition.id, QString());
    ASSERT_TRUE(app);
    EXPECT_FALSE(apps.disposition(app->id, app->version, ApplicationStatus::Rejected, QStringLiteral("  ")));
    auto rejected = apps.disposition(app->id, app->version, ApplicationStatus::Rejected, QStringLiteral("Salary expectations"));
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->status, ApplicationStatus::Rejected);
    EXPECT_TRUE(rejected->disposedAt.isValid());
    EXPECT_EQ(rejected->dispositionReason, QStringLiteral("Salary expectations"));
    EXPECT_FALSE(apps.moveTo(app->id, rejected->version, f.stages.at(2).id));
    auto verified = AuditLog(f.t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST(ApplicationService, ClosedRequisitionTakesNoApplicants)
{
    Fixture f;
    RequisitionService reqs(f.t.db(), f.actor);
    auto closed = reqs.setStatus(f.requisition.id, f.requisition.version, RequisitionStatus::Closed);
    ASSERT_TRUE(closed);
    auto app = ApplicationService(f.t.db(), f.actor).apply(f.candidate.id, f.requisition.id, QString());
    ASSERT_FALSE(app);
    EXPECT_EQ(app.error().code, ErrorCode::Invalid);
}
