#include "resume_writer.h"

#include "prng.h"
#include "skill_vocabulary.h"
#include "text_template.h"

#include <algorithm>
#include <array>

namespace Tandem::Demo {
namespace {

constexpr const char16_t *summaryTemplates[] = {
    u"{title} with {yearsPhrase} of experience in {field}, based in {city}, {country}.",
    u"I am a {adjective} {title} who likes turning messy problems into {outcome}.",
    u"Over {yearsPhrase} I have worked across {field}, most recently as {title} at {company}.",
    u"{Adjective} {title} known for {strength}.",
    u"My work sits where {skill1} meets {skill2}, and I care about {value}.",
    u"Currently {title} at {company}, looking for a team that values {value}.",
    u"Experienced in {skill1}, {skill2} and {skill3}, with a track record of {strength}.",
    u"Based in {city} and open to hybrid or remote roles in {field}.",
    u"People describe me as {adjective} and steady under pressure; I do my best work on {outcome}.",
    u"I bring {yearsPhrase} of hands-on {skill1} work and a habit of {strength}.",
};

constexpr const char16_t *roleTemplates[] = {
    u"{roleTitle} at {roleCompany} ({from} to {to}).",
    u"{roleCompany}, {roleTitle}, {from} to {to}.",
    u"From {from} to {to} I worked at {roleCompany} as {roleTitle}.",
    u"{roleTitle}, {roleCompany} ({from}-{to}).",
};

constexpr const char16_t *achievementTemplates[] = {
    u"Led the rebuild of the {project} using {skill}, cutting delivery time by {pct}%.",
    u"Owned the {project} end to end and grew adoption by {pct}% in {n} months.",
    u"Introduced {skill} to the team, which reduced errors in the {project} by {pct}%.",
    u"Mentored {n} colleagues and ran weekly reviews of the {project}.",
    u"Used {skill} and {skill} to deliver the {project} {n} weeks ahead of plan.",
    u"Reduced the running cost of the {project} by {pct}% without hurting quality.",
    u"Partnered with leadership to plan the {project}, securing a budget of {money}.",
    u"Built a repeatable process around {skill} that the wider team still uses.",
    u"Handled escalations for the {project} and kept satisfaction above {sat}%.",
    u"Coordinated {n} stakeholders across {m} offices to launch the {project}.",
    u"Documented the {project} and trained {n} new hires on {skill}.",
    u"Cut turnaround time on the {project} from {d1} days to {d2}.",
    u"Received the {award} for work on the {project}.",
    u"Audited the {project} and closed {n2} long-standing issues.",
    u"Presented results of the {project} to an internal summit of {n2} people.",
    u"Improved {metric} by {pct}% by reworking the {project} around {skill}.",
    u"Took over the struggling {project} and brought it back on schedule within {n} months.",
    u"Set up measurement for the {project}, so decisions rested on data instead of opinions.",
    u"Negotiated with {n} vendors for the {project}, saving {pct}% a year.",
    u"Ran a pilot of {skill} on the {project} and rolled it out to {n} teams.",
    u"Hired and onboarded {n} people while keeping the {project} on track.",
    u"Wrote the playbook for the {project} that new team members still start with.",
    u"Replaced a manual process in the {project} with {skill}, freeing {n} hours a week.",
    u"Represented the team in quarterly reviews of the {project} with senior leadership.",
};

constexpr const char16_t *skillsTemplates[] = {
    u"Core skills: {skills}.",
    u"Tools and methods I use most: {skills}.",
    u"Key strengths include {skills}.",
    u"Skills: {skills}.",
};

constexpr const char16_t *educationTemplates[] = {
    u"{degree}, {university}, {gradYear}.",
    u"Studied for a {degree} at {university}, graduating in {gradYear}.",
    u"{university}: {degree} ({gradYear}).",
};

constexpr const char16_t *closingTemplates[] = {
    u"Outside work I {hobby}.",
    u"Available with {notice} weeks' notice.",
    u"References available on request.",
    u"Happy to relocate for the right role.",
    u"Prefers roles within reach of {city}.",
    u"In my spare time I {hobby}, which keeps me curious.",
};

constexpr const char16_t *adjectives[] = {u"pragmatic",      u"curious", u"detail-oriented", u"collaborative",
                                          u"results-driven", u"calm",    u"hands-on",        u"versatile"};
constexpr const char16_t *outcomes[]
    = {u"simple, dependable systems",       u"clear plans",     u"measurable results",
       u"processes people actually follow", u"happy customers", u"work that ships on time"};
constexpr const char16_t *strengths[] = {u"shipping on time",
                                         u"clear written communication",
                                         u"building trust with stakeholders",
                                         u"raising the bar for quality",
                                         u"growing junior colleagues",
                                         u"finding the cause rather than the symptom"};
constexpr const char16_t *values[]
    = {u"ownership", u"honest feedback", u"craft", u"learning", u"customer focus", u"sustainable pace"};
constexpr const char16_t *awards[]
    = {u"annual excellence award", u"customer hero award", u"team of the year award", u"innovation prize",
       u"CEO's recognition award"};
constexpr const char16_t *metrics[]
    = {u"customer satisfaction", u"throughput", u"retention",       u"accuracy",
       u"response time",         u"conversion", u"on-time delivery"};
constexpr const char16_t *hobbies[] = {u"coach a youth football team",
                                       u"run half marathons",
                                       u"play in a jazz band",
                                       u"mentor students through a coding club",
                                       u"restore old bicycles",
                                       u"volunteer at a food bank",
                                       u"organise a local meetup",
                                       u"hike and climb",
                                       u"bake bread",
                                       u"learn languages"};

template<size_t N> QStringView pickView(Prng &rng, const char16_t *const (&items)[N])
{
    return QStringView(items[rng.below(quint32(N))]);
}

QString yearsPhrase(double years)
{
    if (years < 1.5)
        return QStringLiteral("a year");
    if (years > 20)
        return QStringLiteral("over 20 years");
    return QStringLiteral("%1 years").arg(int(years));
}

QString joinSkills(const QStringList &skills)
{
    if (skills.size() <= 1)
        return skills.value(0);
    return QStringList(skills.mid(0, skills.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + skills.last();
}

class ResumeComposer
{
public:
    ResumeComposer(const ResumeFacts &facts, Prng &rng)
        : m_facts(facts)
        , m_rng(rng)
    { }

    QString sentence(QStringView pattern, int role = -1)
    {
        QString out;
        m_role = role;
        expandInto(out, pattern, [this](QStringView key, QString &o) { fill(key, o); });
        return out;
    }

private:
    QString skill(int i) const
    {
        return m_facts.skills.isEmpty() ? QStringLiteral("teamwork")
                                        : m_facts.skills.at(i % m_facts.skills.size());
    }

    void fill(QStringView key, QString &o)
    {
        const ResumeFacts &f = m_facts;
        if (key == u"title")
            o += f.title;
        else if (key == u"company")
            o += f.company;
        else if (key == u"city")
            o += f.city;
        else if (key == u"country")
            o += f.country;
        else if (key == u"yearsPhrase")
            o += yearsPhrase(f.years);
        else if (key == u"field")
            o += f.domain ? f.domain->name.toLower() : QStringLiteral("my field");
        else if (key == u"adjective")
            o += pickView(m_rng, adjectives);
        else if (key == u"Adjective") {
            const QStringView a = pickView(m_rng, adjectives);
            o += a.first(1).toString().toUpper();
            o += a.mid(1);
        } else if (key == u"outcome")
            o += pickView(m_rng, outcomes);
        else if (key == u"strength")
            o += pickView(m_rng, strengths);
        else if (key == u"value")
            o += pickView(m_rng, values);
        else if (key == u"skill1")
            o += skill(0);
        else if (key == u"skill2")
            o += skill(1);
        else if (key == u"skill3")
            o += skill(2);
        // Achievements name the person's core skills (listed first), not the languages and
        // soft skills at the end of the list.
        else if (key == u"skill")
            o += skill(int(m_rng.below(quint32(std::clamp<qsizetype>(f.skills.size(), 1, 5)))));
        else if (key == u"skills")
            o += joinSkills(f.skills);
        else if (key == u"project")
            o += f.domain ? m_rng.pick(f.domain->projects) : QStringLiteral("project");
        else if (key == u"pct")
            o += QString::number(m_rng.between(8, 65));
        else if (key == u"n")
            o += QString::number(m_rng.between(2, 12));
        else if (key == u"m")
            o += QString::number(m_rng.between(2, 6));
        else if (key == u"n2")
            o += QString::number(m_rng.between(15, 240));
        else if (key == u"sat")
            o += QString::number(m_rng.between(88, 98));
        else if (key == u"d1")
            o += QString::number(m_rng.between(10, 30));
        else if (key == u"d2")
            o += QString::number(m_rng.between(2, 9));
        else if (key == u"money")
            o += QStringLiteral("$%1k").arg(m_rng.between(2, 90) * 10);
        else if (key == u"award")
            o += pickView(m_rng, awards);
        else if (key == u"metric")
            o += pickView(m_rng, metrics);
        else if (key == u"hobby")
            o += pickView(m_rng, hobbies);
        else if (key == u"notice")
            o += QString::number(m_rng.between(2, 12));
        else if (key == u"degree")
            o += f.degree;
        else if (key == u"university")
            o += f.university;
        else if (key == u"gradYear")
            o += QString::number(f.graduationYear);
        else if (m_role >= 0 && m_role < f.roles.size()) {
            const ResumeFacts::Role &r = f.roles.at(m_role);
            if (key == u"roleTitle")
                o += r.title;
            else if (key == u"roleCompany")
                o += r.company;
            else if (key == u"from")
                o += QString::number(r.fromYear);
            else if (key == u"to")
                o += r.toYear ? QString::number(r.toYear) : QStringLiteral("present");
        }
    }

    const ResumeFacts &m_facts;
    Prng &m_rng;
    int m_role = -1;
};

// Indices 0..n-1 in a random order, so one resume does not repeat an achievement.
template<size_t N> std::array<int, N> shuffled(Prng &rng)
{
    std::array<int, N> order {};
    for (size_t i = 0; i < N; ++i)
        order[i] = int(i);
    for (size_t i = N - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(quint32(i + 1))]);
    return order;
}

} // namespace

QString writeResume(const ResumeFacts &facts, Prng &rng, int targetWords)
{
    ResumeComposer composer(facts, rng);

    QStringList summary;
    const auto summaryOrder = shuffled<std::size(summaryTemplates)>(rng);
    summary << composer.sentence(summaryTemplates[summaryOrder[0]])
            << composer.sentence(summaryTemplates[summaryOrder[1]]);

    QStringList tail;
    tail << composer.sentence(pickView(rng, skillsTemplates))
         << composer.sentence(pickView(rng, educationTemplates))
         << composer.sentence(pickView(rng, closingTemplates));

    const qsizetype roleCount = qMax<qsizetype>(1, facts.roles.size());
    QList<QStringList> roles(roleCount);
    for (qsizetype r = 0; r < roleCount; ++r)
        roles[r] << composer.sentence(pickView(rng, roleTemplates), int(r));

    int words = 0;
    for (const QStringList *part : {&summary, &tail})
        for (const QString &s : *part)
            words += wordCount(s);
    for (const QStringList &role : std::as_const(roles))
        words += wordCount(role.first());

    // Achievements fill the rest, the current role getting the most.
    const auto order = shuffled<std::size(achievementTemplates)>(rng);
    size_t next = 0;
    for (int round = 0; words < targetWords && round < 64; ++round) {
        const qsizetype r = (round % (roleCount + 1)) % roleCount;
        const QString s = composer.sentence(achievementTemplates[order[next++ % order.size()]], int(r));
        words += wordCount(s);
        roles[r] << s;
    }

    QString text;
    text.reserve(2400);
    text += QStringLiteral("Summary\n") + summary.join(QLatin1Char(' ')) + QStringLiteral("\n\nExperience\n");
    for (const QStringList &role : std::as_const(roles))
        text += role.join(QLatin1Char(' ')) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tail.join(QLatin1Char(' '));
    return text;
}

} // namespace Tandem::Demo
