// Job templates in the GUI: save a requisition as a template, pick one for a new requisition,
// rename and delete, and the empty state.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/empty_state.h>
#include <ui/inline_message.h>
#include <ui/job_template_dialogs.h>
#include <ui/session.h>

#include <core/records/job_template_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class JobTemplateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    Requisition backend()
    {
        Requisition r;
        r.title = QStringLiteral("Backend Engineer");
        r.department = QStringLiteral("Engineering");
        r.location = QStringLiteral("Berlin");
        r.headcount = 2;
        r.skills = {{QStringLiteral("Go"), true}, {QStringLiteral("Kubernetes"), false}};
        return r;
    }

    static QString message(QWidget &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        widget.show();
        settle(30);
        EXPECT_TRUE(widget.grab().save(QDir(testOutputDir()).filePath(name)));
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

} // namespace

TEST_F(JobTemplateTest, SavesARequisitionWithTheChosenPipelineAndRefusesATakenName)
{
    auto pipeline = PipelineTemplateService(session->db(), session->actor())
                        .create(QStringLiteral("Engineering"), {{0, QStringLiteral("Applied"), StageKind::Applied, 7},
                                                                {0, QStringLiteral("Hired"), StageKind::Hired, std::nullopt}});
    ASSERT_TRUE(pipeline);
    Ui::JobTemplateSaveDialog dialog(*session, backend());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("templateName"));
    EXPECT_EQ(name->text(), QStringLiteral("Backend Engineer")) << "the title is the suggested name";
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("pipelineTemplate"));
    combo->setCurrentIndex(combo->findData(pipeline->id));
    screenshot(dialog, QStringLiteral("job-template-save.png"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    auto stored = JobTemplateService(session->db(), session->actor()).get(dialog.saved().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->pipelineTemplateId, pipeline->id);
    EXPECT_EQ(stored->fields.skills, backend().skills);

    Ui::JobTemplateSaveDialog twice(*session, backend());
    twice.findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("backend engineer"));
    twice.accept();
    EXPECT_NE(twice.result(), QDialog::Accepted);
    EXPECT_TRUE(message(twice).contains(QStringLiteral("already exists"))) << message(twice).toStdString();
}

TEST_F(JobTemplateTest, ThePickerShowsWhatATemplateHoldsAndReturnsIt)
{
    JobTemplateService service(session->db(), session->actor());
    ASSERT_TRUE(service.saveFrom(QStringLiteral("Backend (Berlin)"), backend()));
    Requisition accountant;
    accountant.title = QStringLiteral("Accountant");
    ASSERT_TRUE(service.saveFrom(QStringLiteral("Accountant"), accountant));

    Ui::JobTemplatesDialog dialog(*session, Ui::JobTemplatesDialog::Mode::Pick);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Accountant")) << "by name";
    list->setCurrentRow(1);
    const QString details = dialog.findChild<QLabel *>(QStringLiteral("templateDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("Berlin"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Must have: Go"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Nice to have: Kubernetes"))) << details.toStdString();
    screenshot(dialog, QStringLiteral("job-template-picker.png"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.chosen().has_value());
    EXPECT_EQ(dialog.chosen()->name, QStringLiteral("Backend (Berlin)"));
}

TEST_F(JobTemplateTest, ManageShowsAnEmptyStateThenTheTemplates)
{
    Ui::JobTemplatesDialog dialog(*session, Ui::JobTemplatesDialog::Mode::Manage);
    auto *stack = dialog.findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);
    EXPECT_TRUE(qobject_cast<Ui::EmptyState *>(stack->currentWidget()) != nullptr);
    screenshot(dialog, QStringLiteral("job-templates-empty.png"));
    ASSERT_TRUE(JobTemplateService(session->db(), session->actor()).saveFrom(QStringLiteral("Backend"), backend()));
    dialog.reload();
    EXPECT_FALSE(qobject_cast<Ui::EmptyState *>(stack->currentWidget()));
    EXPECT_EQ(dialog.findChild<QListWidget *>(QStringLiteral("templateList"))->count(), 1);
    screenshot(dialog, QStringLiteral("job-templates.png"));
}
