#include "demo_plan.h"

#include "demo_time.h"
#include "plan_steps.h"
#include "skill_vocabulary.h"

#include <limits>

namespace Tandem::Demo {

PipelineShape PipelineShape::fromStages(QList<StageSpec> stages)
{
    PipelineShape shape;
    shape.stages = std::move(stages);
    auto indexOf = [&](QLatin1String kind) {
        for (qsizetype i = 0; i < shape.stages.size(); ++i)
            if (shape.stages.at(i).kind == kind)
                return int(i);
        return -1;
    };
    const int last = int(shape.stages.size()) - 1;
    shape.sourcedIndex = qMax(0, indexOf(QLatin1String("sourced")));
    const int applied = indexOf(QLatin1String("applied"));
    shape.appliedIndex = applied >= 0 ? applied : shape.sourcedIndex;
    const int hired = indexOf(QLatin1String("hired"));
    shape.hiredIndex = hired >= 0 ? hired : last;
    return shape;
}

QString roleName(UserRole role)
{
    switch (role) {
    case UserRole::Admin:
        return QStringLiteral("admin");
    case UserRole::Recruiter:
        return QStringLiteral("recruiter");
    case UserRole::HiringManager:
        return QStringLiteral("hiring_manager");
    case UserRole::Interviewer:
        return QStringLiteral("interviewer");
    case UserRole::Compliance:
        return QStringLiteral("compliance");
    }
    return {};
}

QString stageName(CandidateStage stage)
{
    switch (stage) {
    case CandidateStage::Prospect:
        return QStringLiteral("prospect");
    case CandidateStage::Lead:
        return QStringLiteral("lead");
    case CandidateStage::Applicant:
        return QStringLiteral("applicant");
    }
    return {};
}

QString statusName(RequisitionStatus status)
{
    switch (status) {
    case RequisitionStatus::Draft:
        return QStringLiteral("draft");
    case RequisitionStatus::Open:
        return QStringLiteral("open");
    case RequisitionStatus::OnHold:
        return QStringLiteral("on_hold");
    case RequisitionStatus::Filled:
        return QStringLiteral("filled");
    case RequisitionStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString employmentName(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime:
        return QStringLiteral("full_time");
    case EmploymentType::PartTime:
        return QStringLiteral("part_time");
    case EmploymentType::Contract:
        return QStringLiteral("contract");
    case EmploymentType::Temporary:
        return QStringLiteral("temporary");
    case EmploymentType::Internship:
        return QStringLiteral("internship");
    }
    return {};
}

QString statusName(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Active:
        return QStringLiteral("active");
    case ApplicationStatus::Hired:
        return QStringLiteral("hired");
    case ApplicationStatus::Rejected:
        return QStringLiteral("rejected");
    case ApplicationStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString levelPrefix(int level)
{
    static const QString prefixes[] = {QStringLiteral("Junior "), QString(), QStringLiteral("Senior "),
                                       QStringLiteral("Lead "), QStringLiteral("Principal ")};
    return prefixes[qBound(0, level, 4)];
}

std::span<const int> DemoPlan::applicationsOf(int candidate) const
{
    const int from = candidateApplicationStart.at(candidate);
    const int to = candidateApplicationStart.at(candidate + 1);
    return std::span<const int>(applicationsByCandidate.constData() + from, size_t(to - from));
}

std::span<const qint64> DemoPlan::movesOf(const PlannedApplication &application) const
{
    return std::span<const qint64>(moveTimes.constData() + application.firstMove,
                                   size_t(application.moveCount()));
}

PlanTargets PlanTargets::forCandidates(int candidates)
{
    // At 100,000 candidates: 5,000 requisitions, 300,000 applications, 1,000,000 activities.
    PlanTargets targets;
    targets.requisitions = qMax(1, int((qint64(candidates) + 10) / 20));
    targets.applications = int(qMin<qint64>(qint64(candidates) * 3, std::numeric_limits<int>::max()));
    targets.activities = qint64(candidates) * 10;
    return targets;
}

QString requisitionTitle(const DemoPlan &plan, int requisition)
{
    const PlannedRequisition &q = plan.requisitions.at(requisition);
    return levelPrefix(q.level) + skillVocabulary().domains.at(q.domain).tracks.at(q.track).title;
}

int moverOf(const DemoPlan &plan, const PlannedApplication &application, int toStage)
{
    const PipelineShape &pipe = plan.pipeline;
    if (toStage == application.entryStage && toStage == pipe.appliedIndex
        && pipe.appliedIndex != pipe.sourcedIndex)
        return -1;
    const PlannedRequisition &q = plan.requisitions.at(application.requisition);
    return toStage <= pipe.appliedIndex + 1 ? plan.recruiters.at(q.recruiter)
                                            : plan.hiringManagers.at(q.hiringManager);
}

DemoPlan planAgency(const PlanInput &input)
{
    DemoPlan plan;
    plan.now = input.now;
    plan.start = input.now - 3 * 365 * kDay;
    plan.pipeline = input.pipeline;
    const PlanTargets targets = PlanTargets::forCandidates(input.candidates);
    PlanSteps::planUsers(plan, input.seed);
    PlanSteps::planCandidates(plan, input);
    PlanSteps::planRequisitions(plan, input, targets.requisitions);
    PlanSteps::allocateApplications(plan, input, targets.applications);
    PlanSteps::planApplicationTimelines(plan, input);
    PlanSteps::finishCandidates(plan, input, targets.activities);
    return plan;
}

} // namespace Tandem::Demo
