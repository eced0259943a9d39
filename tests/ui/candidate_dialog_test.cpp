// The candidate dialog: saves through CandidateService, keeps input when a rule refuses it,
// and merges with someone else's newer version instead of overwriting or discarding.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/candidate_dialog.h>
#include <ui/conflict_dialog.h>
#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/candidate_service.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>

#include <QPushButton>
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


class CandidateDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    static QLineEdit *edit(Ui::CandidateDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString message(Ui::CandidateDialog &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    qint64 storedCandidates() { return CandidateService(session->db(), session->actor()).count().value_or(-1); }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

TEST_F(CandidateDialogTest, CreatesACandidateWithSkillsFromACommaList)
{
    Ui::CandidateDialog dialog(*session);
    edit(dialog, "firstName")->setText(QStringLiteral("Ada"));
    edit(dialog, "lastName")->setText(QStringLiteral("Lovelace"));
    edit(dialog, "email")->setText(QStringLiteral("ada@example.com"));
    edit(dialog, "years")->setText(QStringLiteral("12"));
    edit(dialog, "skills")->setText(QStringLiteral("Rust,  SQL , rust, Kubernetes,"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = CandidateService(session->db(), session->actor()).get(dialog.candidate().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->displayName(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(stored->yearsExperience, 12.0);
    QStringList skills = stored->skills;
    skills.sort(Qt::CaseInsensitive);
    EXPECT_EQ(skills, (QStringList{QStringLiteral("Kubernetes"), QStringLiteral("Rust"), QStringLiteral("SQL")}));
}

TEST_F(CandidateDialogTest, RefusesABadEmailInTheDialogAndKeepsEverythingTyped)
{
    Ui::CandidateDialog dialog(*session);
    edit(dialog, "firstName")->setText(QStringLiteral("Grace"));
    edit(dialog, "email")->setText(QStringLiteral("grace at navy"));
    edit(dialog, "city")->setText(QStringLiteral("Arlington"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("grace at navy"))) << message(dialog).toStdString();
    EXPECT_EQ(edit(dialog, "city")->text(), QStringLiteral("Arlington"));
    EXPECT_EQ(dialog.focusWidget(), edit(dialog, "email")) << "the cursor goes to the field to fix";
    EXPECT_EQ(storedCandidates(), 0);
}

TEST_F(CandidateDialogTest, RefusesYearsThatAreNotANumber)
{
    Ui::CandidateDialog dialog(*session);
    edit(dialog, "firstName")->setText(QStringLiteral("Alan"));
    // The validator stops most typing; pasted or programmatic text still reaches the check.
    edit(dialog, "years")->setValidator(nullptr);
    edit(dialog, "years")->setText(QStringLiteral("ten"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("ten"))) << message(dialog).toStdString();
    EXPECT_EQ(storedCandidates(), 0);
}

TEST_F(CandidateDialogTest, AConflictComparesBothVersionsAndSavesTheMerge)
{
    CandidateService service(session->db(), session->actor());
    Candidate draft;
    draft.firstName = QStringLiteral("Katherine");
    draft.lastName = QStringLiteral("Johnson");
    draft.city = QStringLiteral("Hampton");
    auto created = service.create(draft);
    ASSERT_TRUE(created) << created.error().text().toStdString();

    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(*created);
    edit(dialog, "phone")->setText(QStringLiteral("+1 555 0101"));

    Candidate theirs = *created;
    theirs.city = QStringLiteral("Newport News");
    ASSERT_TRUE(service.update(theirs));

    bool seen = false;
    QList<Ui::ConflictDialog::Choice> chosen;
    int rows = 0;
    whenConflictDialogOpens(
        [&](Ui::ConflictDialog &conflict) {
            rows = int(conflict.fields().size());
            chosen = conflict.choices();
            // While it is open the edit dialog already holds the stored version.
            EXPECT_EQ(edit(dialog, "city")->text(), QStringLiteral("Newport News"));
            conflict.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
        },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    EXPECT_EQ(rows, 2);
    EXPECT_EQ(chosen, (QList<Ui::ConflictDialog::Choice>{Ui::ConflictDialog::Choice::KeepMine,
                                                          Ui::ConflictDialog::Choice::TakeTheirs}));
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = service.get(created->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->phone, QStringLiteral("+1 555 0101"));
    EXPECT_EQ(stored->city, QStringLiteral("Newport News"));
    EXPECT_EQ(dialog.candidate().version, stored->version);
}

TEST_F(CandidateDialogTest, CancellingTheComparisonKeepsTheEditsAndStoresNothing)
{
    CandidateService service(session->db(), session->actor());
    Candidate draft;
    draft.firstName = QStringLiteral("Katherine");
    draft.lastName = QStringLiteral("Johnson");
    auto created = service.create(draft);
    ASSERT_TRUE(created);

    Ui::CandidateDialog dialog(*session);
    dialog.setCandidate(*created);
    edit(dialog, "city")->setText(QStringLiteral("Hampton"));
    Candidate theirs = *created;
    theirs.city = QStringLiteral("Newport News");
    ASSERT_TRUE(service.update(theirs));

    bool seen = false;
    whenConflictDialogOpens([](Ui::ConflictDialog &conflict) { conflict.reject(); }, &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("Someone else"))) << message(dialog).toStdString();
    EXPECT_EQ(edit(dialog, "city")->text(), QStringLiteral("Hampton"));
    EXPECT_EQ(service.get(created->id)->city, QStringLiteral("Newport News"));
}

} // namespace
