#include "silver_medalists.h"

#include "row_readers.h"
#include "settings_store.h"
#include "talent_pool_service.h"

#include <core/storage/database.h>

#include <QSet>

namespace Tandem {

using namespace Internal;

const QString SilverMedalists::settingKey = QStringLiteral("silver_medalists.rule");
const QString SilverMedalists::poolName = QStringLiteral("Silver medalists");

SilverMedalists::SilverMedalists(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<SilverMedalistRule> SilverMedalists::rules()
{
    return {SilverMedalistRule::Off, SilverMedalistRule::AnyInterview, SilverMedalistRule::FinalInterview,
            SilverMedalistRule::Offer};
}

QString SilverMedalists::key(SilverMedalistRule rule)
{
    switch (rule) {
    case SilverMedalistRule::Off: return QStringLiteral("off");
    case SilverMedalistRule::AnyInterview: return QStringLiteral("interview");
    case SilverMedalistRule::FinalInterview: return QStringLiteral("final_interview");
    case SilverMedalistRule::Offer: return QStringLiteral("offer");
    }
    return {};
}

QString SilverMedalists::label(SilverMedalistRule rule)
{
    switch (rule) {
    case SilverMedalistRule::Off: return QObject::tr("Never (off)");
    case SilverMedalistRule::AnyInterview: return QObject::tr("Reached any interview stage");
    case SilverMedalistRule::FinalInterview: return QObject::tr("Reached the final interview or an offer");
    case SilverMedalistRule::Offer: return QObject::tr("Reached an offer");
    }
    return {};
}

Result<SilverMedalistRule> SilverMedalists::rule()
{
    auto stored = SettingsStore(m_db, m_actor).value(settingKey, key(SilverMedalistRule::FinalInterview));
    if (!stored)
        return std::unexpected(stored.error());
    for (SilverMedalistRule r : rules())
        if (key(r) == *stored)
            return r;
    return SilverMedalistRule::FinalInterview; // an unknown value from a newer program: the default
}

Status SilverMedalists::setRule(SilverMedalistRule rule)
{
    return SettingsStore(m_db, m_actor).setValue(settingKey, key(rule));
}

Result<QList<Stage>> SilverMedalists::lateStages(qint64 requisitionId, SilverMedalistRule rule)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + stageColumns + QStringLiteral(" FROM stages WHERE requisition_id = ? ORDER BY position"),
                       {requisitionId});
    if (!q)
        return std::unexpected(q.error());
    QList<Stage> stages;
    while (q->next())
        stages.append(readStage(*q));
    qsizetype lastInterview = -1;
    for (qsizetype i = 0; i < stages.size(); ++i)
        if (stages[i].kind == StageKind::Interview)
            lastInterview = i;
    QList<Stage> late;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const StageKind kind = stages[i].kind;
        const bool offerOrHired = kind == StageKind::Offer || kind == StageKind::Hired;
        bool counts = false;
        switch (rule) {
        case SilverMedalistRule::Off: break;
        case SilverMedalistRule::AnyInterview: counts = kind == StageKind::Interview || offerOrHired; break;
        case SilverMedalistRule::FinalInterview: counts = i == lastInterview || kind == StageKind::Offer; break;
        case SilverMedalistRule::Offer: counts = offerOrHired; break;
        }
        if (counts)
            late.append(stages[i]);
    }
    return late;
}

Result<bool> SilverMedalists::handOff(const Application &application)
{
    auto currentRule = rule();
    if (!currentRule)
        return std::unexpected(currentRule.error());
    auto late = lateStages(application.requisitionId, *currentRule);
    if (!late)
        return std::unexpected(late.error());
    if (late->isEmpty())
        return false;
    auto visited = m_db.exec(QStringLiteral("SELECT DISTINCT to_stage_id FROM stage_history WHERE application_id = ?"), {application.id});
    if (!visited)
        return std::unexpected(visited.error());
    QSet<qint64> entered{application.stageId};
    while (visited->next())
        entered.insert(visited->value(0).toLongLong());
    const Stage *reached = nullptr; // the furthest late stage entered
    for (const Stage &stage : std::as_const(*late))
        if (entered.contains(stage.id))
            reached = &stage;
    if (!reached)
        return false;
    auto title = m_db.scalar(QStringLiteral("SELECT title FROM requisitions WHERE id = ?"), {application.requisitionId});
    if (!title)
        return std::unexpected(title.error());
    TalentPoolService pools(m_db, m_actor);
    auto pool = pools.ensure(poolName, QObject::tr("Strong candidates who reached a late stage but were not hired."));
    if (!pool)
        return std::unexpected(pool.error());
    const QString note = QObject::tr("%1: reached %2, then %3.")
                             .arg(title->toString(), reached->name, Tandem::label(application.status).toLower());
    if (auto ok = pools.addMember(pool->id, application.candidateId, note, TalentPoolService::IfMember::AppendNote,
                                  application.id);
        !ok)
        return std::unexpected(ok.error());
    return true;
}

} // namespace Tandem
