#include "activity_rows.h"

#include "demo_plan.h"
#include "demo_time.h"
#include "people_data.h"
#include "prng.h"
#include "skill_vocabulary.h"

#include <algorithm>
#include <array>

namespace Tandem::Demo {
namespace {

void addApplicationRows(QList<ActivityRow> &rows, const DemoPlan &plan, int index, const TextContext &person)
{
    const PipelineShape &pipe = plan.pipeline;
    const PlannedApplication &a = plan.applications.at(index);
    const int recruiter = plan.recruiters.at(plan.requisitions.at(a.requisition).recruiter);
    const auto moves = plan.movesOf(a);
    TextContext ctx = person;
    ctx.requisition = requisitionTitle(plan, a.requisition);
    ctx.source = peopleData().sources.at(a.source).name;
    ctx.recruiter = plan.users.at(recruiter).name;
    rows.append(
        {moves.front(), index, "application", AgencyText::application(ctx), moverOf(plan, a, a.entryStage)});
    for (int m = 1; m < int(moves.size()); ++m) {
        const int to = a.entryStage + m;
        ctx.fromStage = pipe.stages.at(to - 1).name;
        ctx.toStage = pipe.stages.at(to).name;
        rows.append(
            {moves[size_t(m)], index, "stage_change", AgencyText::stageChange(ctx), moverOf(plan, a, to)});
    }
    if (a.status == ApplicationStatus::Rejected || a.status == ApplicationStatus::Withdrawn) {
        ctx.toStage = pipe.stages.at(a.currentStage).name;
        ctx.reason = a.reason;
        rows.append({a.disposedAt, index, "disposition",
                     AgencyText::disposition(ctx, a.status == ApplicationStatus::Withdrawn), recruiter});
    }
}

} // namespace

QList<ActivityRow> buildActivityRows(const DemoPlan &plan, quint64 seed, int candidate)
{
    const PeopleData &people = peopleData();
    const SkillVocabulary &vocabulary = skillVocabulary();
    const PlannedCandidate &c = plan.candidates.at(candidate);
    const Domain &domain = vocabulary.domains.at(c.domain);
    Prng rng = Prng::stream(seed, ActivityStream, quint64(candidate));
    const int owner = plan.recruiters.at(c.owner);

    TextContext ctx;
    ctx.firstName = people.cultures.at(c.culture).firstNames.at(c.firstName);
    ctx.candidateTitle = levelPrefix(c.level) + domain.tracks.at(c.track).title;
    ctx.company = domain.companies.at(c.company);
    ctx.city = people.cities.at(c.city).name;
    ctx.field = domain.name.toLower();

    QList<ActivityRow> rows;
    for (int index : plan.applicationsOf(candidate))
        addApplicationRows(rows, plan, index, ctx);

    ctx.recruiter = plan.users.at(owner).name;
    const double span = double(plan.now - c.createdAt);
    const std::array<int, 5> weights = {25, 35, 20, 10, c.stage == CandidateStage::Lead ? 20 : 6};
    for (int left = c.extraActivities; left > 0; --left) {
        ctx.skill = c.skills.isEmpty() ? QString() : vocabulary.skills.at(rng.pick(c.skills));
        ctx.project = rng.pick(domain.projects);
        const qint64 at = c.createdAt + qint64(rng.unit() * span);
        switch (rng.weighted(weights)) {
        case 0:
            rows.append({at, -1, "note", AgencyText::note(ctx, rng), owner});
            break;
        case 1: {
            // An e-mail may be opened and answered; each counts as one of the candidate's entries.
            const ActivityText sent = AgencyText::emailSent(ctx, rng);
            rows.append({at, -1, "email_sent", sent, owner});
            qint64 then = at;
            if (left > 1 && rng.chance(0.6)) {
                then = qMin(plan.now, then + rng.between(10, 2880) * kMinute);
                rows.append({then, -1, "email_opened", AgencyText::emailOpened(sent), -1});
                --left;
                if (left > 1 && rng.chance(0.4)) {
                    then = qMin(plan.now, then + rng.between(30, 4320) * kMinute);
                    rows.append({then, -1, "email_replied", AgencyText::emailReplied(ctx, sent, rng), -1});
                    --left;
                }
            }
            break;
        }
        case 2:
            rows.append({at, -1, "call", AgencyText::call(ctx, rng), owner});
            break;
        case 3:
            rows.append({at, -1, "meeting", AgencyText::meeting(ctx, rng), owner});
            break;
        default:
            rows.append({at, -1, "event_attended", AgencyText::eventAttended(ctx, rng), owner});
            break;
        }
    }
    // A timeline reads in order, and ids that follow time keep it cheap to page through.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ActivityRow &x, const ActivityRow &y) { return x.at < y.at; });
    return rows;
}

} // namespace Tandem::Demo
