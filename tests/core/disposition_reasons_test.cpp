#include <core/records/disposition_reasons.h>
#include <core/records/settings_store.h>

#include "support/test_database.h"

#include <gtest/gtest.h>

using namespace Tandem;

TEST(DispositionReasons, SeededListsComeInOrder)
{
    Testing::TestDatabase t;
    DispositionReasons reasons(t.db(), Actor::system());
    auto rejected = reasons.list(ApplicationStatus::Rejected);
    ASSERT_TRUE(rejected);
    ASSERT_EQ(rejected->size(), 7);
    EXPECT_EQ(rejected->first().label, QStringLiteral("Missing required skills"));
    auto withdrawn = reasons.list(ApplicationStatus::Withdrawn);
    ASSERT_TRUE(withdrawn);
    EXPECT_EQ(withdrawn->size(), 5);
}

TEST(DispositionReasons, AddRenameReorderDeactivate)
{
    Testing::TestDatabase t;
    DispositionReasons reasons(t.db(), Actor::system());
    auto added = reasons.add(ApplicationStatus::Withdrawn, QStringLiteral("  Counter-offer from employer "));
    ASSERT_TRUE(added) << added.error().text().toStdString();
    EXPECT_EQ(added->label, QStringLiteral("Counter-offer from employer"));
    EXPECT_EQ(reasons.list(ApplicationStatus::Withdrawn)->last().id, added->id);

    auto duplicate = reasons.add(ApplicationStatus::Withdrawn, QStringLiteral("compensation"));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(reasons.add(ApplicationStatus::Withdrawn, QStringLiteral("   ")));
    EXPECT_FALSE(reasons.add(ApplicationStatus::Active, QStringLiteral("Whatever")));

    ASSERT_TRUE(reasons.rename(added->id, QStringLiteral("Counter-offer")));
    EXPECT_FALSE(reasons.rename(added->id, QStringLiteral("Compensation")));

    QList<qint64> order;
    const QList<DispositionReason> all = *reasons.list(ApplicationStatus::Withdrawn, true);
    for (const DispositionReason &r : all)
        order.prepend(r.id);
    ASSERT_TRUE(reasons.reorder(ApplicationStatus::Withdrawn, order));
    EXPECT_EQ(reasons.list(ApplicationStatus::Withdrawn)->first().label, QStringLiteral("Counter-offer"));
    order.removeLast();
    EXPECT_EQ(reasons.reorder(ApplicationStatus::Withdrawn, order).error().code, ErrorCode::Conflict);

    ASSERT_TRUE(reasons.setActive(added->id, false));
    EXPECT_EQ(reasons.list(ApplicationStatus::Withdrawn)->size(), 5);
    EXPECT_EQ(reasons.list(ApplicationStatus::Withdrawn, true)->size(), 6);
    // add, rename, reorder, deactivate; the refused ones left no entry
    EXPECT_EQ(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_type = 'disposition_reason'"))->toInt(), 4);
}

TEST(SettingsStore, DefaultsUntilSetThenUpserts)
{
    Testing::TestDatabase t;
    SettingsStore settings(t.db(), Actor::system());
    EXPECT_EQ(*settings.value(QStringLiteral("x.y"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    ASSERT_TRUE(settings.setValue(QStringLiteral("x.y"), QStringLiteral("one")));
    ASSERT_TRUE(settings.setValue(QStringLiteral("x.y"), QStringLiteral("two")));
    EXPECT_EQ(*settings.value(QStringLiteral("x.y"), QStringLiteral("fallback")), QStringLiteral("two"));
    EXPECT_EQ(t.db().scalar(QStringLiteral("SELECT count(*) FROM settings"))->toInt(), 1);
    t.reopen();
    EXPECT_EQ(*SettingsStore(t.db(), Actor::system()).value(QStringLiteral("x.y")), QStringLiteral("two"));
}
