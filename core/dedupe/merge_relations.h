#pragma once

// Internal to core/dedupe: how each relation of the merged record follows the survivor
// (see MergeService for the rules). Every change goes through MergeSteps, so undo can
// reverse it.

#include "merge_steps.h"

#include <core/common/error.h>
#include <core/domain/records.h>
#include <core/records/actor.h>

namespace Tandem {
class Database;
}

namespace Tandem::Dedupe {

// One merge in the making: both records, the steps taken so far.
struct MergeRun
{
    Database &db;
    const Actor &actor;
    Candidate survivor;
    Candidate merged;
    MergeSteps steps;
    int moved = 0; // applications moved, for the timeline entry
};

// Applications move, except to a requisition both applied to (the merged one is withdrawn).
Status moveApplications(MergeRun &run);
// Activities, files, consents, experience and education: every row follows.
Status moveSimple(MergeRun &run);
// Tags, pools, skills: a union by `keyColumn`; the survivor's row wins a clash.
Status unite(MergeRun &run, const QString &table, const QString &keyColumn);
// Contacts: a union by kind + value, then the e-mail, phone and LinkedIn not chosen.
Status uniteContacts(MergeRun &run, const Candidate &chosen);

// The first column of every row, as ids.
Result<QList<qint64>> readIds(Database &db, const QString &sql, const QVariantList &values);

} // namespace Tandem::Dedupe
