// The conflict dialog: what it pre-chooses, its "all" buttons, and the whole flow from a
// candidate dialog on one connection after another connection saved first, through the
// real service on a real database (either engine).
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/candidate_dialog.h>
#include <ui/conflict_dialog.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>
#include <core/storage/database.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Tandem;
using namespace Tandem::Testing;
using Choice = Ui::ConflictDialog::Choice;

namespace {

QList<Ui::ConflictField> sampleFields()
{
    return {
        // label, mine, theirs, original
        {QStringLiteral("City"), QStringLiteral("Hampton"), QStringLiteral("Newport News"), QStringLiteral("Hampton")},
        {QStringLiteral("Phone"), QStringLiteral("+1 555 0101"), QString(), QString()},
        {QStringLiteral("Job title"), QStringLiteral("Research Mathematician"), QStringLiteral("Aerospace Technologist"),
         QStringLiteral("Computer")},
    };
}

// Runs `act` on the ConflictDialog once it is open (exec() blocks the caller). Gives up
// after a while and closes any other modal window, so a missing dialog fails the test
// instead of hanging it.
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

TEST(ConflictDialog, PreChoosesTheirsWhereOnlyTheyChangedAndMineWhereIDid)
{
    Ui::ConflictDialog dialog(QStringLiteral("Katherine Johnson"), sampleFields());
    ASSERT_EQ(dialog.choices().size(), 3);
    EXPECT_EQ(dialog.choice(0), Choice::TakeTheirs); // only they changed the city
    EXPECT_EQ(dialog.choice(1), Choice::KeepMine);   // only I added a phone
    EXPECT_EQ(dialog.choice(2), Choice::KeepMine);   // both changed the title
    EXPECT_FALSE(dialog.isHighlighted(0));
    EXPECT_FALSE(dialog.isHighlighted(1));
    EXPECT_TRUE(dialog.isHighlighted(2));

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("Research Mathematician"));
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("Aerospace Technologist"));
    EXPECT_TRUE(table->item(2, 0)->font().bold());
    EXPECT_FALSE(table->item(0, 0)->font().bold());
    EXPECT_NE(table->item(2, 1)->background(), table->item(0, 1)->background());
}

TEST(ConflictDialog, TheAllButtonsChooseEveryRowAndSave)
{
    {
        Ui::ConflictDialog dialog(QStringLiteral("Katherine Johnson"), sampleFields());
        dialog.findChild<QPushButton *>(QStringLiteral("takeAllTheirs"))->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.choices(), QList<Choice>(3, Choice::TakeTheirs));
    }
    {
        Ui::ConflictDialog dialog(QStringLiteral("Katherine Johnson"), sampleFields());
        dialog.findChild<QPushButton *>(QStringLiteral("keepAllMine"))->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.choices(), QList<Choice>(3, Choice::KeepMine));
    }
    {
        Ui::ConflictDialog dialog(QStringLiteral("Katherine Johnson"), sampleFields());
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMerged"));
        ASSERT_NE(save, nullptr);
        EXPECT_TRUE(save->isDefault());
    }
}

TEST(ConflictDialog, LongAndMarkupValuesShowAsTypedWithTheWholeValueInTheTooltip)
{
    const QString longText = QStringLiteral("<b>not bold</b> ") + QString(300, QLatin1Char('x')) + QStringLiteral("\nsecond line");
    Ui::ConflictDialog dialog(QStringLiteral("<i>Ada</i>"), {{QStringLiteral("Notes"), longText, QStringLiteral("short"), QString()}});
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->item(0, 1)->text().startsWith(QStringLiteral("<b>not bold</b>")));
    EXPECT_FALSE(table->item(0, 1)->text().contains(QLatin1Char('\n')));
    EXPECT_TRUE(table->item(0, 1)->toolTip().contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
}

class ConflictFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        // Connection B: another person's Tandem on the same database (file or server).
        auto other = Database::open(database.settings());
        ASSERT_TRUE(other) << other.error().text().toStdString();
        connectionB = std::move(*other);
    }

    static QLineEdit *edit(Ui::CandidateDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    Candidate createKatherine()
    {
        Candidate draft;
        draft.firstName = QStringLiteral("Katherine");
        draft.lastName = QStringLiteral("Johnson");
        draft.city = QStringLiteral("Hampton");
        draft.currentTitle = QStringLiteral("Computer");
        auto created = CandidateService(session->db(), session->actor()).create(draft);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return created.value_or(Candidate{});
    }

    // B edits and saves first, on its own connection.
    void otherPersonSaves(const Candidate &read, const QString &city, const QString &title)
    {
        Candidate theirs = read;
        theirs.city = city;
        theirs.currentTitle = title;
        auto saved = CandidateService(*connectionB, session->actor()).update(theirs);
        ASSERT_TRUE(saved) << saved.error().text().toStdString();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    std::unique_ptr<Database> connectionB;
};

TEST_F(ConflictFlowTest, SaveMergedStoresTheirCityAndMyEditsOnTopOfTheirVersion)
{
    const Candidate created = createKatherine();
    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(created);
    edit(dialog, "phone")->setText(QStringLiteral("+1 555 0101"));
    edit(dialog, "title")->setText(QStringLiteral("Research Mathematician"));
    otherPersonSaves(created, QStringLiteral("Newport News"), QStringLiteral("Aerospace Technologist"));

    bool seen = false;
    QList<Ui::ConflictField> shown;
    QList<Choice> chosen;
    whenConflictDialogOpens(
        [&](Ui::ConflictDialog &conflict) {
            shown = conflict.fields();
            chosen = conflict.choices();
            const QString path = QDir(testOutputDir()).filePath(QStringLiteral("conflict-dialog.png"));
            EXPECT_TRUE(conflict.grab().save(path)) << path.toStdString();
            conflict.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
        },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    // One row per differing field, in the form's order, pre-chosen as described.
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(shown.at(0).label, QStringLiteral("Phone"));
    EXPECT_EQ(shown.at(1).label, QStringLiteral("City"));
    EXPECT_EQ(shown.at(2).label, QStringLiteral("Job title"));
    EXPECT_EQ(shown.at(2).theirs, QStringLiteral("Aerospace Technologist"));
    EXPECT_EQ(chosen, (QList<Choice>{Choice::KeepMine, Choice::TakeTheirs, Choice::KeepMine}));

    auto stored = CandidateService(*connectionB, session->actor()).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->phone, QStringLiteral("+1 555 0101"));
    EXPECT_EQ(stored->city, QStringLiteral("Newport News"));
    EXPECT_EQ(stored->currentTitle, QStringLiteral("Research Mathematician"));
    EXPECT_EQ(stored->version, created.version + 2);
}

TEST_F(ConflictFlowTest, TakeAllTheirsKeepsTheirVersionAndCancelSavesNothing)
{
    const Candidate created = createKatherine();
    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(created);
    edit(dialog, "title")->setText(QStringLiteral("Research Mathematician"));
    otherPersonSaves(created, QStringLiteral("Newport News"), QStringLiteral("Aerospace Technologist"));

    // Cancel: back to the edit dialog with what was typed, nothing stored.
    bool seen = false;
    whenConflictDialogOpens([](Ui::ConflictDialog &conflict) { conflict.reject(); }, &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(edit(dialog, "title")->text(), QStringLiteral("Research Mathematician"));
    EXPECT_EQ(edit(dialog, "city")->text(), QStringLiteral("Hampton"));
    auto stored = CandidateService(*connectionB, session->actor()).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->currentTitle, QStringLiteral("Aerospace Technologist"));
    EXPECT_EQ(stored->version, created.version + 1);

    // Saving again compares again (never a silent overwrite); this time take theirs.
    seen = false;
    whenConflictDialogOpens(
        [](Ui::ConflictDialog &conflict) { conflict.findChild<QPushButton *>(QStringLiteral("takeAllTheirs"))->click(); },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    stored = CandidateService(*connectionB, session->actor()).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->currentTitle, QStringLiteral("Aerospace Technologist"));
    EXPECT_EQ(stored->city, QStringLiteral("Newport News"));
}

TEST_F(ConflictFlowTest, KeepAllMineOverridesOnlyAfterTheUserChoseIt)
{
    const Candidate created = createKatherine();
    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(created);
    edit(dialog, "title")->setText(QStringLiteral("Research Mathematician"));
    otherPersonSaves(created, QStringLiteral("Newport News"), QStringLiteral("Aerospace Technologist"));

    bool seen = false;
    whenConflictDialogOpens(
        [](Ui::ConflictDialog &conflict) { conflict.findChild<QPushButton *>(QStringLiteral("keepAllMine"))->click(); },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = CandidateService(*connectionB, session->actor()).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->currentTitle, QStringLiteral("Research Mathematician"));
    EXPECT_EQ(stored->city, QStringLiteral("Hampton"));
}

TEST_F(ConflictFlowTest, AFurtherConflictWhileChoosingShowsTheComparisonAgain)
{
    const Candidate created = createKatherine();
    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(created);
    edit(dialog, "phone")->setText(QStringLiteral("+1 555 0101"));
    otherPersonSaves(created, QStringLiteral("Newport News"), QStringLiteral("Computer"));

    int shown = 0;
    bool seen = false;
    bool again = false;
    whenConflictDialogOpens(
        [&](Ui::ConflictDialog &conflict) {
            ++shown;
            // While this user decides, B saves once more.
            auto latest = CandidateService(*connectionB, session->actor()).get(created.id);
            ASSERT_TRUE(latest);
            otherPersonSaves(*latest, QStringLiteral("Yorktown"), QStringLiteral("Computer"));
            whenConflictDialogOpens(
                [&shown](Ui::ConflictDialog &second) {
                    ++shown;
                    second.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
                },
                &again);
            conflict.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
        },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    EXPECT_EQ(shown, 2);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = CandidateService(*connectionB, session->actor()).get(created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->city, QStringLiteral("Yorktown"));
    EXPECT_EQ(stored->phone, QStringLiteral("+1 555 0101"));
}

} // namespace
