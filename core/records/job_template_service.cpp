#include "job_template_service.h"

#include "audited.h"
#include "requisition_service.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("job_template");

const QString columns = QStringLiteral(
    "id, uuid, name, title, department, location, remote, employment_type, headcount, salary_min, salary_max, "
    "salary_currency, eeo1_category, description, requirements, skills_json, pipeline_template_id, version");

QVariant optionalMoney(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// skills_json: [{"name": "Go", "importance": "must"}, ...] as 0002 documents.
QString skillsToJson(const QList<RequisitionSkill> &skills)
{
    QJsonArray array;
    for (const RequisitionSkill &s : skills)
        array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("importance"), s.mustHave ? QStringLiteral("must") : QStringLiteral("nice")}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RequisitionSkill> skillsFromJson(const QString &json)
{
    QList<RequisitionSkill> skills;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        skills.append({o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("importance")).toString() != QLatin1String("nice")});
    }
    return RequisitionService::cleanSkills(skills);
}

JobTemplate readTemplate(const QSqlQuery &q)
{
    JobTemplate t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    Requisition &r = t.fields;
    r.title = q.value(3).toString();
    r.department = q.value(4).toString();
    r.location = q.value(5).toString();
    r.remote = q.value(6).toInt() != 0;
    r.employmentType = fromKey<EmploymentType>(q.value(7).toString()).value_or(EmploymentType::FullTime);
    r.headcount = q.value(8).toInt();
    if (!q.isNull(9))
        r.salaryMin = q.value(9).toLongLong();
    if (!q.isNull(10))
        r.salaryMax = q.value(10).toLongLong();
    r.salaryCurrency = q.value(11).toString();
    r.eeo1Category = q.value(12).toString();
    r.description = q.value(13).toString();
    r.requirements = q.value(14).toString();
    r.skills = skillsFromJson(q.value(15).toString());
    t.pipelineTemplateId = q.value(16).toLongLong();
    t.version = q.value(17).toInt();
    return t;
}

} // namespace

JobTemplateService::JobTemplateService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Result<QList<JobTemplate>> JobTemplateService::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns
                       + QStringLiteral(" FROM job_templates WHERE archived_at IS NULL ORDER BY lower(name), id"));
    if (!q)
        return std::unexpected(q.error());
    QList<JobTemplate> result;
    while (q->next())
        result.append(readTemplate(*q));
    return result;
}

Result<JobTemplate> JobTemplateService::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM job_templates WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Job template %1 does not exist.").arg(id),
                    QObject::tr("Someone may have deleted it; refresh the list."));
    JobTemplate t = readTemplate(*q);
    q->finish();
    return t;
}

Status JobTemplateService::validateName(const QString &name, qint64 exceptId)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A job template needs a name."),
                    QObject::tr("Type a name, for example \"Backend engineer (Berlin)\"."));
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM job_templates WHERE name = ? AND id <> ?"), {clean, exceptId});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toInt() > 0)
        return fail(ErrorCode::Invalid, QObject::tr("A job template named \"%1\" already exists.").arg(clean),
                    QObject::tr("Choose another name, or delete the old template first."));
    return {};
}

Result<JobTemplate> JobTemplateService::saveFrom(const QString &name, const Requisition &r, qint64 pipelineTemplateId)
{
    if (auto ok = RequisitionService::validate(r); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = validateName(name, 0); !ok)
        return std::unexpected(ok.error());
    const QString now = nowStorageTime();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO job_templates (uuid, name, title, department, location, remote, employment_type, headcount, "
                       "salary_min, salary_max, salary_currency, eeo1_category, description, requirements, skills_json, "
                       "pipeline_template_id, created_at, updated_at, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {newUuid(), name.simplified(), r.title.trimmed(), r.department.trimmed(), r.location.trimmed(), int(r.remote),
         toKey(r.employmentType), r.headcount, optionalMoney(r.salaryMin), optionalMoney(r.salaryMax),
         r.salaryCurrency.trimmed(), r.eeo1Category, r.description, r.requirements,
         skillsToJson(RequisitionService::cleanSkills(r.skills)), nullableId(pipelineTemplateId), now, now});
    if (!id)
        return std::unexpected(id.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<JobTemplate> JobTemplateService::checkedBefore(qint64 id, int version)
{
    auto before = get(id);
    if (before && before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the job template \"%1\" first.").arg(before->name),
                    QObject::tr("Nothing was changed. Refresh the list and try again."));
    return before;
}

Result<JobTemplate> JobTemplateService::rename(qint64 id, int version, const QString &name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return before;
    if (auto ok = validateName(name, id); !ok)
        return std::unexpected(ok.error());
    return renameVersioned(m_db, *tx, m_actor, QStringLiteral("job_templates"), entityType, *before, name,
                           [this](qint64 renamed) { return get(renamed); });
}

Status JobTemplateService::remove(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return std::unexpected(before.error());
    // Deleted rather than archived: nothing refers to a template, and its name is free again.
    auto q = m_db.exec(QStringLiteral("DELETE FROM job_templates WHERE id = ? AND version = ?"), {id, version});
    if (!q)
        return std::unexpected(q.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), entityType, before->uuid, before->toJson(), {});
}

Requisition JobTemplateService::draftFrom(const JobTemplate &jobTemplate)
{
    Requisition r = jobTemplate.fields;
    r.id = 0;
    r.uuid.clear();
    r.status = RequisitionStatus::Draft;
    r.version = 0;
    return r;
}

} // namespace Tandem
