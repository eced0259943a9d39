#include "support/test_database.h"

#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/scorecard_service.h>
#include <core/records/user_directory.h>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor recruiter;
    User ada, grace;
    Requisition requisition;
    Application app;

    Fixture()
    {
        auto local = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        recruiter = UserDirectory::actorFor(*local);
        ada = person(QStringLiteral("Ada Lovelace"));
        grace = person(QStringLiteral("Grace Hopper"));
        RequisitionService reqs(t.db(), recruiter);
        Requisition r;
        r.title = QStringLiteral("Compiler Engineer");
        auto created = reqs.create(r);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        Candidate c;
        c.firstName = QStringLiteral("Linus");
        c.lastName = QStringLiteral("Tester");
        auto candidate = CandidateService(t.db(), recruiter).create(c);
        app = *ApplicationService(t.db(), recruiter).apply(candidate->id, requisition.id, QString());
    }

    User person(const QString &name)
    {
        User u;
        u.name = name;
        u.role = QStringLiteral("interviewer");
        return *UserDirectory(t.db()).create(u, recruiter);
    }

    Scorecard filled(const User &who, const QList<ScorecardAttribute> &attrs, int base, Recommendation r)
    {
        Scorecard card = *ScorecardService(t.db(), UserDirectory::actorFor(who)).cardFor(app.id, 0, who.id);
        for (int i = 0; i < attrs.size(); ++i)
            card.ratings.insert(attrs.at(i).id, 1 + (base + i) % 4);
        card.recommendation = r;
        card.notes = QStringLiteral("Notes by ") + who.name;
        return card;
    }
};

QStringList names(const QList<ScorecardAttribute> &attrs)
{
    QStringList result;
    for (const ScorecardAttribute &a : attrs)
        result << a.name;
    return result;
}

} // namespace

TEST(ScorecardService, ARequisitionGetsTheDefaultAttributesOnFirstUseOnlyOnce)
{
    Fixture f;
    ScorecardService cards(f.t.db(), f.recruiter);
    auto first = cards.attributes(f.requisition.id);
    ASSERT_TRUE(first) << first.error().text().toStdString();
    EXPECT_EQ(names(*first), ScorecardService::defaultAttributeNames());
    EXPECT_EQ(names(*first).size(), 4);
    auto second = cards.attributes(f.requisition.id);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->size(), 4) << "not created twice";
    EXPECT_EQ(second->first().id, first->first().id);
    EXPECT_FALSE(cards.attributes(987654)) << "an unknown requisition is an error, not an empty list";
}

TEST(ScorecardService, AttributesCanBeAddedRenamedReorderedAndRemoved)
{
    Fixture f;
    ScorecardService cards(f.t.db(), f.recruiter);
    auto added = cards.addAttribute(f.requisition.id, QStringLiteral("  System design "));
    ASSERT_TRUE(added) << added.error().text().toStdString();
    EXPECT_EQ(added->name, QStringLiteral("System design"));
    EXPECT_EQ(added->position, 4);
    EXPECT_FALSE(cards.addAttribute(f.requisition.id, QStringLiteral(" ")));

    auto renamed = cards.renameAttribute(added->id, QStringLiteral("Architecture"),
                                         QStringLiteral("Big-picture thinking"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->description, QStringLiteral("Big-picture thinking"));

    auto moved = cards.moveAttribute(added->id, 0);
    ASSERT_TRUE(moved) << moved.error().text().toStdString();
    EXPECT_EQ(moved->first().name, QStringLiteral("Architecture"));
    EXPECT_EQ(moved->at(1).name, QStringLiteral("Technical skills"));
    for (int i = 0; i < moved->size(); ++i)
        EXPECT_EQ(moved->at(i).position, i);
    auto back = cards.moveAttribute(added->id, 99);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->last().name, QStringLiteral("Architecture")) << "clamped to the end";

    ASSERT_TRUE(cards.removeAttribute(added->id));
    EXPECT_EQ(cards.attributes(f.requisition.id)->size(), 4);

    // An attribute someone already rated stays: removing it would drop their rating.
    auto attrs = *cards.attributes(f.requisition.id);
    ASSERT_TRUE(cards.saveDraft(f.filled(f.ada, attrs, 0, Recommendation::Yes)));
    auto refused = cards.removeAttribute(attrs.first().id);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already rated")));
}

TEST(ScorecardService, SubmitNeedsEveryRatingAndARecommendationAndLeavesATimelineEntry)
{
    Fixture f;
    const Actor adaActor = UserDirectory::actorFor(f.ada);
    ScorecardService cards(f.t.db(), adaActor);
    auto attrs = *cards.attributes(f.requisition.id);
    Scorecard card = f.filled(f.ada, attrs, 1, Recommendation::None);
    card.ratings.remove(attrs.last().id);

    auto draft = cards.saveDraft(card);
    ASSERT_TRUE(draft) << "a draft may be incomplete: " << draft.error().text().toStdString();
    EXPECT_FALSE(draft->isSubmitted());
    EXPECT_EQ(draft->ratings.size(), 3);

    auto early = cards.submit(*draft);
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(attrs.last().name)) << early.error().message.toStdString();

    Scorecard complete = *draft;
    complete.ratings.insert(attrs.last().id, 4);
    auto noDecision = cards.submit(complete);
    ASSERT_FALSE(noDecision);
    EXPECT_TRUE(noDecision.error().message.contains(QStringLiteral("recommendation")));

    complete.recommendation = Recommendation::StrongYes;
    auto submitted = cards.submit(complete);
    ASSERT_TRUE(submitted) << submitted.error().text().toStdString();
    EXPECT_TRUE(submitted->isSubmitted());
    EXPECT_EQ(submitted->recommendation, Recommendation::StrongYes);
    EXPECT_EQ(submitted->ratings.value(attrs.last().id), 4);

    auto timeline = ActivityLog(f.t.db(), f.recruiter).forCandidate(f.app.candidateId);
    ASSERT_TRUE(timeline);
    EXPECT_EQ(timeline->first().kind, ActivityKind::Scorecard);
    EXPECT_TRUE(timeline->first().subject.contains(QStringLiteral("Ada Lovelace")));
    EXPECT_TRUE(timeline->first().subject.contains(QStringLiteral("Strong yes")));

    Scorecard outOfRange = *submitted;
    outOfRange.ratings.insert(attrs.first().id, 5);
    EXPECT_FALSE(cards.submit(outOfRange));
}

TEST(ScorecardService, ASubmittedCardBelongsToItsAuthorAndAmendsNeedTheCurrentVersion)
{
    Fixture f;
    ScorecardService asAda(f.t.db(), UserDirectory::actorFor(f.ada));
    ScorecardService asRecruiter(f.t.db(), f.recruiter);
    auto attrs = *asAda.attributes(f.requisition.id);
    auto submitted = asAda.submit(f.filled(f.ada, attrs, 0, Recommendation::Yes));
    ASSERT_TRUE(submitted);

    Scorecard tampered = *submitted;
    tampered.recommendation = Recommendation::StrongNo;
    auto refused = asRecruiter.submit(tampered);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("only they")))
        << refused.error().message.toStdString();

    Scorecard amended = *submitted;
    amended.notes = QStringLiteral("Second thoughts after the debrief");
    auto saved = asAda.saveDraft(amended);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    EXPECT_TRUE(saved->isSubmitted()) << "a submitted card does not fall back to a draft";
    EXPECT_EQ(saved->version, submitted->version + 1);

    auto stale = asAda.submit(amended);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    Scorecard blank;
    blank.applicationId = f.app.id;
    blank.interviewerId = f.ada.id;
    auto second = asAda.saveDraft(blank);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Conflict) << "one card per interviewer and interview";
}

TEST(ScorecardService, TheMatrixPutsTheCardsSideBySide)
{
    Fixture f;
    ScorecardService asAda(f.t.db(), UserDirectory::actorFor(f.ada));
    ScorecardService asGrace(f.t.db(), UserDirectory::actorFor(f.grace));
    auto attrs = *asAda.attributes(f.requisition.id);
    ASSERT_TRUE(asGrace.saveDraft(f.filled(f.grace, attrs, 2, Recommendation::No)));
    ASSERT_TRUE(asAda.submit(f.filled(f.ada, attrs, 0, Recommendation::StrongYes)));

    auto m = asAda.matrix(f.app.id);
    ASSERT_TRUE(m) << m.error().text().toStdString();
    ASSERT_EQ(m->attributes.size(), 4);
    ASSERT_EQ(m->cards.size(), 2);
    EXPECT_EQ(m->cards.at(0).interviewerName, QStringLiteral("Ada Lovelace")) << "submitted cards first";
    EXPECT_TRUE(m->cards.at(0).isSubmitted());
    EXPECT_FALSE(m->cards.at(1).isSubmitted());
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(m->rating(row, 0), 1 + row % 4);
        EXPECT_EQ(m->rating(row, 1), 1 + (2 + row) % 4);
    }
    EXPECT_EQ(m->rating(4, 0), 0);
    EXPECT_EQ(m->rating(0, 2), 0);
    EXPECT_EQ(m->cards.at(1).recommendation, Recommendation::No);
}
