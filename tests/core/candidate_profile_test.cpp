#include <core/intake/candidate_profile.h>
#include <core/records/candidate_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

qint64 person(Testing::TestDatabase &t, const QString &first)
{
    Candidate c;
    c.firstName = first;
    c.lastName = QStringLiteral("Lee");
    auto created = CandidateService(t.db(), Actor::system()).create(c);
    EXPECT_TRUE(created.has_value());
    return created ? created->id : 0;
}

CandidateExtras sampleExtras()
{
    CandidateExtras e;
    e.contacts = {{QStringLiteral("email"), QStringLiteral("ann@work.example"), QStringLiteral("work")},
                  {QStringLiteral("phone"), QStringLiteral("+4915123456789"), {}},
                  {QStringLiteral("github"), QStringLiteral("https://github.com/annlee"), {}}};
    e.work = {{QStringLiteral("Acme"), QStringLiteral("Staff Engineer"), QStringLiteral("2021-03"), {}, true, {}},
              {QStringLiteral("Globex"), QStringLiteral("Engineer"), QStringLiteral("2016"), QStringLiteral("2021-02"), false,
               QStringLiteral("Payments")}};
    e.education = {{QStringLiteral("TU Berlin"), QStringLiteral("MSc"), QStringLiteral("Computer Science"), 2014, 2016}};
    return e;
}

} // namespace

TEST(CandidateProfile, ReplaceStoresExactlyTheListsInOrder)
{
    Testing::TestDatabase t;
    const qint64 ann = person(t, QStringLiteral("Ann"));
    CandidateProfileStore store(t.db(), Actor::system());
    auto stored = store.replace(ann, sampleExtras());
    ASSERT_TRUE(stored) << stored.error().text().toStdString();
    t.reopen();
    auto read = CandidateProfileStore(t.db(), Actor::system()).extrasOf(ann);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->contacts, sampleExtras().contacts);
    EXPECT_EQ(read->work, sampleExtras().work);
    EXPECT_EQ(read->education, sampleExtras().education);

    CandidateExtras fewer;
    fewer.work = {sampleExtras().work.last()};
    ASSERT_TRUE(CandidateProfileStore(t.db(), Actor::system()).replace(ann, fewer));
    auto after = CandidateProfileStore(t.db(), Actor::system()).extrasOf(ann);
    EXPECT_TRUE(after->contacts.isEmpty());
    ASSERT_EQ(after->work.size(), 1);
    EXPECT_EQ(after->work.first().employer, QStringLiteral("Globex"));
    EXPECT_TRUE(after->education.isEmpty());
}

TEST(CandidateProfile, MergeAddsOnlyWhatIsNew)
{
    Testing::TestDatabase t;
    const qint64 ann = person(t, QStringLiteral("Ann"));
    CandidateProfileStore store(t.db(), Actor::system());
    ASSERT_TRUE(store.replace(ann, sampleExtras()));
    CandidateExtras more;
    more.contacts = {{QStringLiteral("email"), QStringLiteral("ANN@work.example"), {}},
                     {QStringLiteral("email"), QStringLiteral("ann@home.example"), {}}};
    more.work = {{QStringLiteral("acme"), QStringLiteral("staff engineer"), {}, {}, false, {}},
                 {QStringLiteral("Initech"), QStringLiteral("Intern"), QStringLiteral("2015"), QStringLiteral("2015"), false, {}}};
    auto merged = store.merge(ann, more);
    ASSERT_TRUE(merged) << merged.error().text().toStdString();
    EXPECT_EQ(merged->contacts.size(), 4);
    EXPECT_EQ(merged->contacts.last().value, QStringLiteral("ann@home.example"));
    ASSERT_EQ(merged->work.size(), 3);
    EXPECT_EQ(merged->work.first().employer, QStringLiteral("Acme")); // kept, not replaced by the lower-case one
    EXPECT_EQ(merged->work.last().employer, QStringLiteral("Initech"));
    EXPECT_EQ(merged->education.size(), 1);
}

TEST(CandidateProfile, ChangesAreAuditedAndBadInputLosesNothing)
{
    Testing::TestDatabase t;
    const qint64 ann = person(t, QStringLiteral("Ann"));
    CandidateProfileStore store(t.db(), Actor::system());
    ASSERT_TRUE(store.replace(ann, sampleExtras()));
    auto audits = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'update_profile'"));
    ASSERT_TRUE(audits);
    EXPECT_EQ(audits->toInt(), 1);

    CandidateExtras bad = sampleExtras();
    bad.contacts.append({QStringLiteral("fax"), QStringLiteral("123"), {}});
    auto refused = store.replace(ann, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("fax")));
    EXPECT_EQ(store.extrasOf(ann)->contacts, sampleExtras().contacts);

    auto missing = store.replace(999999, sampleExtras());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST(CandidateProfile, ExtrasGoWithTheCandidateWhenItIsDeleted)
{
    Testing::TestDatabase t;
    const qint64 ann = person(t, QStringLiteral("Ann"));
    ASSERT_TRUE(CandidateProfileStore(t.db(), Actor::system()).replace(ann, sampleExtras()));
    ASSERT_TRUE(t.db().exec(QStringLiteral("DELETE FROM activities WHERE candidate_id = ?"), {ann}));
    ASSERT_TRUE(t.db().exec(QStringLiteral("DELETE FROM candidates WHERE id = ?"), {ann}));
    for (const char *table : {"candidate_contacts", "candidate_experience", "candidate_education"}) {
        auto n = t.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        ASSERT_TRUE(n);
        EXPECT_EQ(n->toInt(), 0) << table;
    }
}
