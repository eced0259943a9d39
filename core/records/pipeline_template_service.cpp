#include "pipeline_template_service.h"

#include "audited.h"

#include <core/common/ids.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

namespace Tandem {

using namespace Internal;

namespace {

const QString entityType = QStringLiteral("pipeline_template");

QVariant nullableDays(const std::optional<int> &days)
{
    return days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

PipelineTemplateService::PipelineTemplateService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

Status PipelineTemplateService::validateStages(const QList<TemplateStage> &stages)
{
    if (stages.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A pipeline needs at least one stage."),
                    QObject::tr("Add a stage, for example \"Applied\"."));
    QStringList seen;
    for (const TemplateStage &stage : stages) {
        const QString name = stage.name.simplified();
        if (name.isEmpty())
            return fail(ErrorCode::Invalid, QObject::tr("A stage has no name."), QObject::tr("Name every stage, or remove it."));
        if (stage.name.contains(QLatin1Char('\n')))
            return fail(ErrorCode::Invalid, QObject::tr("The stage name \"%1\" contains a line break.").arg(name),
                        QObject::tr("Keep it on one line."));
        if (seen.contains(name, Qt::CaseInsensitive))
            return fail(ErrorCode::Invalid, QObject::tr("The stage \"%1\" appears twice.").arg(name),
                        QObject::tr("Give each stage its own name."));
        if (stage.staleAfterDays && (*stage.staleAfterDays < 1 || *stage.staleAfterDays > 365))
            return fail(ErrorCode::Invalid,
                        QObject::tr("The stale limit of \"%1\" is %2 days.").arg(name).arg(*stage.staleAfterDays),
                        QObject::tr("Use 1 to 365 days, or no limit."));
        seen.append(name);
    }
    return {};
}

Status PipelineTemplateService::validateName(const QString &name, qint64 exceptId)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("A pipeline template needs a name."),
                    QObject::tr("Type a name, for example \"Engineering\"."));
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM pipeline_templates WHERE lower(name) = lower(?) AND id <> ?"),
                             {clean, exceptId});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toInt() > 0)
        return fail(ErrorCode::Invalid, QObject::tr("A pipeline template named \"%1\" already exists.").arg(clean),
                    QObject::tr("Choose another name."));
    return {};
}

Result<QList<PipelineTemplate>> PipelineTemplateService::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM pipeline_templates ORDER BY is_default DESC, lower(name), id"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<PipelineTemplate> result;
    for (qint64 id : std::as_const(ids)) {
        auto one = get(id);
        if (!one)
            return std::unexpected(one.error());
        result.append(*one);
    }
    return result;
}

Result<PipelineTemplate> PipelineTemplateService::get(qint64 id)
{
    auto row = m_db.selectOne(QStringLiteral("SELECT id, uuid, name, is_default, version FROM pipeline_templates WHERE id = ?"),
                              {id});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QObject::tr("Pipeline template %1 does not exist.").arg(id),
                    QObject::tr("Someone may have removed it; refresh the list."));
    PipelineTemplate t;
    t.id = (*row)->value(0).toLongLong();
    t.uuid = (*row)->value(1).toString();
    t.name = (*row)->value(2).toString();
    t.isDefault = (*row)->value(3).toInt() != 0;
    t.version = (*row)->value(4).toInt();
    auto q = m_db.exec(QStringLiteral("SELECT id, name, kind, stale_after_days FROM pipeline_template_stages "
                                      "WHERE template_id = ? ORDER BY position"),
                       {id});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        TemplateStage s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.kind = fromKey<StageKind>(q->value(2).toString()).value_or(StageKind::Custom);
        if (!q->isNull(3))
            s.staleAfterDays = q->value(3).toInt();
        t.stages.append(s);
    }
    return t;
}

Result<PipelineTemplate> PipelineTemplateService::defaultTemplate()
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM pipeline_templates ORDER BY is_default DESC, id LIMIT 1"));
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, QObject::tr("There is no pipeline template."),
                    QObject::tr("Create a pipeline template first."));
    return get(id->toLongLong());
}

Status PipelineTemplateService::writeStages(qint64 id, const QList<TemplateStage> &stages)
{
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM pipeline_template_stages WHERE template_id = ?"), {id});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const TemplateStage &s = stages.at(i);
        auto added = m_db.exec(QStringLiteral("INSERT INTO pipeline_template_stages (uuid, template_id, position, name, kind, "
                                              "stale_after_days) VALUES (?, ?, ?, ?, ?, ?)"),
                               {newUuid(), id, int(i), s.name.simplified(), toKey(s.kind), nullableDays(s.staleAfterDays)});
        if (!added)
            return std::unexpected(added.error());
    }
    return {};
}

Result<PipelineTemplate> PipelineTemplateService::create(const QString &name, const QList<TemplateStage> &stages)
{
    if (auto ok = validateStages(stages); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = validateName(name, 0); !ok)
        return std::unexpected(ok.error());
    const QString now = nowStorageTime();
    auto id = m_db.insert(QStringLiteral("INSERT INTO pipeline_templates (uuid, name, is_default, created_at, updated_at, version) "
                                         "VALUES (?, ?, 0, ?, ?, 1)"),
                          {newUuid(), name.simplified(), now, now});
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = writeStages(*id, stages); !ok)
        return std::unexpected(ok.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("create"), entityType, {}, get(*id));
}

Result<PipelineTemplate> PipelineTemplateService::checkedBefore(qint64 id, int version)
{
    auto before = get(id);
    if (before && before->version != version)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed the pipeline template \"%1\" first.").arg(before->name),
                    QObject::tr("Nothing was overwritten. Reopen the template to see their changes."));
    return before;
}

Result<PipelineTemplate> PipelineTemplateService::rename(qint64 id, int version, const QString &name)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return before;
    if (auto ok = validateName(name, id); !ok)
        return std::unexpected(ok.error());
    return renameVersioned(m_db, *tx, m_actor, QStringLiteral("pipeline_templates"), entityType, *before, name,
                           [this](qint64 renamed) { return get(renamed); });
}

Result<PipelineTemplate> PipelineTemplateService::copy(qint64 id, const QString &name)
{
    auto source = get(id);
    if (!source)
        return source;
    return create(name, source->stages);
}

Result<PipelineTemplate> PipelineTemplateService::setDefault(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return before;
    if (before->isDefault)
        return before;
    // Two statements so that at no point two templates are the default.
    auto cleared = m_db.exec(QStringLiteral("UPDATE pipeline_templates SET is_default = 0, updated_at = ?, "
                                            "version = version + 1 WHERE is_default = 1"),
                             {nowStorageTime()});
    if (!cleared)
        return std::unexpected(cleared.error());
    auto q = m_db.exec(QStringLiteral("UPDATE pipeline_templates SET is_default = 1, updated_at = ?, version = version + 1 "
                                      "WHERE id = ?"),
                       {nowStorageTime(), id});
    if (!q)
        return std::unexpected(q.error());
    return commitChange(m_db, *tx, m_actor, QStringLiteral("set_default"), entityType, before->toJson(), get(id));
}

Result<PipelineTemplate> PipelineTemplateService::setStages(qint64 id, int version, const QList<TemplateStage> &stages)
{
    if (auto ok = validateStages(stages); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return before;
    if (auto ok = writeStages(id, stages); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(QStringLiteral("UPDATE pipeline_templates SET updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {nowStorageTime(), id, version});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QObject::tr("Someone else changed \"%1\" while you were saving.").arg(before->name),
                    QObject::tr("Reopen the template and edit again."));
    return commitChange(m_db, *tx, m_actor, QStringLiteral("set_stages"), entityType, before->toJson(), get(id));
}

Status PipelineTemplateService::remove(qint64 id, int version)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = checkedBefore(id, version);
    if (!before)
        return std::unexpected(before.error());
    if (before->isDefault)
        return fail(ErrorCode::Invalid, QObject::tr("\"%1\" is the default pipeline template.").arg(before->name),
                    QObject::tr("Make another template the default first, then remove this one."));
    auto q = m_db.exec(QStringLiteral("DELETE FROM pipeline_templates WHERE id = ? AND version = ?"), {id, version});
    if (!q)
        return std::unexpected(q.error());
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("remove"), entityType, before->uuid, before->toJson(), {});
}

} // namespace Tandem
