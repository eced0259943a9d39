#include "requisition_service.h"

#include "audited.h"
#include "row_readers.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("requisition");

QVariant optionalMoney(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalYears(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

RequisitionService::RequisitionService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

bool RequisitionService::canMove(RequisitionStatus from, RequisitionStatus to)
{
    return nextStatuses(from).contains(to);
}

QList<RequisitionStatus> RequisitionService::nextStatuses(RequisitionStatus from)
{
    using S = RequisitionStatus;
    switch (from) {
    case S::Draft: return {S::Open, S::Closed};
    case S::Open: return {S::OnHold, S::Filled, S::Closed};
    case S::OnHold: return {S::Open, S::Closed};
    case S::Filled: return {S::Open, S::Closed}; // reopened when a hire falls through
    case S::Closed: return {S::Open};
    }
    return {};
}

Status RequisitionService::validate(const Requisition &r)
{
    if (r.title.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A requisition needs a title."),
                    QObject::tr("Type the job title, for example \"Senior Backend Engineer\"."));
    if (r.title.contains(QLatin1Char('\n')))
        return fail(ErrorCode::Invalid, QObject::tr("The title contains a line break."), QObject::tr("Keep it on one line."));
    if (r.minYearsExperience && (*r.minYearsExperience < 0 || *r.minYearsExperience > 60))
        return fail(ErrorCode::Invalid, QObject::tr("A minimum of %1 years of experience is not possible.").arg(*r.minYearsExperience),
                    QObject::tr("Enter between 0 and 60 years, or leave it at none."));
    if (r.headcount < 1 || r.headcount > 10000)
        return fail(ErrorCode::Invalid, QObject::tr("A headcount of %1 is not possible.").arg(r.headcount),
                    QObject::tr("Enter how many people to hire, at least 1."));
    if ((r.salaryMin && *r.salaryMin < 0) || (r.salaryMax && *r.salaryMax < 0))
        return fail(ErrorCode::Invalid, QObject::tr("A salary cannot be negative."), QObject::tr("Enter a positive amount or leave it empty."));
    if (r.salaryMin && r.salaryMax && *r.salaryMin > *r.salaryMax)
        return fail(ErrorCode::Invalid,
                    QObject::tr("The salary range starts above its end (%1 to %2).").arg(*r.salaryMin).arg(*r.salaryMax),
                    QObject::tr("Swap the two amounts, or correct one of them."));
    if (!r.eeo1Category.isEmpty() && !eeo1CategoryKeys().contains(r.eeo1Category))
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is not an EEO-1 job category.").arg(r.eeo1Category),
                    QObject::tr("Choose one of the ten EEO-1 categories."));
    return {};
}

Result<Requisition> RequisitionService::create(const Requisition &draft, qint64 pipelineTemplateId)
{
    if (auto ok = validate(draft); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    qint64 templateId = pipelineTemplateId;
    if (templateId <= 0) {
        auto def = m_db.scalar(QStringLiteral("SELECT id FROM pipeline_templates ORDER BY is_default DESC, id LIMIT 1"));
        if (!def)
            return std::unexpected(def.error());
        if (!def->isValid())
            return fail(ErrorCode::NotFound, QObject::tr("There is no pipeline template to copy."),
                        QObject::tr("Create a pipeline template first."));
        templateId = def->toLongLong();
    }
    const QString now = nowStorageTime();
    const QString uuid = newUuid();
    const bool opening = draft.status == RequisitionStatus::Open;
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO requisitions (uuid, title, department, location, remote, employment_type, "
                       "hiring_manager_id, recruiter_id, headcount, salary_min, salary_max, salary_currency, eeo1_category, "
                       "description, requirements, status, opened_at, created_at, updated_at, min_years_experience, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {uuid, draft.title.trimmed(), draft.department.trimmed(), draft.location.trimmed(), int(draft.remote),
         toKey(draft.employmentType), nullableId(draft.hiringManagerId), nullableId(draft.recruiterId), draft.headcount,
         optionalMoney(draft.salaryMin), optionalMoney(draft.salaryMax), draft.salaryCurrency.trimmed(), draft.eeo1Category,
         draft.description, draft.requirements, toKey(opening ? RequisitionStatus::Open : RequisitionStatus::Draft),
         opening ? QVariant(now) : QVariant(), now, now, optionalYears(draft.minYearsExperience)});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = *inserted;
    if (auto ok = writeSkills(id, draft.skills); !ok)
        return std::unexpected(ok.error());

    // The requisition's own copy of the pipeline; uuids are new so copies never collide.
    auto stages = m_db.exec(QStringLiteral("SELECT position, name, kind, stale_after_days FROM pipeline_template_stages "
                                           "WHERE template_id = ? ORDER BY position"),
                            {templateId});
    if (!stages)
        return std::unexpected(stages.error());
    QList<QVariantList> rows;
    while (stages->next())
        rows.append({stages->value(0), stages->value(1), stages->value(2),
                     // a NULL read back must bind as NULL again (an untyped one would store '')
                     stages->isNull(3) ? QVariant(QMetaType(QMetaType::Int)) : stages->value(3)});
    if (rows.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The pipeline template %1 has no stages.").arg(templateId),
                    QObject::tr("Add stages to the template, or choose another one."));
    for (const QVariantList &row : std::as_const(rows)) {
        auto added = m_db.exec(QStringLiteral("INSERT INTO stages (uuid, requisition_id, position, name, kind, stale_after_days) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {newUuid(), id, row.at(0), row.at(1), row.at(2), row.at(3)});
        if (!added)
            return std::unexpected(added.error());
    }
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(id));
}

Result<Requisition> RequisitionService::update(const Requisition &edited)
{
    if (auto ok = validate(edited); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(edited.id);
    if (!before)
        return before;
    if (before->version != edited.version)
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone else changed the requisition \"%1\" after you started editing.").arg(before->title),
                    QObject::tr("Nothing was overwritten. Reload it to see their changes, then edit again."));
    if (edited.status != before->status)
        return fail(ErrorCode::Invalid, QObject::tr("A requisition's status changes through its own action, not an edit."),
                    QObject::tr("Use Change status."));
    auto q = m_db.exec(
        QStringLiteral("UPDATE requisitions SET title = ?, department = ?, location = ?, remote = ?, employment_type = ?, "
                       "hiring_manager_id = ?, recruiter_id = ?, headcount = ?, salary_min = ?, salary_max = ?, "
                       "salary_currency = ?, eeo1_category = ?, description = ?, requirements = ?, updated_at = ?, "
                       "min_years_experience = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {edited.title.trimmed(), edited.department.trimmed(), edited.location.trimmed(), int(edited.remote),
         toKey(edited.employmentType), nullableId(edited.hiringManagerId), nullableId(edited.recruiterId), edited.headcount,
         optionalMoney(edited.salaryMin), optionalMoney(edited.salaryMax), edited.salaryCurrency.trimmed(),
         edited.eeo1Category, edited.description, edited.requirements, nowStorageTime(),
         optionalYears(edited.minYearsExperience), edited.id, edited.version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" while you were saving.").arg(before->title),
                    QObject::tr("Nothing was overwritten. Reload it and edit again."));
    if (cleanSkills(edited.skills) != before->skills) {
        if (auto ok = writeSkills(edited.id, edited.skills); !ok)
            return std::unexpected(ok.error());
    }
    return commitChange(m_db, *tx, m_actor, QStringLiteral("update"), entityType, before->toJson(), get(edited.id));
}

Result<Requisition> RequisitionService::setStatus(qint64 id, int version, RequisitionStatus status)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" first.").arg(before->title),
                    QObject::tr("Reload the requisition and try again."));
    if (!canMove(before->status, status))
        return fail(ErrorCode::Invalid,
                    QObject::tr("A requisition that is %1 cannot become %2.").arg(label(before->status).toLower(), label(status).toLower()),
                    QObject::tr("Allowed next: %1.").arg([&] {
                        QStringList names;
                        for (RequisitionStatus s : nextStatuses(before->status))
                            names << label(s).toLower();
                        return names.join(QStringLiteral(", "));
                    }()));
    const QString now = nowStorageTime();
    // Dates record the latest time each state began; reopening clears the end dates.
    QString opened = toStorageTime(before->openedAt);
    QString filled = toStorageTime(before->filledAt);
    QString closed = toStorageTime(before->closedAt);
    if (status == RequisitionStatus::Open) {
        if (opened.isEmpty())
            opened = now;
        filled.clear();
        closed.clear();
    } else if (status == RequisitionStatus::Filled) {
        filled = now;
    } else if (status == RequisitionStatus::Closed) {
        closed = now;
    }
    const auto nullable = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    auto q = m_db.exec(QStringLiteral("UPDATE requisitions SET status = ?, opened_at = ?, filled_at = ?, closed_at = ?, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {toKey(status), nullable(opened), nullable(filled), nullable(closed), now, id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" first.").arg(before->title),
                    QObject::tr("Reload the requisition and try again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("status"), entityType, before->toJson(), get(id));
}

Result<Requisition> RequisitionService::archive(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    auto q = m_db.exec(QStringLiteral("UPDATE requisitions SET archived_at = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND archived_at IS NULL"),
                       {nowStorageTime(), nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("\"%1\" was changed by someone else, or is already archived.").arg(before->title),
                    QObject::tr("Reload the requisition and try again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("archive"), entityType, before->toJson(), get(id));
}

Result<Requisition> RequisitionService::get(qint64 id)
{
    // min_years_experience (step 6) is read here after the shared columns: only this service
    // reads requisition rows.
    auto q = m_db.exec(QStringLiteral("SELECT ") + requisitionColumns
                           + QStringLiteral(", min_years_experience FROM requisitions WHERE id = ?"),
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QObject::tr("Requisition %1 does not exist.").arg(id),
                    QObject::tr("Refresh the list."));
    Requisition r = readRequisition(*q);
    if (const int years = int(requisitionColumns.count(QLatin1Char(',')) + 1); !q->isNull(years))
        r.minYearsExperience = q->value(years).toDouble();
    q->finish();
    auto skills = readSkills(id);
    if (!skills)
        return std::unexpected(skills.error());
    r.skills = *skills;
    return r;
}

QList<RequisitionSkill> RequisitionService::cleanSkills(const QList<RequisitionSkill> &skills)
{
    QList<RequisitionSkill> clean;
    QStringList seen;
    for (bool must : {true, false}) {
        for (const RequisitionSkill &skill : skills) {
            const QString name = skill.name.simplified();
            if (skill.mustHave != must || name.isEmpty() || seen.contains(name, Qt::CaseInsensitive))
                continue;
            seen.append(name);
            clean.append({name, must});
        }
    }
    return clean;
}

Status RequisitionService::writeSkills(qint64 requisitionId, const QList<RequisitionSkill> &skills)
{
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM requisition_skills WHERE requisition_id = ?"), {requisitionId});
    if (!cleared)
        return std::unexpected(cleared.error());
    const QList<RequisitionSkill> clean = cleanSkills(skills);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const RequisitionSkill &skill = clean.at(i);
        auto added = m_db.exec(QStringLiteral("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                               {skill.name});
        if (!added)
            return std::unexpected(added.error());
        auto linked = m_db.exec(QStringLiteral("INSERT INTO requisition_skills (requisition_id, skill_id, importance, position) "
                                               "SELECT ?, id, ?, ? FROM skills WHERE name = ?"),
                                {requisitionId, skill.mustHave ? QStringLiteral("must") : QStringLiteral("nice"), int(i),
                                 skill.name});
        if (!linked)
            return std::unexpected(linked.error());
    }
    return {};
}

Result<QList<RequisitionSkill>> RequisitionService::readSkills(qint64 requisitionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT s.name, rs.importance FROM requisition_skills rs "
                                      "JOIN skills s ON s.id = rs.skill_id WHERE rs.requisition_id = ? "
                                      "ORDER BY rs.position, s.name"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QList<RequisitionSkill> skills;
    while (q->next())
        skills.append({q->value(0).toString(), q->value(1).toString() == QLatin1String("must")});
    return skills;
}

Result<QStringList> RequisitionService::skillVocabulary(const QString &prefix, int limit)
{
    // substr() rather than LIKE: PostgreSQL refuses LIKE on the case-insensitive collation.
    const QString start = prefix.simplified().toLower();
    auto q = m_db.exec(QStringLiteral("SELECT name FROM skills WHERE substr(lower(name), 1, ?) = ? "
                                      "ORDER BY lower(name) LIMIT ?"),
                       {int(start.size()), start, limit});
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<Requisition> RequisitionService::publish(qint64 id, int version)
{
    return setPublished(id, version, true);
}

Result<Requisition> RequisitionService::unpublish(qint64 id, int version)
{
    return setPublished(id, version, false);
}

Result<Requisition> RequisitionService::setPublished(qint64 id, int version, bool published)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = get(id);
    if (!before)
        return before;
    if (before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" first.").arg(before->title),
                    QObject::tr("Reload the requisition and try again."));
    if (published && before->status != RequisitionStatus::Open)
        return fail(ErrorCode::Invalid,
                    QObject::tr("\"%1\" is %2, and only open requisitions can be published.")
                        .arg(before->title, label(before->status).toLower()),
                    before->status == RequisitionStatus::Draft || before->status == RequisitionStatus::OnHold
                        ? QObject::tr("Open the requisition first (Change status), then publish it.")
                        : QObject::tr("Reopen the requisition if the position is available again."));
    if (published && before->isArchived())
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is archived.").arg(before->title),
                    QObject::tr("Archived requisitions are not published."));
    auto q = m_db.exec(QStringLiteral("UPDATE requisitions SET published_at = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {published ? QVariant(nowStorageTime()) : QVariant(), nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" first.").arg(before->title),
                    QObject::tr("Reload the requisition and try again."));
    return commitChange(m_db, *tx, m_actor, published ? QStringLiteral("publish") : QStringLiteral("unpublish"), entityType,
                        before->toJson(), get(id));
}

Result<QList<Stage>> RequisitionService::stages(qint64 requisitionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + stageColumns
                           + QStringLiteral(" FROM stages WHERE requisition_id = ? ORDER BY position"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QList<Stage> result;
    while (q->next())
        result.append(readStage(*q));
    return result;
}

Result<qint64> RequisitionService::count(bool includeArchived)
{
    auto n = m_db.scalar(includeArchived ? QStringLiteral("SELECT count(*) FROM requisitions")
                                         : QStringLiteral("SELECT count(*) FROM requisitions WHERE archived_at IS NULL"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

} // namespace Tandem
