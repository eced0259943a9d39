#include "support/test_database.h"

#include <core/common/ids.h>
#include <core/search/saved_searches.h>
#include <core/storage/database.h>

#include <gtest/gtest.h>

using namespace Tandem;
using Testing::runSql;

namespace {

class SavedSearchesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString now = nowStorageTime();
        for (const char *name : {"Ann Recruiter", "Ben Recruiter"}) {
            users << runSql(t.db(),
                            QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at)"
                                           " VALUES (?, ?, 2, ?, ?)"),
                            {newUuid(), QString::fromLatin1(name), now, now});
        }
        ann = Actor {users.at(0), QStringLiteral("ann-uuid"), QStringLiteral("Ann Recruiter")};
        ben = Actor {users.at(1), QStringLiteral("ben-uuid"), QStringLiteral("Ben Recruiter")};
    }

    qint64 auditCount(const QString &action)
    {
        return t->scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_type = 'saved_search'"
                                        " AND action = ?"),
                         {action})
            ->toLongLong();
    }

    Testing::TestDatabase t;
    QList<qint64> users;
    Actor ann;
    Actor ben;
};

QStringList names(const Result<QList<SavedSearch>> &list)
{
    EXPECT_TRUE(list) << (list ? "" : list.error().text().toStdString());
    QStringList out;
    if (list) {
        for (const SavedSearch &s : *list)
            out << s.name;
    }
    return out;
}

} // namespace

TEST_F(SavedSearchesTest, CreatesListsAndFindsByNamePerOwner)
{
    SavedSearchService annSearches(t.db(), ann);
    auto created = annSearches.create(QStringLiteral("  Senior   Rust "), QStringLiteral(" skill:rust experience:>5 "));
    ASSERT_TRUE(created) << created.error().text().toStdString();
    EXPECT_EQ(created->name, QStringLiteral("Senior Rust"));
    EXPECT_EQ(created->query, QStringLiteral("skill:rust experience:>5"));
    EXPECT_EQ(created->ownerId, ann.userId);
    EXPECT_EQ(created->version, 1);
    ASSERT_TRUE(annSearches.create(QStringLiteral("added this year"), QStringLiteral("added:2025")));
    ASSERT_TRUE(annSearches.create(QStringLiteral("Berlin"), QStringLiteral("city:berlin")));
    EXPECT_EQ(names(annSearches.list()),
              (QStringList {QStringLiteral("added this year"), QStringLiteral("Berlin"), QStringLiteral("Senior Rust")}));

    auto found = annSearches.byName(QStringLiteral("senior rust"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, created->id);

    // Ben sees none of Ann's and may use her names; the system actor has its own (owner NULL).
    SavedSearchService benSearches(t.db(), ben);
    EXPECT_TRUE(names(benSearches.list()).isEmpty());
    EXPECT_EQ(benSearches.byName(QStringLiteral("Senior Rust")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(benSearches.get(created->id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(benSearches.create(QStringLiteral("Senior Rust"), QStringLiteral("rust")));
    SavedSearchService system(t.db(), Actor::system());
    auto systemSearch = system.create(QStringLiteral("Senior Rust"), QStringLiteral("rust tag:remote"));
    ASSERT_TRUE(systemSearch) << systemSearch.error().text().toStdString();
    EXPECT_EQ(systemSearch->ownerId, 0);
    EXPECT_TRUE(t->scalar(QStringLiteral("SELECT owner_id FROM saved_searches WHERE id = ?"), {systemSearch->id})
                    ->isNull());
    EXPECT_EQ(names(system.list()), QStringList {QStringLiteral("Senior Rust")});
    EXPECT_EQ(auditCount(QStringLiteral("create")), 5);
}

TEST_F(SavedSearchesTest, RefusesDuplicatesEmptyNamesAndSearchesThatDoNotParse)
{
    SavedSearchService service(t.db(), ann);
    ASSERT_TRUE(service.create(QStringLiteral("Remote"), QStringLiteral("tag:remote")));
    auto duplicate = service.create(QStringLiteral("REMOTE"), QStringLiteral("tag:remote -tag:contacted"));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("Remote"))) << duplicate.error().message.toStdString();
    EXPECT_FALSE(duplicate.error().hint.isEmpty());

    EXPECT_EQ(service.create(QStringLiteral("  "), QStringLiteral("rust")).error().code, ErrorCode::Invalid);
    auto unparsable = service.create(QStringLiteral("Typo"), QStringLiteral("experience:>five"));
    ASSERT_FALSE(unparsable);
    EXPECT_TRUE(unparsable.error().message.contains(QStringLiteral("experience:>five"))) << unparsable.error().message.toStdString();
    EXPECT_TRUE(unparsable.error().hint.contains(QStringLiteral("experience:>5")));
    EXPECT_EQ(service.create(QStringLiteral("Nothing"), QStringLiteral("  ")).error().code, ErrorCode::Invalid);
    EXPECT_EQ(service.create(QStringLiteral("Nothing"), QStringLiteral("---")).error().code, ErrorCode::Invalid);
    EXPECT_EQ(names(service.list()), QStringList {QStringLiteral("Remote")});
    EXPECT_EQ(auditCount(QStringLiteral("create")), 1);
}

TEST_F(SavedSearchesTest, RenamesUpdatesAndRemovesWithVersionChecks)
{
    SavedSearchService service(t.db(), ann);
    auto a = service.create(QStringLiteral("Alpha"), QStringLiteral("rust"));
    auto b = service.create(QStringLiteral("Beta"), QStringLiteral("go"));
    ASSERT_TRUE(a && b);

    auto renamed = service.rename(a->id, QStringLiteral("Rustaceans"), a->version);
    ASSERT_TRUE(renamed) << renamed.error().text().toStdString();
    EXPECT_EQ(renamed->name, QStringLiteral("Rustaceans"));
    EXPECT_EQ(renamed->version, 2);
    // Renaming to itself in another case is allowed; to another search's name is not.
    EXPECT_TRUE(service.rename(a->id, QStringLiteral("RUSTACEANS"), 2));
    EXPECT_EQ(service.rename(a->id, QStringLiteral("beta"), 3).error().code, ErrorCode::Invalid);
    // A stale version is a conflict and changes nothing.
    auto stale = service.rename(a->id, QStringLiteral("Other"), 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    auto updated = service.updateQuery(b->id, QStringLiteral("go tag:remote"), b->version);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_EQ(updated->query, QStringLiteral("go tag:remote"));
    EXPECT_EQ(service.updateQuery(b->id, QStringLiteral("added:2025-13"), updated->version).error().code,
              ErrorCode::Invalid);
    EXPECT_EQ(service.get(b->id)->query, QStringLiteral("go tag:remote"));

    // Ben cannot touch Ann's searches.
    SavedSearchService other(t.db(), ben);
    EXPECT_EQ(other.rename(b->id, QStringLiteral("Mine"), updated->version).error().code, ErrorCode::NotFound);
    EXPECT_EQ(other.remove(b->id).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(service.remove(b->id));
    EXPECT_EQ(service.get(b->id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(names(service.list()), QStringList {QStringLiteral("RUSTACEANS")});
    EXPECT_EQ(auditCount(QStringLiteral("rename")), 2);
    EXPECT_EQ(auditCount(QStringLiteral("update")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("delete")), 1);
}
