// A requisition's own pipeline: rename, add, reorder (UNIQUE positions on both engines), and
// removal only of empty stages, or after moving their applicants with history and timeline.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/stage_editor.h>
#include <core/records/user_directory.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    Requisition requisition;
    QList<Stage> stages;

    Fixture()
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        Requisition r;
        r.title = QStringLiteral("Kernel Engineer");
        requisition = *RequisitionService(t.db(), actor).create(r);
        stages = *RequisitionService(t.db(), actor).stages(requisition.id);
    }

    Application applicant(const QString &name, qint64 stageId)
    {
        Candidate c;
        c.firstName = name;
        c.lastName = QStringLiteral("Tester");
        auto candidate = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(candidate);
        auto app = ApplicationService(t.db(), actor).apply(candidate->id, requisition.id, QStringLiteral("referral"), stageId);
        EXPECT_TRUE(app) << app.error().text().toStdString();
        return *app;
    }

    QStringList names()
    {
        QStringList result;
        const QList<Stage> all = *RequisitionService(t.db(), actor).stages(requisition.id);
        for (const Stage &s : all)
            result << s.name;
        return result;
    }

    Stage named(const QString &name)
    {
        const QList<Stage> all = *RequisitionService(t.db(), actor).stages(requisition.id);
        for (const Stage &s : all) {
            if (s.name == name)
                return s;
        }
        ADD_FAILURE() << "no stage " << name.toStdString();
        return {};
    }
};

} // namespace

TEST(StageEditor, RenamesAndSetsTheStaleLimitOfOneRequisitionOnly)
{
    Fixture f;
    Requisition other;
    other.title = QStringLiteral("Other");
    auto second = RequisitionService(f.t.db(), f.actor).create(other);
    ASSERT_TRUE(second);
    StageEditor editor(f.t.db(), f.actor);
    Stage screen = f.named(QStringLiteral("Screen"));
    screen.name = QStringLiteral("Phone screen");
    screen.staleAfterDays = 3;
    auto updated = editor.update(screen);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_EQ(updated->name, QStringLiteral("Phone screen"));
    EXPECT_EQ(updated->staleAfterDays, 3);
    EXPECT_EQ(RequisitionService(f.t.db(), f.actor).stages(second->id)->at(2).name, QStringLiteral("Screen"));
    screen.name = QStringLiteral("  ");
    EXPECT_EQ(editor.update(screen).error().code, ErrorCode::Invalid);
    screen.name = QStringLiteral("Screen");
    screen.staleAfterDays = 0;
    EXPECT_FALSE(editor.update(screen));
    auto entries = AuditLog(f.t.db()).forEntity(f.requisition.uuid);
    ASSERT_TRUE(entries);
    EXPECT_TRUE(std::any_of(entries->begin(), entries->end(),
                            [](const AuditEntry &e) { return e.action == QLatin1String("update_stage"); }));
}

TEST(StageEditor, AddsAtAPositionAndReordersOnEitherEngine)
{
    Fixture f;
    StageEditor editor(f.t.db(), f.actor);
    auto added = editor.add(f.requisition.id, TemplateStage{0, QStringLiteral("Take-home task"), StageKind::Interview, 5}, 3);
    ASSERT_TRUE(added) << added.error().text().toStdString();
    EXPECT_EQ(f.names(), (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Screen"),
                                      QStringLiteral("Take-home task"), QStringLiteral("Interview"), QStringLiteral("Offer"),
                                      QStringLiteral("Hired")}));
    // Reverse the whole pipeline: every position collides with another stage's old one.
    QList<qint64> reversed;
    const QList<Stage> all = *RequisitionService(f.t.db(), f.actor).stages(f.requisition.id);
    for (const Stage &s : all)
        reversed.prepend(s.id);
    auto ok = editor.reorder(f.requisition.id, reversed);
    ASSERT_TRUE(ok) << ok.error().text().toStdString();
    const QList<Stage> after = *RequisitionService(f.t.db(), f.actor).stages(f.requisition.id);
    EXPECT_EQ(after.first().name, QStringLiteral("Hired"));
    EXPECT_EQ(after.last().name, QStringLiteral("Sourced"));
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after.at(i).position, i) << "positions are 0..n-1 again";
    // A list that misses a stage is refused and changes nothing.
    reversed.removeLast();
    EXPECT_EQ(editor.reorder(f.requisition.id, reversed).error().code, ErrorCode::Conflict);
    EXPECT_EQ(RequisitionService(f.t.db(), f.actor).stages(f.requisition.id)->first().name, QStringLiteral("Hired"));
}

TEST(StageEditor, RefusesToRemoveAStageThatHoldsApplicationsAndSaysHowMany)
{
    Fixture f;
    StageEditor editor(f.t.db(), f.actor);
    const Stage screen = f.named(QStringLiteral("Screen"));
    f.applicant(QStringLiteral("Ada"), screen.id);
    Application rejected = f.applicant(QStringLiteral("Grace"), screen.id);
    ASSERT_TRUE(ApplicationService(f.t.db(), f.actor)
                    .disposition(rejected.id, rejected.version, ApplicationStatus::Rejected, QStringLiteral("Not a fit")));
    auto refused = editor.remove(screen.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Screen")));
    EXPECT_TRUE(f.names().contains(QStringLiteral("Screen")));
    auto counts = editor.stagesWithCounts(f.requisition.id);
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->at(2).applications, 2);
    EXPECT_EQ(counts->at(2).active, 1);

    // An empty stage goes at once.
    ASSERT_TRUE(editor.remove(f.named(QStringLiteral("Sourced")).id));
    EXPECT_FALSE(f.names().contains(QStringLiteral("Sourced")));
}

TEST(StageEditor, MovesApplicantsWithHistoryThenRemovesTheStageInOneStep)
{
    Fixture f;
    StageEditor editor(f.t.db(), f.actor);
    const Stage screen = f.named(QStringLiteral("Screen"));
    const Stage interview = f.named(QStringLiteral("Interview"));
    Application ada = f.applicant(QStringLiteral("Ada"), screen.id);
    Application grace = f.applicant(QStringLiteral("Grace"), screen.id);
    ASSERT_TRUE(ApplicationService(f.t.db(), f.actor)
                    .disposition(grace.id, grace.version, ApplicationStatus::Withdrawn, QStringLiteral("Took another job")));

    // Moving into the stage being removed, or into another requisition, is refused.
    EXPECT_FALSE(editor.moveApplicationsAndRemove(screen.id, screen.id));

    auto ok = editor.moveApplicationsAndRemove(screen.id, interview.id);
    ASSERT_TRUE(ok) << ok.error().text().toStdString();
    EXPECT_FALSE(f.names().contains(QStringLiteral("Screen")));
    ApplicationService apps(f.t.db(), f.actor);
    EXPECT_EQ(apps.get(ada.id)->stageId, interview.id);
    EXPECT_EQ(apps.get(grace.id)->stageId, interview.id);
    EXPECT_EQ(apps.get(grace.id)->status, ApplicationStatus::Withdrawn) << "status is kept";
    auto history = apps.history(ada.id);
    ASSERT_TRUE(history);
    ASSERT_GE(history->size(), 2);
    EXPECT_EQ(history->last().toStageId, interview.id);
    EXPECT_EQ(history->last().fromStageId, 0) << "the removed stage's id is gone";
    // The history entry keeps the removed stage's name (migration 0003).
    EXPECT_EQ(f.t->scalar(QStringLiteral("SELECT count(*) FROM stage_history WHERE application_id = ? AND from_stage_name = ?"),
                          {ada.id, QStringLiteral("Screen")})
                  ->toInt(),
              1);
    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(ada.candidateId);
    ASSERT_TRUE(timeline);
    EXPECT_TRUE(std::any_of(timeline->begin(), timeline->end(), [](const Activity &a) {
        return a.kind == ActivityKind::StageChange && a.subject.contains(QStringLiteral("Interview"));
    }));
}

TEST(StageEditor, ApplyKeepsRenamesAddsAndRemovesInOneTransaction)
{
    Fixture f;
    StageEditor editor(f.t.db(), f.actor);
    const Stage sourced = f.named(QStringLiteral("Sourced"));
    const Stage applied = f.named(QStringLiteral("Applied"));
    const Stage screen = f.named(QStringLiteral("Screen"));
    const Stage hired = f.named(QStringLiteral("Hired"));
    Application ada = f.applicant(QStringLiteral("Ada"), screen.id);

    // Removing Screen without saying where Ada goes is refused, and nothing changes.
    QList<TemplateStage> desired{{applied.id, QStringLiteral("Inbound"), StageKind::Applied, 2},
                                 {0, QStringLiteral("Assessment"), StageKind::Custom, std::nullopt},
                                 {sourced.id, sourced.name, sourced.kind, sourced.staleAfterDays},
                                 {hired.id, hired.name, hired.kind, hired.staleAfterDays}};
    const QStringList before = f.names();
    EXPECT_EQ(editor.apply(f.requisition.id, desired).error().code, ErrorCode::Invalid);
    EXPECT_EQ(f.names(), before);

    auto ok = editor.apply(f.requisition.id, desired, {{screen.id, applied.id}});
    ASSERT_TRUE(ok) << ok.error().text().toStdString();
    EXPECT_EQ(f.names(), (QStringList{QStringLiteral("Inbound"), QStringLiteral("Assessment"), QStringLiteral("Sourced"),
                                      QStringLiteral("Hired")}));
    EXPECT_EQ(ApplicationService(f.t.db(), f.actor).get(ada.id)->stageId, applied.id);
}

TEST(StageEditor, ApplyRefusesWhenSomeoneElseChangedTheStagesMeanwhile)
{
    Fixture f;
    StageEditor editor(f.t.db(), f.actor);
    QList<TemplateStage> desired;
    QList<qint64> loaded;
    for (const Stage &s : std::as_const(f.stages)) {
        desired.append({s.id, s.name, s.kind, s.staleAfterDays});
        loaded.append(s.id);
    }
    desired.removeLast(); // this user removes "Hired"
    // Meanwhile someone else adds a stage; applying this user's list would remove it unseen.
    ASSERT_TRUE(StageEditor(f.t.db(), f.actor).add(f.requisition.id, {0, QStringLiteral("Reference check"), StageKind::Custom, {}}));
    auto refused = editor.apply(f.requisition.id, desired, {}, loaded);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(f.names().contains(QStringLiteral("Reference check")));
    EXPECT_TRUE(f.names().contains(QStringLiteral("Hired")));
}
