#include "row_readers.h"

#include <core/common/ids.h>

#include <QVariant>

namespace Tandem::Internal {

const QString candidateColumns = QStringLiteral(
    "id, uuid, first_name, last_name, email, phone, city, country, current_title, current_company, linkedin_url, "
    "source, stage, years_experience, skills_text, created_at, updated_at, archived_at, version, resume_text");

const QString requisitionColumns = QStringLiteral(
    "id, uuid, title, department, location, remote, employment_type, hiring_manager_id, recruiter_id, headcount, "
    "salary_min, salary_max, salary_currency, eeo1_category, description, status, opened_at, filled_at, closed_at, "
    "created_at, updated_at, archived_at, version, requirements, published_at");

const QString applicationColumns = QStringLiteral(
    "id, uuid, candidate_id, requisition_id, stage_id, source, status, disposition_reason, applied_at, "
    "stage_entered_at, disposed_at, created_at, updated_at, version");

const QString stageColumns = QStringLiteral("id, uuid, requisition_id, position, name, kind, stale_after_days");

namespace {

QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? QDateTime() : fromStorageTime(q.value(i).toString());
}

} // namespace

Candidate readCandidate(const QSqlQuery &q)
{
    Candidate c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.city = q.value(6).toString();
    c.country = q.value(7).toString();
    c.currentTitle = q.value(8).toString();
    c.currentCompany = q.value(9).toString();
    c.linkedinUrl = q.value(10).toString();
    c.source = q.value(11).toString();
    c.stage = fromKey<CandidateStage>(q.value(12).toString()).value_or(CandidateStage::Prospect);
    if (!q.isNull(13))
        c.yearsExperience = q.value(13).toDouble();
    const QString skills = q.value(14).toString();
    if (!skills.isEmpty()) {
        for (const QString &s : skills.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.skills.append(s.trimmed());
    }
    c.createdAt = timeAt(q, 15);
    c.updatedAt = timeAt(q, 16);
    c.archivedAt = timeAt(q, 17);
    c.version = q.value(18).toInt();
    c.resumeText = q.value(19).toString();
    return c;
}

Requisition readRequisition(const QSqlQuery &q)
{
    Requisition r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.title = q.value(2).toString();
    r.department = q.value(3).toString();
    r.location = q.value(4).toString();
    r.remote = q.value(5).toInt() != 0;
    r.employmentType = fromKey<EmploymentType>(q.value(6).toString()).value_or(EmploymentType::FullTime);
    r.hiringManagerId = q.value(7).toLongLong();
    r.recruiterId = q.value(8).toLongLong();
    r.headcount = q.value(9).toInt();
    if (!q.isNull(10))
        r.salaryMin = q.value(10).toLongLong();
    if (!q.isNull(11))
        r.salaryMax = q.value(11).toLongLong();
    r.salaryCurrency = q.value(12).toString();
    r.eeo1Category = q.value(13).toString();
    r.description = q.value(14).toString();
    r.status = fromKey<RequisitionStatus>(q.value(15).toString()).value_or(RequisitionStatus::Draft);
    r.openedAt = timeAt(q, 16);
    r.filledAt = timeAt(q, 17);
    r.closedAt = timeAt(q, 18);
    r.createdAt = timeAt(q, 19);
    r.updatedAt = timeAt(q, 20);
    r.archivedAt = timeAt(q, 21);
    r.version = q.value(22).toInt();
    r.requirements = q.value(23).toString();
    r.publishedAt = timeAt(q, 24);
    return r;
}

Application readApplication(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.candidateId = q.value(2).toLongLong();
    a.requisitionId = q.value(3).toLongLong();
    a.stageId = q.value(4).toLongLong();
    a.source = q.value(5).toString();
    a.status = fromKey<ApplicationStatus>(q.value(6).toString()).value_or(ApplicationStatus::Active);
    a.dispositionReason = q.value(7).toString();
    a.appliedAt = timeAt(q, 8);
    a.stageEnteredAt = timeAt(q, 9);
    a.disposedAt = timeAt(q, 10);
    a.createdAt = timeAt(q, 11);
    a.updatedAt = timeAt(q, 12);
    a.version = q.value(13).toInt();
    return a;
}

Stage readStage(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.requisitionId = q.value(2).toLongLong();
    s.position = q.value(3).toInt();
    s.name = q.value(4).toString();
    s.kind = fromKey<StageKind>(q.value(5).toString()).value_or(StageKind::Custom);
    if (!q.isNull(6))
        s.staleAfterDays = q.value(6).toInt();
    return s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toStorageTime(time)) : QVariant();
}

} // namespace Tandem::Internal
