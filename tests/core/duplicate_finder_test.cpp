#include "support/test_database.h"

#include <core/audit/audit_log.h>
#include <core/common/ids.h>
#include <core/dedupe/duplicate_finder.h>
#include <core/dedupe/name_matching.h>
#include <core/records/candidate_service.h>
#include <core/records/settings_store.h>
#include <core/records/user_directory.h>
#include <core/storage/transaction.h>

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;

    Fixture()
    {
        auto user = UserDirectory(t.db()).ensureLocalUser(QStringLiteral("Sam Sourcer"));
        actor = UserDirectory::actorFor(*user);
        EXPECT_TRUE(SettingsStore(t.db(), actor)
                        .setValue(QStringLiteral("intake.default_region"), QStringLiteral("DE")));
    }

    qint64 add(const QString &first, const QString &last, const QString &email = {},
               const QString &phone = {}, const QString &company = {}, const QString &city = {},
               const QString &linkedin = {})
    {
        Candidate c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.phone = phone;
        c.currentCompany = company;
        c.city = city;
        c.linkedinUrl = linkedin;
        auto created = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return created ? created->id : 0;
    }

    QList<DuplicateMatch> find(const CandidateDraft &draft)
    {
        auto found = DuplicateFinder(t.db()).findFor(draft, 10);
        EXPECT_TRUE(found) << found.error().text().toStdString();
        return found ? *found : QList<DuplicateMatch> {};
    }
};

CandidateDraft draft(const QString &first, const QString &last)
{
    CandidateDraft d;
    d.candidate.firstName = first;
    d.candidate.lastName = last;
    return d;
}

} // namespace

TEST(NameMatching, FoldsDiacriticsAndParticles)
{
    EXPECT_EQ(Dedupe::foldText(QStringLiteral("Müller-Lüdenscheidt")), QStringLiteral("mullerludenscheidt"));
    EXPECT_EQ(Dedupe::foldText(QStringLiteral("Strauß")), QStringLiteral("strauss"));
    EXPECT_EQ(Dedupe::foldLastName(QStringLiteral("van der Berg")), QStringLiteral("berg"));
    EXPECT_EQ(Dedupe::foldLastName(QStringLiteral("Le")), QStringLiteral("le"));
    EXPECT_EQ(Dedupe::nameBlockingKeys(QStringLiteral("José"), QStringLiteral("De la Cruz")),
              (QStringList {QStringLiteral("l:cruz|j"), QStringLiteral("f:jose|c")}));
    EXPECT_DOUBLE_EQ(Dedupe::jaroWinkler(QStringLiteral("martha"), QStringLiteral("martha")), 1.0);
    EXPECT_NEAR(Dedupe::jaroWinkler(QStringLiteral("martha"), QStringLiteral("marhta")), 0.961, 0.001);
    EXPECT_NEAR(Dedupe::jaroWinkler(QStringLiteral("dixon"), QStringLiteral("dicksonx")), 0.813, 0.001);
    // First and last names are compared apart: a shared last name and initial is not enough.
    EXPECT_LT(Dedupe::nameSimilarity(QStringLiteral("Tamar"), QStringLiteral("Katz"), QStringLiteral("Tal"),
                                     QStringLiteral("Katz")),
              0.88);
    EXPECT_GE(Dedupe::nameSimilarity(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("John"),
                                     QStringLiteral("Smyth")),
              0.88);
    EXPECT_DOUBLE_EQ(Dedupe::nameSimilarity(QStringLiteral("A"), QStringLiteral("Lee"), QStringLiteral("Ann"),
                                            QStringLiteral("Lee")),
                     0.9);
    EXPECT_LT(Dedupe::nameSimilarity(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Bob"),
                                     QStringLiteral("Stone")),
              0.6);
}

TEST(DuplicateFinder, SameEmailInAnySpellingAndInContacts)
{
    Fixture f;
    const qint64 ann = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"));
    const qint64 other = f.add(QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("bo@y.org"));
    Testing::runSql(f.t.db(),
                    QStringLiteral("INSERT INTO candidate_contacts (candidate_id, kind, value, created_at) "
                                   "VALUES (?, 'email', 'Bo.Private@Mail.example', ?)"),
                    {other, nowStorageTime()});

    CandidateDraft d = draft(QStringLiteral("A."), QStringLiteral("Lee-Smith"));
    d.emails = {QStringLiteral("  ANN@X.com ")};
    auto matches = f.find(d);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, ann);
    EXPECT_DOUBLE_EQ(matches[0].score, 0.95);
    EXPECT_EQ(matches[0].reasons, QStringList {QStringLiteral("same e-mail ann@x.com")});

    CandidateDraft viaContact = draft(QStringLiteral("Robert"), QStringLiteral("B."));
    viaContact.candidate.email = QStringLiteral("bo.private@mail.example");
    matches = f.find(viaContact);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, other);

    EXPECT_TRUE(f.find(draft(QStringLiteral("Nobody"), QStringLiteral("Known"))).isEmpty());
}

TEST(DuplicateFinder, SamePhoneReadWithTheDefaultRegion)
{
    Fixture f;
    const qint64 ann
        = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), {}, QStringLiteral("0151 2345 6789"));
    CandidateDraft d = draft(QStringLiteral("Annie"), QStringLiteral("Leeds"));
    d.phones = {QStringLiteral("+4915123456789")};
    auto matches = f.find(d);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, ann);
    EXPECT_DOUBLE_EQ(matches[0].score, 0.85);
    EXPECT_EQ(matches[0].reasons, QStringList {QStringLiteral("same phone +4915123456789")});
    // The same digits in another country are another number.
    d.phones = {QStringLiteral("+4315123456789")};
    EXPECT_TRUE(f.find(d).isEmpty());
}

TEST(DuplicateFinder, SameLinkedInProfile)
{
    Fixture f;
    const qint64 ann = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), {}, {}, {}, {},
                             QStringLiteral("https://www.linkedin.com/in/Ann-Lee/"));
    CandidateDraft d = draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    d.profileUrls = {QStringLiteral("https://de.linkedin.com/in/ann-lee?trk=x")};
    auto matches = f.find(d);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, ann);
    EXPECT_DOUBLE_EQ(matches[0].score, 0.95);
    EXPECT_EQ(matches[0].reasons, QStringList {QStringLiteral("same LinkedIn profile")});
}

TEST(DuplicateFinder, SimilarNameCountsOnlyWithEmployerOrCity)
{
    Fixture f;
    const qint64 jon = f.add(QStringLiteral("Jon"), QStringLiteral("Smith"), {}, {}, QStringLiteral("Acme"),
                             QStringLiteral("Berlin"));
    const qint64 jose = f.add(QStringLiteral("José"), QStringLiteral("van der Berg"), {}, {},
                              QStringLiteral("Initech"), QStringLiteral("Utrecht"));

    CandidateDraft employer = draft(QStringLiteral("John"), QStringLiteral("Smith"));
    employer.candidate.currentCompany = QStringLiteral("ACME");
    auto matches = f.find(employer);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, jon);
    EXPECT_GT(matches[0].score, 0.6);
    EXPECT_LT(matches[0].score, 0.9);
    ASSERT_EQ(matches[0].reasons.size(), 1);
    EXPECT_TRUE(matches[0].reasons[0].startsWith(QStringLiteral("similar name (0.9")));
    EXPECT_TRUE(matches[0].reasons[0].endsWith(QStringLiteral("and same employer Acme")));

    CandidateDraft city = draft(QStringLiteral("Jose"), QStringLiteral("Berg"));
    city.candidate.city = QStringLiteral("utrecht");
    matches = f.find(city);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].candidateId, jose);
    EXPECT_DOUBLE_EQ(matches[0].score, 0.7); // equal folded names: 0.45 + 0.25
    EXPECT_EQ(matches[0].reasons, QStringList {QStringLiteral("similar name (1.00) and same city Utrecht")});

    // Employer and city together score higher than either.
    CandidateDraft both = employer;
    both.candidate.city = QStringLiteral("Berlin");
    EXPECT_GT(f.find(both).value(0).score, f.find(employer).value(0).score);

    // The same name alone is not evidence; nor is the same employer with another name.
    EXPECT_TRUE(f.find(draft(QStringLiteral("Jon"), QStringLiteral("Smith"))).isEmpty());
    CandidateDraft colleague = draft(QStringLiteral("Mary"), QStringLiteral("Jones"));
    colleague.candidate.currentCompany = QStringLiteral("Acme");
    EXPECT_TRUE(f.find(colleague).isEmpty());
}

TEST(DuplicateFinder, EvidenceAddsUpAndTheBestComesFirst)
{
    Fixture f;
    const qint64 weak
        = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), {}, QStringLiteral("+49 151 23456789"));
    const qint64 strong = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"),
                                QStringLiteral("+49 151 23456789"));
    CandidateDraft d = draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    d.emails = {QStringLiteral("ann@x.com")};
    d.phones = {QStringLiteral("+4915123456789")};
    auto matches = f.find(d);
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].candidateId, strong);
    EXPECT_NEAR(matches[0].score, 1.0 - 0.05 * 0.15, 1e-9);
    EXPECT_EQ(matches[0].reasons.size(), 2);
    EXPECT_EQ(matches[1].candidateId, weak);
}

TEST(DuplicateFinder, ArchivedRecordsAreNeverProposed)
{
    Fixture f;
    const qint64 ann = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"));
    CandidateDraft d = draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    d.emails = {QStringLiteral("ann@x.com")};
    DuplicateFinder kept(f.t.db()); // built before the archive: must still leave it out
    ASSERT_EQ(kept.findFor(d)->size(), 1);
    CandidateService candidates(f.t.db(), f.actor);
    ASSERT_TRUE(candidates.archive(ann, candidates.get(ann)->version));
    EXPECT_TRUE(kept.findFor(d)->isEmpty());
    EXPECT_TRUE(f.find(d).isEmpty());
    f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ANN@x.com"));
    EXPECT_TRUE(DuplicateFinder(f.t.db()).findAll()->isEmpty());
}

TEST(DuplicateFinder, AFinderSeesRecordsAddedAfterItsIndexWasBuilt)
{
    Fixture f;
    DuplicateFinder finder(f.t.db());
    CandidateDraft d = draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    d.emails = {QStringLiteral("ann@x.com")};
    ASSERT_TRUE(finder.findFor(d)->isEmpty());
    const qint64 ann = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"));
    auto matches = finder.findFor(d);
    ASSERT_EQ(matches->size(), 1);
    EXPECT_EQ(matches->at(0).candidateId, ann);
}

TEST(DuplicateFinder, DismissedPairsAreNotProposedAgain)
{
    Fixture f;
    const qint64 a = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.com"));
    const qint64 b = f.add(QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("Ann@X.com"));
    const qint64 c = f.add(QStringLiteral("A."), QStringLiteral("Lee"), QStringLiteral("ann@x.com"));
    DuplicateFinder finder(f.t.db());
    auto pairs = finder.findAll();
    ASSERT_TRUE(pairs);
    ASSERT_EQ(pairs->size(), 3);
    const qint64 auditBefore = *AuditLog(f.t.db()).count();
    ASSERT_TRUE(finder.dismiss(b, a, f.actor));
    EXPECT_EQ(*AuditLog(f.t.db()).count(), auditBefore + 1);
    EXPECT_EQ(
        *f.t->scalar(QStringLiteral("SELECT count(*) FROM duplicate_dismissals WHERE candidate_low = ? AND "
                                    "candidate_high = ?"),
                     {a, b}),
        1);
    EXPECT_TRUE(finder.dismiss(a, b, f.actor)); // twice is harmless
    pairs = DuplicateFinder(f.t.db()).findAll();
    ASSERT_EQ(pairs->size(), 2);
    for (const DuplicatePair &p : *pairs)
        EXPECT_FALSE(p.candidateA == a && p.candidateB == b);

    CandidateDraft again = draft(QStringLiteral("Ann"), QStringLiteral("Lee"));
    again.candidate.id = a;
    again.candidate.email = QStringLiteral("ann@x.com");
    auto matches = DuplicateFinder(f.t.db()).findFor(again);
    ASSERT_EQ(matches->size(), 1);
    EXPECT_EQ(matches->at(0).candidateId, c);
    EXPECT_FALSE(finder.dismiss(a, a, f.actor));
}

// A database of 5,000 distinct people with a few planted duplicates: findAll finds exactly those.
TEST(DuplicateFinder, FindsThePlantedDuplicatesAmongFiveThousand)
{
    Fixture f;
    const int n = 5000;
    // Made-up names of three syllables (a person's index in base 20), so that no two share
    // a name; every employer and city is a person's own, so only planted evidence links two.
    const QStringList syllables
        = {QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"), QStringLiteral("ne"),
           QStringLiteral("ru"), QStringLiteral("sa"), QStringLiteral("to"), QStringLiteral("vi"),
           QStringLiteral("be"), QStringLiteral("da"), QStringLiteral("fu"), QStringLiteral("go"),
           QStringLiteral("hi"), QStringLiteral("ju"), QStringLiteral("pe"), QStringLiteral("zo"),
           QStringLiteral("wa"), QStringLiteral("xe"), QStringLiteral("yu"), QStringLiteral("qi")};
    auto lastName = [&](int i) {
        QString name = syllables.at(i % 20) + syllables.at(i / 20 % 20) + syllables.at(i / 400 % 20);
        name[0] = name[0].toUpper();
        return name;
    };
    const QStringList firsts = {QStringLiteral("Ann"),    QStringLiteral("Bruno"), QStringLiteral("Chiara"),
                                QStringLiteral("Dmitri"), QStringLiteral("Emeka"), QStringLiteral("Fatima"),
                                QStringLiteral("Gustav"), QStringLiteral("Hana"),  QStringLiteral("Ivo"),
                                QStringLiteral("Jun")};
    {
        auto tx = Transaction::begin(f.t.db());
        ASSERT_TRUE(tx);
        const QString now = nowStorageTime();
        for (int i = 0; i < n; ++i) {
            Testing::runSql(
                f.t.db(),
                QStringLiteral("INSERT INTO candidates (uuid, first_name, last_name, email, phone, city, "
                               "current_company, "
                               "linkedin_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {newUuid(), firsts.at(i % firsts.size()), lastName(i),
                 QStringLiteral("p%1@example.org").arg(i), QStringLiteral("+49 30 %1").arg(1000000 + i),
                 QStringLiteral("City %1").arg(i), QStringLiteral("Company %1").arg(i),
                 QStringLiteral("https://linkedin.com/in/p-%1").arg(i), now, now});
        }
        ASSERT_TRUE(tx->commit());
    }
    auto idOf = [&](int i) {
        return f.t
            ->scalar(QStringLiteral("SELECT id FROM candidates WHERE email = ?"),
                     {QStringLiteral("p%1@example.org").arg(i)})
            ->toLongLong();
    };
    QSet<QPair<qint64, qint64>> planted;
    auto plant = [&](int of, const QString &first, const QString &last, const QString &email,
                     const QString &phone, const QString &company, const QString &city, const QString &url) {
        const qint64 id = f.add(first, last, email, phone, company, city, url);
        planted.insert(qMakePair(idOf(of), id));
    };
    plant(10, QStringLiteral("Someone"), QStringLiteral("Else"), QStringLiteral("P10@Example.org"), {}, {},
          {}, {});
    plant(20, QStringLiteral("Other"), QStringLiteral("Person"), {}, QStringLiteral("030 1000020"), {}, {},
          {});
    plant(30, QStringLiteral("Third"), QStringLiteral("One"), {}, {}, {}, {},
          QStringLiteral("https://www.linkedin.com/in/P-30/"));
    // A typo in the last name, the same employer.
    plant(40, firsts.at(0), lastName(40) + QStringLiteral("h"), {}, {}, QStringLiteral("company 40"),
          QStringLiteral("Elsewhere"), {});
    // An accent and the same city.
    plant(41, QStringLiteral("Brúno"), lastName(41), {}, {}, QStringLiteral("Another Co"),
          QStringLiteral("CITY 41"), {});
    // The same name as someone, but neither employer nor city: not proposed.
    f.add(firsts.at(2 % 10), lastName(2), {}, {}, QStringLiteral("Other Co"), QStringLiteral("Other City"));

    DuplicateFinder finder(f.t.db());
    QElapsedTimer timer;
    timer.start();
    qint64 lastDone = -1;
    auto pairs = finder.findAll([&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        lastDone = done;
        return true;
    });
    ASSERT_TRUE(pairs) << pairs.error().text().toStdString();
    std::cout << "findAll over " << n + 6 << " candidates: " << timer.elapsed() << " ms\n";
    EXPECT_GT(lastDone, 0);
    QSet<QPair<qint64, qint64>> found;
    for (const DuplicatePair &p : *pairs)
        found.insert(qMakePair(p.candidateA, p.candidateB));
    EXPECT_EQ(found, planted);

    auto cancelled = finder.findAll([](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}

// Not a timed test (the benchmark proves speed): run it by hand on a big database, e.g.
//   tandem-cli --db /tmp/demo.sqlite demo --candidates 100000 --seed 7
//   TANDEM_DEDUPE_DB=/tmp/demo.sqlite test_core_duplicate_finder --gtest_also_run_disabled_tests
//       --gtest_filter='*DISABLED_Measure*'   (one command line)
TEST(DuplicateFinder, DISABLED_MeasureFindAllOnADemoDatabase)
{
    const QString path = qEnvironmentVariable("TANDEM_DEDUPE_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "set TANDEM_DEDUPE_DB to a demo database";
    auto db = Database::open(ConnectionSettings::sqliteFile(path));
    ASSERT_TRUE(db) << db.error().text().toStdString();
    QElapsedTimer timer;
    timer.start();
    DuplicateFinder finder(**db);
    auto pairs = finder.findAll();
    ASSERT_TRUE(pairs) << pairs.error().text().toStdString();
    const qint64 all = timer.elapsed();
    std::cout << "findAll: " << pairs->size() << " pairs in " << all << " ms\n";
    for (qsizetype i = 0; i < std::min<qsizetype>(pairs->size(), 5); ++i)
        std::cout << "  " << pairs->at(i).nameA.toStdString() << " / " << pairs->at(i).nameB.toStdString()
                  << " " << pairs->at(i).score << " "
                  << pairs->at(i).reasons.join(QStringLiteral("; ")).toStdString() << "\n";
    CandidateDraft d;
    d.candidate.firstName = QStringLiteral("Ann");
    d.candidate.lastName = QStringLiteral("Lee");
    d.emails = {QStringLiteral("nobody@example.org")};
    timer.restart();
    for (int i = 0; i < 100; ++i)
        ASSERT_TRUE(finder.findFor(d));
    std::cout << "findFor (index built): " << timer.elapsed() / 100.0 << " ms each\n";
}
