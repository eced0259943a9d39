#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

qint64 countMeta(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM app_meta WHERE key LIKE 'tx-%'"))->toLongLong();
}

Status putMeta(Database &db, const QString &key)
{
    auto q = db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, 'x')"), {key});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace

TEST(Transaction, RollsBackUnlessCommitted)
{
    Testing::TestDatabase t;
    {
        auto tx = Transaction::begin(t.db());
        ASSERT_TRUE(tx);
        ASSERT_TRUE(putMeta(t.db(), QStringLiteral("tx-a")));
        EXPECT_EQ(countMeta(t.db()), 1);
        // leaves scope without commit
    }
    EXPECT_FALSE(t->inTransaction());
    EXPECT_EQ(countMeta(t.db()), 0);
    t.reopen();
    EXPECT_EQ(countMeta(t.db()), 0);
}

TEST(Transaction, CommitIsDurable)
{
    Testing::TestDatabase t;
    {
        auto tx = Transaction::begin(t.db());
        ASSERT_TRUE(tx);
        ASSERT_TRUE(putMeta(t.db(), QStringLiteral("tx-b")));
        ASSERT_TRUE(tx->commit());
    }
    t.reopen();
    EXPECT_EQ(countMeta(t.db()), 1);
}

TEST(Transaction, NestedFailureRollsBackOnlyTheInnerPart)
{
    Testing::TestDatabase t;
    {
        auto outer = Transaction::begin(t.db());
        ASSERT_TRUE(outer);
        ASSERT_TRUE(putMeta(t.db(), QStringLiteral("tx-outer")));
        {
            auto inner = Transaction::begin(t.db());
            ASSERT_TRUE(inner);
            ASSERT_TRUE(putMeta(t.db(), QStringLiteral("tx-inner")));
            EXPECT_EQ(countMeta(t.db()), 2);
        }
        EXPECT_TRUE(t->inTransaction());
        EXPECT_EQ(countMeta(t.db()), 1);
        ASSERT_TRUE(outer->commit());
    }
    t.reopen();
    EXPECT_EQ(countMeta(t.db()), 1);
}

TEST(Transaction, CommitWithInnerStillOpenIsRefused)
{
    Testing::TestDatabase t;
    auto outer = Transaction::begin(t.db());
    ASSERT_TRUE(outer);
    auto inner = Transaction::begin(t.db());
    ASSERT_TRUE(inner);
    auto committed = outer->commit();
    ASSERT_FALSE(committed);
    EXPECT_EQ(committed.error().code, ErrorCode::Invalid);
    ASSERT_TRUE(inner->commit());
    ASSERT_TRUE(outer->commit());
}
