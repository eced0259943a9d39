#include "support/test_database.h"

#include <core/records/user_directory.h>

#include <gtest/gtest.h>

using namespace Tandem;

TEST(UserDirectory, UpdateAndDeactivateKeepTheUserButHideThemFromPickers)
{
    Testing::TestDatabase t;
    UserDirectory users(t.db());
    const Actor admin = UserDirectory::actorFor(*users.ensureLocalUser(QStringLiteral("Admin")));
    User draft;
    draft.name = QStringLiteral("Ada Lovelace");
    draft.role = QStringLiteral("interviewer");
    auto ada = users.create(draft, admin);
    ASSERT_TRUE(ada);

    User edited = *ada;
    edited.email = QStringLiteral("ada@example.com");
    edited.role = QStringLiteral("hiring_manager");
    auto updated = users.update(edited, admin);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_EQ(updated->email, QStringLiteral("ada@example.com"));
    EXPECT_EQ(updated->role, QStringLiteral("hiring_manager"));
    EXPECT_EQ(updated->version, ada->version + 1);

    auto stale = users.update(edited, admin);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    edited = *updated;
    edited.role = QStringLiteral("wizard");
    EXPECT_FALSE(users.update(edited, admin));

    auto off = users.setActive(ada->id, updated->version, false, admin);
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->active);
    EXPECT_EQ(users.list(true)->size(), 1) << "only the admin is offered";
    EXPECT_EQ(users.list(false)->size(), 2) << "but Ada is still there";
    EXPECT_EQ(UserDirectory::roles().size(), 5);
}
