#include <core/audit/audit_log.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QJsonArray>

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
    r.headcount = 2;
    r.salaryMin = 70000;
    r.salaryMax = 90000;
    r.salaryCurrency = QStringLiteral("EUR");
    r.eeo1Category = QStringLiteral("professionals");
    return r;
}

} // namespace

TEST(RequisitionService, CreateCopiesTheDefaultPipeline)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    auto a = service.create(backend());
    auto b = service.create(backend());
    ASSERT_TRUE(a) << a.error().text().toStdString();
    ASSERT_TRUE(b);
    EXPECT_EQ(a->status, RequisitionStatus::Draft);
    auto stages = service.stages(a->id);
    ASSERT_TRUE(stages);
    QStringList names;
    for (const Stage &s : *stages)
        names << s.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Screen"),
                                  QStringLiteral("Interview"), QStringLiteral("Offer"), QStringLiteral("Hired")}));
    // Each requisition has its own copy.
    EXPECT_NE(stages->first().id, service.stages(b->id)->first().id);
    EXPECT_NE(stages->first().uuid, service.stages(b->id)->first().uuid);
}

TEST(RequisitionService, ValidationRefusesImpossibleValues)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    Requisition untitled = backend();
    untitled.title = QStringLiteral("   ");
    EXPECT_EQ(service.create(untitled).error().code, ErrorCode::Invalid);
    Requisition inverted = backend();
    inverted.salaryMin = 100000;
    auto r = service.create(inverted);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("100000")));
    Requisition zero = backend();
    zero.headcount = 0;
    EXPECT_FALSE(service.create(zero));
    Requisition category = backend();
    category.eeo1Category = QStringLiteral("wizards");
    EXPECT_FALSE(service.create(category));
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM requisitions"))->toInt(), 0);
}

TEST(RequisitionService, StatusWorkflowStampsDates)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    auto r = service.create(backend());
    ASSERT_TRUE(r);
    EXPECT_FALSE(service.setStatus(r->id, r->version, RequisitionStatus::Filled)); // draft cannot be filled
    auto open = service.setStatus(r->id, r->version, RequisitionStatus::Open);
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->openedAt.isValid());
    auto hold = service.setStatus(r->id, open->version, RequisitionStatus::OnHold);
    ASSERT_TRUE(hold);
    auto reopened = service.setStatus(r->id, hold->version, RequisitionStatus::Open);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->openedAt, open->openedAt); // first opening is kept
    auto filled = service.setStatus(r->id, reopened->version, RequisitionStatus::Filled);
    ASSERT_TRUE(filled);
    EXPECT_TRUE(filled->filledAt.isValid());
    auto stale = service.setStatus(r->id, reopened->version, RequisitionStatus::Closed);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(AuditLog(t.db()).forEntity(r->uuid)->size(), 5);
}

TEST(RequisitionService, EditIsVersionChecked)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    auto users = UserDirectory(t.db());
    User manager;
    manager.name = QStringLiteral("Grace Hopper");
    manager.role = QStringLiteral("hiring_manager");
    auto grace = users.create(manager, Actor::system());
    ASSERT_TRUE(grace);

    auto r = service.create(backend());
    ASSERT_TRUE(r);
    Requisition edit = *r;
    edit.hiringManagerId = grace->id;
    edit.headcount = 3;
    auto saved = service.update(edit);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->hiringManagerId, grace->id);
    EXPECT_EQ(saved->headcount, 3);
    edit.headcount = 4; // still version 1
    EXPECT_EQ(service.update(edit).error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.get(r->id)->headcount, 3);
}

TEST(RequisitionService, RequirementsAndSkillsRoundTripInOrder)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    Requisition r = backend();
    r.remote = true;
    r.employmentType = EmploymentType::Temporary;
    r.description = QStringLiteral("Payments API");
    r.requirements = QStringLiteral("Five years of backend work.\nGerman is a plus.");
    // Repeats (any case) and blanks go; a must-have wins over the same nice-to-have.
    r.skills = {{QStringLiteral("Kubernetes"), false}, {QStringLiteral(" Go "), true}, {QStringLiteral("postgresql"), true},
                {QStringLiteral("GO"), false},         {QStringLiteral(""), true},     {QStringLiteral("Terraform"), false}};
    auto created = service.create(r);
    ASSERT_TRUE(created) << created.error().text().toStdString();
    const QList<RequisitionSkill> expected{{QStringLiteral("Go"), true},
                                           {QStringLiteral("postgresql"), true},
                                           {QStringLiteral("Kubernetes"), false},
                                           {QStringLiteral("Terraform"), false}};
    t.reopen();
    RequisitionService again(t.db(), Actor::system());
    auto loaded = again.get(created->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->requirements, r.requirements);
    EXPECT_TRUE(loaded->remote);
    EXPECT_EQ(loaded->employmentType, EmploymentType::Temporary);
    ASSERT_EQ(loaded->skills.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(loaded->skills.at(i).name.toLower(), expected.at(i).name.toLower()) << i;
        EXPECT_EQ(loaded->skills.at(i).mustHave, expected.at(i).mustHave) << i;
    }
    EXPECT_EQ(loaded->skillNames(false), (QStringList{QStringLiteral("Kubernetes"), QStringLiteral("Terraform")}));
    EXPECT_EQ(loaded->toJson().value(QStringLiteral("must_have_skills")).toArray().size(), 2);

    // New names joined the vocabulary; completion finds them by prefix, any case.
    auto vocabulary = again.skillVocabulary(QStringLiteral("te"));
    ASSERT_TRUE(vocabulary) << vocabulary.error().text().toStdString();
    EXPECT_EQ(*vocabulary, QStringList{QStringLiteral("Terraform")});
    EXPECT_GE(again.skillVocabulary()->size(), 4);

    // An edit replaces the skills and requirements.
    Requisition edited = *loaded;
    edited.requirements = QStringLiteral("Three years.");
    edited.skills = {{QStringLiteral("Rust"), true}};
    auto updated = again.update(edited);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_EQ(updated->requirements, QStringLiteral("Three years."));
    ASSERT_EQ(updated->skills.size(), 1);
    EXPECT_EQ(updated->skills.first().name, QStringLiteral("Rust"));
    EXPECT_EQ(t->scalar(QStringLiteral("SELECT count(*) FROM requisition_skills WHERE requisition_id = ?"), {created->id})->toInt(), 1);
}

TEST(RequisitionService, PublishOnlyWhenOpenAndAudited)
{
    Testing::TestDatabase t;
    RequisitionService service(t.db(), Actor::system());
    auto r = service.create(backend());
    ASSERT_TRUE(r);
    EXPECT_EQ(service.publish(r->id, r->version).error().code, ErrorCode::Invalid);
    auto open = service.setStatus(r->id, r->version, RequisitionStatus::Open);
    auto held = service.setStatus(open->id, open->version, RequisitionStatus::OnHold);
    auto refused = service.publish(held->id, held->version);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(label(RequisitionStatus::OnHold).toLower()));
    auto reopened = service.setStatus(held->id, held->version, RequisitionStatus::Open);
    EXPECT_EQ(service.publish(reopened->id, reopened->version - 1).error().code, ErrorCode::Conflict);
    auto published = service.publish(reopened->id, reopened->version);
    ASSERT_TRUE(published);
    EXPECT_TRUE(published->publishedAt.isValid());
    auto unpublished = service.unpublish(published->id, published->version);
    ASSERT_TRUE(unpublished);
    EXPECT_FALSE(unpublished->publishedAt.isValid());
    auto entries = AuditLog(t.db()).forEntity(r->uuid);
    ASSERT_TRUE(entries);
    EXPECT_TRUE(std::any_of(entries->begin(), entries->end(), [](const AuditEntry &e) { return e.action == QLatin1String("publish"); }));
}
