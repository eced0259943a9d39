// Offer letters: the merge-field language (escaping, unknown fields with their line), the
// values an offer fills in, and the template store's rules (last one stays, one default).
#include <core/audit/audit_log.h>
#include <core/documents/letter_merge.h>
#include <core/documents/offer_letter.h>
#include <core/documents/offer_letter_file.h>
#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_letter_templates.h>
#include <core/records/offer_service.h>
#include <core/records/settings_store.h>
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
    User manager;
    Candidate candidate;
    Offer offer;

    explicit Fixture(const QString &firstName = QStringLiteral("Ada"))
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Rita Recruiter"));
        actor = UserDirectory::actorFor(*user);
        User m;
        m.name = QStringLiteral("Hank Manager");
        m.email = QStringLiteral("hank@example.com");
        m.role = QStringLiteral("hiring_manager");
        manager = *UserDirectory(t.db()).create(m, actor);
        Candidate c;
        c.firstName = firstName;
        c.lastName = QStringLiteral("Lovelace");
        c.email = QStringLiteral("ada@example.com");
        candidate = *CandidateService(t.db(), actor).create(c);
        Requisition r;
        r.title = QStringLiteral("Analytical Engineer");
        r.department = QStringLiteral("R&D");
        r.location = QStringLiteral("London");
        r.recruiterId = user->id;
        r.hiringManagerId = manager.id;
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        auto app = ApplicationService(t.db(), actor).apply(candidate.id, open->id, QString());
        Offer o;
        o.applicationId = app->id;
        o.salary = 85000;
        o.currency = QStringLiteral("USD");
        o.startDate = QDate(2027, 3, 1);
        o.expiresOn = QDate(2027, 2, 1);
        o.terms = QStringLiteral("Equity: 0.1% <vesting over 4 years>");
        offer = *OfferService(t.db(), actor).create(o);
    }
};

const QLocale us(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(LetterMerge, ReplacesKnownFieldsEscapedAndLeavesUnknownOnesVisible)
{
    const QString body = QStringLiteral("<p>Dear {{candidate.first_name}},</p>\n<p>{{ offer.terms }}</p>\n<p>{{candidate.nickname}}</p>");
    const QHash<QString, QString> values = {{QStringLiteral("candidate.first_name"), QStringLiteral("<b>Eve</b> & Co")},
                                            {QStringLiteral("offer.terms"), QStringLiteral("line one\nline \"two\"")}};
    const QString merged = LetterMerge::merge(body, values);
    EXPECT_EQ(merged, QStringLiteral("<p>Dear &lt;b&gt;Eve&lt;/b&gt; &amp; Co,</p>\n<p>line one<br>line &quot;two&quot;</p>\n"
                                     "<p>{{candidate.nickname}}</p>"));
}

TEST(LetterMerge, ReportsUnknownFieldsWithTheirLine)
{
    const QString body = QStringLiteral("<p>{{today}}</p>\n<p>{{candidate.first_nam}}</p>\n\n  {{offer.bonus}} {{agency.name}}");
    const auto unknown = LetterMerge::unknownFields(body);
    ASSERT_EQ(unknown.size(), 2);
    EXPECT_EQ(unknown.at(0).name, QStringLiteral("candidate.first_nam"));
    EXPECT_EQ(unknown.at(0).line, 2);
    EXPECT_EQ(unknown.at(0).column, 4);
    EXPECT_EQ(unknown.at(1).name, QStringLiteral("offer.bonus"));
    EXPECT_EQ(unknown.at(1).line, 4);
    EXPECT_EQ(unknown.at(1).column, 3);
    EXPECT_EQ(LetterMerge::problems(body).first(), QStringLiteral("Unknown merge field {{candidate.first_nam}} on line 2."));
    EXPECT_TRUE(LetterMerge::problems(QStringLiteral("<p>{{today}}</p>")).isEmpty());
    EXPECT_EQ(LetterMerge::fields(body).size(), 4);
}

TEST(LetterMerge, EveryKnownFieldHasADescription)
{
    EXPECT_EQ(LetterMerge::knownFields().size(), 19);
    for (const QString &name : LetterMerge::knownFields())
        EXPECT_FALSE(LetterMerge::describe(name).isEmpty()) << name.toStdString();
}

TEST(OfferLetter, RendersTheDefaultTemplateWithTheOffersValues)
{
    Fixture f;
    auto letter = OfferLetter(f.t.db(), us).render(f.offer.id);
    ASSERT_TRUE(letter) << letter.error().text().toStdString();
    EXPECT_TRUE(letter->unknownFields.isEmpty());
    EXPECT_EQ(letter->emptyFields, QStringList{QStringLiteral("recruiter.email")}) << "the local user has no email";
    EXPECT_FALSE(letter->html.contains(QStringLiteral("{{")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Dear Ada Lovelace,"))) << letter->html.toStdString();
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<b>Analytical Engineer</b>")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("R&amp;D team, based in London")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<b>$85,000</b> per year"))) << letter->html.toStdString();
    EXPECT_TRUE(letter->html.contains(QStringLiteral("will be Monday, March 1, 2027")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("open until Monday, February 1, 2027")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Equity: 0.1% &lt;vesting over 4 years&gt;")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Rita Recruiter")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Kind regards,<br>Hank Manager")));
    EXPECT_EQ(letter->title, QStringLiteral("Offer letter: Ada Lovelace, Analytical Engineer"));
}

TEST(OfferLetter, CandidateTextIsEscaped)
{
    Fixture f(QStringLiteral("<b>Eve</b> & Co"));
    auto letter = OfferLetter(f.t.db(), us).render(f.offer.id);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Dear &lt;b&gt;Eve&lt;/b&gt; &amp; Co Lovelace,"))) << letter->html.toStdString();
    EXPECT_FALSE(letter->html.contains(QStringLiteral("<b>Eve</b>")));
    EXPECT_TRUE(letter->title.contains(QStringLiteral("<b>Eve</b> & Co"))) << "the title is plain text";
}

TEST(OfferLetter, FormatsSalaryForTheLocaleAndCurrency)
{
    EXPECT_EQ(OfferLetter::formatSalary(85000, QStringLiteral("USD"), us), QStringLiteral("$85,000"));
    const QLocale germany(QLocale::German, QLocale::Germany);
    EXPECT_EQ(OfferLetter::formatSalary(85000, QStringLiteral("EUR"), germany), QStringLiteral("85.000\u00a0€"));
    EXPECT_EQ(OfferLetter::formatSalary(85000, QStringLiteral("GBP"), us), QStringLiteral("GBP\u00a085,000"));
    EXPECT_EQ(OfferLetter::formatSalary(85000, QStringLiteral("USD"), germany), QStringLiteral("USD\u00a085.000"));
}

TEST(OfferLetter, UsesTheOffersOwnTemplateAndReportsItsUnknownFields)
{
    Fixture f;
    OfferLetterTemplates templates(f.t.db(), f.actor);
    auto custom = templates.create(QStringLiteral("Short"), QStringLiteral("<p>Hi {{candidate.first_name}}</p>\n<p>{{offer.bonus}}</p>"));
    ASSERT_TRUE(custom) << custom.error().text().toStdString();
    Offer edited = f.offer;
    edited.letterTemplateId = custom->id;
    ASSERT_TRUE(OfferService(f.t.db(), f.actor).update(edited));
    auto letter = OfferLetter(f.t.db(), us).render(f.offer.id);
    ASSERT_TRUE(letter);
    EXPECT_EQ(letter->html, QStringLiteral("<p>Hi Ada</p>\n<p>{{offer.bonus}}</p>"));
    ASSERT_EQ(letter->unknownFields.size(), 1);
    EXPECT_EQ(letter->unknownFields.first().line, 2);
}

TEST(OfferLetterTemplates, CreateRenameSetDefaultAndDelete)
{
    Fixture f;
    OfferLetterTemplates templates(f.t.db(), f.actor);
    auto seeded = templates.defaultTemplate();
    ASSERT_TRUE(seeded);
    EXPECT_EQ(seeded->name, QStringLiteral("Standard offer letter"));
    EXPECT_TRUE(seeded->body.contains(QStringLiteral("{{candidate.first_name}}")));

    EXPECT_TRUE(templates.create(QStringLiteral("  "), QString()).error().message.contains(QStringLiteral("name")));
    EXPECT_TRUE(templates.create(QStringLiteral("standard OFFER letter"), QString()).error().message.contains(QStringLiteral("already")));
    auto intern = templates.create(QStringLiteral("Internship"), QStringLiteral("<p>{{today}}</p>"));
    ASSERT_TRUE(intern);
    auto renamed = templates.rename(intern->id, intern->version, QStringLiteral("Internship letter"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->name, QStringLiteral("Internship letter"));
    EXPECT_EQ(templates.rename(intern->id, intern->version, QStringLiteral("Again")).error().code, ErrorCode::Conflict);

    auto made = templates.setDefault(renamed->id, renamed->version);
    ASSERT_TRUE(made);
    EXPECT_TRUE(made->isDefault);
    EXPECT_FALSE(templates.get(seeded->id)->isDefault) << "exactly one default";
    EXPECT_EQ(templates.defaultTemplate()->id, renamed->id);
    EXPECT_EQ(templates.list()->size(), 2);

    // Deleting the default promotes the other; the last one stays.
    ASSERT_TRUE(templates.remove(made->id, made->version));
    EXPECT_EQ(templates.defaultTemplate()->id, seeded->id);
    EXPECT_TRUE(templates.get(seeded->id)->isDefault);
    auto last = templates.get(seeded->id);
    auto refused = templates.remove(last->id, last->version);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("only")));
    auto verified = AuditLog(f.t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST(OfferLetterTemplates, DeletingATemplateUnlinksItsOffers)
{
    Fixture f;
    OfferLetterTemplates templates(f.t.db(), f.actor);
    auto custom = templates.create(QStringLiteral("Short"), QStringLiteral("<p>{{today}}</p>"));
    Offer edited = f.offer;
    edited.letterTemplateId = custom->id;
    ASSERT_TRUE(OfferService(f.t.db(), f.actor).update(edited));
    ASSERT_TRUE(templates.remove(custom->id, custom->version));
    EXPECT_EQ(OfferService(f.t.db(), f.actor).get(f.offer.id)->letterTemplateId, 0);
    auto letter = OfferLetter(f.t.db(), us).render(f.offer.id);
    ASSERT_TRUE(letter) << "falls back to the default template";
    EXPECT_TRUE(letter->html.contains(QStringLiteral("Dear Ada")));
}

TEST(OfferLetterFile, KeepsTheLetterOnceByHashAndNotesItOnTheTimeline)
{
    Fixture f;
    const QByteArray pdf("%PDF-1.4 not a real letter, only bytes to store");
    auto first = keepOfferLetterFile(f.t.db(), f.actor, f.offer.id, QStringLiteral("Offer Ada.pdf"), pdf);
    ASSERT_TRUE(first) << first.error().text().toStdString();
    auto second = keepOfferLetterFile(f.t.db(), f.actor, f.offer.id, QStringLiteral("Offer Ada (again).pdf"), pdf);
    ASSERT_TRUE(second);
    EXPECT_NE(*first, *second);
    EXPECT_EQ(f.t->scalar(QStringLiteral("SELECT COUNT(*) FROM file_blobs"))->toInt(), 1) << "stored once by content";
    auto row = f.t->selectOne(QStringLiteral("SELECT f.kind, f.mime_type, f.size, f.candidate_id, b.data FROM candidate_files f "
                                             "JOIN file_blobs b ON b.sha256 = f.sha256 WHERE f.id = ?"),
                              {*first});
    ASSERT_TRUE(row && *row);
    EXPECT_EQ((*row)->value(0).toString(), QStringLiteral("offer_letter"));
    EXPECT_EQ((*row)->value(1).toString(), QStringLiteral("application/pdf"));
    EXPECT_EQ((*row)->value(2).toLongLong(), pdf.size());
    EXPECT_EQ((*row)->value(3).toLongLong(), f.candidate.id);
    EXPECT_EQ((*row)->value(4).toByteArray(), pdf);
    auto timeline = ActivityLog(f.t.db(), f.actor).forCandidate(f.candidate.id);
    EXPECT_EQ(timeline->first().kind, ActivityKind::File);
    EXPECT_EQ(timeline->first().subject, QStringLiteral("Added Offer Ada (again).pdf"));
    EXPECT_EQ(keepOfferLetterFile(f.t.db(), f.actor, 999999, QStringLiteral("x.pdf"), pdf).error().code, ErrorCode::NotFound);
    auto verified = AuditLog(f.t.db()).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

// Letters name the agency: its own setting, or the name job postings use until it is set.
TEST(OfferLetter, AgencyNameFallsBackToThePostingOrganization)
{
    Fixture f;
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(OfferLetter(f.t.db(), us).values(f.offer)->value(QStringLiteral("agency.name")), QString());
    ASSERT_TRUE(SettingsStore(f.t.db(), f.actor).setValue(QStringLiteral("posting.organization_name"), QStringLiteral("Acme Talent")));
    EXPECT_EQ(OfferLetter(f.t.db(), us).values(f.offer)->value(QStringLiteral("agency.name")), QStringLiteral("Acme Talent"));
    ASSERT_TRUE(SettingsStore(f.t.db(), f.actor).setValue(QStringLiteral("agency.name"), QStringLiteral("Acme Recruiting Ltd")));
    EXPECT_EQ(OfferLetter(f.t.db(), us).values(f.offer)->value(QStringLiteral("agency.name")),
              QStringLiteral("Acme Recruiting Ltd"));
}
