// The requisition dialog saves only what the rules allow, explains a refusal inside the
// dialog without losing input, and survives someone else's edit (a version conflict).
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/conflict_dialog.h>
#include <ui/inline_message.h>
#include <ui/requisition_dialog.h>
#include <ui/session.h>

#include <core/models/requisition_list_model.h>
#include <core/records/requisition_service.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

// Runs `act` on the ConflictDialog once it is open (exec() blocks the caller); gives up
// after a while so a missing dialog fails the test instead of hanging it.
void whenConflictDialogOpens(std::function<void(Ui::ConflictDialog &)> act, bool *seen, int attempts = 200)
{
    QTimer::singleShot(10, [act = std::move(act), seen, attempts]() mutable {
        if (auto *dialog = qobject_cast<Ui::ConflictDialog *>(QApplication::activeModalWidget())) {
            *seen = true;
            act(*dialog);
        } else if (attempts > 0) {
            whenConflictDialogOpens(std::move(act), seen, attempts - 1);
        }
    });
}


class RequisitionDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    int storedRequisitions() { return RequisitionListModel(session->db()).rowCount(); }

    template <typename W>
    static W *field(Ui::RequisitionDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString message(Ui::RequisitionDialog &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

TEST_F(RequisitionDialogTest, RefusesAnEmptyTitleWithAMessageAndStoresNothing)
{
    Ui::RequisitionDialog dialog(*session);
    field<QLineEdit>(dialog, "department")->setText(QStringLiteral("Engineering"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("title"))) << message(dialog).toStdString();
    EXPECT_EQ(field<QLineEdit>(dialog, "department")->text(), QStringLiteral("Engineering")) << "input kept";
    EXPECT_EQ(storedRequisitions(), 0);
}

TEST_F(RequisitionDialogTest, RefusesASalaryRangeThatStartsAboveItsEnd)
{
    Ui::RequisitionDialog dialog(*session);
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Backend Engineer"));
    field<QSpinBox>(dialog, "salaryMin")->setValue(120000);
    field<QSpinBox>(dialog, "salaryMax")->setValue(90000);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("salary"), Qt::CaseInsensitive)) << message(dialog).toStdString();
    EXPECT_EQ(field<QSpinBox>(dialog, "salaryMin")->value(), 120000);
    EXPECT_EQ(dialog.focusWidget(), field<QSpinBox>(dialog, "salaryMax")) << "the cursor goes to the field to fix";
    EXPECT_EQ(storedRequisitions(), 0);

    field<QSpinBox>(dialog, "salaryMax")->setValue(150000);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    EXPECT_EQ(dialog.requisition().salaryMin, 120000);
    EXPECT_EQ(dialog.requisition().salaryMax, 150000);
    EXPECT_EQ(storedRequisitions(), 1);
}

TEST_F(RequisitionDialogTest, CreatesWithTheChosenStatusThroughTheWorkflow)
{
    Ui::RequisitionDialog dialog(*session);
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Data Engineer"));
    auto *eeo1 = field<QComboBox>(dialog, "eeo1Category");
    eeo1->setCurrentIndex(eeo1->findData(QStringLiteral("professionals")));
    auto *status = field<QComboBox>(dialog, "status");
    // A new requisition starts as a draft and may go where a draft may go.
    QStringList offered;
    for (int i = 0; i < status->count(); ++i)
        offered << status->itemData(i).toString();
    QStringList expected{toKey(RequisitionStatus::Draft)};
    for (RequisitionStatus next : RequisitionService::nextStatuses(RequisitionStatus::Draft))
        expected << toKey(next);
    EXPECT_EQ(offered, expected);
    status->setCurrentIndex(status->findData(toKey(RequisitionStatus::Open)));
    ASSERT_GE(status->currentIndex(), 0);

    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = RequisitionService(session->db(), session->actor()).get(dialog.requisition().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, RequisitionStatus::Open);
    EXPECT_TRUE(stored->openedAt.isValid());
    EXPECT_EQ(stored->eeo1Category, QStringLiteral("professionals"));
}

TEST_F(RequisitionDialogTest, AConflictComparesBothVersionsAndSavesTheMerge)
{
    RequisitionService service(session->db(), session->actor());
    Requisition draft;
    draft.title = QStringLiteral("Designer");
    draft.department = QStringLiteral("Product");
    auto created = service.create(draft);
    ASSERT_TRUE(created);

    Ui::RequisitionDialog dialog(*session);
    dialog.setRequisition(*created);
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Senior Designer"));
    field<QSpinBox>(dialog, "headcount")->setValue(3);

    Requisition theirs = *created;
    theirs.department = QStringLiteral("Design");
    theirs.headcount = 2;
    ASSERT_TRUE(service.update(theirs));

    bool seen = false;
    QList<Ui::ConflictField> shown;
    QList<Ui::ConflictDialog::Choice> chosen;
    whenConflictDialogOpens(
        [&](Ui::ConflictDialog &conflict) {
            shown = conflict.fields();
            chosen = conflict.choices();
            conflict.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
        },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    using Choice = Ui::ConflictDialog::Choice;
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(shown.at(0).label, QStringLiteral("Title"));
    EXPECT_EQ(shown.at(1).label, QStringLiteral("Department"));
    EXPECT_EQ(shown.at(2).label, QStringLiteral("Openings"));
    EXPECT_EQ(shown.at(2).mine, QStringLiteral("3"));
    EXPECT_EQ(shown.at(2).theirs, QStringLiteral("2"));
    EXPECT_TRUE(Ui::ConflictDialog::bothChanged(shown.at(2)));
    EXPECT_EQ(chosen, (QList<Choice>{Choice::KeepMine, Choice::TakeTheirs, Choice::KeepMine}));
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = service.get(created->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, QStringLiteral("Senior Designer"));
    EXPECT_EQ(stored->department, QStringLiteral("Design"));
    EXPECT_EQ(stored->headcount, 3);
}

} // namespace
