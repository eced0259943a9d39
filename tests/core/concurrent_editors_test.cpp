// Two people on one database (team mode, or two windows on one file): two real connections
// to the same SQLite file or PostgreSQL database. A stale save is refused with Conflict and
// stores nothing; a write that meets another open write transaction waits or reports busy;
// the audit chain stays intact throughout.
#include <core/audit/audit_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

#include <thread>

using namespace Tandem;

namespace {

struct TwoEditors
{
    Testing::TestDatabase t;
    std::unique_ptr<Database> other; // connection B; connection A is t.db()
    Actor actor;

    TwoEditors()
    {
        auto opened = Database::open(t.settings());
        EXPECT_TRUE(opened) << opened.error().text().toStdString();
        if (opened)
            other = std::move(*opened);
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
    }

    Database &a() { return t.db(); }
    Database &b() { return *other; }

    void expectAuditChainIntact()
    {
        auto verified = AuditLog(t.db()).verify();
        ASSERT_TRUE(verified) << verified.error().text().toStdString();
        EXPECT_TRUE(verified->ok);
    }
};

Candidate newCandidate(Database &db, const Actor &actor)
{
    Candidate c;
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    c.city = QStringLiteral("Arlington");
    auto created = CandidateService(db, actor).create(c);
    EXPECT_TRUE(created) << created.error().text().toStdString();
    return created.value_or(Candidate{});
}

// Makes connection B give up on a lock quickly instead of after the usual ten seconds.
void shortLockWait(Database &db)
{
    // set_config() rather than SET: statements run prepared, and SET cannot be.
    const QString sql = db.engine() == Engine::Postgres
                            ? QStringLiteral("SELECT set_config('lock_timeout', '300ms', false)")
                            : QStringLiteral("PRAGMA busy_timeout = 300");
    auto done = db.exec(sql);
    ASSERT_TRUE(done) << done.error().text().toStdString();
    done->finish();
}

} // namespace

TEST(ConcurrentEditors, TheSecondCandidateSaveIsAConflictAndStoresNothing)
{
    TwoEditors e;
    ASSERT_TRUE(e.other);
    const Candidate created = newCandidate(e.a(), e.actor);
    auto readByA = CandidateService(e.a(), e.actor).get(created.id);
    auto readByB = CandidateService(e.b(), e.actor).get(created.id);
    ASSERT_TRUE(readByA && readByB);
    ASSERT_EQ(readByA->version, readByB->version);

    Candidate mine = *readByA;
    mine.city = QStringLiteral("Washington");
    auto savedByA = CandidateService(e.a(), e.actor).update(mine);
    ASSERT_TRUE(savedByA) << savedByA.error().text().toStdString();
    EXPECT_EQ(savedByA->version, created.version + 1);

    Candidate theirs = *readByB;
    theirs.phone = QStringLiteral("+1 555 0199");
    auto refused = CandidateService(e.b(), e.actor).update(theirs);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    auto stored = CandidateService(e.b(), e.actor).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->city, QStringLiteral("Washington"));
    EXPECT_TRUE(stored->phone.isEmpty()) << "nothing of B's stale save was stored";
    EXPECT_EQ(stored->version, savedByA->version);

    // B reads again, puts its change on top and saves: version 3 has both.
    Candidate again = *stored;
    again.phone = QStringLiteral("+1 555 0199");
    auto savedByB = CandidateService(e.b(), e.actor).update(again);
    ASSERT_TRUE(savedByB) << savedByB.error().text().toStdString();
    EXPECT_EQ(savedByB->version, created.version + 2);
    auto seenByA = CandidateService(e.a(), e.actor).get(created.id);
    ASSERT_TRUE(seenByA);
    EXPECT_EQ(seenByA->city, QStringLiteral("Washington"));
    EXPECT_EQ(seenByA->phone, QStringLiteral("+1 555 0199"));
    e.expectAuditChainIntact();
}

TEST(ConcurrentEditors, TheSecondRequisitionSaveIsAConflictAndStoresNothing)
{
    TwoEditors e;
    ASSERT_TRUE(e.other);
    Requisition draft;
    draft.title = QStringLiteral("Compiler Engineer");
    draft.department = QStringLiteral("Tools");
    auto created = RequisitionService(e.a(), e.actor).create(draft);
    ASSERT_TRUE(created) << created.error().text().toStdString();
    auto readByB = RequisitionService(e.b(), e.actor).get(created->id);
    ASSERT_TRUE(readByB);

    Requisition mine = *created;
    mine.headcount = 2;
    auto savedByA = RequisitionService(e.a(), e.actor).update(mine);
    ASSERT_TRUE(savedByA) << savedByA.error().text().toStdString();

    Requisition theirs = *readByB;
    theirs.department = QStringLiteral("Platform");
    auto refused = RequisitionService(e.b(), e.actor).update(theirs);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    auto stored = RequisitionService(e.b(), e.actor).get(created->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->headcount, 2);
    EXPECT_EQ(stored->department, QStringLiteral("Tools"));

    Requisition again = *stored;
    again.department = QStringLiteral("Platform");
    auto savedByB = RequisitionService(e.b(), e.actor).update(again);
    ASSERT_TRUE(savedByB) << savedByB.error().text().toStdString();
    EXPECT_EQ(savedByB->version, created->version + 2);
    EXPECT_EQ(savedByB->headcount, 2);
    EXPECT_EQ(savedByB->department, QStringLiteral("Platform"));
    e.expectAuditChainIntact();
}

TEST(ConcurrentEditors, TwoMovesOfTheSameCardKeepTheFirstAndOneHistoryRow)
{
    TwoEditors e;
    ASSERT_TRUE(e.other);
    const Candidate candidate = newCandidate(e.a(), e.actor);
    Requisition r;
    r.title = QStringLiteral("Kernel Engineer");
    RequisitionService reqs(e.a(), e.actor);
    auto created = reqs.create(r);
    ASSERT_TRUE(created);
    auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    ASSERT_TRUE(open) << open.error().text().toStdString();
    auto stages = reqs.stages(open->id);
    ASSERT_TRUE(stages);
    ASSERT_GE(stages->size(), 4);
    auto applied = ApplicationService(e.a(), e.actor).apply(candidate.id, open->id, QString());
    ASSERT_TRUE(applied) << applied.error().text().toStdString();

    // Both boards show the card at the same version.
    auto heldByA = ApplicationService(e.a(), e.actor).get(applied->id);
    auto heldByB = ApplicationService(e.b(), e.actor).get(applied->id);
    ASSERT_TRUE(heldByA && heldByB);
    ASSERT_EQ(heldByA->version, heldByB->version);
    const qint64 x = stages->at(2).id;
    const qint64 y = stages->at(3).id;

    auto movedByA = ApplicationService(e.a(), e.actor).moveTo(heldByA->id, heldByA->version, x);
    ASSERT_TRUE(movedByA) << movedByA.error().text().toStdString();
    auto movedByB = ApplicationService(e.b(), e.actor).moveTo(heldByB->id, heldByB->version, y);
    ASSERT_FALSE(movedByB);
    EXPECT_EQ(movedByB.error().code, ErrorCode::Conflict);

    auto stored = ApplicationService(e.b(), e.actor).get(applied->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->stageId, x);
    auto history = ApplicationService(e.b(), e.actor).history(applied->id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2) << "the entry into the first stage and A's move, nothing of B's";
    EXPECT_EQ(history->last().toStageId, x);
    e.expectAuditChainIntact();
}

TEST(ConcurrentEditors, AWriteDuringAnotherOpenWriteReportsBusyAndStoresNothing)
{
    TwoEditors e;
    ASSERT_TRUE(e.other);
    const Candidate created = newCandidate(e.a(), e.actor);
    shortLockWait(e.b());

    {
        auto tx = Transaction::begin(e.a());
        ASSERT_TRUE(tx) << tx.error().text().toStdString();
        Candidate mine = created;
        mine.city = QStringLiteral("Washington");
        auto savedByA = CandidateService(e.a(), e.actor).update(mine); // inside A's open transaction
        ASSERT_TRUE(savedByA) << savedByA.error().text().toStdString();

        Candidate theirs = created;
        theirs.phone = QStringLiteral("+1 555 0199");
        auto busy = CandidateService(e.b(), e.actor).update(theirs);
        ASSERT_FALSE(busy) << "B must not write past A's open transaction";
        EXPECT_EQ(busy.error().code, ErrorCode::Database);
        // SQLite's BEGIN IMMEDIATE says "locked", a PostgreSQL lock timeout "busy".
        const QString said = busy.error().text();
        EXPECT_TRUE(said.contains(QStringLiteral("busy"), Qt::CaseInsensitive)
                    || said.contains(QStringLiteral("locked"), Qt::CaseInsensitive))
            << said.toStdString();
        auto committed = tx->commit();
        ASSERT_TRUE(committed) << committed.error().text().toStdString();
    }

    // A's save is complete; B's retry of the stale edit is a conflict, not a lost update.
    Candidate theirs = created;
    theirs.phone = QStringLiteral("+1 555 0199");
    auto retried = CandidateService(e.b(), e.actor).update(theirs);
    ASSERT_FALSE(retried);
    EXPECT_EQ(retried.error().code, ErrorCode::Conflict);
    auto stored = CandidateService(e.b(), e.actor).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->city, QStringLiteral("Washington"));
    EXPECT_TRUE(stored->phone.isEmpty());
    e.expectAuditChainIntact();
}

TEST(ConcurrentEditors, AWriteWaitsForAnotherOpenWriteThenSeesItsVersion)
{
    TwoEditors e;
    ASSERT_TRUE(e.other);
    const Candidate created = newCandidate(e.a(), e.actor);
    e.other.reset(); // B works on a thread of its own, with its own connection

    auto tx = Transaction::begin(e.a());
    ASSERT_TRUE(tx) << tx.error().text().toStdString();
    Candidate mine = created;
    mine.city = QStringLiteral("Washington");
    ASSERT_TRUE(CandidateService(e.a(), e.actor).update(mine));

    // B saves its stale edit while A's transaction is open; with the normal lock wait it
    // waits for A's commit and then finds the newer version.
    std::optional<ErrorCode> outcome;
    bool savedByB = false;
    std::thread b([&] {
        auto opened = Database::open(e.t.settings());
        if (!opened)
            return;
        Candidate theirs = created;
        theirs.phone = QStringLiteral("+1 555 0199");
        auto result = CandidateService(**opened, e.actor).update(theirs);
        savedByB = result.has_value();
        if (!result)
            outcome = result.error().code;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto committed = tx->commit();
    b.join();
    ASSERT_TRUE(committed) << committed.error().text().toStdString();
    EXPECT_FALSE(savedByB);
    ASSERT_TRUE(outcome.has_value()) << "B could not open its connection";
    EXPECT_EQ(*outcome, ErrorCode::Conflict);

    auto stored = CandidateService(e.a(), e.actor).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->city, QStringLiteral("Washington"));
    EXPECT_TRUE(stored->phone.isEmpty());
    EXPECT_EQ(stored->version, created.version + 1);
    e.expectAuditChainIntact();
}
