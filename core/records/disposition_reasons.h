#pragma once

#include <core/common/error.h>
#include <core/domain/enums.h>
#include <core/records/actor.h>

#include <QList>

namespace Tandem {

class Database;

// One entry of the list offered when rejecting or withdrawing an application.
struct DispositionReason
{
    qint64 id = 0;
    QString uuid;
    ApplicationStatus appliesTo = ApplicationStatus::Rejected; // Rejected or Withdrawn
    QString label;
    int position = 0;
    bool active = true;
};

// The configurable reason lists (table disposition_reasons, seeded by migration 2): one list
// for rejections, one for withdrawals. A deactivated reason stays stored (applications keep
// the text they were given) but is no longer offered. Labels are unique per list, any case.
// Every change is audited (entity "disposition_reason"). Thread: the connection's.
// Errors: Result / Status; an unknown id is NotFound, a bad label Invalid.
class DispositionReasons
{
public:
    DispositionReasons(Database &db, Actor actor);

    // In list order; inactive ones only when asked.
    Result<QList<DispositionReason>> list(ApplicationStatus appliesTo, bool includeInactive = false);
    Result<DispositionReason> add(ApplicationStatus appliesTo, const QString &label);
    Status rename(qint64 id, const QString &label);
    // Puts the list in this order (every id of the list, active or not).
    Status reorder(ApplicationStatus appliesTo, const QList<qint64> &orderedIds);
    Status setActive(qint64 id, bool active);

private:
    Result<DispositionReason> get(qint64 id);
    Status checkLabel(ApplicationStatus appliesTo, const QString &label, qint64 exceptId);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
