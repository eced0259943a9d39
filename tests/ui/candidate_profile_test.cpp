// The candidate profile's tabs: notes with @mentions, files kept by content hash, tags, and
// adding the candidate to a requisition; with screenshots of each tab to look at.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/add_to_requisition_dialog.h>
#include <ui/candidate_detail_pane.h>
#include <ui/candidate_files_panel.h>
#include <ui/candidate_notes_panel.h>
#include <ui/consent_section.h>
#include <ui/mention_edit.h>
#include <ui/mentions_dialog.h>
#include <ui/session.h>

#include <core/records/activity_log.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/file_store.h>
#include <core/records/requisition_service.h>
#include <core/records/tag_service.h>
#include <core/records/user_directory.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class CandidateProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        User ivan;
        ivan.name = QStringLiteral("Ivan Interviewer");
        ivan.role = QStringLiteral("interviewer");
        interviewer = *UserDirectory(session->db()).create(ivan, session->actor());
        Candidate c;
        c.firstName = QStringLiteral("Ada");
        c.lastName = QStringLiteral("Lovelace");
        c.email = QStringLiteral("ada@example.org");
        c.currentTitle = QStringLiteral("Analytical Engineer");
        c.currentCompany = QStringLiteral("Babbage & Co");
        c.city = QStringLiteral("London");
        c.skills = {QStringLiteral("Mathematics"), QStringLiteral("C++")};
        candidate = *CandidateService(session->db(), session->actor()).create(c);
        Requisition r;
        r.title = QStringLiteral("Compiler Engineer");
        RequisitionService requisitions(session->db(), session->actor());
        auto created = requisitions.create(r);
        requisition = *requisitions.setStatus(created->id, created->version, RequisitionStatus::Open);
    }

    void shoot(QWidget &widget, const QString &name)
    {
        settle(100);
        widget.grab().save(QDir(testOutputDir()).filePath(name));
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    User interviewer;
    Candidate candidate;
    Requisition requisition;
};

} // namespace

TEST_F(CandidateProfileTest, TypingAnAtOffersColleaguesAndTheNoteStoresTheMention)
{
    Ui::CandidateDetailPane pane(*session);
    pane.resize(720, 620);
    pane.show();
    QApplication::setActiveWindow(&pane);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&pane));
    pane.showCandidate(candidate.id);
    auto *notes = pane.findChild<Ui::CandidateNotesPanel *>(QStringLiteral("notesPanel"));
    ASSERT_NE(notes, nullptr);
    pane.showTabOf(notes);
    Ui::MentionEdit *editor = notes->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Great call. @iv"));
    EXPECT_EQ(editor->mentionPrefix(), QStringLiteral("iv"));
    ASSERT_TRUE(waitFor([&] { return editor->completer()->popup()->isVisible(); }));
    EXPECT_EQ(editor->completer()->currentCompletion(), QStringLiteral("Ivan Interviewer"));
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return editor->toPlainText().contains(QStringLiteral("@Ivan Interviewer ")); }))
        << editor->toPlainText().toStdString();
    QTest::keyClicks(editor, QStringLiteral("can you run the loop?"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    EXPECT_TRUE(editor->toPlainText().isEmpty()) << "a saved note leaves the editor";
    EXPECT_EQ(notes->noteCount(), 1);
    auto mentioned = ActivityLog(session->db(), session->actor()).mentioning(interviewer.id);
    ASSERT_TRUE(mentioned);
    ASSERT_EQ(mentioned->size(), 1);
    EXPECT_EQ(mentioned->first().body, QStringLiteral("Great call. @Ivan Interviewer can you run the loop?"));
    EXPECT_TRUE(pane.tabs()->tabText(pane.tabIndexOf(notes)).contains(QStringLiteral("(1)")));
    shoot(pane, QStringLiteral("profile-notes.png"));
}

TEST_F(CandidateProfileTest, FilesAreAddedListedAndReadBack)
{
    Ui::CandidateDetailPane pane(*session);
    pane.resize(720, 560);
    pane.show();
    pane.showCandidate(candidate.id);
    auto *files = pane.findChild<Ui::CandidateFilesPanel *>(QStringLiteral("filesPanel"));
    ASSERT_NE(files, nullptr);
    pane.showTabOf(files);

    const QString cv = QDir(database.dir()).filePath(QStringLiteral("Ada_Lovelace_CV.pdf"));
    QFile out(cv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\n% Ada's resume\n");
    out.close();
    const QString missing = QDir(database.dir()).filePath(QStringLiteral("gone.docx"));
    EXPECT_EQ(files->addFiles({cv, missing}), 1);
    EXPECT_EQ(files->fileCount(), 1);
    auto *list = files->findChild<QTreeWidget *>(QStringLiteral("filesList"));
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Ada_Lovelace_CV.pdf"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Resume"));
    auto stored = FileStore(session->db(), session->actor()).forCandidate(candidate.id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(*FileStore(session->db(), session->actor()).read(stored->first().id), QByteArray("%PDF-1.4\n% Ada's resume\n"));
    shoot(pane, QStringLiteral("profile-files.png"));
}

TEST_F(CandidateProfileTest, AddToRequisitionPutsTheCandidateIntoThePipelineAndTheApplicationsTab)
{
    ASSERT_TRUE(TagService(session->db(), session->actor()).setTags(candidate.id, {QStringLiteral("referral"),
                                                                                   QStringLiteral("relocating")}));
    Ui::CandidateDetailPane pane(*session);
    pane.resize(720, 560);
    pane.show();
    pane.showCandidate(candidate.id);
    pane.tabs()->setCurrentIndex(0);
    auto *consent = pane.findChild<Ui::ConsentSection *>(QStringLiteral("consentSection"));
    ASSERT_NE(consent, nullptr);
    EXPECT_EQ(consent->statusText(), QStringLiteral("No consent recorded"));
    ASSERT_TRUE(consent->record(QStringLiteral("consent"), QDateTime::currentDateTimeUtc(), QStringLiteral("Careers site"),
                                QStringLiteral("privacy-2025")));
    EXPECT_TRUE(consent->statusText().startsWith(QStringLiteral("Consent since"))) << consent->statusText().toStdString();
    shoot(pane, QStringLiteral("profile-overview.png"));

    bool seen = false;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<Ui::AddToRequisitionDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("stageChoice"));
        ASSERT_EQ(stage->count(), 6);
        stage->setCurrentIndex(2); // Screen
        dialog->grab().save(QDir(testOutputDir()).filePath(QStringLiteral("add-to-requisition.png")));
        dialog->accept();
    });
    pane.addToRequisition();
    ASSERT_TRUE(seen);
    auto applications = ApplicationService(session->db(), session->actor()).forCandidate(candidate.id);
    ASSERT_TRUE(applications);
    ASSERT_EQ(applications->size(), 1);
    EXPECT_EQ(applications->first().requisitionId, requisition.id);
    const QList<Stage> stages = *RequisitionService(session->db(), session->actor()).stages(requisition.id);
    EXPECT_EQ(applications->first().stageId, stages.at(2).id);

    auto *tree = pane.findChild<QTreeWidget *>(QStringLiteral("applicationsTree"));
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Compiler Engineer"));
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("Screen"));
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 1) << "entering the pipeline is the first step of its history";
    tree->expandAll();
    pane.showTabOf(tree);
    shoot(pane, QStringLiteral("profile-applications.png"));

    // A second time into the same pipeline is refused inside the dialog, naming the reason.
    bool refused = false;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<Ui::AddToRequisitionDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->accept();
        refused = dialog->isVisible() && dialog->addedCount() == 0;
        dialog->reject();
    });
    pane.addToRequisition();
    EXPECT_TRUE(refused);
    EXPECT_EQ(ApplicationService(session->db(), session->actor()).forCandidate(candidate.id)->size(), 1);
}

TEST_F(CandidateProfileTest, MentionsOfMeListsTheNotesThatNameTheUser)
{
    Ui::MentionsDialog none(*session);
    EXPECT_EQ(none.mentionCount(), 0);
    none.resize(760, 300);
    shoot(none, QStringLiteral("mentions-empty.png"));

    const QString me = session->actor().name;
    ActivityLog log(session->db(), session->actor());
    ASSERT_TRUE(log.addNote(candidate.id, QStringLiteral("@%1 please call her back about the compiler role").arg(me)));
    ASSERT_TRUE(log.addNote(candidate.id, QStringLiteral("@Ivan Interviewer this one is yours")));
    Ui::MentionsDialog dialog(*session);
    ASSERT_EQ(dialog.mentionCount(), 1);
    qint64 opened = 0;
    QObject::connect(&dialog, &Ui::MentionsDialog::openCandidateRequested, [&](qint64 id) { opened = id; });
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("mentionsList"));
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Ada Lovelace"));
    dialog.show();
    shoot(dialog, QStringLiteral("mentions.png"));
    emit list->itemActivated(list->topLevelItem(0), 0);
    EXPECT_EQ(opened, candidate.id);
}
