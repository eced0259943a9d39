// Bulk moves and dispositions are all or nothing, undo takes back the last action as new
// history, a hire fills the requisition at its headcount, and late-stage rejections hand the
// candidate to the "Silver medalists" pool.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_actions.h>
#include <core/records/requisition_service.h>
#include <core/records/silver_medalists.h>
#include <core/records/talent_pool_service.h>
#include <core/records/user_directory.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Pipeline
{
    Testing::TestDatabase t;
    Actor actor;
    Requisition requisition;
    QList<Stage> stages; // Sourced, Applied, Screen, Interview, Offer, Hired
    QList<Application> apps;

    explicit Pipeline(int applicants, int headcount = 1)
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        Requisition r;
        r.title = QStringLiteral("Backend Engineer");
        r.headcount = headcount;
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(requisition.id);
        for (int i = 0; i < applicants; ++i) {
            Candidate c;
            c.firstName = QStringLiteral("Person");
            c.lastName = QString::number(i);
            auto stored = CandidateService(t.db(), actor).create(c);
            apps.append(*ApplicationService(t.db(), actor).apply(stored->id, requisition.id, QStringLiteral("Referral")));
        }
    }
    Application app(int i) { return *ApplicationService(t.db(), actor).get(apps[i].id); }
    QList<CardRef> refs(std::initializer_list<int> which)
    {
        QList<CardRef> result;
        for (int i : which)
            result.append({apps[i].id, app(i).version});
        return result;
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        return t.db().scalar(sql, values)->toLongLong();
    }
    qint64 historyRows() { return count(QStringLiteral("SELECT count(*) FROM stage_history")); }
};

} // namespace

TEST(PipelineActions, BulkMoveStoresEveryCardWithHistoryTimelineAndAudit)
{
    Pipeline p(4);
    const qint64 historyBefore = p.historyRows();
    const qint64 auditBefore = p.count(QStringLiteral("SELECT count(*) FROM audit_entries"));
    auto moved = PipelineActions(p.t.db(), p.actor).move(p.refs({0, 1, 2}), p.stages[2].id);
    ASSERT_TRUE(moved) << moved.error().text().toStdString();
    EXPECT_EQ(moved->entries.size(), 3);
    EXPECT_EQ(moved->summary, QStringLiteral("Moved 3 candidates to Screen"));
    for (int i : {0, 1, 2})
        EXPECT_EQ(p.app(i).stageId, p.stages[2].id);
    EXPECT_EQ(p.app(3).stageId, p.stages[0].id);
    EXPECT_EQ(p.historyRows(), historyBefore + 3);
    EXPECT_EQ(p.count(QStringLiteral("SELECT count(*) FROM stage_history WHERE moved_by = ? AND to_stage_id = ?"),
                      {p.actor.userId, p.stages[2].id}),
              3);
    EXPECT_EQ(p.count(QStringLiteral("SELECT count(*) FROM audit_entries")), auditBefore + 3);
    auto timeline = ActivityLog(p.t.db(), p.actor).forCandidate(p.apps[1].candidateId);
    ASSERT_TRUE(timeline);
    EXPECT_EQ(timeline->first().kind, ActivityKind::StageChange);
    EXPECT_EQ(timeline->first().actorId, p.actor.userId);
    EXPECT_TRUE(AuditLog(p.t.db()).verify().has_value());
}

TEST(PipelineActions, BulkMoveIsAllOrNothing)
{
    Pipeline p(3);
    QList<CardRef> cards = p.refs({0, 1, 2});
    // Someone else moves the last card first: the board's version of it is stale.
    ASSERT_TRUE(ApplicationService(p.t.db(), p.actor).moveTo(p.apps[2].id, cards[2].version, p.stages[1].id));
    const qint64 historyBefore = p.historyRows();
    auto moved = PipelineActions(p.t.db(), p.actor).move(cards, p.stages[3].id);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, ErrorCode::Conflict);
    EXPECT_EQ(p.app(0).stageId, p.stages[0].id); // the first two were rolled back too
    EXPECT_EQ(p.app(1).stageId, p.stages[0].id);
    EXPECT_EQ(p.historyRows(), historyBefore);
}

TEST(PipelineActions, BulkRejectNeedsAReasonAndIsOneTransaction)
{
    Pipeline p(3);
    PipelineActions actions(p.t.db(), p.actor);
    EXPECT_FALSE(actions.disposition(p.refs({0, 1}), ApplicationStatus::Rejected, QString()));
    auto rejected = actions.disposition(p.refs({0, 1}), ApplicationStatus::Rejected, QStringLiteral("Not enough experience"));
    ASSERT_TRUE(rejected) << rejected.error().text().toStdString();
    EXPECT_EQ(p.app(0).status, ApplicationStatus::Rejected);
    EXPECT_EQ(p.app(1).dispositionReason, QStringLiteral("Not enough experience"));
    EXPECT_EQ(p.app(2).status, ApplicationStatus::Active);

    // One stale card among them: nothing is withdrawn.
    QList<CardRef> cards = p.refs({2});
    cards.append({p.apps[0].id, 1});
    auto withdrawn = actions.disposition(cards, ApplicationStatus::Withdrawn, QString());
    ASSERT_FALSE(withdrawn);
    EXPECT_EQ(p.app(2).status, ApplicationStatus::Active);
}

TEST(PipelineActions, UndoMovesTheCardsBackAsNewHistory)
{
    Pipeline p(3);
    PipelineActions actions(p.t.db(), p.actor);
    ASSERT_TRUE(actions.move(p.refs({1}), p.stages[1].id));
    auto moved = actions.move(p.refs({0, 1}), p.stages[3].id);
    ASSERT_TRUE(moved);
    const qint64 historyBefore = p.historyRows();
    auto undone = actions.undo(*moved);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_EQ(p.app(0).stageId, p.stages[0].id);
    EXPECT_EQ(p.app(1).stageId, p.stages[1].id); // each back where it was, not to one stage
    EXPECT_EQ(p.historyRows(), historyBefore + 2); // recorded as moves; nothing deleted
    auto history = ApplicationService(p.t.db(), p.actor).history(p.apps[0].id);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->last().fromStageId, p.stages[3].id);
    EXPECT_EQ(history->last().toStageId, p.stages[0].id);
    // An undo is not undone again.
    EXPECT_FALSE(actions.undo(*undone));
}

TEST(PipelineActions, UndoRefusesWhenACardChangedSince)
{
    Pipeline p(2);
    PipelineActions actions(p.t.db(), p.actor);
    auto moved = actions.move(p.refs({0, 1}), p.stages[2].id);
    ASSERT_TRUE(moved);
    ASSERT_TRUE(ApplicationService(p.t.db(), p.actor).moveTo(p.apps[1].id, p.app(1).version, p.stages[3].id));
    auto undone = actions.undo(*moved);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::Conflict);
    EXPECT_EQ(p.app(0).stageId, p.stages[2].id); // the other card stayed too: all or nothing
    EXPECT_EQ(p.app(1).stageId, p.stages[3].id);
}

TEST(PipelineActions, UndoReopensARejection)
{
    Pipeline p(2);
    PipelineActions actions(p.t.db(), p.actor);
    auto rejected = actions.disposition(p.refs({0, 1}), ApplicationStatus::Rejected, QStringLiteral("Salary"));
    ASSERT_TRUE(rejected);
    ASSERT_TRUE(actions.undo(*rejected));
    for (int i : {0, 1}) {
        EXPECT_EQ(p.app(i).status, ApplicationStatus::Active);
        EXPECT_TRUE(p.app(i).dispositionReason.isEmpty());
        EXPECT_FALSE(p.app(i).disposedAt.isValid());
    }
}

TEST(PipelineActions, HiresFillTheRequisitionAtItsHeadcount)
{
    Pipeline p(3, 2);
    ApplicationService apps(p.t.db(), p.actor);
    RequisitionService reqs(p.t.db(), p.actor);
    auto first = apps.disposition(p.apps[0].id, p.app(0).version, ApplicationStatus::Hired, QString());
    ASSERT_TRUE(first) << first.error().text().toStdString();
    EXPECT_EQ(first->stageId, p.stages[5].id); // a hire lands in the Hired column
    EXPECT_EQ(reqs.get(p.requisition.id)->status, RequisitionStatus::Open); // 1 of 2

    // Moving a card into the Hired stage is the second hire: the requisition is filled.
    auto second = PipelineActions(p.t.db(), p.actor).move(p.refs({1}), p.stages[5].id);
    ASSERT_TRUE(second) << second.error().text().toStdString();
    EXPECT_EQ(p.app(1).status, ApplicationStatus::Hired);
    const Requisition filled = *reqs.get(p.requisition.id);
    EXPECT_EQ(filled.status, RequisitionStatus::Filled);
    EXPECT_TRUE(filled.filledAt.isValid());
    EXPECT_EQ(p.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_uuid = ? AND action = 'status'"),
                      {filled.uuid}),
              2); // opened, then filled

    // Undoing that move reopens the hire, moves it back and reopens the requisition.
    ASSERT_TRUE(PipelineActions(p.t.db(), p.actor).undo(*second));
    EXPECT_EQ(p.app(1).status, ApplicationStatus::Active);
    EXPECT_EQ(p.app(1).stageId, p.stages[0].id);
    EXPECT_EQ(reqs.get(p.requisition.id)->status, RequisitionStatus::Open);
}

TEST(PipelineActions, ARequisitionOnHoldIsNotFilledAutomatically)
{
    Pipeline p(1, 1);
    RequisitionService reqs(p.t.db(), p.actor);
    ASSERT_TRUE(reqs.setStatus(p.requisition.id, reqs.get(p.requisition.id)->version, RequisitionStatus::OnHold));
    ASSERT_TRUE(ApplicationService(p.t.db(), p.actor).disposition(p.apps[0].id, p.app(0).version, ApplicationStatus::Hired, {}));
    EXPECT_EQ(reqs.get(p.requisition.id)->status, RequisitionStatus::OnHold);
}

TEST(SilverMedalists, LateStageRejectionJoinsThePoolWithANote)
{
    Pipeline p(3);
    PipelineActions actions(p.t.db(), p.actor);
    // 0 reached Interview (the final interview stage) and moved back to Screen; 1 only Screen;
    // 2 reached Offer and withdraws.
    ASSERT_TRUE(actions.move(p.refs({0}), p.stages[3].id));
    ASSERT_TRUE(actions.move(p.refs({0, 1}), p.stages[2].id));
    ASSERT_TRUE(actions.move(p.refs({2}), p.stages[4].id));
    ASSERT_TRUE(actions.disposition(p.refs({0, 1}), ApplicationStatus::Rejected, QStringLiteral("Another candidate was hired")));
    ASSERT_TRUE(actions.disposition(p.refs({2}), ApplicationStatus::Withdrawn, QStringLiteral("Accepted another offer")));

    TalentPoolService pools(p.t.db(), p.actor);
    auto pool = pools.byName(QStringLiteral("Silver medalists"));
    ASSERT_TRUE(pool) << pool.error().text().toStdString();
    auto members = pools.members(pool->id);
    ASSERT_TRUE(members);
    ASSERT_EQ(members->size(), 2);
    QStringList notes;
    QList<qint64> who;
    for (const TalentPoolMember &m : *members) {
        notes << m.note;
        who << m.candidateId;
    }
    EXPECT_TRUE(who.contains(p.apps[0].candidateId));
    EXPECT_TRUE(who.contains(p.apps[2].candidateId));
    EXPECT_FALSE(who.contains(p.apps[1].candidateId));
    EXPECT_TRUE(notes.join(QLatin1Char('|')).contains(QStringLiteral("Backend Engineer: reached Interview, then rejected")));
    EXPECT_TRUE(notes.join(QLatin1Char('|')).contains(QStringLiteral("reached Offer, then withdrawn")));
    auto timeline = ActivityLog(p.t.db(), p.actor).forCandidate(p.apps[2].candidateId);
    ASSERT_TRUE(timeline);
    bool poolEntry = false;
    for (const Activity &a : *timeline)
        poolEntry = poolEntry || (a.kind == ActivityKind::TalentPool && a.subject.contains(QStringLiteral("Silver medalists")));
    EXPECT_TRUE(poolEntry);
}

TEST(SilverMedalists, TheRuleIsASetting)
{
    Pipeline p(2);
    SilverMedalists silver(p.t.db(), p.actor);
    EXPECT_EQ(*silver.rule(), SilverMedalistRule::FinalInterview);
    ASSERT_TRUE(silver.setRule(SilverMedalistRule::Offer));
    EXPECT_EQ(*silver.rule(), SilverMedalistRule::Offer);
    PipelineActions actions(p.t.db(), p.actor);
    ASSERT_TRUE(actions.move(p.refs({0}), p.stages[3].id)); // Interview is not late under "offer"
    ASSERT_TRUE(actions.disposition(p.refs({0}), ApplicationStatus::Rejected, QStringLiteral("No")));
    EXPECT_FALSE(TalentPoolService(p.t.db(), p.actor).byName(SilverMedalists::poolName));

    ASSERT_TRUE(silver.setRule(SilverMedalistRule::Off));
    ASSERT_TRUE(actions.move(p.refs({1}), p.stages[4].id));
    ASSERT_TRUE(actions.disposition(p.refs({1}), ApplicationStatus::Rejected, QStringLiteral("No")));
    EXPECT_FALSE(TalentPoolService(p.t.db(), p.actor).byName(SilverMedalists::poolName));

    auto late = silver.lateStages(p.requisition.id, SilverMedalistRule::AnyInterview);
    ASSERT_TRUE(late);
    ASSERT_EQ(late->size(), 3); // Interview, Offer, Hired
    EXPECT_EQ(late->first().name, QStringLiteral("Interview"));
}
