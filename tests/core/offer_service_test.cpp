// Offer lifecycle: every allowed and refused move, the dates each move stamps, one open
// offer per application, and acceptance hiring the application in the same transaction.
#include <core/audit/audit_log.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_letter_templates.h>
#include <core/records/offer_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    Candidate candidate;
    Requisition requisition;
    Application application;

    explicit Fixture(int headcount = 1)
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        candidate = addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        Requisition r;
        r.title = QStringLiteral("Analytical Engineer");
        r.headcount = headcount;
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        application = *ApplicationService(t.db(), actor).apply(candidate.id, requisition.id, QStringLiteral("Referral"));
    }

    Candidate addCandidate(const QString &first, const QString &last)
    {
        Candidate c;
        c.firstName = first;
        c.lastName = last;
        return *CandidateService(t.db(), actor).create(c);
    }

    Offer draft(qint64 applicationId = 0) const
    {
        Offer o;
        o.applicationId = applicationId ? applicationId : application.id;
        o.salary = 85000;
        o.currency = QStringLiteral("EUR");
        o.period = SalaryPeriod::Year;
        o.startDate = QDate(2027, 3, 1);
        o.expiresOn = QDate(2027, 2, 1);
        o.terms = QStringLiteral("30 days of paid leave.");
        return o;
    }

    OfferService offers() { return OfferService(t.db(), actor); }
};

Offer sentOffer(Fixture &f)
{
    auto created = f.offers().create(f.draft());
    auto approved = f.offers().approve(created->id, created->version);
    return *f.offers().markSent(approved->id, approved->version);
}

} // namespace

TEST(OfferService, CreatesADraftWithTheDefaultLetterAndATimelineEntry)
{
    Fixture f;
    auto offer = f.offers().create(f.draft());
    ASSERT_TRUE(offer) << offer.error().text().toStdString();
    EXPECT_EQ(offer->status, OfferStatus::Draft);
    EXPECT_EQ(offer->salary, 85000);
    EXPECT_EQ(offer->currency, QStringLiteral("EUR"));
    EXPECT_EQ(offer->startDate, QDate(2027, 3, 1));
    EXPECT_EQ(offer->expiresOn, QDate(2027, 2, 1));
    EXPECT_EQ(offer->letterTemplateId, OfferLetterTemplates(f.t.db(), f.actor).defaultTemplate()->id);
    EXPECT_FALSE(offer->approvedAt.isValid());

    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.candidate.id);
    ASSERT_TRUE(timeline);
    EXPECT_EQ(timeline->first().kind, ActivityKind::Offer);
    EXPECT_EQ(timeline->first().subject, QStringLiteral("Offer drafted: Analytical Engineer"));
    EXPECT_EQ(timeline->first().actorName, QStringLiteral("Rita Recruiter"));
}

TEST(OfferService, RefusesInvalidTerms)
{
    Fixture f;
    Offer o = f.draft();
    o.salary = 0;
    EXPECT_TRUE(f.offers().create(o).error().message.contains(QStringLiteral("salary")));
    o = f.draft();
    o.currency = QStringLiteral("euro");
    EXPECT_TRUE(f.offers().create(o).error().message.contains(QStringLiteral("currency")));
    o = f.draft();
    o.expiresOn = QDate(2027, 4, 1);
    EXPECT_TRUE(f.offers().create(o).error().message.contains(QStringLiteral("expire")));
    o = f.draft();
    o.applicationId = 999999;
    EXPECT_EQ(f.offers().create(o).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(f.offers().forCandidate(f.candidate.id)->isEmpty());
}

TEST(OfferService, OneOpenOfferPerApplication)
{
    Fixture f;
    auto first = f.offers().create(f.draft());
    ASSERT_TRUE(first);
    auto second = f.offers().create(f.draft());
    ASSERT_FALSE(second);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("open offer")));
    // Once the first is withdrawn, a new one may be made; a second application is separate.
    ASSERT_TRUE(f.offers().withdraw(first->id, first->version, QStringLiteral("Budget changed")));
    EXPECT_TRUE(f.offers().create(f.draft()));
    Candidate other = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    auto otherApp = ApplicationService(f.t.db(), f.actor).apply(other.id, f.requisition.id, QString());
    EXPECT_TRUE(f.offers().create(f.draft(otherApp->id)));
    EXPECT_EQ(f.offers().forApplication(f.application.id)->size(), 2);
}

TEST(OfferService, TheSchemaHoldsOneOpenOfferPerApplicationToo)
{
    // What two simultaneous creators would meet: the unique index of migration 6.
    Fixture f;
    auto first = f.offers().create(f.draft());
    ASSERT_TRUE(first);
    const QString insert = QStringLiteral("INSERT INTO offers (uuid, application_id, salary, status, created_at, updated_at) "
                                          "VALUES (?, ?, 1, ?, 'x', 'x')");
    EXPECT_FALSE(f.t->exec(insert, {QStringLiteral("u-1"), f.application.id, QStringLiteral("sent")}));
    EXPECT_TRUE(f.t->exec(insert, {QStringLiteral("u-2"), f.application.id, QStringLiteral("declined")}))
        << "closed offers do not count";
    ASSERT_TRUE(f.offers().withdraw(first->id, first->version));
    EXPECT_TRUE(f.t->exec(insert, {QStringLiteral("u-3"), f.application.id, QStringLiteral("draft")}));
}

TEST(OfferService, EditsOnlyWhileDraftAndChecksTheVersion)
{
    Fixture f;
    auto offer = f.offers().create(f.draft());
    Offer edited = *offer;
    edited.salary = 90000;
    edited.period = SalaryPeriod::Month;
    auto saved = f.offers().update(edited);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    EXPECT_EQ(saved->salary, 90000);
    EXPECT_EQ(saved->period, SalaryPeriod::Month);
    EXPECT_EQ(f.offers().update(edited).error().code, ErrorCode::Conflict) << "stale version";

    auto approved = f.offers().approve(saved->id, saved->version);
    Offer late = *approved;
    late.salary = 1;
    auto refused = f.offers().update(late);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("only a draft")));
    EXPECT_EQ(f.offers().get(saved->id)->salary, 90000);
}

TEST(OfferService, LifecycleStampsDatesAndWho)
{
    Fixture f;
    auto offer = f.offers().create(f.draft());
    auto approved = f.offers().approve(offer->id, offer->version);
    ASSERT_TRUE(approved) << approved.error().text().toStdString();
    EXPECT_EQ(approved->status, OfferStatus::Approved);
    EXPECT_TRUE(approved->approvedAt.isValid());
    EXPECT_EQ(approved->approvedBy, f.actor.userId);
    EXPECT_FALSE(approved->sentAt.isValid());

    auto sent = f.offers().markSent(approved->id, approved->version);
    ASSERT_TRUE(sent);
    EXPECT_TRUE(sent->sentAt.isValid());
    EXPECT_EQ(sent->approvedAt, approved->approvedAt) << "earlier stamps stay";
    EXPECT_FALSE(sent->respondedAt.isValid());

    auto declined = f.offers().decline(sent->id, sent->version, QStringLiteral("  Took another offer "));
    ASSERT_TRUE(declined);
    EXPECT_EQ(declined->status, OfferStatus::Declined);
    EXPECT_TRUE(declined->respondedAt.isValid());
    EXPECT_EQ(declined->responseNote, QStringLiteral("Took another offer"));
    // Declining leaves the application to the recruiter.
    EXPECT_EQ(ApplicationService(f.t.db(), f.actor).get(f.application.id)->status, ApplicationStatus::Active);

    auto verified = AuditLog(f.t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST(OfferService, EveryMoveTheWorkflowDoesNotAllowIsRefused)
{
    const QList<OfferStatus> all = {OfferStatus::Draft,    OfferStatus::Approved, OfferStatus::Sent,
                                    OfferStatus::Accepted, OfferStatus::Declined, OfferStatus::Withdrawn};
    for (OfferStatus from : all)
        for (OfferStatus to : all) {
            const bool expected = (from == OfferStatus::Draft && to == OfferStatus::Approved)
                                  || (from == OfferStatus::Approved && to == OfferStatus::Sent)
                                  || (from == OfferStatus::Sent && (to == OfferStatus::Accepted || to == OfferStatus::Declined))
                                  || (isOpen(from) && to == OfferStatus::Withdrawn);
            EXPECT_EQ(OfferService::canMove(from, to), expected)
                << offerStatusKey(from).toStdString() << " -> " << offerStatusKey(to).toStdString();
        }

    Fixture f;
    auto offer = f.offers().create(f.draft());
    auto early = f.offers().markSent(offer->id, offer->version);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::Invalid);
    EXPECT_EQ(early.error().message, QStringLiteral("An offer that is draft cannot become sent."));
    EXPECT_EQ(early.error().hint, QStringLiteral("Allowed next: approved, withdrawn."));
    EXPECT_FALSE(f.offers().accept(offer->id, offer->version));
    EXPECT_FALSE(f.offers().decline(offer->id, offer->version));
    auto approved = f.offers().approve(offer->id, offer->version);
    EXPECT_FALSE(f.offers().approve(approved->id, approved->version)) << "approved twice";
    EXPECT_FALSE(f.offers().accept(approved->id, approved->version)) << "not sent yet";
    EXPECT_EQ(f.offers().approve(offer->id, offer->version).error().code, ErrorCode::Conflict) << "stale version";
    auto withdrawn = f.offers().withdraw(approved->id, approved->version, QStringLiteral("Role frozen"));
    ASSERT_TRUE(withdrawn);
    EXPECT_TRUE(withdrawn->respondedAt.isValid());
    auto reopened = f.offers().markSent(withdrawn->id, withdrawn->version);
    ASSERT_FALSE(reopened);
    EXPECT_TRUE(reopened.error().hint.contains(QStringLiteral("closed")));
    EXPECT_FALSE(f.offers().withdraw(withdrawn->id, withdrawn->version)) << "withdrawn twice";
    EXPECT_EQ(f.offers().get(offer->id)->status, OfferStatus::Withdrawn);
}

TEST(OfferService, AcceptingHiresTheApplicationInTheSameTransaction)
{
    Fixture f;
    Offer sent = sentOffer(f);
    auto accepted = f.offers().accept(sent.id, sent.version, QStringLiteral("Signed"));
    ASSERT_TRUE(accepted) << accepted.error().text().toStdString();
    EXPECT_EQ(accepted->status, OfferStatus::Accepted);
    EXPECT_TRUE(accepted->respondedAt.isValid());
    auto app = ApplicationService(f.t.db(), f.actor).get(f.application.id);
    EXPECT_EQ(app->status, ApplicationStatus::Hired);
    EXPECT_TRUE(app->disposedAt.isValid());
    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.candidate.id);
    QStringList subjects;
    for (const Activity &a : *timeline)
        subjects << a.subject;
    EXPECT_TRUE(subjects.contains(QStringLiteral("Offer accepted: Analytical Engineer"))) << subjects.join(u'|').toStdString();
    EXPECT_TRUE(subjects.contains(QStringLiteral("Hired"))) << subjects.join(u'|').toStdString();
    EXPECT_FALSE(f.offers().create(f.draft())) << "a hired application takes no new offer";
    auto verified = AuditLog(f.t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST(OfferService, AcceptanceOfANoLongerActiveApplicationChangesNothing)
{
    Fixture f;
    Offer sent = sentOffer(f);
    ApplicationService apps(f.t.db(), f.actor);
    auto app = apps.get(f.application.id);
    ASSERT_TRUE(apps.disposition(app->id, app->version, ApplicationStatus::Withdrawn, QStringLiteral("No longer looking")));
    auto accepted = f.offers().accept(sent.id, sent.version);
    ASSERT_FALSE(accepted);
    EXPECT_TRUE(accepted.error().message.contains(QStringLiteral("withdrawn")));
    EXPECT_EQ(f.offers().get(sent.id)->status, OfferStatus::Sent) << "rolled back with the refusal";
    EXPECT_EQ(apps.get(f.application.id)->status, ApplicationStatus::Withdrawn);
}

TEST(OfferService, AcceptingTheLastHeadcountFillsTheRequisition)
{
    // The headcount rule itself belongs to ApplicationService::disposition(Hired); this
    // proves the offer path reaches it.
    Fixture f(2);
    Offer first = sentOffer(f);
    ASSERT_TRUE(f.offers().accept(first.id, first.version));
    RequisitionService reqs(f.t.db(), f.actor);
    EXPECT_EQ(reqs.get(f.requisition.id)->status, RequisitionStatus::Open) << "one of two hired";

    Candidate other = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    auto otherApp = ApplicationService(f.t.db(), f.actor).apply(other.id, f.requisition.id, QString());
    ASSERT_TRUE(otherApp);
    auto created = f.offers().create(f.draft(otherApp->id));
    auto approved = f.offers().approve(created->id, created->version);
    auto sent = f.offers().markSent(approved->id, approved->version);
    auto accepted = f.offers().accept(sent->id, sent->version);
    ASSERT_TRUE(accepted) << accepted.error().text().toStdString();
    auto filled = reqs.get(f.requisition.id);
    EXPECT_EQ(filled->status, RequisitionStatus::Filled);
    EXPECT_TRUE(filled->filledAt.isValid());
}

TEST(OfferService, ListsACandidatesOffersNewestFirst)
{
    Fixture f;
    auto first = f.offers().create(f.draft());
    ASSERT_TRUE(f.offers().withdraw(first->id, first->version));
    auto second = f.offers().create(f.draft());
    auto list = f.offers().forCandidate(f.candidate.id);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, second->id);
    EXPECT_EQ(list->at(1).status, OfferStatus::Withdrawn);
    EXPECT_TRUE(f.offers().forCandidate(f.addCandidate(QStringLiteral("No"), QStringLiteral("Offers")).id)->isEmpty());
}
