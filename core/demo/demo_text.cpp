#include "demo_text.h"

#include "prng.h"
#include "text_template.h"

namespace Tandem::Demo::AgencyText {
namespace {

constexpr const char16_t *descriptionTemplates[] = {
    u"We are hiring a {title} to join the {department} team in {location}.",
    u"As {title} you will work on our {project} with {skill1} and {skill2}.",
    u"You bring solid experience with {skill1}, {skill2} and {skill3}, and you enjoy working with people "
    u"across the business.",
    u"The team is small, senior and kind; we review each other's work and share what we learn.",
    u"You will own outcomes, not tickets, and have a direct line to the people who use what you build.",
    u"Nice to have: {skill4}.",
    u"We offer flexible hours, a learning budget and a clear path to grow.",
    u"The hiring process is a short screen, two conversations with the team and a final chat with the hiring "
    u"manager.",
};

constexpr const char16_t *noteTemplates[] = {
    u"{first} is strong on {skill}; wants to leave {company} for more ownership.",
    u"Prefers hybrid work near {city}. Notice period about {n} weeks.",
    u"Salary expectation discussed; within range for senior {field} roles.",
    u"Great communicator, a little light on {skill}. Worth a technical screen.",
    u"Silver medalist for {req}. Keep warm for the next opening.",
    u"Referred by a former colleague at {company}. Follow up next quarter.",
    u"Asked not to be contacted before {month}; currently finishing the {project}.",
    u"Good culture add: led the {project} and mentors juniors.",
    u"Open to relocation. Speaks with energy about {skill}.",
    u"Checked references informally: reliable, thorough, calm under pressure.",
};

constexpr const char16_t *outreachSubjects[] = {
    u"{title} opportunity in {city}", u"Your {skill} experience", u"A {req} role you might like",
    u"Quick question, {first}",       u"Coffee chat next week?",  u"Following up on our conversation",
};

constexpr const char16_t *outreachBodies[] = {
    u"Hi {first}, I came across your work on the {project} at {company} and thought of a role we are hiring "
    u"for: {req}. Would you be open to a short call this week? Best, {recruiter}",
    u"Hi {first}, we are growing our {field} team and your background in {skill} stood out. Happy to share "
    u"details whenever suits you. {recruiter}",
    u"Hello {first}, just following up on my last note about the {req} position. No pressure at all; let me "
    u"know if the timing is better later in the year. {recruiter}",
    u"Hi {first}, thanks for your time last week. As promised, here is a summary of the {req} role and the "
    u"next steps. {recruiter}",
};

constexpr const char16_t *replyBodies[] = {
    u"Thanks for reaching out, I'd be happy to talk. Tuesday afternoon works for me.",
    u"Not looking right now, but please keep me in mind for {skill} roles next year.",
    u"Sounds interesting. Could you share the salary range and whether the role is remote-friendly?",
    u"Thank you! I have attached my latest resume. Looking forward to hearing more.",
    u"I accepted another offer last month, but good luck with the search.",
};

constexpr const char16_t *callSubjects[]
    = {u"Intro call", u"Phone screen", u"Catch-up call", u"Reference call", u"Offer discussion"};
constexpr const char16_t *callBodies[] = {
    u"Called {first} ({n} min). Talked through {req} and the team. Interested; sending details.",
    u"Short call with {first}: current role at {company}, motivations, notice period. Next step is the "
    u"screen.",
    u"Left a voicemail for {first} about {req}.",
    u"Caught up with {first}; still happy at {company} but curious about {field} roles with more scope.",
};

constexpr const char16_t *meetingSubjects[]
    = {u"Coffee with {first}", u"Video call with {first}", u"Interview debrief", u"Portfolio review"};
constexpr const char16_t *meetingBodies[] = {
    u"Met {first} to talk about {req}. Strong on {skill}; wants a team with good mentoring.",
    u"Debrief with the panel: positive on {skill}, questions about scope at {company}.",
    u"Walked through {first}'s work on the {project}. Clear thinking, good trade-offs.",
};

constexpr const char16_t *eventNames[]
    = {u"{field} meetup in {city}", u"Careers night", u"Tech talk on {skill}",
       u"Hiring fair in {city}",    u"Open house",    u"Alumni breakfast"};

const char16_t *pick(Prng &rng, const char16_t *const *items, size_t count)
{
    return items[rng.below(quint32(count))];
}

template<size_t N> const char16_t *pick(Prng &rng, const char16_t *const (&items)[N])
{
    return pick(rng, items, N);
}

QString expand(QStringView pattern, const TextContext &c, Prng *rng)
{
    static const char16_t *const months[]
        = {u"January", u"February", u"March",     u"April",   u"May",      u"June",
           u"July",    u"August",   u"September", u"October", u"November", u"December"};
    QString out;
    expandInto(out, pattern, [&](QStringView key, QString &o) {
        if (key == u"first")
            o += c.firstName;
        else if (key == u"title")
            o += c.candidateTitle;
        else if (key == u"company")
            o += c.company;
        else if (key == u"city")
            o += c.city;
        else if (key == u"skill")
            o += c.skill;
        else if (key == u"project")
            o += c.project;
        else if (key == u"field")
            o += c.field;
        else if (key == u"req")
            o += c.requisition.isEmpty() ? c.candidateTitle : c.requisition;
        else if (key == u"from")
            o += c.fromStage;
        else if (key == u"to")
            o += c.toStage;
        else if (key == u"source")
            o += c.source;
        else if (key == u"reason")
            o += c.reason;
        else if (key == u"recruiter")
            o += c.recruiter;
        else if (key == u"n")
            o += QString::number(rng ? rng->between(2, 12) : 4);
        else if (key == u"month")
            o += QStringView(rng ? pick(*rng, months) : months[0]);
    });
    return out;
}

} // namespace

QString requisitionDescription(const QString &title, const QString &department, const QString &location,
                               const QStringList &skills, const QString &project, Prng &rng)
{
    auto skill = [&](int i) { return skills.isEmpty() ? QString() : skills.at(i % skills.size()); };
    QString text;
    for (const char16_t *pattern : descriptionTemplates) {
        // Every description opens with the first sentence; the rest are a varying selection.
        if (pattern != descriptionTemplates[0] && !rng.chance(0.7))
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        expandInto(text, QStringView(pattern), [&](QStringView key, QString &o) {
            if (key == u"title")
                o += title;
            else if (key == u"department")
                o += department;
            else if (key == u"location")
                o += location;
            else if (key == u"project")
                o += project;
            else if (key == u"skill1")
                o += skill(0);
            else if (key == u"skill2")
                o += skill(1);
            else if (key == u"skill3")
                o += skill(2);
            else if (key == u"skill4")
                o += skill(3);
        });
    }
    return text;
}

ActivityText note(const TextContext &c, Prng &rng)
{
    return {QStringLiteral("Note"), expand(pick(rng, noteTemplates), c, &rng)};
}

ActivityText emailSent(const TextContext &c, Prng &rng)
{
    return {expand(pick(rng, outreachSubjects), c, &rng), expand(pick(rng, outreachBodies), c, &rng)};
}

ActivityText emailOpened(const ActivityText &sent)
{
    return {sent.subject, QString()};
}

ActivityText emailReplied(const TextContext &c, const ActivityText &sent, Prng &rng)
{
    return {QStringLiteral("Re: ") + sent.subject, expand(pick(rng, replyBodies), c, &rng)};
}

ActivityText call(const TextContext &c, Prng &rng)
{
    return {expand(pick(rng, callSubjects), c, &rng), expand(pick(rng, callBodies), c, &rng)};
}

ActivityText meeting(const TextContext &c, Prng &rng)
{
    return {expand(pick(rng, meetingSubjects), c, &rng), expand(pick(rng, meetingBodies), c, &rng)};
}

ActivityText eventAttended(const TextContext &c, Prng &rng)
{
    const QString event = expand(pick(rng, eventNames), c, &rng);
    return {QStringLiteral("Attended: ") + event,
            expand(u"Came to the event and talked with {recruiter} about {skill} and open roles.", c, &rng)};
}

ActivityText application(const TextContext &c)
{
    return {expand(u"Applied to {req}", c, nullptr),
            expand(u"Application received via {source}.", c, nullptr)};
}

ActivityText stageChange(const TextContext &c)
{
    return {expand(u"Moved to {to}", c, nullptr),
            c.fromStage.isEmpty() ? expand(u"Added to {req} at {to}.", c, nullptr)
                                  : expand(u"Moved from {from} to {to} in {req}.", c, nullptr)};
}

ActivityText disposition(const TextContext &c, bool withdrawn)
{
    if (withdrawn)
        return {expand(u"Withdrew from {req}", c, nullptr),
                expand(u"Withdrew at {to}: {reason}.", c, nullptr)};
    return {expand(u"Rejected for {req}", c, nullptr), expand(u"Rejected at {to}: {reason}.", c, nullptr)};
}

const QStringList &rejectionReasons(bool afterInterview)
{
    static const QStringList early = {
        QStringLiteral("Not enough relevant experience"),
        QStringLiteral("Skills do not match the role"),
        QStringLiteral("Salary expectations above the range"),
        QStringLiteral("Location or work permit does not fit"),
        QStringLiteral("Did not respond after the screen"),
    };
    static const QStringList late = {
        QStringLiteral("Did not pass the technical assessment"),
        QStringLiteral("Another candidate was a stronger match"),
        QStringLiteral("Team fit concerns from the panel"),
        QStringLiteral("Salary expectations above the range"),
    };
    return afterInterview ? late : early;
}

const QStringList &withdrawalReasons()
{
    static const QStringList reasons = {
        QStringLiteral("Accepted another offer"),
        QStringLiteral("Compensation did not meet expectations"),
        QStringLiteral("Decided to stay with the current employer"),
        QStringLiteral("Relocation not possible"),
        QStringLiteral("Personal reasons"),
        QStringLiteral("Declined the offer"),
    };
    return reasons;
}

QString positionFilledReason()
{
    return QStringLiteral("Position filled");
}

QString requisitionClosedReason()
{
    return QStringLiteral("Requisition closed");
}

} // namespace Tandem::Demo::AgencyText
