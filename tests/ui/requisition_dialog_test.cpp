// The requisition dialog saves only what the rules allow, explains a refusal inside the
// dialog without losing input, and survives someone else's edit (a version conflict).
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/conflict_dialog.h>
#include <ui/inline_message.h>
#include <ui/requisition_dialog.h>
#include <ui/requisition_skill_field.h>
#include <ui/session.h>

#include <core/models/requisition_list_model.h>
#include <core/records/job_template_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QTabWidget>
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

namespace {

// Every field of the editor with a value other than its default.
void fillEverything(Ui::RequisitionDialog &dialog, qint64 managerId, qint64 recruiterId)
{
    auto set = [&](const char *name, const QString &text) { dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text); };
    auto choose = [&](const char *name, const QVariant &data) {
        auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(name));
        combo->setCurrentIndex(combo->findData(data));
        ASSERT_GE(combo->currentIndex(), 0) << name;
    };
    set("title", QStringLiteral("Platform Engineer"));
    set("department", QStringLiteral("Infrastructure"));
    set("location", QStringLiteral("Lisbon, Portugal"));
    dialog.findChild<QCheckBox *>(QStringLiteral("remote"))->setChecked(true);
    choose("employmentType", toKey(EmploymentType::Contract));
    choose("hiringManager", managerId);
    choose("recruiter", recruiterId);
    dialog.findChild<QSpinBox *>(QStringLiteral("headcount"))->setValue(4);
    dialog.findChild<QSpinBox *>(QStringLiteral("salaryMin"))->setValue(65000);
    dialog.findChild<QSpinBox *>(QStringLiteral("salaryMax"))->setValue(85000);
    dialog.findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("eur"));
    choose("eeo1Category", QStringLiteral("technicians"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(QStringLiteral("Run the platform.\n\nOn call one week in six."));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("requirements"))->setPlainText(QStringLiteral("Linux in production."));
    set("mustSkills", QStringLiteral("Go, Terraform , go"));
    set("niceSkills", QStringLiteral("Kubernetes,, Rust"));
}

void saveTabs(Ui::RequisitionDialog &dialog, const QString &prefix)
{
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle(30);
        const QString path = QDir(testOutputDir()).filePath(QStringLiteral("%1-tab%2.png").arg(prefix).arg(i + 1));
        EXPECT_TRUE(dialog.grab().save(path)) << path.toStdString();
    }
    tabs->setCurrentIndex(0);
}

} // namespace

TEST_F(RequisitionDialogTest, EveryFieldRoundTripsThroughTheDialog)
{
    UserDirectory users(session->db());
    User manager;
    manager.name = QStringLiteral("Maria Manager");
    manager.role = QStringLiteral("hiring_manager");
    auto m = users.create(manager, session->actor());
    User recruiter;
    recruiter.name = QStringLiteral("Rui Recruiter");
    recruiter.role = QStringLiteral("recruiter");
    auto r = users.create(recruiter, session->actor());
    ASSERT_TRUE(m && r) << (m ? r.error() : m.error()).text().toStdString();

    Ui::RequisitionDialog dialog(*session);
    fillEverything(dialog, m->id, r->id);
    dialog.show();
    saveTabs(dialog, QStringLiteral("requisition-dialog-new"));
    // It fits a 1366x768 laptop screen.
    EXPECT_LE(dialog.frameGeometry().width(), 1366);
    EXPECT_LE(dialog.frameGeometry().height(), 700);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();

    auto stored = RequisitionService(session->db(), session->actor()).get(dialog.requisition().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, QStringLiteral("Platform Engineer"));
    EXPECT_EQ(stored->department, QStringLiteral("Infrastructure"));
    EXPECT_EQ(stored->location, QStringLiteral("Lisbon, Portugal"));
    EXPECT_TRUE(stored->remote);
    EXPECT_EQ(stored->employmentType, EmploymentType::Contract);
    EXPECT_EQ(stored->hiringManagerId, m->id);
    EXPECT_EQ(stored->recruiterId, r->id);
    EXPECT_EQ(stored->headcount, 4);
    EXPECT_EQ(stored->salaryMin, 65000);
    EXPECT_EQ(stored->salaryMax, 85000);
    EXPECT_EQ(stored->salaryCurrency, QStringLiteral("EUR"));
    EXPECT_EQ(stored->eeo1Category, QStringLiteral("technicians"));
    EXPECT_EQ(stored->description, QStringLiteral("Run the platform.\n\nOn call one week in six."));
    EXPECT_EQ(stored->requirements, QStringLiteral("Linux in production."));
    EXPECT_EQ(stored->skillNames(true), (QStringList{QStringLiteral("Go"), QStringLiteral("Terraform")}));
    EXPECT_EQ(stored->skillNames(false), (QStringList{QStringLiteral("Kubernetes"), QStringLiteral("Rust")}));

    // Opened again, the dialog shows exactly what is stored.
    Ui::RequisitionDialog again(*session);
    again.setRequisition(*stored);
    EXPECT_EQ(field<QLineEdit>(again, "mustSkills")->text(), QStringLiteral("Go, Terraform"));
    EXPECT_EQ(field<QLineEdit>(again, "niceSkills")->text(), QStringLiteral("Kubernetes, Rust"));
    EXPECT_EQ(field<QPlainTextEdit>(again, "requirements")->toPlainText(), QStringLiteral("Linux in production."));
    EXPECT_EQ(field<QComboBox>(again, "recruiter")->currentData().toLongLong(), r->id);
    EXPECT_FALSE(field<QComboBox>(again, "pipelineTemplate")->isVisibleTo(&again)) << "chosen only when creating";
    EXPECT_EQ(again.typedRequisition().skills, stored->skills);
    again.accept();
    EXPECT_EQ(again.result(), QDialog::Accepted) << "saving unchanged is fine: " << message(again).toStdString();
    EXPECT_EQ(RequisitionService(session->db(), session->actor()).get(stored->id)->skills, stored->skills);
}

TEST_F(RequisitionDialogTest, StatusDatesAreShown)
{
    RequisitionService service(session->db(), session->actor());
    Requisition draft;
    draft.title = QStringLiteral("Analyst");
    auto created = service.create(draft);
    auto open = service.setStatus(created->id, created->version, RequisitionStatus::Open);
    auto filled = service.setStatus(open->id, open->version, RequisitionStatus::Filled);
    ASSERT_TRUE(filled);
    Ui::RequisitionDialog dialog(*session);
    dialog.setRequisition(*filled);
    const QString dates = dialog.findChild<QLabel *>(QStringLiteral("statusDates"))->text();
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    EXPECT_TRUE(dates.contains(QStringLiteral("Opened"))) << dates.toStdString();
    EXPECT_TRUE(dates.contains(QStringLiteral("filled"))) << dates.toStdString();
    EXPECT_TRUE(dates.contains(today)) << dates.toStdString();
    dialog.show();
    saveTabs(dialog, QStringLiteral("requisition-dialog-filled"));
}

TEST_F(RequisitionDialogTest, SkillsCompleteFromTheVocabulary)
{
    Requisition seeded;
    seeded.title = QStringLiteral("Seed");
    seeded.skills = {{QStringLiteral("Kubernetes"), true}, {QStringLiteral("Kotlin"), false}};
    ASSERT_TRUE(RequisitionService(session->db(), session->actor()).create(seeded));
    Ui::RequisitionDialog dialog(*session);
    auto *must = dialog.findChild<Ui::RequisitionSkillField *>(QStringLiteral("mustSkills"));
    ASSERT_NE(must, nullptr);
    must->setText(QStringLiteral("Go, kub"));
    QCompleter *completer = must->completer();
    completer->setCompletionPrefix(must->text());
    ASSERT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("Go, Kubernetes, ")) << "the rest of the line is kept";
    EXPECT_EQ(completer->pathFromIndex(completer->completionModel()->index(0, 0)), QStringLiteral("Go, Kubernetes, "));
    completer->setCompletionPrefix(QStringLiteral("Go, K"));
    EXPECT_EQ(completer->completionCount(), 2);
}

TEST_F(RequisitionDialogTest, AConflictOnSkillsIsComparedToo)
{
    RequisitionService service(session->db(), session->actor());
    Requisition draft;
    draft.title = QStringLiteral("Designer");
    draft.skills = {{QStringLiteral("Figma"), true}};
    auto created = service.create(draft);
    ASSERT_TRUE(created);
    Ui::RequisitionDialog dialog(*session);
    dialog.setRequisition(*created);
    field<QLineEdit>(dialog, "mustSkills")->setText(QStringLiteral("Figma, Sketch"));

    Requisition theirs = *created;
    theirs.requirements = QStringLiteral("Portfolio required");
    theirs.skills = {{QStringLiteral("Figma"), true}, {QStringLiteral("Illustrator"), false}};
    ASSERT_TRUE(service.update(theirs));

    bool seen = false;
    QStringList labels;
    whenConflictDialogOpens(
        [&](Ui::ConflictDialog &conflict) {
            for (const Ui::ConflictField &f : conflict.fields())
                labels << f.label;
            conflict.findChild<QPushButton *>(QStringLiteral("saveMerged"))->click();
        },
        &seen);
    dialog.accept();
    ASSERT_TRUE(seen);
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Requirements"), QStringLiteral("Must-have skills"),
                                   QStringLiteral("Nice-to-have skills")}));
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = service.get(created->id);
    EXPECT_EQ(stored->requirements, QStringLiteral("Portfolio required"));
    EXPECT_EQ(stored->skillNames(true), (QStringList{QStringLiteral("Figma"), QStringLiteral("Sketch")}));
    EXPECT_EQ(stored->skillNames(false), QStringList{QStringLiteral("Illustrator")});
}

TEST_F(RequisitionDialogTest, ADraftFromATemplateUsesItsPipeline)
{
    auto pipeline = PipelineTemplateService(session->db(), session->actor())
                        .create(QStringLiteral("Agency"), {{0, QStringLiteral("Sourced"), StageKind::Sourced, 10},
                                                           {0, QStringLiteral("Client review"), StageKind::Screen, 5},
                                                           {0, QStringLiteral("Placed"), StageKind::Hired, std::nullopt}});
    ASSERT_TRUE(pipeline);
    Requisition fields;
    fields.title = QStringLiteral("Accountant");
    fields.skills = {{QStringLiteral("SAP"), true}};
    auto jobTemplate = JobTemplateService(session->db(), session->actor()).saveFrom(QStringLiteral("Accountant"), fields, pipeline->id);
    ASSERT_TRUE(jobTemplate);

    Ui::RequisitionDialog dialog(*session);
    dialog.setDraft(JobTemplateService::draftFrom(*jobTemplate), jobTemplate->pipelineTemplateId);
    EXPECT_EQ(field<QLineEdit>(dialog, "title")->text(), QStringLiteral("Accountant"));
    EXPECT_EQ(field<QLineEdit>(dialog, "mustSkills")->text(), QStringLiteral("SAP"));
    EXPECT_EQ(field<QComboBox>(dialog, "pipelineTemplate")->currentData().toLongLong(), pipeline->id);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stages = RequisitionService(session->db(), session->actor()).stages(dialog.requisition().id);
    ASSERT_TRUE(stages);
    ASSERT_EQ(stages->size(), 3);
    EXPECT_EQ(stages->at(1).name, QStringLiteral("Client review"));
}

} // namespace
