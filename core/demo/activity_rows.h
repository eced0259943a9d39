#pragma once

#include "demo_text.h"

#include <QList>

namespace Tandem::Demo {

struct DemoPlan;

struct ActivityRow
{
    qint64 at = 0;
    int application = -1; // index into the plan's applications, -1 when not about one
    const char *kind = ""; // activities.kind
    ActivityText text;
    int actor = -1; // index into the plan's users, -1 when the candidate acted
};

// One candidate's timeline in time order: the entries their applications imply (applied,
// each stage move, the disposition) and the outreach, notes, calls and meetings around them,
// exactly DemoPlan::candidates[i].extraActivities of those. Built from the candidate's own
// random stream, so any thread may build any candidate's timeline.
QList<ActivityRow> buildActivityRows(const DemoPlan &plan, quint64 seed, int candidate);

} // namespace Tandem::Demo
