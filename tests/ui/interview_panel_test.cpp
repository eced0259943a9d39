// The profile's "Interviews & scorecards" tab: an empty state that says what to do, the
// interviews upcoming first, and the scorecards side by side.
#include "interview_fixture.h"

#include <core/records/scorecard_service.h>
#include <ui/empty_state.h>
#include <ui/interview_panel.h>
#include <ui/scorecard_dialog.h>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class InterviewsPanelTest : public InterviewUiTest
{
protected:
    void submitCard(const User &who, qint64 interviewId, int base, Recommendation r, const QString &notes)
    {
        ScorecardService cards(db(), UserDirectory::actorFor(who));
        auto attrs = *cards.attributes(requisition.id);
        Scorecard card = *cards.cardFor(app.id, interviewId, who.id);
        for (int i = 0; i < attrs.size(); ++i)
            card.ratings.insert(attrs.at(i).id, 1 + (base + i) % 4);
        card.recommendation = r;
        card.notes = notes;
        auto stored = cards.submit(card);
        ASSERT_TRUE(stored) << stored.error().text().toStdString();
    }
};

} // namespace

TEST_F(InterviewsPanelTest, ACandidateOutsideAnyPipelineGetsAnEmptyStateThatSaysWhy)
{
    Candidate c;
    c.firstName = QStringLiteral("Prospect");
    c.lastName = QStringLiteral("Only");
    auto prospect = CandidateService(db(), session->actor()).create(c);
    ASSERT_TRUE(prospect);
    Ui::InterviewsPanel panel(*session, nullptr);
    panel.resize(900, 500);
    panel.show();
    panel.showCandidate(prospect->id);
    auto *empty = panel.findChild<Ui::EmptyState *>(QStringLiteral("interviewsEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    QStringList texts;
    for (QLabel *l : empty->findChildren<QLabel *>())
        texts << l->text();
    EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("requisition")))
        << texts.join(QLatin1Char('|')).toStdString();
    screenshot(panel, QStringLiteral("interviews-panel-no-pipeline.png"));

    panel.showCandidate(candidate.id);
    EXPECT_TRUE(empty->isVisible()) << "an applicant without interviews still sees the empty state";
    EXPECT_TRUE(empty->findChildren<QPushButton *>().first()->isVisibleTo(empty))
        << "with the Schedule button";
    screenshot(panel, QStringLiteral("interviews-panel-empty.png"));
}

TEST_F(InterviewsPanelTest, ListsUpcomingFirstAndShowsTheScorecardsSideBySide)
{
    const Interview upcoming = schedule(QStringLiteral("System design"), berlin(14), 60, {grace.id});
    const Interview later = schedule(QStringLiteral("Meet the team"), berlin(16), 45, {ada.id, grace.id});
    Interview past
        = schedule(QStringLiteral("Phone screen"),
                   QDateTime(QDate(2024, 5, 6), QTime(10, 0), QTimeZone("Europe/Berlin")), 30, {ada.id});
    InterviewService interviews(db(), session->actor());
    ASSERT_TRUE(interviews.complete(past.id, past.version));
    const Interview dropped = schedule(QStringLiteral("Culture chat"), berlin(11, 0, 5), 30, {ada.id});
    ASSERT_TRUE(interviews.cancel(dropped.id, dropped.version));
    submitCard(ada, past.id, 2, Recommendation::Yes, QStringLiteral("Solid fundamentals; a bit quiet."));
    submitCard(grace, 0, 0, Recommendation::StrongNo, QStringLiteral("Could not explain the trade-offs."));

    Ui::InterviewsPanel panel(*session, nullptr);
    QSignalSpy changed(&panel, &Ui::InterviewsPanel::changed);
    panel.resize(1000, 720);
    panel.show();
    panel.showCandidate(candidate.id);

    auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("interviewList"));
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(list->isVisible());
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows << list->topLevelItem(i)->text(0).section(QLatin1Char(','), 0, 0) + QLatin1Char('|')
                + list->topLevelItem(i)->text(1);
    ASSERT_EQ(list->topLevelItemCount(), 6) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Upcoming"));
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("System design")) << "earliest upcoming first";
    EXPECT_EQ(list->topLevelItem(2)->text(1), QStringLiteral("Meet the team"));
    EXPECT_EQ(list->topLevelItem(3)->text(0), QStringLiteral("Past and cancelled"));
    EXPECT_EQ(list->topLevelItem(4)->text(1), QStringLiteral("Culture chat"))
        << "then the rest, latest first";
    EXPECT_EQ(list->topLevelItem(5)->text(1), QStringLiteral("Phone screen"));
    EXPECT_EQ(list->topLevelItem(2)->text(2), QStringLiteral("Ada Lovelace, Grace Hopper"));
    EXPECT_EQ(list->topLevelItem(4)->text(3), QStringLiteral("Cancelled"));
    EXPECT_TRUE(list->topLevelItem(1)->text(0).contains(QStringLiteral("Europe/Berlin"))
                || list->topLevelItem(1)->text(0).contains(QStringLiteral("CET")))
        << "the zone is named: " << list->topLevelItem(1)->text(0).toStdString();

    auto *matrix = panel.findChild<QTableWidget *>(QStringLiteral("scorecardMatrix"));
    ASSERT_NE(matrix, nullptr);
    EXPECT_TRUE(matrix->isVisible());
    ASSERT_EQ(matrix->columnCount(), 2);
    ASSERT_EQ(matrix->rowCount(), 5) << "four attributes and the recommendation";
    QStringList columns {matrix->horizontalHeaderItem(0)->text(), matrix->horizontalHeaderItem(1)->text()};
    EXPECT_TRUE(columns.contains(QStringLiteral("Ada Lovelace")));
    EXPECT_TRUE(columns.contains(QStringLiteral("Grace Hopper")));
    const int adaColumn = int(columns.indexOf(QStringLiteral("Ada Lovelace")));
    EXPECT_EQ(matrix->verticalHeaderItem(0)->text(), QStringLiteral("Technical skills"));
    EXPECT_EQ(matrix->item(0, adaColumn)->text(), QStringLiteral("3 · Good"));
    EXPECT_EQ(matrix->item(4, adaColumn)->text(), QStringLiteral("Yes"));
    EXPECT_EQ(matrix->horizontalHeaderItem(adaColumn)->toolTip(),
              QStringLiteral("Solid fundamentals; a bit quiet."));
    auto *notes = panel.findChild<QLabel *>(QStringLiteral("scorecardNotes"));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Could not explain the trade-offs.")));
    screenshot(panel, QStringLiteral("interviews-panel.png"));

    // Actions follow the selection: a cancelled interview can only be exported (as a cancellation).
    panel.selectInterview(dropped.id);
    EXPECT_EQ(panel.selectedInterviewId(), dropped.id);
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("reschedule"))->isEnabled());
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("cancelInterview"))->isEnabled());
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("exportInvitation"))->isEnabled());
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("exportInvitation"))
                    ->text()
                    .contains(QStringLiteral("cancellation")));
    panel.selectInterview(upcoming.id);
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("reschedule"))->isEnabled());
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("complete"))->isEnabled())
        << "not before it happened";

    // Another window's change arrives through the session and refreshes the list.
    ASSERT_TRUE(interviews.cancel(later.id, later.version));
    panel.showCandidate(candidate.id);
    EXPECT_EQ(panel.selectedInterviewId(), upcoming.id) << "a refresh keeps the selection";
    EXPECT_EQ(list->topLevelItem(2)->text(0), QStringLiteral("Past and cancelled"));
    EXPECT_EQ(changed.count(), 0) << "showing stores nothing";
}

TEST_F(InterviewsPanelTest, FillScorecardOpensTheInterviewersCardAndTheMatrixShowsIt)
{
    const Interview done = schedule(QStringLiteral("Phone screen"),
                                    QDateTime(QDate(2024, 5, 6), QTime(10, 0), QTimeZone("Europe/Berlin")), 30, {grace.id});
    Ui::InterviewsPanel panel(*session, nullptr);
    QSignalSpy changed(&panel, &Ui::InterviewsPanel::changed);
    panel.resize(1000, 720);
    panel.show();
    panel.showCandidate(candidate.id);
    panel.selectInterview(done.id);
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("complete"))->isEnabled()) << "it took place";

    bool seen = false;
    qint64 interviewer = 0;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<Ui::ScorecardDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        interviewer = dialog->card().interviewerId;
        for (int i = 0; i < 4; ++i)
            dialog->setRating(i, 3);
        dialog->setRecommendation(Recommendation::Yes);
        dialog->setNotes(QStringLiteral("Typed up from Grace's notes."));
        EXPECT_TRUE(dialog->submit()) << dialog->message().toStdString();
    });
    panel.findChild<QPushButton *>(QStringLiteral("fillScorecard"))->click();
    ASSERT_TRUE(seen) << "the scorecard dialog opened";
    EXPECT_EQ(interviewer, grace.id) << "the recruiter types up the interviewer's card, not their own";
    EXPECT_EQ(changed.count(), 1);
    auto *matrix = panel.findChild<QTableWidget *>(QStringLiteral("scorecardMatrix"));
    ASSERT_EQ(matrix->columnCount(), 1);
    EXPECT_EQ(matrix->horizontalHeaderItem(0)->text(), QStringLiteral("Grace Hopper"));
    EXPECT_EQ(matrix->item(4, 0)->text(), QStringLiteral("Yes"));
}
