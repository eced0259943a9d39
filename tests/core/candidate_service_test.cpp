#include <core/audit/audit_log.h>
#include <core/records/candidate_service.h>
#include <core/search/candidate_search.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

Candidate ada()
{
    Candidate c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.email = QStringLiteral("ada@example.com");
    c.city = QStringLiteral("London");
    c.currentTitle = QStringLiteral("Analyst");
    c.skills = {QStringLiteral("Mathematics"), QStringLiteral("C++"), QStringLiteral(" mathematics ")};
    c.yearsExperience = 12;
    return c;
}

} // namespace

TEST(CandidateService, CreateStoresEverythingAndAudits)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    auto created = service.create(ada());
    ASSERT_TRUE(created) << created.error().text().toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->uuid.size(), 36);
    EXPECT_EQ(created->version, 1);
    EXPECT_EQ(created->skills, (QStringList{QStringLiteral("Mathematics"), QStringLiteral("C++")}));
    EXPECT_TRUE(created->createdAt.isValid());
    EXPECT_EQ(created->createdAt.timeSpec(), Qt::UTC);

    t.reopen();
    CandidateService again(t.db(), Actor::system());
    auto stored = again.get(created->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->displayName(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(stored->yearsExperience.value_or(-1), 12);
    EXPECT_EQ(*t->scalar(QStringLiteral("SELECT count(*) FROM candidate_skills WHERE candidate_id = ?"), {created->id}), 2);
    auto audit = AuditLog(t.db()).forEntity(created->uuid);
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("create"));
    EXPECT_EQ(audit->first().after.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
}

TEST(CandidateService, ValidationNamesTheField)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    Candidate noName;
    auto r1 = service.create(noName);
    ASSERT_FALSE(r1);
    EXPECT_EQ(r1.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("name")));

    Candidate badEmail = ada();
    badEmail.email = QStringLiteral("ada at example");
    auto r2 = service.create(badEmail);
    ASSERT_FALSE(r2);
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("ada at example")));
    EXPECT_FALSE(r2.error().hint.isEmpty());

    Candidate years = ada();
    years.yearsExperience = -3;
    EXPECT_FALSE(service.create(years));

    Candidate header = ada();
    header.email = QStringLiteral("a@b.com\r\nBcc: x@y.com");
    EXPECT_FALSE(service.create(header));

    EXPECT_EQ(*service.count(), 0); // nothing half-stored
}

TEST(CandidateService, StaleEditIsAConflictAndOverwritesNothing)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    auto created = service.create(ada());
    ASSERT_TRUE(created);

    Candidate mine = *created;
    Candidate theirs = *created;
    theirs.currentTitle = QStringLiteral("Countess");
    auto saved = service.update(theirs);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->version, 2);

    mine.currentTitle = QStringLiteral("Programmer");
    auto conflict = service.update(mine);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.get(created->id)->currentTitle, QStringLiteral("Countess"));

    mine.version = 2;
    auto retry = service.update(mine);
    ASSERT_TRUE(retry);
    EXPECT_EQ(retry->currentTitle, QStringLiteral("Programmer"));
    EXPECT_EQ(retry->version, 3);
    EXPECT_EQ(AuditLog(t.db()).forEntity(created->uuid)->size(), 3);
}

TEST(CandidateService, UpdateKeepsTheSearchIndexCurrent)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    auto created = service.create(ada());
    ASSERT_TRUE(created);
    Candidate edited = *created;
    edited.skills = {QStringLiteral("Rust")};
    ASSERT_TRUE(service.update(edited));
    // Through the search interface, so the same check covers both engines' indexes.
    CandidateSearch search(t.db());
    EXPECT_EQ(*search.count(QStringLiteral("skill:rust")), 1);
    EXPECT_EQ(*search.count(QStringLiteral("skill:mathematics")), 0);
}

TEST(CandidateService, ArchiveAndUnarchive)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    auto created = service.create(ada());
    ASSERT_TRUE(created);
    auto archived = service.archive(created->id, created->version);
    ASSERT_TRUE(archived);
    EXPECT_TRUE(archived->isArchived());
    EXPECT_EQ(*service.count(), 0);
    EXPECT_EQ(*service.count(true), 1);
    EXPECT_FALSE(service.archive(created->id, archived->version)); // already archived
    auto back = service.unarchive(created->id, archived->version);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->isArchived());
    EXPECT_EQ(*service.count(), 1);
}

TEST(CandidateService, MissingCandidateIsNotFound)
{
    Testing::TestDatabase t;
    CandidateService service(t.db(), Actor::system());
    auto r = service.get(999);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    Candidate ghost = ada();
    ghost.id = 999;
    ghost.version = 1;
    EXPECT_EQ(service.update(ghost).error().code, ErrorCode::NotFound);
}
