#pragma once

// Maps result rows to domain records. Internal to core/records: every service selects the
// columns in the order the matching *Columns constant lists them.

#include <core/domain/records.h>

#include <QSqlQuery>
#include <QString>

namespace Tandem::Internal {

extern const QString candidateColumns;
extern const QString requisitionColumns;
extern const QString applicationColumns;
extern const QString stageColumns;

Candidate readCandidate(const QSqlQuery &q);
// Reads the columns only; the skills come from requisition_skills (RequisitionService::get).
Requisition readRequisition(const QSqlQuery &q);
Application readApplication(const QSqlQuery &q);
Stage readStage(const QSqlQuery &q);

QVariant nullableId(qint64 id);
QVariant nullableTime(const QDateTime &time);

} // namespace Tandem::Internal
