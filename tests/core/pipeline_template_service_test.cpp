// Pipeline templates: the seeded default, custom ones, copies, the default switch, stage
// edits, and that requisitions keep their own copy whatever happens to the template.
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

QStringList stageNames(const PipelineTemplate &t)
{
    QStringList names;
    for (const TemplateStage &s : t.stages)
        names << s.name;
    return names;
}

QList<TemplateStage> agencyStages()
{
    return {{0, QStringLiteral("Sourced"), StageKind::Sourced, 10},
            {0, QStringLiteral("Client review"), StageKind::Screen, 5},
            {0, QStringLiteral("Placed"), StageKind::Hired, std::nullopt}};
}

} // namespace

TEST(PipelineTemplateService, TheSeededStandardTemplateIsTheDefault)
{
    Testing::TestDatabase t;
    PipelineTemplateService service(t.db(), Actor::system());
    auto def = service.defaultTemplate();
    ASSERT_TRUE(def) << def.error().text().toStdString();
    EXPECT_EQ(def->name, QStringLiteral("Standard"));
    EXPECT_TRUE(def->isDefault);
    EXPECT_EQ(stageNames(*def), (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Screen"),
                                             QStringLiteral("Interview"), QStringLiteral("Offer"), QStringLiteral("Hired")}));
    EXPECT_EQ(def->stages.at(0).staleAfterDays, 14);
    EXPECT_FALSE(def->stages.last().staleAfterDays.has_value());
}

TEST(PipelineTemplateService, CreateRenameCopySetDefaultAndRemove)
{
    Testing::TestDatabase t;
    PipelineTemplateService service(t.db(), Actor::system());
    auto agency = service.create(QStringLiteral("  Agency  "), agencyStages());
    ASSERT_TRUE(agency) << agency.error().text().toStdString();
    EXPECT_EQ(agency->name, QStringLiteral("Agency"));
    EXPECT_EQ(stageNames(*agency), (QStringList{QStringLiteral("Sourced"), QStringLiteral("Client review"), QStringLiteral("Placed")}));
    EXPECT_EQ(agency->stages.at(1).kind, StageKind::Screen);
    EXPECT_EQ(agency->stages.at(1).staleAfterDays, 5);

    EXPECT_EQ(service.create(QStringLiteral("agency"), agencyStages()).error().code, ErrorCode::Invalid) << "name taken";
    EXPECT_EQ(service.create(QStringLiteral("Empty"), {}).error().code, ErrorCode::Invalid);
    QList<TemplateStage> twice = agencyStages();
    twice[2].name = QStringLiteral("sourced");
    EXPECT_FALSE(service.create(QStringLiteral("Twice"), twice));

    auto renamed = service.rename(agency->id, agency->version, QStringLiteral("Agency placements"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(service.rename(agency->id, agency->version, QStringLiteral("Stale")).error().code, ErrorCode::Conflict);

    auto copy = service.copy(renamed->id, QStringLiteral("Agency (copy)"));
    ASSERT_TRUE(copy);
    EXPECT_EQ(stageNames(*copy), stageNames(*renamed));
    EXPECT_FALSE(copy->isDefault);

    auto made = service.setDefault(copy->id, copy->version);
    ASSERT_TRUE(made) << made.error().text().toStdString();
    EXPECT_TRUE(made->isDefault);
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM pipeline_templates WHERE is_default = 1"))->toInt(), 1);
    EXPECT_EQ(service.list()->first().id, copy->id) << "the default is listed first";

    // The default cannot go; another one can.
    auto refused = service.remove(made->id, made->version);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().hint.contains(QStringLiteral("default")));
    auto standard = service.get(1);
    ASSERT_TRUE(service.remove(standard->id, standard->version));
    EXPECT_EQ(service.list()->size(), 2);
}

TEST(PipelineTemplateService, StageEditsReachNewRequisitionsOnly)
{
    Testing::TestDatabase t;
    PipelineTemplateService service(t.db(), Actor::system());
    RequisitionService reqs(t.db(), Actor::system());
    Requisition r;
    r.title = QStringLiteral("Before");
    auto before = reqs.create(r);
    ASSERT_TRUE(before);

    auto standard = service.defaultTemplate();
    QList<TemplateStage> stages = standard->stages;
    stages.move(5, 0); // reorder
    stages[0].name = QStringLiteral("Hired!");
    stages.removeAt(4); // Interview
    stages.append({0, QStringLiteral("Onboarding"), StageKind::Custom, 30});
    auto edited = service.setStages(standard->id, standard->version, stages);
    ASSERT_TRUE(edited) << edited.error().text().toStdString();
    EXPECT_EQ(stageNames(*edited), (QStringList{QStringLiteral("Hired!"), QStringLiteral("Sourced"), QStringLiteral("Applied"),
                                                QStringLiteral("Screen"), QStringLiteral("Offer"), QStringLiteral("Onboarding")}));
    EXPECT_EQ(service.setStages(standard->id, standard->version, stages).error().code, ErrorCode::Conflict);

    r.title = QStringLiteral("After");
    auto after = reqs.create(r);
    ASSERT_TRUE(after);
    EXPECT_EQ(reqs.stages(after->id)->first().name, QStringLiteral("Hired!"));
    EXPECT_EQ(reqs.stages(after->id)->last().name, QStringLiteral("Onboarding"));
    EXPECT_EQ(reqs.stages(before->id)->last().name, QStringLiteral("Hired")) << "an existing requisition keeps its own copy";
    EXPECT_EQ(reqs.stages(before->id)->at(3).name, QStringLiteral("Interview"));
}

TEST(PipelineTemplateService, CreateCopiesTheChosenTemplate)
{
    Testing::TestDatabase t;
    auto agency = PipelineTemplateService(t.db(), Actor::system()).create(QStringLiteral("Agency"), agencyStages());
    ASSERT_TRUE(agency);
    RequisitionService reqs(t.db(), Actor::system());
    Requisition r;
    r.title = QStringLiteral("Placement");
    auto created = reqs.create(r, agency->id);
    ASSERT_TRUE(created);
    auto stages = reqs.stages(created->id);
    ASSERT_EQ(stages->size(), 3);
    EXPECT_EQ(stages->at(1).name, QStringLiteral("Client review"));
    EXPECT_EQ(stages->at(1).staleAfterDays, 5);
}
