#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_board.h>
#include <core/records/requisition_service.h>

#include <core/common/ids.h>

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

namespace {

// A requisition with two applicants whose cards carry every field the board shows.
struct CardFixture
{
    Testing::TestDatabase t;
    Actor actor = Actor::system();
    Requisition req;
    QList<Stage> stages;
    Application ada;
    Application bob;

    CardFixture()
    {
        Requisition r;
        r.title = QStringLiteral("Platform Engineer");
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        req = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(req.id);
        CandidateService people(t.db(), actor);
        ApplicationService apps(t.db(), actor);
        Candidate a;
        a.firstName = QStringLiteral("Ada");
        a.lastName = QStringLiteral("Lovelace");
        a.email = QStringLiteral("ada@example.org");
        a.currentTitle = QStringLiteral("Analyst");
        const Candidate adaC = *people.create(a);
        Candidate twin = a;
        twin.email = QStringLiteral("ADA@example.org"); // the same person entered twice
        people.create(twin);
        Candidate b;
        b.firstName = QStringLiteral("Bob");
        b.lastName = QStringLiteral("Builder");
        const Candidate bobC = *people.create(b);
        ada = *apps.apply(adaC.id, req.id, QStringLiteral("LinkedIn"));
        bob = *apps.apply(bobC.id, req.id, QStringLiteral("Referral"));

        const QString now = nowStorageTime();
        using Testing::runSql;
        Database &db = t.db();
        runSql(db, QStringLiteral("INSERT INTO consents (uuid, candidate_id, basis, given_at, created_at) VALUES (?, ?, 'consent', ?, ?)"),
               {newUuid(), bobC.id, now, now});
        const qint64 tag = runSql(db, QStringLiteral("INSERT INTO tags (name) VALUES ('relocating')"));
        const qint64 tag2 = runSql(db, QStringLiteral("INSERT INTO tags (name) VALUES ('Python')"));
        const auto plain = [&db](const QString &sql, const QVariantList &values) { ASSERT_TRUE(db.exec(sql, values)); };
        plain(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?), (?, ?)"), {adaC.id, tag, adaC.id, tag2});
        const qint64 user = runSql(db, QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) "
                                                      "VALUES (?, 'Ivy Interviewer', 4, ?, ?)"),
                                   {newUuid(), now, now});
        const qint64 attr1 = runSql(db, QStringLiteral("INSERT INTO scorecard_attributes (uuid, requisition_id, position, name) VALUES (?, ?, 0, 'Design')"),
                                    {newUuid(), req.id});
        const qint64 attr2 = runSql(db, QStringLiteral("INSERT INTO scorecard_attributes (uuid, requisition_id, position, name) VALUES (?, ?, 1, 'Code')"),
                                    {newUuid(), req.id});
        const auto scorecard = [&](const QVariant &submitted, int r1, int r2) {
            const qint64 id = runSql(db, QStringLiteral("INSERT INTO scorecards (uuid, application_id, interviewer_id, submitted_at, "
                                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                     {newUuid(), ada.id, user, submitted, now, now});
            plain(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, attribute_id, rating) VALUES (?, ?, ?), (?, ?, ?)"),
                   {id, attr1, r1, id, attr2, r2});
        };
        scorecard(now, 4, 3);
        scorecard(now, 2, 3);
        scorecard(QVariant(), 1, 1); // a draft does not count
        const auto interview = [&](const QDateTime &at, const QString &status) {
            runSql(db, QStringLiteral("INSERT INTO interviews (uuid, application_id, title, starts_at, duration_minutes, status, "
                                      "created_at, updated_at) VALUES (?, ?, 'Loop', ?, 60, ?, ?, ?)"),
                   {newUuid(), ada.id, toStorageTime(at), status, now, now});
        };
        const QDateTime base = QDateTime::currentDateTimeUtc();
        interview(base.addDays(-1), QStringLiteral("scheduled")); // past
        interview(base.addDays(5), QStringLiteral("scheduled"));
        interview(base.addDays(2), QStringLiteral("cancelled"));
        interview(base.addDays(9), QStringLiteral("scheduled"));
    }
};

} // namespace

TEST(PipelineBoard, CardsCarryRatingInterviewTagsAndFlags)
{
    CardFixture f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto board = PipelineBoardLoader(f.t.db()).load(f.req.id, BoardScope::Active, now);
    ASSERT_TRUE(board) << board.error().text().toStdString();
    ASSERT_EQ(board->first().cards.size(), 2);
    const BoardCard &ada = board->first().cards.at(0).applicationId == f.ada.id ? board->first().cards.at(0) : board->first().cards.at(1);
    const BoardCard &bob = board->first().cards.at(0).applicationId == f.ada.id ? board->first().cards.at(1) : board->first().cards.at(0);
    ASSERT_TRUE(ada.rating.has_value());
    EXPECT_DOUBLE_EQ(*ada.rating, 3.0); // (4 + 3 + 2 + 3) / 4; the draft is left out
    EXPECT_FALSE(bob.rating.has_value());
    EXPECT_EQ(ada.nextInterviewAt.date(), now.addDays(5).date());
    EXPECT_FALSE(bob.nextInterviewAt.isValid());
    EXPECT_EQ(ada.tags, (QStringList{QStringLiteral("Python"), QStringLiteral("relocating")}));
    EXPECT_TRUE(ada.duplicate);
    EXPECT_FALSE(bob.duplicate); // no email: never a duplicate
    EXPECT_TRUE(ada.consentMissing);
    EXPECT_FALSE(bob.consentMissing);
    EXPECT_FALSE(ada.stale);
    EXPECT_EQ(ada.source, QStringLiteral("LinkedIn"));
    EXPECT_EQ(ada.currentTitle, QStringLiteral("Analyst"));

    auto later = PipelineBoardLoader(f.t.db()).load(f.req.id, BoardScope::Active, now.addDays(15));
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->first().cards.first().stale); // Sourced: stale after 14 days

    BoardFilter filter;
    filter.minimumRating = 3;
    EXPECT_TRUE(filter.matches(ada));
    EXPECT_FALSE(filter.matches(bob));
    filter = {};
    filter.tag = QStringLiteral("RELOCATING");
    EXPECT_TRUE(filter.matches(ada));
    EXPECT_FALSE(filter.matches(bob));
    filter = {};
    filter.text = QStringLiteral("analy");
    EXPECT_TRUE(filter.matches(ada));
    filter.source = QStringLiteral("referral");
    EXPECT_FALSE(filter.matches(ada));
}

TEST(PipelineBoard, HiredCardsStayOnTheBoardInTheHiredColumn)
{
    CardFixture f;
    ApplicationService apps(f.t.db(), f.actor);
    ASSERT_TRUE(apps.disposition(f.bob.id, f.bob.version, ApplicationStatus::Hired, QString()));
    auto board = PipelineBoardLoader(f.t.db()).load(f.req.id);
    ASSERT_TRUE(board);
    ASSERT_EQ(board->last().stage.kind, StageKind::Hired);
    ASSERT_EQ(board->last().cards.size(), 1);
    EXPECT_EQ(board->last().cards.first().status, ApplicationStatus::Hired);
}

TEST(PipelineBoard, TheCardQueryReadsIndexesOnly)
{
    TANDEM_SKIP_ON_POSTGRES("EXPLAIN QUERY PLAN is SQLite's");
    CardFixture f;
    auto plan = f.t.db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + PipelineBoardLoader::cardsSql(),
                              {nowStorageTime(), f.req.id, 1});
    ASSERT_TRUE(plan);
    QStringList steps;
    while (plan->next())
        steps << plan->value(3).toString();
    const QString text = steps.join(QLatin1Char('\n'));
    // Every table is reached through an index or its primary key, none by a full scan.
    for (const QString &step : std::as_const(steps))
        EXPECT_FALSE(step.startsWith(QStringLiteral("SCAN ")) && !step.contains(QStringLiteral("INDEX")))
            << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("applications_requisition"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("candidates_email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("interviews_application"))) << text.toStdString();
}

// The loader puts the match score and its reasons on each card; a requisition that asks
// nothing to score leaves the cards without one.
TEST(PipelineBoard, CardsCarryTheMatchScore)
{
    Testing::TestDatabase t;
    const Actor actor = Actor::system();
    RequisitionService reqs(t.db(), actor);
    Requisition r;
    r.title = QStringLiteral("Analyst");
    auto created = reqs.create(r);
    ASSERT_TRUE(created);
    Candidate c;
    c.firstName = QStringLiteral("Ann");
    c.skills = {QStringLiteral("Excel")};
    auto person = CandidateService(t.db(), actor).create(c);
    ASSERT_TRUE(person);
    ASSERT_TRUE(ApplicationService(t.db(), actor).apply(person->id, created->id, QStringLiteral("Website")));

    auto plain = PipelineBoardLoader(t.db()).load(created->id);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->at(0).cards.at(0).match.has_value());

    Requisition edited = *created;
    edited.skills = {{QStringLiteral("excel"), true}, {QStringLiteral("SQL"), true}};
    ASSERT_TRUE(reqs.update(edited));
    auto scored = PipelineBoardLoader(t.db()).load(created->id);
    ASSERT_TRUE(scored);
    const BoardCard &card = scored->at(0).cards.at(0);
    EXPECT_EQ(card.match, std::optional<int>(50));
    ASSERT_FALSE(card.matchReasons.isEmpty());
    EXPECT_EQ(card.matchReasons.first(), QStringLiteral("1 of 2 must-have skills: Excel — missing SQL")); // the vocabulary's spelling
}
