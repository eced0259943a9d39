#include "requisition_templates.h"

#include <QJsonArray>

namespace Tandem {

QJsonObject PipelineTemplate::toJson() const
{
    QJsonArray steps;
    for (const TemplateStage &stage : stages) {
        steps.append(QJsonObject{{QStringLiteral("name"), stage.name},
                                 {QStringLiteral("kind"), toKey(stage.kind)},
                                 {QStringLiteral("stale_after_days"),
                                  stage.staleAfterDays ? QJsonValue(*stage.staleAfterDays) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("is_default"), isDefault},
                       {QStringLiteral("stages"), steps},
                       {QStringLiteral("version"), version}};
}

QJsonObject JobTemplate::toJson() const
{
    QJsonObject json = fields.toJson();
    for (const char *unused : {"uuid", "hiring_manager_id", "recruiter_id", "status", "opened_at", "filled_at", "closed_at",
                               "published_at", "archived_at"})
        json.remove(QLatin1String(unused));
    json.insert(QStringLiteral("uuid"), uuid);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("pipeline_template_id"), double(pipelineTemplateId));
    json.insert(QStringLiteral("version"), version);
    return json;
}

} // namespace Tandem
