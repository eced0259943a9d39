#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_board.h>
#include <core/records/requisition_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

TEST(PipelineBoard, GroupsActiveApplicationsByStage)
{
    Testing::TestDatabase t;
    const Actor actor = Actor::system();
    Requisition r;
    r.title = QStringLiteral("Designer");
    RequisitionService reqs(t.db(), actor);
    auto created = reqs.create(r);
    ASSERT_TRUE(created);
    auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    ASSERT_TRUE(open);
    const QList<Stage> stages = *reqs.stages(open->id);

    CandidateService people(t.db(), actor);
    ApplicationService apps(t.db(), actor);
    QList<Application> made;
    for (int i = 0; i < 5; ++i) {
        Candidate c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.lastName = QStringLiteral("Q");
        c.currentTitle = QStringLiteral("Illustrator");
        auto stored = people.create(c);
        ASSERT_TRUE(stored);
        auto app = apps.apply(stored->id, open->id, QStringLiteral("Referral"));
        ASSERT_TRUE(app);
        made.append(*app);
    }
    ASSERT_TRUE(apps.moveTo(made[0].id, made[0].version, stages[2].id));
    ASSERT_TRUE(apps.moveTo(made[1].id, made[1].version, stages[2].id));
    ASSERT_TRUE(apps.disposition(made[4].id, made[4].version, ApplicationStatus::Withdrawn, QString()));

    auto board = PipelineBoardLoader(t.db()).load(open->id, BoardScope::Active, QDateTime::currentDateTimeUtc().addDays(20));
    ASSERT_TRUE(board);
    ASSERT_EQ(board->size(), stages.size());
    EXPECT_EQ(board->at(0).cards.size(), 2); // 5 applied, 2 moved, 1 withdrawn
    EXPECT_EQ(board->at(2).cards.size(), 2);
    EXPECT_EQ(board->at(2).cards.first().currentTitle, QStringLiteral("Illustrator"));
    EXPECT_EQ(board->at(2).cards.first().source, QStringLiteral("Referral"));
    EXPECT_GE(board->at(0).cards.first().daysInStage, 19);
    // Sourced goes stale after 14 days in the default template.
    EXPECT_TRUE(board->at(0).isStale(board->at(0).cards.first()));

    auto all = PipelineBoardLoader(t.db()).load(open->id, BoardScope::All);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->at(0).cards.size(), 3); // the withdrawn one is listed where it left
    int withdrawn = 0;
    for (const BoardCard &card : all->at(0).cards)
        withdrawn += card.status == ApplicationStatus::Withdrawn ? 1 : 0;
    EXPECT_EQ(withdrawn, 1);
}

TEST(PipelineBoard, UnknownRequisitionIsNotFound)
{
    Testing::TestDatabase t;
    auto board = PipelineBoardLoader(t.db()).load(42);
    ASSERT_FALSE(board);
    EXPECT_EQ(board.error().code, ErrorCode::NotFound);
}
