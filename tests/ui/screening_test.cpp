// Match badges and screening: the board shows a match badge and a Knockout flag on the
// cards (screenshots at 1366x768), the board sorts by match, the list has a Match column,
// the questions dialog stores questions, and the answers dialog says what saving will do
// before it rejects.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/pipeline_view.h>
#include <ui/requisition_dialog.h>
#include <ui/screening_answers_dialog.h>
#include <ui/screening_questions_dialog.h>
#include <ui/session.h>

#include <core/models/board_model.h>
#include <core/models/pipeline_list_model.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/screening_service.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

struct Applicant
{
    const char *first;
    const char *last;
    const char *title;
    const char *skills;
    double years;
    const char *city;
    int stage;
};

const Applicant applicants[] = {
    {"Amara", "Okafor", "Senior Backend Engineer", "Go,PostgreSQL,Kubernetes,Docker", 8, "Berlin", 0},
    {"Jonas", "Weber", "Software Engineer", "Go", 2, "Hamburg", 0},
    {"Priya", "Raman", "Platform Engineer", "Kubernetes,Docker", 6, "London", 0},
    {"Lucas", "Martin", "Backend Developer", "Go,PostgreSQL", 5, "Berlin", 1},
    {"Sofia", "Rossi", "Go Developer", "Go,PostgreSQL,Kubernetes", 3, "Munich", 1},
    {"Kenji", "Tanaka", "Site Reliability Engineer", "", 0, "", 2},
};

class ScreeningUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        const Actor &actor = session->actor();
        Requisition r;
        r.title = QStringLiteral("Senior Backend Engineer");
        r.location = QStringLiteral("Berlin, Germany");
        r.minYearsExperience = 5;
        r.skills = {{QStringLiteral("Go"), true}, {QStringLiteral("PostgreSQL"), true}, {QStringLiteral("Kubernetes"), false}};
        RequisitionService reqs(session->db(), actor);
        auto created = reqs.create(r);
        ASSERT_TRUE(created);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(requisition.id);
        for (const Applicant &a : applicants) {
            Candidate c;
            c.firstName = QString::fromUtf8(a.first);
            c.lastName = QString::fromUtf8(a.last);
            c.currentTitle = QString::fromUtf8(a.title);
            c.skills = QString::fromUtf8(a.skills).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (a.years > 0)
                c.yearsExperience = a.years;
            c.city = QString::fromUtf8(a.city);
            c.country = c.city.isEmpty() ? QString() : QStringLiteral("Germany");
            auto stored = CandidateService(session->db(), actor).create(c);
            ASSERT_TRUE(stored);
            auto app = ApplicationService(session->db(), actor).apply(stored->id, requisition.id, QStringLiteral("LinkedIn"),
                                                                     stages[a.stage].id);
            ASSERT_TRUE(app);
            apps.append(*app);
        }
        ScreeningQuestion permit;
        permit.requisitionId = requisition.id;
        permit.prompt = QStringLiteral("Do you hold a work permit for Germany?");
        permit.knockoutAnswers = {QStringLiteral("no")};
        permit.action = KnockoutAction::Reject;
        ScreeningQuestion years;
        years.requisitionId = requisition.id;
        years.prompt = QStringLiteral("Years with Go?");
        years.kind = ScreeningKind::Number;
        years.minimum = 2;
        ScreeningService screening(session->db(), actor);
        permitQuestion = *screening.add(permit);
        yearsQuestion = *screening.add(years);
        // Jonas answered under the minimum: flagged, still active.
        ASSERT_TRUE(screening.recordAnswers(apps[1].id, {{permitQuestion.id, QStringLiteral("yes")}, {yearsQuestion.id, QStringLiteral("1")}}));
    }

    void save(QWidget &widget, const QString &name)
    {
        settle(100);
        const QString path = QDir(testOutputDir()).filePath(name);
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    Requisition requisition;
    QList<Stage> stages;
    QList<Application> apps;
    ScreeningQuestion permitQuestion;
    ScreeningQuestion yearsQuestion;
};

} // namespace

TEST_F(ScreeningUiTest, BoardShowsMatchBadgesKnockoutsAndSortsByMatch)
{
    Ui::PipelineView view(*session);
    view.resize(1366, 768);
    view.show();
    view.showRequisition(requisition.id);
    ASSERT_TRUE(waitFor([&] { return view.isVisible(); }));
    BoardModel *model = view.boardModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QModelIndex amara = model->indexOfCard(apps[0].id);
    EXPECT_EQ(amara.data(BoardModel::MatchRole).toInt(), 100);
    EXPECT_FALSE(amara.data(BoardModel::MatchReasonsRole).toStringList().isEmpty());
    EXPECT_TRUE(amara.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Match 100%")));
    const QModelIndex jonas = model->indexOfCard(apps[1].id);
    EXPECT_EQ(jonas.data(BoardModel::KnockoutsRole).toStringList().size(), 1);
    EXPECT_TRUE(jonas.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Knockout: 'Years with Go?' answered 1")));
    save(view, QStringLiteral("screening-board-1366.png"));

    // First column: Amara (100), Jonas, Priya entered in that order; by match Amara, Priya, Jonas.
    auto *order = view.findChild<QComboBox *>(QStringLiteral("cardOrder"));
    ASSERT_NE(order, nullptr);
    order->setCurrentIndex(order->findData(int(BoardModel::CardOrder::Match)));
    const QModelIndex first = model->stageIndex(0);
    QList<int> scores;
    for (int row = 0; row < model->rowCount(first); ++row)
        scores << model->index(row, 0, first).data(BoardModel::MatchRole).toInt();
    ASSERT_EQ(scores.size(), 3);
    EXPECT_TRUE(std::is_sorted(scores.rbegin(), scores.rend())) << scores[0] << " " << scores[1] << " " << scores[2];
    EXPECT_EQ(model->index(0, 0, first).data(BoardModel::ApplicationIdRole).toLongLong(), apps[0].id);

    // The list: a sortable Match column.
    view.setListMode(true);
    PipelineListModel *list = view.listModel();
    QAbstractItemModelTester listTester(list, QAbstractItemModelTester::FailureReportingMode::Warning);
    list->sort(PipelineListModel::MatchColumn, Qt::DescendingOrder);
    EXPECT_EQ(list->headerData(PipelineListModel::MatchColumn, Qt::Horizontal).toString(), QStringLiteral("Match"));
    EXPECT_EQ(list->applicationIdAt(0), apps[0].id);
    EXPECT_EQ(list->index(0, PipelineListModel::MatchColumn).data().toString(), QStringLiteral("100%"));
    save(view, QStringLiteral("screening-list-1366.png"));
}

TEST_F(ScreeningUiTest, AnswersDialogSaysItWillRejectBeforeSaving)
{
    Ui::ScreeningAnswersDialog dialog(*session, apps[0].id);
    dialog.show();
    EXPECT_EQ(dialog.consequence(), QStringLiteral("No answer knocks out."));
    dialog.setAnswer(permitQuestion.id, QStringLiteral("no"));
    dialog.setAnswer(yearsQuestion.id, QStringLiteral("1.5"));
    EXPECT_TRUE(dialog.consequence().startsWith(
        QStringLiteral("This will reject the application: Knockout: 'Do you hold a work permit for Germany?' answered No")))
        << dialog.consequence().toStdString();
    EXPECT_TRUE(dialog.consequence().contains(QStringLiteral("The card will be flagged")));
    EXPECT_EQ(ApplicationService(session->db(), session->actor()).get(apps[0].id)->status, ApplicationStatus::Active);
    save(dialog, QStringLiteral("screening-answers.png"));
    ASSERT_TRUE(dialog.save());
    auto after = ApplicationService(session->db(), session->actor()).get(apps[0].id);
    EXPECT_EQ(after->status, ApplicationStatus::Rejected);
    EXPECT_TRUE(after->dispositionReason.contains(QStringLiteral("work permit")));

    // Reopened, it shows the stored answers.
    Ui::ScreeningAnswersDialog again(*session, apps[0].id);
    EXPECT_EQ(again.answers().value(permitQuestion.id), QStringLiteral("no"));
    EXPECT_EQ(again.answers().value(yearsQuestion.id), QStringLiteral("1.5"));
}

TEST_F(ScreeningUiTest, QuestionsDialogAddsEditsAndReorders)
{
    Ui::ScreeningQuestionsDialog dialog(*session, requisition.id);
    dialog.show();
    EXPECT_EQ(dialog.findChild<QListWidget *>(QStringLiteral("questionList"))->count(), 2);
    dialog.newQuestion();
    ScreeningQuestion shift;
    shift.prompt = QStringLiteral("Which shift can you work?");
    shift.kind = ScreeningKind::Choice;
    shift.choices = {QStringLiteral("Day"), QStringLiteral("Night"), QStringLiteral("Any")};
    shift.knockoutAnswers = {QStringLiteral("Night")};
    dialog.setFormQuestion(shift);
    ASSERT_TRUE(dialog.saveQuestion()) << dialog.errorText().toStdString();
    auto stored = ScreeningService(session->db(), session->actor()).questions(requisition.id);
    ASSERT_EQ(stored->size(), 3);
    EXPECT_EQ(stored->at(2).knockoutAnswers, QStringList{QStringLiteral("Night")});
    EXPECT_EQ(stored->at(2).choices.size(), 3);
    ASSERT_TRUE(dialog.moveQuestion(-1));
    EXPECT_EQ(ScreeningService(session->db(), session->actor()).questions(requisition.id)->at(1).prompt, shift.prompt);
    save(dialog, QStringLiteral("screening-questions.png"));

    // An empty prompt is refused in place.
    dialog.newQuestion();
    EXPECT_FALSE(dialog.saveQuestion());
    EXPECT_FALSE(dialog.errorText().isEmpty());
}

TEST_F(ScreeningUiTest, RequisitionDialogEditsMinimumYears)
{
    Ui::RequisitionDialog dialog(*session);
    dialog.setRequisition(*RequisitionService(session->db(), session->actor()).get(requisition.id));
    auto *years = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("minYears"));
    ASSERT_NE(years, nullptr);
    EXPECT_DOUBLE_EQ(years->value(), 5);
    years->setValue(0);
    EXPECT_EQ(years->text(), QStringLiteral("None"));
    EXPECT_FALSE(dialog.typedRequisition().minYearsExperience.has_value());
    years->setValue(3.5);
    EXPECT_EQ(dialog.typedRequisition().minYearsExperience, std::optional<double>(3.5));
}
