#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>
#include <core/records/talent_pool_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

TEST(TalentPoolService, CreateListMembersAndPoolsOfACandidate)
{
    Testing::TestDatabase t;
    const Actor actor = Actor::system();
    TalentPoolService pools(t.db(), actor);
    Candidate c;
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    const Candidate grace = *CandidateService(t.db(), actor).create(c);

    auto backend = pools.create(QStringLiteral("Backend - Lisbon"), QStringLiteral("Engineers near Lisbon"));
    ASSERT_TRUE(backend) << backend.error().text().toStdString();
    EXPECT_FALSE(pools.create(QStringLiteral("backend - lisbon")));
    EXPECT_FALSE(pools.create(QStringLiteral(" ")));
    auto silver = pools.ensure(QStringLiteral("Silver medalists"));
    ASSERT_TRUE(silver);
    EXPECT_EQ(pools.ensure(QStringLiteral("silver MEDALISTS"))->id, silver->id);

    ASSERT_TRUE(pools.addMember(backend->id, grace.id, QStringLiteral("Met at a meetup")));
    auto again = pools.addMember(backend->id, grace.id, QStringLiteral("twice"));
    ASSERT_FALSE(again);
    ASSERT_TRUE(pools.addMember(backend->id, grace.id, QStringLiteral("Strong in COBOL"), TalentPoolService::IfMember::AppendNote));
    auto members = pools.members(backend->id);
    ASSERT_TRUE(members);
    ASSERT_EQ(members->size(), 1);
    EXPECT_EQ(members->first().candidateName, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(members->first().note, QStringLiteral("Met at a meetup\nStrong in COBOL"));

    auto listed = pools.list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->first().name, QStringLiteral("Backend - Lisbon"));
    EXPECT_EQ(listed->first().memberCount, 1);
    EXPECT_EQ(pools.poolsOf(grace.id)->size(), 1);

    ASSERT_TRUE(pools.removeMember(backend->id, grace.id));
    EXPECT_FALSE(pools.removeMember(backend->id, grace.id));
    EXPECT_TRUE(pools.poolsOf(grace.id)->isEmpty());
    auto timeline = ActivityLog(t.db(), actor).forCandidate(grace.id);
    ASSERT_TRUE(timeline);
    int poolEntries = 0;
    for (const Activity &a : *timeline)
        poolEntries += a.kind == ActivityKind::TalentPool ? 1 : 0;
    EXPECT_EQ(poolEntries, 3); // added, note added, removed
}
