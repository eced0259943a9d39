// Planning the people: the agency's users and its candidates.

#include "demo_time.h"
#include "people_data.h"
#include "plan_steps.h"
#include "prng.h"
#include "skill_vocabulary.h"

#include <QSet>

#include <array>

namespace Tandem::Demo::PlanSteps {
namespace {

constexpr std::array<int, 5> kLevelWeights = {15, 40, 30, 10, 5};

double yearsForLevel(Prng &rng, int level)
{
    static constexpr double ranges[5][2] = {{0.5, 3}, {2, 8}, {5, 15}, {8, 22}, {12, 30}};
    const double years = ranges[level][0] + rng.unit() * (ranges[level][1] - ranges[level][0]);
    return double(qRound(years * 2)) / 2; // people say "seven and a half years", not 7.37
}

// 3-12 skills: mostly the track's own (the ones that make the title), then the domain's
// shared ones, a neighbouring track's, and now and then a general skill or language.
QList<int> pickSkills(Prng &rng, const Domain &domain, const Track &track)
{
    const int wanted = rng.between(3, 12);
    QList<int> skills;
    skills.reserve(wanted);
    auto add = [&](int skill) {
        if (skills.size() < wanted && !skills.contains(skill))
            skills.append(skill);
    };
    if (rng.chance(0.85))
        add(track.skills.first());
    const int own = qMin(wanted, rng.between(2, 6));
    for (int tries = 0; skills.size() < own && tries < 20; ++tries)
        add(rng.pick(track.skills));
    const QList<int> &general = skillVocabulary().generalSkills;
    for (int tries = 0; skills.size() < wanted && tries < 60; ++tries) {
        const double roll = rng.unit();
        if (roll < 0.4)
            add(rng.pick(domain.commonSkills));
        else if (roll < 0.65)
            add(rng.pick(rng.pick(domain.tracks).skills));
        else if (roll < 0.85)
            add(rng.pick(track.skills));
        else
            add(rng.pick(general));
    }
    return skills;
}

QString emailBase(Prng &rng, const QString &first, const QString &last)
{
    QString f = asciiFold(first);
    QString l = asciiFold(last);
    if (f.isEmpty())
        f = QStringLiteral("candidate");
    if (l.isEmpty())
        l = QStringLiteral("person");
    switch (rng.below(6)) {
    case 0:
        return f + QLatin1Char('.') + l;
    case 1:
        return f + l;
    case 2:
        return f.left(1) + QLatin1Char('.') + l;
    case 3:
        return f + QLatin1Char('_') + l;
    case 4:
        return f + QLatin1Char('.') + l + QString::number(rng.between(70, 99));
    default:
        return l + QLatin1Char('.') + f;
    }
}

// Makes `local@host` unique among `used` by numbering repeats: anna.berg2@..., anna.berg3@...
QString uniqueEmail(QSet<QString> &used, const QString &local, const QString &host)
{
    QString email = local + QLatin1Char('@') + host;
    for (int n = 2; used.contains(email); ++n)
        email = local + QString::number(n) + QLatin1Char('@') + host;
    used.insert(email);
    return email;
}

} // namespace

void planUsers(DemoPlan &plan, quint64 seed)
{
    struct Mix
    {
        UserRole role;
        int count;
    };
    // About thirty people: enough recruiters and managers that ownership varies.
    static constexpr Mix mix[] = {{UserRole::Admin, 1},
                                  {UserRole::Recruiter, 10},
                                  {UserRole::HiringManager, 12},
                                  {UserRole::Interviewer, 6},
                                  {UserRole::Compliance, 1}};
    const PeopleData &people = peopleData();
    QSet<QString> used;
    int index = 0;
    for (const Mix &m : mix) {
        for (int i = 0; i < m.count; ++i, ++index) {
            Prng rng = Prng::stream(seed, UserStream, quint64(index));
            const Culture &culture = people.cultures.at(rng.weighted(people.cultureWeights));
            const QString first = rng.pick(culture.firstNames);
            const QString last = rng.pick(culture.lastNames);
            PlannedUser user;
            user.name = first + QLatin1Char(' ') + last;
            user.email = uniqueEmail(used, asciiFold(first) + QLatin1Char('.') + asciiFold(last),
                                     QStringLiteral("tandem-agency.example"));
            user.role = m.role;
            user.active = !(m.role == UserRole::Interviewer && rng.chance(0.2));
            user.createdAt = plan.start - rng.between(20, 400) * kDay - qint64(rng.below(quint32(kDay)));
            switch (m.role) {
            case UserRole::Recruiter:
                plan.recruiters.append(index);
                break;
            case UserRole::HiringManager:
                plan.hiringManagers.append(index);
                break;
            case UserRole::Interviewer:
                plan.interviewers.append(index);
                break;
            default:
                break;
            }
            plan.users.append(user);
        }
    }
}

void planCandidates(DemoPlan &plan, const PlanInput &input)
{
    const PeopleData &people = peopleData();
    const SkillVocabulary &vocabulary = skillVocabulary();
    plan.candidates.resize(input.candidates);
    for (int i = 0; i < input.candidates; ++i) {
        Prng rng = Prng::stream(input.seed, CandidateStream, quint64(i));
        PlannedCandidate &c = plan.candidates[i];
        c.culture = quint16(rng.weighted(people.cultureWeights));
        const Culture &culture = people.cultures.at(c.culture);
        c.firstName = quint16(rng.below(quint32(culture.firstNames.size())));
        // Families and marriages mix traditions.
        c.lastNameCulture = rng.chance(0.12) ? quint16(rng.weighted(people.cultureWeights)) : c.culture;
        c.lastName = quint16(rng.below(quint32(people.cultures.at(c.lastNameCulture).lastNames.size())));
        c.city = (!culture.homeCities.isEmpty() && rng.chance(0.65))
            ? quint16(rng.pick(culture.homeCities))
            : quint16(rng.below(quint32(people.cities.size())));
        c.domain = quint8(rng.weighted(vocabulary.domainWeights));
        const Domain &domain = vocabulary.domains.at(c.domain);
        c.track = quint8(rng.below(quint32(domain.tracks.size())));
        c.level = quint8(rng.weighted(kLevelWeights));
        c.years = yearsForLevel(rng, c.level);
        c.company = quint16(rng.below(quint32(domain.companies.size())));
        c.source = quint8(rng.weighted(people.sourceWeights));
        c.owner = quint8(rng.below(quint32(plan.recruiters.size())));
        c.inApplicantPool = rng.chance(0.72);
        c.stage = rng.chance(0.4) ? CandidateStage::Lead : CandidateStage::Prospect;
        c.skills = pickSkills(rng, domain, domain.tracks.at(c.track));
        c.email = emailBase(rng, culture.firstNames.at(c.firstName),
                            people.cultures.at(c.lastNameCulture).lastNames.at(c.lastName))
            + QLatin1Char('@') + rng.pick(people.emailHosts);
    }
}

void finishCandidates(DemoPlan &plan, const PlanInput &input, qint64 activityTarget)
{
    const int n = int(plan.candidates.size());

    // Applications grouped by candidate (counting sort keeps them in application order).
    plan.candidateApplicationStart.fill(0, n + 1);
    for (const PlannedApplication &a : std::as_const(plan.applications))
        ++plan.candidateApplicationStart[a.candidate + 1];
    for (int i = 0; i < n; ++i)
        plan.candidateApplicationStart[i + 1] += plan.candidateApplicationStart[i];
    plan.applicationsByCandidate.resize(plan.applications.size());
    QList<int> fill = plan.candidateApplicationStart;
    for (int a = 0; a < plan.applications.size(); ++a)
        plan.applicationsByCandidate[fill[plan.applications.at(a).candidate]++] = a;

    Prng rng = Prng::stream(input.seed, AllocationStream, 1);
    QSet<QString> used;
    used.reserve(n);
    qint64 structured = 0;
    for (int i = 0; i < n; ++i) {
        PlannedCandidate &c = plan.candidates[i];
        const qsizetype at = c.email.indexOf(QLatin1Char('@'));
        c.email = uniqueEmail(used, c.email.left(at), c.email.mid(at + 1));

        const auto apps = plan.applicationsOf(i);
        if (apps.empty()) {
            c.createdAt = plan.start + qint64(rng.unit() * double(plan.now - plan.start - kHour));
            c.updatedAt = c.createdAt + qint64(rng.unit() * 0.5 * double(plan.now - c.createdAt));
            continue;
        }
        c.stage = CandidateStage::Applicant;
        qint64 first = plan.now;
        qint64 last = 0;
        for (int a : apps) {
            const PlannedApplication &app = plan.applications.at(a);
            const auto moves = plan.movesOf(app);
            first = qMin(first, moves.front());
            last = qMax(last, qMax(moves.back(), app.disposedAt));
            const bool disposed
                = app.status == ApplicationStatus::Rejected || app.status == ApplicationStatus::Withdrawn;
            structured += 1 + (app.moveCount() - 1) + (disposed ? 1 : 0);
        }
        // A record exists a little before its first application (sourced, or the day of applying).
        c.createdAt
            = qMax(plan.start, first - qint64(rng.unit() * double(rng.chance(0.5) ? 45 * kDay : kHour)));
        c.updatedAt = qMax(c.createdAt, last);
    }

    // Outreach, notes and calls make up the rest; people not (yet) in a pipeline get more.
    const qint64 extras = qMax<qint64>(0, activityTarget - structured);
    double weightSum = 0;
    for (const PlannedCandidate &c : std::as_const(plan.candidates))
        weightSum += c.stage == CandidateStage::Applicant ? 1.0 : 2.0;
    qint64 total = structured;
    for (PlannedCandidate &c : plan.candidates) {
        const double mean = double(extras) * (c.stage == CandidateStage::Applicant ? 1.0 : 2.0) / weightSum;
        c.extraActivities = int(mean * (0.5 + rng.unit()) + rng.unit());
        total += c.extraActivities;
    }
    plan.activityRows = total;
}

} // namespace Tandem::Demo::PlanSteps
