#include <core/audit/audit_log.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

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
