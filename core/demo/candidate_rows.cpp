#include "candidate_rows.h"

#include "demo_plan.h"
#include "demo_time.h"
#include "people_data.h"
#include "prng.h"
#include "resume_writer.h"
#include "skill_vocabulary.h"

namespace Tandem::Demo {
namespace {

QString phoneNumber(Prng &rng, const City &city)
{
    auto digits = [&rng](int count) {
        QString text(count, Qt::Uninitialized);
        for (QChar &c : text)
            c = QChar(u'0' + char16_t(rng.below(10)));
        return text;
    };
    if (city.dialCode == QLatin1String("+1")) // 555 numbers are reserved for fiction
        return QStringLiteral("+1 %1 555 %2").arg(rng.between(201, 989)).arg(digits(4));
    return QStringLiteral("%1 %2 %3 %4")
        .arg(city.dialCode, QString::number(rng.between(2, 99)), digits(rng.between(3, 4)), digits(4));
}

// Earlier roles split the career, one level lower each step back.
QList<ResumeFacts::Role> careerOf(const PlannedCandidate &c, const CandidateRow &row, int nowYear,
                                  int careerStart, Prng &rng)
{
    const Domain &domain = skillVocabulary().domains.at(c.domain);
    const int roleCount = 1 + qMin(3, int(c.years / 4));
    QList<ResumeFacts::Role> roles;
    int from = qMax(careerStart, nowYear - rng.between(0, qMax(1, int(c.years) / roleCount)));
    roles.append({row.title, row.company, from, 0});
    for (int r = 1; r < roleCount; ++r) {
        const int to = from;
        from = qMax(careerStart, to - qMax(1, (to - careerStart) / (roleCount - r)));
        const Track &track = rng.chance(0.7) ? domain.tracks.at(c.track) : rng.pick(domain.tracks);
        QString company = rng.pick(domain.companies);
        if (company == row.company)
            company = domain.companies.at((domain.companies.indexOf(company) + 1) % domain.companies.size());
        roles.append({levelPrefix(qMax(0, c.level - r)) + track.title, company, from, to});
    }
    return roles;
}

} // namespace

CandidateRow buildCandidateRow(const DemoPlan &plan, quint64 seed, int candidate)
{
    const PeopleData &people = peopleData();
    const SkillVocabulary &vocabulary = skillVocabulary();
    const PlannedCandidate &c = plan.candidates.at(candidate);
    const Domain &domain = vocabulary.domains.at(c.domain);
    const City &city = people.cities.at(c.city);
    Prng rng = Prng::stream(seed, ResumeStream, quint64(candidate));

    CandidateRow row;
    row.firstName = people.cultures.at(c.culture).firstNames.at(c.firstName);
    row.lastName = people.cultures.at(c.lastNameCulture).lastNames.at(c.lastName);
    row.city = city.name;
    row.country = city.country;
    row.title = levelPrefix(c.level) + domain.tracks.at(c.track).title;
    row.company = domain.companies.at(c.company);
    row.source = people.sources.at(c.source).name;
    QStringList skills;
    for (int s : c.skills)
        skills.append(vocabulary.skills.at(s));
    row.skillsText = skills.join(QStringLiteral(", "));
    if (rng.chance(0.65))
        row.linkedIn = QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                           .arg(asciiFold(row.firstName), asciiFold(row.lastName))
                           .arg(rng.below(0xffffff), 6, 16, QLatin1Char('0'));
    row.phone = phoneNumber(rng, city);

    const int nowYear = yearOf(plan.now);
    const int careerStart = nowYear - int(c.years + 0.5);
    ResumeFacts facts;
    facts.title = row.title;
    facts.company = row.company;
    facts.city = row.city;
    facts.country = row.country;
    facts.years = c.years;
    facts.skills = skills;
    facts.domain = &domain;
    facts.degree = rng.pick(domain.degrees);
    facts.university = rng.pick(people.universities);
    facts.graduationYear = careerStart - (rng.chance(0.3) ? 1 : 0);
    facts.roles = careerOf(c, row, nowYear, careerStart, rng);
    row.resume = writeResume(facts, rng);
    return row;
}

} // namespace Tandem::Demo
