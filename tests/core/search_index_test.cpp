#include <core/records/candidate_service.h>
#include <core/search/candidate_search.h>
#include <core/search/search_index.h>
#include <core/storage/maintenance.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

void addPeople(Database &db)
{
    CandidateService people(db, Actor::system());
    for (const char *name : {"Grace", "Alan", "Ada"}) {
        Candidate c;
        c.firstName = QString::fromLatin1(name);
        c.lastName = QStringLiteral("Example");
        c.skills = {QStringLiteral("Cobol")};
        ASSERT_TRUE(people.create(c));
    }
}

} // namespace

TEST(SearchIndex, RebuildRepairsAnIndexOutOfStep)
{
    TANDEM_SKIP_ON_POSTGRES("damages the FTS5 index through its trigger and rowid");
    Testing::TestDatabase t;
    addPeople(t.db());
    // Damage: one candidate's entry removed behind the triggers' back, and a ghost entry added.
    const qint64 grace = t->scalar(QStringLiteral("SELECT id FROM candidates WHERE first_name = 'Grace'"))->toLongLong();
    ASSERT_TRUE(t->execScript(QStringLiteral("DROP TRIGGER candidates_fts_update")));
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE candidates SET first_name = 'Grete' WHERE id = ?"), {grace}));
    ASSERT_TRUE(t->exec(QStringLiteral("INSERT INTO candidate_fts (rowid, name) VALUES (?, ?)"), {4242, QStringLiteral("Ghost")}));
    CandidateSearch search(t.db());
    EXPECT_EQ(search.search(QStringLiteral("grete"))->size(), 0); // the index does not know her new name
    auto before = integrityCheck(t.db());
    ASSERT_TRUE(before);
    EXPECT_FALSE(before->ok);

    auto indexed = rebuildSearchIndex(t.db());
    ASSERT_TRUE(indexed) << indexed.error().text().toStdString();
    EXPECT_EQ(*indexed, 3);
    auto after = integrityCheck(t.db());
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->ok) << after->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(search.search(QStringLiteral("grete"))->size(), 1);
    EXPECT_EQ(search.search(QStringLiteral("ghost"))->size(), 0);
    EXPECT_EQ(search.search(QStringLiteral("skill:cobol"))->size(), 3);
}
