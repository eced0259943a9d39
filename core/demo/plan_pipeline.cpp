// Planning the pipelines: requisitions, which candidates apply where, and each
// application's history through the stages.

#include "demo_text.h"
#include "demo_time.h"
#include "people_data.h"
#include "plan_steps.h"
#include "prng.h"
#include "skill_vocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Tandem::Demo::PlanSteps {
namespace {

constexpr std::array<int, 5> kRequisitionLevelWeights = {12, 40, 32, 11, 5};
constexpr int kHeavyPipeline = 500;

RequisitionStatus statusForAge(Prng &rng, qint64 age)
{
    // Old openings are mostly done; recent ones are mostly live.
    using S = RequisitionStatus;
    if (age > 180 * kDay) {
        static constexpr S s[] = {S::Filled, S::Closed, S::OnHold};
        static constexpr std::array<int, 3> w = {80, 17, 3};
        return s[rng.weighted(w)];
    }
    if (age > 30 * kDay) {
        static constexpr S s[] = {S::Filled, S::Closed, S::Open, S::OnHold};
        static constexpr std::array<int, 4> w = {35, 8, 45, 12};
        return s[rng.weighted(w)];
    }
    static constexpr S s[] = {S::Open, S::Draft, S::OnHold};
    static constexpr std::array<int, 3> w = {70, 20, 10};
    return s[rng.weighted(w)];
}

// Three significant figures, as salary bands are written.
int roundSalary(double value)
{
    if (value < 1000)
        return int(std::lround(value));
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 2);
    return int(std::lround(value / magnitude) * magnitude);
}

qint64 stepGap(Prng &rng)
{
    return rng.between(1, 9) * kDay + qint64(rng.below(quint32(kDay)));
}

double advanceChance(const QString &kind)
{
    if (kind == QLatin1String("applied"))
        return 0.55;
    if (kind == QLatin1String("screen"))
        return 0.5;
    if (kind == QLatin1String("interview"))
        return 0.45;
    if (kind == QLatin1String("offer"))
        return 0.35;
    return 0.6;
}

// When an opening stops taking applications: filled or closed some weeks after opening,
// never later than yesterday.
qint64 plannedEnd(Prng &rng, qint64 opened, qint64 now, int minDays, int maxDays)
{
    const qint64 cap = now - kDay;
    qint64 end = opened + rng.between(minDays, maxDays) * kDay + qint64(rng.below(quint32(kDay)));
    if (end > cap)
        end = opened + qint64(double(cap - opened) * (0.5 + 0.45 * rng.unit()));
    return end;
}

struct Window
{
    qint64 from;
    qint64 until;
};

Window windowOf(const PlannedRequisition &q, qint64 now)
{
    switch (q.status) {
    case RequisitionStatus::Filled:
        return {q.openedAt, q.filledAt};
    case RequisitionStatus::Closed:
        return {q.openedAt, q.closedAt};
    default:
        return {q.openedAt, now - kHour};
    }
}

} // namespace

void planRequisitions(DemoPlan &plan, const PlanInput &input, int count)
{
    const SkillVocabulary &vocabulary = skillVocabulary();
    const PeopleData &people = peopleData();
    const qint64 span = plan.now - plan.start;
    plan.requisitions.resize(count);
    for (int r = 0; r < count; ++r) {
        Prng rng = Prng::stream(input.seed, RequisitionStream, quint64(r));
        PlannedRequisition &q = plan.requisitions[r];
        q.domain = quint8(rng.weighted(vocabulary.domainWeights));
        const Domain &domain = vocabulary.domains.at(q.domain);
        q.track = quint8(rng.below(quint32(domain.tracks.size())));
        q.level = quint8(rng.weighted(kRequisitionLevelWeights));
        // The agency grew: more openings lately than three years ago.
        q.createdAt = plan.start + qint64(double(span - 3 * kDay) * std::pow(rng.unit(), 0.85));
        q.status = statusForAge(rng, plan.now - q.createdAt);
        if (q.status != RequisitionStatus::Draft)
            q.openedAt = qMin(q.createdAt + qint64(rng.below(quint32(5 * kDay))), plan.now - 2 * kDay);
        static constexpr std::array<int, 4> headcountWeights = {78, 14, 5, 3};
        const int headcountPick = rng.weighted(headcountWeights);
        q.headcount = headcountPick < 3 ? headcountPick + 1 : rng.between(4, 6);
        q.city = quint16(rng.below(quint32(people.cities.size())));
        q.remote = rng.chance(0.25);
        static constexpr std::array<int, 5> employmentWeights = {82, 4, 10, 2, 2};
        q.employment = EmploymentType(rng.weighted(employmentWeights));
        if (q.employment == EmploymentType::Internship && q.level != 0)
            q.employment = EmploymentType::FullTime;
        static constexpr double levelPay[] = {0.7, 1.0, 1.3, 1.6, 1.9};
        const double base = domain.salaryUsd * levelPay[q.level] * people.cities.at(q.city).salaryFactor
            * (q.employment == EmploymentType::PartTime ? 0.5 : 1.0);
        q.salaryMin = roundSalary(base * 0.88);
        q.salaryMax = qMax(q.salaryMin, roundSalary(base * 1.15));
        q.hiringManager = quint8(rng.below(quint32(plan.hiringManagers.size())));
        q.recruiter = quint8(rng.below(quint32(plan.recruiters.size())));
        if (q.status == RequisitionStatus::Filled)
            q.filledAt = q.closedAt = plannedEnd(rng, q.openedAt, plan.now, 20, 110);
        else if (q.status == RequisitionStatus::Closed)
            q.closedAt = plannedEnd(rng, q.openedAt, plan.now, 10, 150);
    }
}

void allocateApplications(DemoPlan &plan, const PlanInput &input, int total)
{
    Prng rng = Prng::stream(input.seed, AllocationStream, 0);
    const int domainCount = int(skillVocabulary().domains.size());
    QList<int> pool;
    QList<QList<int>> poolByDomain(domainCount);
    for (int i = 0; i < plan.candidates.size(); ++i) {
        if (!plan.candidates.at(i).inApplicantPool)
            continue;
        pool.append(i);
        poolByDomain[plan.candidates.at(i).domain].append(i);
    }
    if (pool.isEmpty()) // a handful of candidates, none drawn into the pool
        for (int i = 0; i < plan.candidates.size(); ++i)
            pool.append(i);

    QList<int> eligible;
    QList<int> open;
    for (int r = 0; r < plan.requisitions.size(); ++r) {
        const RequisitionStatus s = plan.requisitions.at(r).status;
        if (s == RequisitionStatus::Draft)
            continue; // not posted yet
        eligible.append(r);
        if (s == RequisitionStatus::Open)
            open.append(r);
    }
    if (eligible.isEmpty() || pool.isEmpty())
        return;

    // A few very large pipelines, the first of them open, so the board has a heavy case.
    const int cap = int(pool.size());
    QList<int> quota(plan.requisitions.size(), 0);
    const int heavyCount = qMax(1, int(eligible.size()) / 100);
    const int heavySize = std::min({kHeavyPipeline, cap, total / 4});
    int remaining = total;
    if (heavySize > 0) {
        for (int h = 0; h < heavyCount; ++h) {
            int r = h == 0 && !open.isEmpty() ? rng.pick(open) : rng.pick(eligible);
            for (int tries = 0; plan.requisitions.at(r).heavy && tries < 16; ++tries)
                r = rng.pick(eligible);
            if (plan.requisitions.at(r).heavy)
                continue;
            plan.requisitions[r].heavy = true;
            quota[r] = heavySize;
            remaining -= heavySize;
        }
    }

    QList<double> weight(plan.requisitions.size(), 0.0);
    double weightSum = 0;
    for (int r : std::as_const(eligible)) {
        if (plan.requisitions.at(r).heavy)
            continue;
        weight[r] = 0.2 + 1.8 * rng.unit();
        weightSum += weight[r];
    }
    int assigned = 0;
    for (int r : std::as_const(eligible)) {
        const PlannedRequisition &q = plan.requisitions.at(r);
        if (q.heavy) {
            assigned += quota[r];
            continue;
        }
        const int minimum = q.status == RequisitionStatus::Filled ? q.headcount + 2 : 1;
        const int share = weightSum > 0 ? int(double(qMax(0, remaining)) * weight[r] / weightSum) : 0;
        quota[r] = qMin(cap, qMax(minimum, share));
        assigned += quota[r];
    }
    // Rounding leftovers, one each, round the list.
    for (int i = 0, stuck = 0; assigned < total && stuck < eligible.size(); ++i) {
        const int r = eligible.at(i % eligible.size());
        if (quota[r] < cap) {
            ++quota[r];
            ++assigned;
            stuck = 0;
        } else {
            ++stuck;
        }
    }

    // Who applies: mostly people from the opening's field, never twice to the same one.
    QList<int> lastApplied(plan.candidates.size(), -1);
    plan.applications.reserve(assigned);
    for (int r = 0; r < plan.requisitions.size(); ++r) {
        PlannedRequisition &q = plan.requisitions[r];
        q.firstApplication = int(plan.applications.size());
        const QList<int> &sameField = poolByDomain.at(q.domain);
        for (int k = 0; k < quota[r]; ++k) {
            int chosen = -1;
            for (int tries = 0; tries < 8 && chosen < 0; ++tries) {
                const int c = !sameField.isEmpty() && rng.chance(0.8) ? rng.pick(sameField) : rng.pick(pool);
                if (lastApplied[c] != r)
                    chosen = c;
            }
            for (int start = int(rng.below(quint32(cap))), step = 0; chosen < 0 && step < cap; ++step) {
                const int c = pool.at((start + step) % cap);
                if (lastApplied[c] != r)
                    chosen = c;
            }
            if (chosen < 0)
                break;
            lastApplied[chosen] = r;
            PlannedApplication a;
            a.candidate = chosen;
            a.requisition = r;
            plan.applications.append(a);
        }
        q.applicationCount = int(plan.applications.size()) - q.firstApplication;
    }
}

void planApplicationTimelines(DemoPlan &plan, const PlanInput &input)
{
    const PipelineShape &pipe = plan.pipeline;
    const PeopleData &people = peopleData();
    int sourcedSource = 0;
    for (int s = 0; s < people.sources.size(); ++s)
        if (people.sources.at(s).name == QLatin1String("Sourced"))
            sourcedSource = s;
    const QStringList &withdrawals = AgencyText::withdrawalReasons();
    const int lastBeforeHire = pipe.hiredIndex - 1;
    plan.moveTimes.reserve(plan.applications.size() * 2);

    auto beginApplication = [&](PlannedApplication &a, Prng &rng) {
        const PlannedCandidate &c = plan.candidates.at(a.candidate);
        a.source = rng.chance(0.6) ? c.source : quint8(rng.weighted(people.sourceWeights));
        a.entryStage = quint8(a.source == sourcedSource ? pipe.sourcedIndex : pipe.appliedIndex);
        a.currentStage = a.entryStage;
        a.firstMove = int(plan.moveTimes.size());
    };

    for (int r = 0; r < plan.requisitions.size(); ++r) {
        PlannedRequisition &q = plan.requisitions[r];
        const bool filled = q.status == RequisitionStatus::Filled;
        const bool finished = filled || q.status == RequisitionStatus::Closed;
        if (filled)
            q.headcount = qMax(1, qMin(q.headcount, q.applicationCount));
        const int hires = filled ? q.headcount : 0;

        // Hires first: the last of them fixes the day the opening was filled.
        qint64 lastHire = 0;
        for (int k = 0; k < hires; ++k) {
            const int index = q.firstApplication + k;
            PlannedApplication &a = plan.applications[index];
            Prng rng = Prng::stream(input.seed, ApplicationStream, quint64(index));
            beginApplication(a, rng);
            const Window w = windowOf(q, plan.now);
            const qint64 applied = w.from + qint64(double(w.until - w.from) * 0.4 * rng.unit());
            const int steps = pipe.hiredIndex - a.entryStage;
            QList<qint64> gaps;
            qint64 sum = 0;
            for (int s = 0; s < steps; ++s) {
                gaps.append(stepGap(rng));
                sum += gaps.last();
            }
            const double room = double(w.until - applied) * 0.98;
            const double scale = double(sum) > room ? room / double(sum) : 1.0;
            plan.moveTimes.append(applied);
            double t = double(applied);
            for (qint64 gap : std::as_const(gaps)) {
                t += double(gap) * scale;
                plan.moveTimes.append(qMax(plan.moveTimes.last() + kSecond, qint64(t)));
            }
            a.currentStage = quint8(pipe.hiredIndex);
            a.status = ApplicationStatus::Hired;
            lastHire = qMax(lastHire, plan.moveTimes.last());
        }
        if (hires > 0)
            q.filledAt = q.closedAt = lastHire;

        const Window w = windowOf(q, plan.now);
        qint64 lastEvent = q.openedAt;
        for (int k = hires; k < q.applicationCount; ++k) {
            const int index = q.firstApplication + k;
            PlannedApplication &a = plan.applications[index];
            Prng rng = Prng::stream(input.seed, ApplicationStream, quint64(index));
            beginApplication(a, rng);
            // Most applications arrive in the first weeks after posting.
            qint64 t = w.from
                + qint64(double(qMax<qint64>(0, w.until - kHour - w.from)) * std::pow(rng.unit(), 1.6));
            plan.moveTimes.append(t);
            bool stopped = false; // the candidate was turned down or dropped out
            bool cutOff = false; // time ran out: still in progress, or overtaken by the close
            while (a.currentStage < lastBeforeHire) {
                if (!rng.chance(advanceChance(pipe.stages.at(a.currentStage + 1).kind))) {
                    stopped = true;
                    break;
                }
                const qint64 next = t + stepGap(rng);
                if (next >= w.until) {
                    cutOff = true;
                    break;
                }
                t = next;
                ++a.currentStage;
                plan.moveTimes.append(t);
            }
            if (!stopped && !cutOff)
                stopped = true; // reached the offer but another candidate got the job

            bool dispose = finished;
            if (!finished) {
                const bool fresh = plan.now - t < 21 * kDay;
                dispose = !cutOff && !rng.chance(fresh ? 0.85 : 0.25);
            }
            if (dispose) {
                const bool atOffer = a.currentStage == lastBeforeHire;
                if (finished && cutOff) {
                    a.status = ApplicationStatus::Rejected;
                    a.reason
                        = filled ? AgencyText::positionFilledReason() : AgencyText::requisitionClosedReason();
                } else if (rng.chance(0.22)) {
                    a.status = ApplicationStatus::Withdrawn;
                    a.reason = atOffer ? withdrawals.last()
                                       : withdrawals.at(int(rng.below(quint32(withdrawals.size() - 1))));
                } else {
                    a.status = ApplicationStatus::Rejected;
                    const QString &kind = pipe.stages.at(a.currentStage).kind;
                    const bool interviewed
                        = kind == QLatin1String("interview") || kind == QLatin1String("offer");
                    a.reason = filled && a.currentStage > a.entryStage && rng.chance(0.35)
                        ? AgencyText::positionFilledReason()
                        : rng.pick(AgencyText::rejectionReasons(interviewed));
                }
                const qint64 latest
                    = finished ? qMin(plan.now - kMinute, w.until + 5 * kDay) : plan.now - kMinute;
                a.disposedAt = qMin(t + stepGap(rng), latest);
                if (a.disposedAt <= t)
                    a.disposedAt = t + kMinute;
            }
            lastEvent = qMax(lastEvent, qMax(t, a.disposedAt));
        }
        switch (q.status) {
        case RequisitionStatus::Draft:
            q.updatedAt = q.createdAt;
            break;
        case RequisitionStatus::Filled:
        case RequisitionStatus::Closed:
            q.updatedAt = qMax(q.closedAt, lastEvent);
            break;
        default:
            q.updatedAt = qMax(q.openedAt, lastEvent);
            break;
        }
        for (int k = 0; k < q.applicationCount; ++k)
            plan.stageHistoryRows += plan.applications.at(q.firstApplication + k).moveCount();
    }
}

} // namespace Tandem::Demo::PlanSteps
