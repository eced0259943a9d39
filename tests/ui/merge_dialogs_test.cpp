#include "ui_test_support.h"

#include <core/dedupe/merge_service.h>
#include <core/records/activity_log.h>
#include <core/records/candidate_service.h>
#include <core/records/user_directory.h>
#include <ui/duplicates_dialog.h>
#include <ui/empty_state.h>
#include <ui/merge_dialog.h>
#include <ui/merge_history_dialog.h>
#include <ui/session.h>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <support/test_database.h>

using namespace Tandem;
using namespace Tandem::Ui;

namespace {

class MergeUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Testing::isolateSettings();
        auto opened = Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"),
                     QStringLiteral("AT&T"));
        anne = person(QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("ANN@example.com"),
                      QStringLiteral("Initech"), QStringLiteral("Potsdam"));
        ASSERT_TRUE(ActivityLog(session->db(), session->actor())
                        .addNote(anne.id, QStringLiteral("Met at the meetup")));
        anne = *CandidateService(session->db(), session->actor()).get(anne.id);
        jon = person(QStringLiteral("Jon"), QStringLiteral("Smith"), QStringLiteral("jon@a.org"),
                     QStringLiteral("Acme"));
        john = person(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("john@b.org"),
                      QStringLiteral("Acme"));
        person(QStringLiteral("Bob"), QStringLiteral("Unique"), QStringLiteral("bob@c.org"),
               QStringLiteral("Globex"));
    }

    Candidate person(const QString &first, const QString &last, const QString &email, const QString &company,
                     const QString &city = QStringLiteral("Berlin"))
    {
        Candidate c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.currentCompany = company;
        c.city = city;
        auto created = CandidateService(session->db(), session->actor()).create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return *created;
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        widget.show();
        Testing::settle();
        const QString path = QDir(Testing::testOutputDir()).filePath(name);
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    Testing::TestDatabase database;
    std::unique_ptr<Session> session;
    Candidate ann, anne, jon, john;
};

} // namespace

TEST_F(MergeUiTest, FindDuplicatesListsPairsDismissesAndMerges)
{
    DuplicatesDialog dialog(*session);
    bool finished = false;
    QObject::connect(&dialog, &DuplicatesDialog::searchFinished, [&] { finished = true; });
    dialog.show();
    dialog.search();
    ASSERT_TRUE(Testing::waitFor([&] { return finished; }));
    ASSERT_EQ(dialog.pairCount(), 2);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("duplicatePairs"));
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Ann Lee"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Anne Lee"));
    EXPECT_TRUE(list->topLevelItem(0)->text(2).startsWith(QStringLiteral("95")));
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("same e-mail ann@example.com"));
    EXPECT_TRUE(list->topLevelItem(1)->text(3).contains(QStringLiteral("same employer Acme")));
    screenshot(dialog, QStringLiteral("duplicates-dialog.png"));

    dialog.selectPair(1);
    dialog.dismissSelected();
    EXPECT_EQ(dialog.pairCount(), 1);
    EXPECT_EQ(session->db().scalar(QStringLiteral("SELECT count(*) FROM duplicate_dismissals"))->toInt(), 1);

    qint64 survivor = 0;
    QObject::connect(&dialog, &DuplicatesDialog::candidateMerged, [&](qint64 id) { survivor = id; });
    dialog.selectPair(0);
    dialog.compareSelected();
    auto *merge = dialog.findChild<MergeDialog *>();
    ASSERT_TRUE(merge);
    ASSERT_TRUE(Testing::waitFor([&] { return merge->isVisible(); }));
    merge->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    EXPECT_EQ(survivor, ann.id);
    EXPECT_EQ(dialog.pairCount(), 0);
    auto *stack = dialog.findChild<QStackedWidget *>();
    EXPECT_TRUE(qobject_cast<EmptyState *>(stack->currentWidget()));
    screenshot(dialog, QStringLiteral("duplicates-dialog-empty.png"));
}

TEST_F(MergeUiTest, MergeDialogOffersAChoicePerFieldAndMerges)
{
    MergeDialog dialog(*session, ann.id, anne.id);
    dialog.show();
    auto *keepCompany = dialog.findChild<QRadioButton *>(QStringLiteral("current_company_keep"));
    ASSERT_TRUE(keepCompany);
    EXPECT_EQ(keepCompany->text(), QStringLiteral("AT&&T")); // shown as "AT&T", not as a mnemonic
    EXPECT_FALSE(dialog.findChild<QRadioButton *>(QStringLiteral("country_take"))->isEnabled()); // both empty
    // Anne Lee is the newer record: where both have a value, hers is suggested.
    EXPECT_TRUE(dialog.findChild<QRadioButton *>(QStringLiteral("first_name_take"))->isChecked());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("mergeSummary"));
    EXPECT_EQ(summary->text(), QStringLiteral("Moving to Ann Lee — timeline entries: 1."))
        << summary->text().toStdString();
    screenshot(dialog, QStringLiteral("merge-dialog.png"));

    dialog.choose(QStringLiteral("first_name"), MergeSide::Survivor);
    dialog.choose(QStringLiteral("current_company"), MergeSide::Merged);
    EXPECT_EQ(dialog.choices().value(QStringLiteral("current_company")), MergeSide::Merged);
    dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto kept = CandidateService(session->db(), session->actor()).get(ann.id);
    EXPECT_EQ(kept->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(kept->currentCompany, QStringLiteral("Initech"));
    EXPECT_TRUE(CandidateService(session->db(), session->actor()).get(anne.id)->isArchived());
}

TEST_F(MergeUiTest, MergeDialogShowsAStaleComparisonInPlace)
{
    MergeDialog dialog(*session, ann.id, anne.id);
    Candidate edited = *CandidateService(session->db(), session->actor()).get(anne.id);
    edited.city = QStringLiteral("Paris");
    ASSERT_TRUE(CandidateService(session->db(), session->actor()).update(edited));
    dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(CandidateService(session->db(), session->actor()).get(anne.id)->isArchived());
    // Reloaded: the new city is offered now.
    EXPECT_EQ(dialog.findChild<QRadioButton *>(QStringLiteral("city_take"))->text(), QStringLiteral("Paris"));
}

TEST_F(MergeUiTest, HistoryUndoesOwnMergesOnly)
{
    {
        MergeHistoryDialog empty(*session);
        EXPECT_EQ(empty.mergeCount(), 0);
        EXPECT_FALSE(empty.undoButton()->isEnabled());
        screenshot(empty, QStringLiteral("merge-history-empty.png"));
    }
    User draft;
    draft.name = QStringLiteral("Pete Peer");
    draft.role = QStringLiteral("recruiter");
    const Actor peer = UserDirectory::actorFor(*UserDirectory(session->db()).create(draft, session->actor()));
    ASSERT_TRUE(MergeService(session->db(), peer).merge(jon.id, john.id, {}, {jon.version, john.version}));
    ASSERT_TRUE(MergeService(session->db(), session->actor())
                    .merge(ann.id, anne.id, {}, {ann.version, anne.version}));

    MergeHistoryDialog dialog(*session);
    ASSERT_EQ(dialog.mergeCount(), 2);
    dialog.selectMerge(1); // the peer's, older
    EXPECT_FALSE(dialog.undoButton()->isEnabled());
    EXPECT_TRUE(dialog.undoButton()->toolTip().contains(QStringLiteral("Pete Peer")));
    dialog.selectMerge(0);
    EXPECT_TRUE(dialog.undoButton()->isEnabled());
    screenshot(dialog, QStringLiteral("merge-history.png"));

    qint64 undoneSurvivor = 0;
    QObject::connect(&dialog, &MergeHistoryDialog::mergeUndone,
                     [&](qint64 s, qint64) { undoneSurvivor = s; });
    dialog.undoSelected(false);
    EXPECT_EQ(undoneSurvivor, ann.id);
    EXPECT_FALSE(CandidateService(session->db(), session->actor()).get(anne.id)->isArchived());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("mergeList"));
    EXPECT_FALSE(list->topLevelItem(0)->text(4).isEmpty());
    EXPECT_FALSE(dialog.undoButton()->isEnabled());

    MergeHistoryDialog forJon(*session, jon.id);
    EXPECT_EQ(forJon.mergeCount(), 1);
}
