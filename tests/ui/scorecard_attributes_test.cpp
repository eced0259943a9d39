// The scorecard attributes of a requisition: the defaults appear on first use, and adding,
// renaming, reordering and removing in the dialog is what the service stores.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/inline_message.h>
#include <ui/scorecard_attributes_dialog.h>
#include <ui/session.h>

#include <core/records/requisition_service.h>
#include <core/records/scorecard_service.h>

#include <QDir>
#include <QLineEdit>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

QStringList storedNames(Ui::Session &session, qint64 requisitionId)
{
    QStringList names;
    auto attributes = ScorecardService(session.db(), session.actor()).attributes(requisitionId);
    EXPECT_TRUE(attributes);
    for (const ScorecardAttribute &a : attributes.value_or(QList<ScorecardAttribute>()))
        names << a.name;
    return names;
}

} // namespace

TEST(ScorecardAttributesDialog, EditsTheRequisitionsAttributes)
{
    isolateSettings();
    TestDatabase database;
    auto session = Ui::Session::open(database.path());
    ASSERT_TRUE(session) << session.error().text().toStdString();
    Requisition r;
    r.title = QStringLiteral("Compiler Engineer");
    const Requisition requisition = *RequisitionService((*session)->db(), (*session)->actor()).create(r);

    Ui::ScorecardAttributesDialog dialog(**session, requisition.id, requisition.title);
    dialog.show();
    EXPECT_EQ(dialog.attributeCount(), ScorecardService::defaultAttributeNames().size());

    ASSERT_TRUE(dialog.addAttribute(QStringLiteral("Code review")));
    EXPECT_EQ(dialog.list()->currentItem()->text(), QStringLiteral("Code review"));
    ASSERT_TRUE(dialog.moveCurrent(-1));
    QStringList expected = ScorecardService::defaultAttributeNames();
    expected.insert(expected.size() - 1, QStringLiteral("Code review"));
    EXPECT_EQ(storedNames(**session, requisition.id), expected);

    dialog.findChild<QLineEdit *>(QStringLiteral("attributeName"))->setText(QStringLiteral("Code reading"));
    dialog.findChild<QLineEdit *>(QStringLiteral("attributeDescription"))->setText(QStringLiteral("Finds the bug in a diff"));
    ASSERT_TRUE(dialog.saveCurrent());
    expected.replace(expected.indexOf(QStringLiteral("Code review")), QStringLiteral("Code reading"));
    EXPECT_EQ(storedNames(**session, requisition.id), expected);

    dialog.list()->setCurrentRow(0);
    ASSERT_TRUE(dialog.removeCurrent());
    expected.removeFirst();
    EXPECT_EQ(storedNames(**session, requisition.id), expected);

    // An empty name is refused in place and nothing changes.
    dialog.findChild<QLineEdit *>(QStringLiteral("attributeName"))->setText(QStringLiteral("  "));
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_FALSE(dialog.findChild<Ui::InlineMessage *>()->text().isEmpty());
    EXPECT_EQ(storedNames(**session, requisition.id), expected);
    settle(50);
    dialog.grab().save(QDir(testOutputDir()).filePath(QStringLiteral("scorecard-attributes.png")));
}
