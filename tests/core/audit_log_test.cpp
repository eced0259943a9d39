#include <core/audit/audit_log.h>
#include <core/records/candidate_service.h>
#include <core/storage/transaction.h>

#include "support/test_database.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

void addCandidates(Database &db, int n)
{
    CandidateService service(db, Actor::system());
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(i);
        ASSERT_TRUE(service.create(c));
    }
}

// Tampering means going around the append-only triggers, as someone with the file could.
void tamper(Database &db, const QString &sql)
{
    // PostgreSQL names a trigger per table.
    const QString on = db.engine() == Engine::Postgres ? QStringLiteral(" ON audit_entries") : QString();
    ASSERT_TRUE(db.execScript(QStringLiteral("DROP TRIGGER audit_entries_no_update%1; DROP TRIGGER audit_entries_no_delete%1;")
                                  .arg(on)));
    ASSERT_TRUE(db.execScript(sql));
}

} // namespace

TEST(AuditLog, ChainOfRealChangesVerifies)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 5);
    AuditLog log(t.db());
    EXPECT_EQ(*log.count(), 5);
    auto v = log.verify();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->ok) << v->problem.toStdString();
    EXPECT_EQ(v->checked, 5);
}

TEST(AuditLog, EntriesLinkToTheirPredecessor)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 3);
    auto q = t->exec(QStringLiteral("SELECT prev_hash, hash FROM audit_entries ORDER BY id"));
    ASSERT_TRUE(q);
    QString prev = QString::fromLatin1(AuditLog::genesisHash);
    int rows = 0;
    while (q->next()) {
        EXPECT_EQ(q->value(0).toString(), prev);
        prev = q->value(1).toString();
        EXPECT_EQ(prev.size(), 64);
        ++rows;
    }
    EXPECT_EQ(rows, 3);
}

TEST(AuditLog, TableRefusesUpdateAndDelete)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 1);
    auto update = t->exec(QStringLiteral("UPDATE audit_entries SET actor = 'mallory'"));
    ASSERT_FALSE(update);
    EXPECT_TRUE(update.error().message.contains(QStringLiteral("append-only")));
    auto del = t->exec(QStringLiteral("DELETE FROM audit_entries"));
    ASSERT_FALSE(del);
    EXPECT_EQ(*AuditLog(t.db()).count(), 1);
}

TEST(AuditLog, DetectsAChangedEntry)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 4);
    tamper(t.db(), QStringLiteral("UPDATE audit_entries SET after_json = replace(after_json, 'Person', 'Someone') WHERE id = 3"));
    auto v = AuditLog(t.db()).verify();
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBadId, 3);
    EXPECT_TRUE(v->problem.contains(QStringLiteral("changed"))) << v->problem.toStdString();
}

TEST(AuditLog, DetectsARemovedEntry)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 4);
    tamper(t.db(), QStringLiteral("DELETE FROM audit_entries WHERE id = 2"));
    auto v = AuditLog(t.db()).verify();
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBadId, 3);
    EXPECT_TRUE(v->problem.contains(QStringLiteral("removed"))) << v->problem.toStdString();
}

TEST(AuditLog, DetectsARecomputedHashThatBreaksTheLink)
{
    Testing::TestDatabase t;
    addCandidates(t.db(), 3);
    // Forge entry 2 consistently with itself: its own hash checks out, the next link does not.
    auto entries = AuditLog(t.db()).forEntity(t->scalar(QStringLiteral("SELECT entity_uuid FROM audit_entries WHERE id = 2"))->toString());
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    AuditEntry forged = entries->first();
    forged.actor = QStringLiteral("mallory");
    const QString hash = AuditLog::computeHash(forged);
    tamper(t.db(), QStringLiteral("UPDATE audit_entries SET actor = 'mallory', hash = '%1' WHERE id = 2").arg(hash));
    auto v = AuditLog(t.db()).verify();
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBadId, 3);
}

TEST(AuditLog, AppendOutsideATransactionIsRefused)
{
    Testing::TestDatabase t;
    auto r = AuditLog(t.db()).append(QStringLiteral("system"), QStringLiteral("create"), QStringLiteral("candidate"),
                                     QStringLiteral("x"), {}, {});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
}

TEST(AuditLog, RolledBackChangeLeavesNoEntry)
{
    Testing::TestDatabase t;
    {
        auto tx = Transaction::begin(t.db());
        ASSERT_TRUE(tx);
        ASSERT_TRUE(AuditLog(t.db()).append(QStringLiteral("system"), QStringLiteral("create"), QStringLiteral("candidate"),
                                            QStringLiteral("x"), {}, QJsonObject{{QStringLiteral("a"), 1}}));
    }
    EXPECT_EQ(*AuditLog(t.db()).count(), 0);
}

// Two writers must never link to the same tail: while one change is open, another connection
// cannot append. SQLite refuses the second write transaction itself (BEGIN IMMEDIATE); on
// PostgreSQL the second one starts, and its append waits for the audit chain's lock.
TEST(AuditLog, SecondWriterWaitsForTheChainUntilTheFirstCommits)
{
    Testing::TestDatabase t;
    auto other = t->openAnother();
    ASSERT_TRUE(other) << other.error().text().toStdString();
    Database &second = **other;
    // Give up after a moment instead of the normal ten seconds.
    ASSERT_TRUE(second.execScript(second.engine() == Engine::Postgres ? QStringLiteral("SET lock_timeout = '300ms'")
                                                                      : QStringLiteral("PRAGMA busy_timeout = 300")));
    const auto append = [](Database &db, const QString &uuid) {
        return AuditLog(db).append(QStringLiteral("system"), QStringLiteral("create"), QStringLiteral("candidate"), uuid,
                                   {}, QJsonObject{{QStringLiteral("uuid"), uuid}});
    };

    auto first = Transaction::begin(t.db());
    ASSERT_TRUE(first);
    ASSERT_TRUE(append(t.db(), QStringLiteral("first")));
    {
        auto blocked = Transaction::begin(second);
        const bool refused = !blocked || !append(second, QStringLiteral("second"));
        EXPECT_TRUE(refused) << "a second writer appended while the first change was open";
    }
    ASSERT_TRUE(first->commit());

    auto retry = Transaction::begin(second);
    ASSERT_TRUE(retry);
    auto entry = append(second, QStringLiteral("second"));
    ASSERT_TRUE(entry) << entry.error().text().toStdString();
    ASSERT_TRUE(retry->commit());

    auto v = AuditLog(t.db()).verify();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->ok) << v->problem.toStdString();
    EXPECT_EQ(v->checked, 2);
}
