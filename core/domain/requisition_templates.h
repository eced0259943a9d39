#pragma once

#include <core/domain/records.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

// Templates recruiters reuse when they open requisitions (issue 4, "Requisitions").
// Plain values like records.h; toJson() is what audit entries keep.

// One step of a pipeline template (copied into each requisition made from it).
struct TemplateStage
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    StageKind kind = StageKind::Custom;
    std::optional<int> staleAfterDays;

    friend bool operator==(const TemplateStage &, const TemplateStage &) = default;
};

struct PipelineTemplate
{
    qint64 id = 0;
    QString uuid;
    QString name;
    bool isDefault = false;
    QList<TemplateStage> stages; // in pipeline order
    int version = 0;

    QJsonObject toJson() const;
};

// A requisition saved for reuse: its fields and skills, and the pipeline template new
// requisitions made from it start with. People and status are not part of a template.
struct JobTemplate
{
    qint64 id = 0;
    QString uuid;
    QString name;
    Requisition fields;            // title ... requirements and skills; id, status, people unused
    qint64 pipelineTemplateId = 0; // 0: the default pipeline
    int version = 0;

    QJsonObject toJson() const;
};

} // namespace Tandem
