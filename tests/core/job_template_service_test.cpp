// Job templates: a requisition saved under a name, listed, renamed, deleted, and the draft a
// new requisition starts from (fields, skills, pipeline template).
#include <core/records/job_template_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

namespace {

Requisition backend()
{
    Requisition r;
    r.title = QStringLiteral("Backend Engineer");
    r.department = QStringLiteral("Engineering");
    r.location = QStringLiteral("Berlin");
    r.remote = true;
    r.employmentType = EmploymentType::Contract;
    r.headcount = 3;
    r.salaryMin = 70000;
    r.salaryMax = 90000;
    r.salaryCurrency = QStringLiteral("EUR");
    r.eeo1Category = QStringLiteral("professionals");
    r.description = QStringLiteral("Build the payments API.");
    r.requirements = QStringLiteral("5 years of backend work.\nGerman is a plus.");
    r.skills = {{QStringLiteral("Go"), true}, {QStringLiteral("PostgreSQL"), true}, {QStringLiteral("Kubernetes"), false}};
    return r;
}

} // namespace

TEST(JobTemplateService, SavesEveryFieldAndStartsADraftFromIt)
{
    Testing::TestDatabase t;
    auto pipeline = PipelineTemplateService(t.db(), Actor::system())
                        .create(QStringLiteral("Engineering"), {{0, QStringLiteral("Applied"), StageKind::Applied, 7},
                                                                {0, QStringLiteral("Tech interview"), StageKind::Interview, 10},
                                                                {0, QStringLiteral("Hired"), StageKind::Hired, std::nullopt}});
    ASSERT_TRUE(pipeline);
    JobTemplateService templates(t.db(), Actor::system());
    auto saved = templates.saveFrom(QStringLiteral("Backend (Berlin)"), backend(), pipeline->id);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();

    t.reopen();
    JobTemplateService again(t.db(), Actor::system());
    auto loaded = again.get(saved->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->name, QStringLiteral("Backend (Berlin)"));
    EXPECT_EQ(loaded->pipelineTemplateId, pipeline->id);
    const Requisition draft = JobTemplateService::draftFrom(*loaded);
    const Requisition expected = backend();
    EXPECT_EQ(draft.id, 0);
    EXPECT_EQ(draft.status, RequisitionStatus::Draft);
    EXPECT_EQ(draft.title, expected.title);
    EXPECT_EQ(draft.department, expected.department);
    EXPECT_EQ(draft.location, expected.location);
    EXPECT_TRUE(draft.remote);
    EXPECT_EQ(draft.employmentType, EmploymentType::Contract);
    EXPECT_EQ(draft.headcount, 3);
    EXPECT_EQ(draft.salaryMin, expected.salaryMin);
    EXPECT_EQ(draft.salaryMax, expected.salaryMax);
    EXPECT_EQ(draft.salaryCurrency, QStringLiteral("EUR"));
    EXPECT_EQ(draft.eeo1Category, QStringLiteral("professionals"));
    EXPECT_EQ(draft.description, expected.description);
    EXPECT_EQ(draft.requirements, expected.requirements);
    EXPECT_EQ(draft.skills, expected.skills);

    // A requisition created from it has the fields, skills and the template's pipeline.
    RequisitionService reqs(t.db(), Actor::system());
    auto created = reqs.create(draft, loaded->pipelineTemplateId);
    ASSERT_TRUE(created) << created.error().text().toStdString();
    EXPECT_EQ(created->skills, expected.skills);
    EXPECT_EQ(reqs.stages(created->id)->at(1).name, QStringLiteral("Tech interview"));
}

TEST(JobTemplateService, NamesAreUniqueRenameAndDelete)
{
    Testing::TestDatabase t;
    JobTemplateService templates(t.db(), Actor::system());
    auto a = templates.saveFrom(QStringLiteral("Backend"), backend());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->pipelineTemplateId, 0) << "no pipeline chosen: the default at creation time";
    EXPECT_EQ(templates.saveFrom(QStringLiteral("BACKEND"), backend()).error().code, ErrorCode::Invalid);
    EXPECT_EQ(templates.saveFrom(QStringLiteral("  "), backend()).error().code, ErrorCode::Invalid);
    Requisition untitled = backend();
    untitled.title.clear();
    EXPECT_FALSE(templates.saveFrom(QStringLiteral("Untitled"), untitled));
    auto b = templates.saveFrom(QStringLiteral("Accountant"), backend());
    ASSERT_TRUE(b);
    auto list = templates.list();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().name, QStringLiteral("Accountant"));

    auto renamed = templates.rename(a->id, a->version, QStringLiteral("Backend engineer"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(templates.rename(a->id, a->version, QStringLiteral("Late")).error().code, ErrorCode::Conflict);
    EXPECT_EQ(templates.rename(b->id, b->version, QStringLiteral("backend ENGINEER")).error().code, ErrorCode::Invalid);
    EXPECT_EQ(templates.remove(renamed->id, a->version).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(templates.remove(renamed->id, renamed->version));
    EXPECT_EQ(templates.list()->size(), 1);
    EXPECT_EQ(templates.get(renamed->id).error().code, ErrorCode::NotFound);
}
