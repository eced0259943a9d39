#pragma once

#include "demo_plan.h"

// The steps planAgency() takes, in order; each fills in one part of the plan and may read
// what earlier steps wrote. Kept apart so people and pipelines can change independently.
namespace Tandem::Demo::PlanSteps {

void planUsers(DemoPlan &plan, quint64 seed);
void planCandidates(DemoPlan &plan, const PlanInput &input);
void planRequisitions(DemoPlan &plan, const PlanInput &input, int count);
void allocateApplications(DemoPlan &plan, const PlanInput &input, int total);
void planApplicationTimelines(DemoPlan &plan, const PlanInput &input);
// Stages, dates and unique e-mail addresses of candidates, and how many timeline entries
// each gets so that the agency has about `activityTarget` in all.
void finishCandidates(DemoPlan &plan, const PlanInput &input, qint64 activityTarget);

} // namespace Tandem::Demo::PlanSteps
