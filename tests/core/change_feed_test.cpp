// Live updates: a change committed on one connection reaches another connection's
// ChangeFeed (PostgreSQL: LISTEN/NOTIFY with the record's type and uuid; SQLite: a generic
// "something changed" from PRAGMA data_version), a rolled-back change reaches nobody, and on
// PostgreSQL a feed whose connection the server dropped reconnects and keeps listening.
#include <core/records/candidate_service.h>
#include <core/storage/change_feed.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include "support/test_database.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

Candidate person(const QString &first, const QString &last)
{
    Candidate c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

// What a change looks like at the receiving end on this engine.
QString expectedType()
{
    return Testing::isPostgres() ? QStringLiteral("candidate") : ChangeFeed::anyEntity();
}

QString expectedUuid(const QString &uuid)
{
    return Testing::isPostgres() ? uuid : QString();
}

} // namespace

TEST(ChangeFeed, ChangeOnAnotherConnectionArrives)
{
    Testing::TestDatabase t;
    auto other = t->openAnother();
    ASSERT_TRUE(other) << other.error().text().toStdString();
    ChangeFeed feed(**other);
    ASSERT_TRUE(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    auto created = CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
    ASSERT_TRUE(created) << created.error().text().toStdString();

    ASSERT_TRUE(spy.wait(1500)) << "no change within 1.5 s";
    ASSERT_GE(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), expectedType());
    EXPECT_EQ(spy.at(0).at(1).toString(), expectedUuid(created->uuid));
}

TEST(ChangeFeed, OwnChangesAreNotReported)
{
    Testing::TestDatabase t;
    ChangeFeed feed(t.db());
    ASSERT_TRUE(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    ASSERT_TRUE(CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))));
    EXPECT_FALSE(spy.wait(1200));
}

TEST(ChangeFeed, RolledBackChangeIsNotPublished)
{
    Testing::TestDatabase t;
    auto other = t->openAnother();
    ASSERT_TRUE(other);
    ChangeFeed feed(**other);
    ASSERT_TRUE(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    {
        // The service commits its inner savepoint; the outer transaction then rolls back,
        // which takes the notification with it.
        auto outer = Transaction::begin(t.db());
        ASSERT_TRUE(outer);
        ASSERT_TRUE(CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Alan"), QStringLiteral("Turing"))));
        outer->rollback();
    }
    EXPECT_FALSE(spy.wait(1200)) << "a rolled-back change was published";

    // The feed still works: a committed change arrives.
    auto created = CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Edsger"), QStringLiteral("Dijkstra")));
    ASSERT_TRUE(created);
    ASSERT_TRUE(spy.wait(1500));
    EXPECT_EQ(spy.at(0).at(1).toString(), expectedUuid(created->uuid));
}

TEST(ChangeFeed, ReconnectsAfterTheServerDroppedTheConnection)
{
    if (!Testing::isPostgres())
        GTEST_SKIP() << "PostgreSQL only: a SQLite file has no connection to lose";
    Testing::TestDatabase t;
    auto other = t->openAnother();
    ASSERT_TRUE(other);
    Database &b = **other;
    ChangeFeed feed(b);
    ASSERT_TRUE(feed.start());
    QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
    QSignalSpy restored(&feed, &ChangeFeed::connectionRestored);
    QSignalSpy resynced(&feed, &ChangeFeed::resynced);
    QSignalSpy changed(&feed, &ChangeFeed::changed);

    auto pid = b.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(pid);
    auto killed = t->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->toInt()});
    ASSERT_TRUE(killed) << killed.error().text().toStdString();
    ASSERT_TRUE(killed->toBool());

    ASSERT_TRUE(resynced.count() > 0 || resynced.wait(5000)) << "no resync after the connection was dropped";
    EXPECT_EQ(lost.count(), 1);
    EXPECT_EQ(restored.count(), 1);
    EXPECT_TRUE(feed.isConnected());
    auto newPid = b.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(newPid) << newPid.error().text().toStdString();
    EXPECT_NE(newPid->toInt(), pid->toInt());

    auto created = CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Barbara"), QStringLiteral("Liskov")));
    ASSERT_TRUE(created);
    ASSERT_TRUE(changed.wait(1500)) << "no change after the reconnect";
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("candidate"));
    EXPECT_EQ(changed.at(0).at(1).toString(), created->uuid);
}
