#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/match_score.h>
#include <core/records/requisition_service.h>

#include "support/test_database.h"

#include <QElapsedTimer>

#include <ctime>

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

MatchRequirements backend()
{
    MatchRequirements r;
    r.mustHave = {QStringLiteral("Rust"), QStringLiteral("Go"), QStringLiteral("Kubernetes"), QStringLiteral("SQL"),
                  QStringLiteral("Terraform")};
    r.niceToHave = {QStringLiteral("Docker"), QStringLiteral("Kafka")};
    r.minYears = 5;
    r.location = QStringLiteral("Berlin, Germany");
    return r;
}

MatchProfile person(QStringList skills, std::optional<double> years, QString city, QString country)
{
    return MatchProfile{std::move(skills), years, std::move(city), std::move(country)};
}

} // namespace

TEST(MatchScore, WeightsEachPart)
{
    // Everything met: 100.
    const MatchProfile all = person({QStringLiteral("rust"), QStringLiteral("GO"), QStringLiteral("Kubernetes"), QStringLiteral("SQL"),
                                     QStringLiteral("Terraform"), QStringLiteral("Docker"), QStringLiteral("Kafka")},
                                    6, QStringLiteral("Berlin"), QStringLiteral("Germany"));
    const MatchResult full = MatchScorer::evaluate(backend(), all);
    EXPECT_TRUE(full.scored);
    EXPECT_EQ(full.score, 100);

    // 4/5 must (40), 1/2 nice (10), 3/5 years (9), same country only (7.5): 66.5 of 100.
    const MatchProfile some = person({QStringLiteral("Rust"), QStringLiteral("Go"), QStringLiteral("Kubernetes"), QStringLiteral("SQL"),
                                      QStringLiteral("Docker")},
                                     3, QStringLiteral("Munich"), QStringLiteral("Germany"));
    const MatchResult r = MatchScorer::evaluate(backend(), some);
    EXPECT_EQ(r.score, 67);
    EXPECT_EQ(r.matchedMust, (QStringList{QStringLiteral("Rust"), QStringLiteral("Go"), QStringLiteral("Kubernetes"), QStringLiteral("SQL")}));
    EXPECT_EQ(r.missingMust, QStringList{QStringLiteral("Terraform")});
    EXPECT_EQ(r.matchedNice, QStringList{QStringLiteral("Docker")});
    ASSERT_EQ(r.reasons.size(), 4);
    EXPECT_EQ(r.reasons[0], QStringLiteral("4 of 5 must-have skills: Rust, Go, Kubernetes, SQL — missing Terraform"));
    EXPECT_EQ(r.reasons[1], QStringLiteral("1 of 2 nice-to-have skills: Docker"));
    EXPECT_EQ(r.reasons[2], r.yearsNote);
    EXPECT_TRUE(r.yearsNote.contains(QStringLiteral("2 short of the 5"))) << r.yearsNote.toStdString();
    EXPECT_EQ(r.reasons[3], r.locationNote);
    EXPECT_TRUE(r.locationNote.contains(QStringLiteral("same country"))) << r.locationNote.toStdString();

    // Nothing met.
    const MatchResult none = MatchScorer::evaluate(backend(), person({}, std::nullopt, QString(), QString()));
    EXPECT_EQ(none.score, 0);
    EXPECT_TRUE(none.reasons[0].startsWith(QStringLiteral("None of the 5 must-have skills: missing Rust"))) << none.reasons[0].toStdString();
    EXPECT_TRUE(none.yearsNote.contains(QStringLiteral("unknown")));
    EXPECT_TRUE(none.locationNote.contains(QStringLiteral("unknown")));
}

TEST(MatchScore, RemoteMatchesAnywhereAndCityBeatsCountry)
{
    MatchRequirements asked;
    asked.location = QStringLiteral("Lisbon, Portugal");
    EXPECT_EQ(MatchScorer::evaluate(asked, person({}, {}, QStringLiteral("lisbon"), QString())).score, 100);
    EXPECT_EQ(MatchScorer::evaluate(asked, person({}, {}, QStringLiteral("Porto"), QStringLiteral("Portugal"))).score, 50);
    EXPECT_EQ(MatchScorer::evaluate(asked, person({}, {}, QStringLiteral("Oslo"), QStringLiteral("Norway"))).score, 0);
    asked.remote = true;
    const MatchResult remote = MatchScorer::evaluate(asked, person({}, {}, QStringLiteral("Oslo"), QStringLiteral("Norway")));
    EXPECT_EQ(remote.score, 100);
    EXPECT_TRUE(remote.locationNote.contains(QStringLiteral("Remote")));
}

TEST(MatchScore, NoSkillsAskedScoresFromWhatIsLeft)
{
    MatchRequirements asked;
    asked.minYears = 4;
    // Years alone: 2 of 4 years is half.
    EXPECT_EQ(MatchScorer::evaluate(asked, person({QStringLiteral("Rust")}, 2, {}, {})).score, 50);
    EXPECT_EQ(MatchScorer::evaluate(asked, person({}, 10, {}, {})).score, 100);
    // Nothing asked: not scored (the card shows no badge rather than a meaningless 100).
    const MatchResult empty = MatchScorer::evaluate(MatchRequirements{}, person({QStringLiteral("Go")}, 3, {}, {}));
    EXPECT_FALSE(empty.scored);
    EXPECT_TRUE(empty.reasons.isEmpty());
}

TEST(MatchScore, CanonicalNamesMatchSynonyms)
{
    MatchRequirements asked;
    asked.mustHave = {QStringLiteral("Kubernetes"), QStringLiteral("JavaScript")};
    const MatchProfile p = person({QStringLiteral("k8s"), QStringLiteral("JS")}, {}, {}, {});
    EXPECT_EQ(MatchScorer::evaluate(asked, p).score, 0);
    const MatchScorer::Canonical canonical = [](const QString &name) {
        if (name.compare(QStringLiteral("k8s"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("Kubernetes");
        if (name.compare(QStringLiteral("js"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("JavaScript");
        return name;
    };
    const MatchResult r = MatchScorer::evaluate(asked, p, canonical);
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(r.matchedMust, asked.mustHave); // reported in the requisition's words
}

namespace {

struct Pipeline
{
    Testing::TestDatabase t;
    Actor actor = Actor::system();
    Requisition req;

    Pipeline()
    {
        Requisition r;
        r.title = QStringLiteral("Backend Engineer");
        r.location = QStringLiteral("Berlin, Germany");
        r.minYearsExperience = 5;
        r.skills = {{QStringLiteral("Rust"), true}, {QStringLiteral("Go"), true}, {QStringLiteral("Docker"), false}};
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        EXPECT_TRUE(created);
        req = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
    }

    qint64 apply(const QString &name, QStringList skills, std::optional<double> years, const QString &city)
    {
        Candidate c;
        c.firstName = name;
        c.lastName = QStringLiteral("Tester");
        c.skills = std::move(skills);
        c.yearsExperience = years;
        c.city = city;
        auto stored = CandidateService(t.db(), actor).create(c);
        EXPECT_TRUE(stored);
        auto app = ApplicationService(t.db(), actor).apply(stored->id, req.id, QStringLiteral("Website"));
        EXPECT_TRUE(app);
        return app ? app->id : 0;
    }
};

} // namespace

TEST(MatchScore, MinimumYearsIsStoredAndRead)
{
    Pipeline p;
    EXPECT_EQ(p.req.minYearsExperience, std::optional<double>(5));
    RequisitionService reqs(p.t.db(), p.actor);
    Requisition edited = p.req;
    edited.minYearsExperience.reset();
    auto saved = reqs.update(edited);
    ASSERT_TRUE(saved);
    EXPECT_FALSE(saved->minYearsExperience.has_value());
    edited = *saved;
    edited.minYearsExperience = 2.5;
    saved = reqs.update(edited);
    ASSERT_TRUE(saved);
    EXPECT_EQ(reqs.get(p.req.id)->minYearsExperience, std::optional<double>(2.5));
    edited = *saved;
    edited.minYearsExperience = -1;
    EXPECT_EQ(reqs.update(edited).error().code, ErrorCode::Invalid);
}

TEST(MatchScore, BatchEqualsSingle)
{
    Pipeline p;
    const qint64 ann = p.apply(QStringLiteral("Ann"), {QStringLiteral("Rust"), QStringLiteral("Go"), QStringLiteral("Docker")}, 7,
                               QStringLiteral("Berlin"));
    const qint64 bob = p.apply(QStringLiteral("Bob"), {QStringLiteral("go")}, 2, QStringLiteral("Paris"));
    const qint64 cay = p.apply(QStringLiteral("Cay"), {}, std::nullopt, QString());
    MatchScorer scorer(p.t.db());
    auto all = scorer.scoreAll(p.req.id);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->value(ann).score, 100);
    // Bob: 1/2 must (25) + 0 nice + 2/5 years (6) + 0 location = 31 of 100.
    EXPECT_EQ(all->value(bob).score, 31);
    EXPECT_EQ(all->value(cay).score, 0);
    ApplicationService apps(p.t.db(), p.actor);
    for (qint64 id : {ann, bob, cay}) {
        auto single = scorer.score(apps.get(id)->candidateId, p.req.id);
        ASSERT_TRUE(single);
        EXPECT_EQ(single->score, all->value(id).score);
        EXPECT_EQ(single->reasons, all->value(id).reasons);
    }
    EXPECT_EQ(scorer.score(999999, p.req.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(scorer.scoreAll(999999).error().code, ErrorCode::NotFound);
}

// Not a timed test (timings belong to the benchmark): prints what scoring a board of 500
// applications costs on this engine, for the report.
TEST(MatchScore, PrintsTheCostOfABoardOf500)
{
    Pipeline p;
    for (int i = 0; i < 500; ++i)
        p.apply(QStringLiteral("P%1").arg(i), {QStringLiteral("Rust"), QStringLiteral("Skill%1").arg(i % 40), QStringLiteral("Go")},
                i % 12, i % 3 ? QStringLiteral("Berlin") : QStringLiteral("Hamburg"));
    MatchScorer scorer(p.t.db());
    ASSERT_TRUE(scorer.scoreAll(p.req.id)); // warm the statement cache
    // Wall time and this process's CPU time: on a loaded machine the wall clock also counts
    // waiting for a core.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    constexpr int rounds = 10;
    for (int i = 0; i < rounds; ++i)
        ASSERT_EQ(scorer.scoreAll(p.req.id)->size(), 500);
    std::printf("[match score] scoreAll over 500 applications: %.2f ms wall, %.2f ms CPU\n",
                double(timer.nsecsElapsed()) / 1e6 / rounds, 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / rounds);
    // The share of the read alone, to tell SQL from scoring.
    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        auto q = p.t.db().exec(QStringLiteral("SELECT a.id, c.years_experience, c.city, c.country, c.skills_text FROM applications a "
                                              "JOIN candidates c ON c.id = a.candidate_id WHERE a.requisition_id = ?"),
                               {p.req.id});
        ASSERT_TRUE(q);
        while (q->next())
            q->value(4);
    }
    std::printf("[match score] of which the read: %.2f ms\n", double(timer.nsecsElapsed()) / 1e6 / rounds);
}
