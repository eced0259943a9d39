// The pipeline editor, for a template and for one requisition's own stages: edit, add,
// reorder, and remove a stage that holds applicants only after choosing where they go.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/inline_message.h>
#include <ui/pipeline_editor_dialog.h>
#include <ui/pipeline_editor_templates.h>
#include <ui/session.h>

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/pipeline_template_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class PipelineEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    static QTableWidget *table(QWidget &dialog) { return dialog.findChild<QTableWidget *>(QStringLiteral("stageTable")); }

    static QPushButton *button(QWidget &dialog, const QString &text)
    {
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        ADD_FAILURE() << "no button " << text.toStdString();
        return nullptr;
    }

    static QStringList names(const QList<TemplateStage> &stages)
    {
        QStringList result;
        for (const TemplateStage &s : stages)
            result << s.name;
        return result;
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

TEST_F(PipelineEditorTest, EditsATemplateRenameKindStaleAddAndReorder)
{
    PipelineTemplateService templates(session->db(), session->actor());
    const qint64 id = templates.defaultTemplate()->id;
    Ui::PipelineEditorDialog dialog(*session);
    ASSERT_TRUE(dialog.loadTemplate(id));
    QTableWidget *t = table(dialog);
    ASSERT_EQ(t->rowCount(), 6);
    EXPECT_TRUE(t->isColumnHidden(3)) << "a template has no applicants";

    t->item(2, 0)->setText(QStringLiteral("Phone screen"));
    static_cast<QSpinBox *>(t->cellWidget(2, 2))->setValue(3);
    t->setCurrentCell(2, 0);
    button(dialog, QStringLiteral("Add stage"))->click();
    ASSERT_EQ(t->rowCount(), 7);
    EXPECT_EQ(t->currentRow(), 3) << "added below the selected stage";
    t->item(3, 0)->setText(QStringLiteral("Assessment"));
    auto *kind = static_cast<QComboBox *>(t->cellWidget(3, 1));
    kind->setCurrentIndex(kind->findData(toKey(StageKind::Interview)));
    button(dialog, QStringLiteral("Move up"))->click();
    EXPECT_EQ(t->currentRow(), 2);
    screenshot(dialog, QStringLiteral("pipeline-editor-template.png"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();

    auto stored = templates.get(id);
    EXPECT_EQ(names(stored->stages), (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Assessment"),
                                                  QStringLiteral("Phone screen"), QStringLiteral("Interview"),
                                                  QStringLiteral("Offer"), QStringLiteral("Hired")}));
    EXPECT_EQ(stored->stages.at(2).kind, StageKind::Interview);
    EXPECT_EQ(stored->stages.at(3).staleAfterDays, 3);
    EXPECT_FALSE(stored->stages.at(2).staleAfterDays.has_value());
}

TEST_F(PipelineEditorTest, RefusesADuplicateNameInsideTheDialog)
{
    const qint64 id = PipelineTemplateService(session->db(), session->actor()).defaultTemplate()->id;
    Ui::PipelineEditorDialog dialog(*session);
    ASSERT_TRUE(dialog.loadTemplate(id));
    table(dialog)->item(1, 0)->setText(QStringLiteral("sourced"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("twice"))) << message(dialog).toStdString();
}

TEST_F(PipelineEditorTest, ARequisitionStageWithApplicantsMovesThemBeforeItGoes)
{
    RequisitionService reqs(session->db(), session->actor());
    Requisition r;
    r.title = QStringLiteral("Backend Engineer");
    auto created = reqs.create(r);
    ASSERT_TRUE(created);
    const QList<Stage> stages = *reqs.stages(created->id);
    Candidate c;
    c.firstName = QStringLiteral("Ada");
    auto candidate = CandidateService(session->db(), session->actor()).create(c);
    auto app = ApplicationService(session->db(), session->actor()).apply(candidate->id, created->id, QString(), stages.at(2).id);
    ASSERT_TRUE(app);

    Ui::PipelineEditorDialog dialog(*session);
    ASSERT_TRUE(dialog.loadRequisition(created->id));
    QTableWidget *t = table(dialog);
    EXPECT_EQ(t->item(2, 3)->text(), QStringLiteral("1"));
    screenshot(dialog, QStringLiteral("pipeline-editor-requisition.png"));

    QString askedStage;
    int askedCount = 0;
    QStringList offered;
    bool agree = false;
    dialog.setMoveTargetChooser([&](const QString &stage, int count, const QList<std::pair<qint64, QString>> &targets)
                                    -> std::optional<qint64> {
        askedStage = stage;
        askedCount = count;
        for (const auto &target : targets)
            offered << target.second;
        if (!agree)
            return std::nullopt;
        return targets.at(2).first; // Interview
    });
    t->setCurrentCell(2, 0);
    button(dialog, QStringLiteral("Remove…"))->click();
    EXPECT_EQ(askedStage, QStringLiteral("Screen"));
    EXPECT_EQ(askedCount, 1);
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Sourced"), QStringLiteral("Applied"), QStringLiteral("Interview"),
                                    QStringLiteral("Offer"), QStringLiteral("Hired")}));
    EXPECT_EQ(t->rowCount(), 6) << "cancelled: the stage stays";

    agree = true;
    button(dialog, QStringLiteral("Remove…"))->click();
    ASSERT_EQ(t->rowCount(), 5);
    EXPECT_EQ(t->item(2, 0)->text(), QStringLiteral("Interview"));
    EXPECT_EQ(t->item(2, 3)->text(), QStringLiteral("1")) << "the count follows the move";
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << message(dialog).toStdString();
    EXPECT_EQ(ApplicationService(session->db(), session->actor()).get(app->id)->stageId, stages.at(3).id);
    EXPECT_EQ(reqs.stages(created->id)->size(), 5);
}

TEST_F(PipelineEditorTest, TemplatesDialogListsTheDefaultFirstAndCopiesAndSetsDefault)
{
    PipelineTemplateService service(session->db(), session->actor());
    auto standard = service.defaultTemplate();
    ASSERT_TRUE(service.copy(standard->id, QStringLiteral("Engineering")));
    Ui::PipelineTemplatesDialog dialog(*session);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("default")));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("templateStages"))->text().contains(QStringLiteral("Interview")));
    EXPECT_FALSE(button(dialog, QStringLiteral("Delete…"))->isEnabled()) << "the default cannot be deleted";
    list->setCurrentRow(1);
    EXPECT_TRUE(button(dialog, QStringLiteral("Delete…"))->isEnabled());
    button(dialog, QStringLiteral("Make default"))->click();
    EXPECT_EQ(service.defaultTemplate()->name, QStringLiteral("Engineering"));
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Engineering")));
    screenshot(dialog, QStringLiteral("pipeline-templates.png"));
}
