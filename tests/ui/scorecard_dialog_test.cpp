// The scorecard dialog: one row of 1-4 toggles per attribute, a recommendation, notes; a draft
// may be incomplete, a submission may not; someone else's submitted card is read-only.
#include "interview_fixture.h"

#include <core/records/scorecard_service.h>
#include <ui/scorecard_dialog.h>

#include <QPushButton>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class ScorecardDialogTest : public InterviewUiTest
{
};

} // namespace

TEST_F(ScorecardDialogTest, FillingAndSubmittingStoresTheCard)
{
    const Interview interview
        = schedule(QStringLiteral("Technical interview"), berlin(9), 60, {ada.id, grace.id});
    Ui::ScorecardDialog dialog(*session, app.id, interview.id, ada.id);
    dialog.show();
    auto *four = dialog.findChild<QPushButton *>(QStringLiteral("rating_0_4"));
    ASSERT_NE(four, nullptr) << "a toggle per rating";
    EXPECT_TRUE(four->text().contains(QStringLiteral("Excellent")));
    four->click();
    EXPECT_EQ(dialog.rating(0), 4);
    dialog.findChild<QPushButton *>(QStringLiteral("rating_0_2"))->click();
    EXPECT_EQ(dialog.rating(0), 2) << "the toggles of one attribute are exclusive";
    dialog.setRating(1, 3);
    dialog.setRating(2, 4);
    dialog.setRecommendation(Recommendation::Yes);
    dialog.setNotes(QStringLiteral("Clear explanations of register allocation."));

    EXPECT_FALSE(dialog.submit()) << "Motivation is not rated yet";
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Motivation for the role")))
        << dialog.message().toStdString();
    screenshot(dialog, QStringLiteral("scorecard-missing-rating.png"));

    dialog.setRating(3, 3);
    screenshot(dialog, QStringLiteral("scorecard-filled.png"));
    ASSERT_TRUE(dialog.submit()) << dialog.message().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = ScorecardService(db(), session->actor()).cardFor(app.id, interview.id, ada.id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->isSubmitted());
    EXPECT_EQ(stored->recommendation, Recommendation::Yes);
    EXPECT_EQ(stored->ratings.size(), 4);
    EXPECT_EQ(stored->notes, QStringLiteral("Clear explanations of register allocation."));
}

TEST_F(ScorecardDialogTest, ADraftMayBeIncompleteAndReopensAsLeft)
{
    Ui::ScorecardDialog dialog(*session, app.id, 0, 0);
    dialog.setRating(0, 1);
    ASSERT_TRUE(dialog.saveDraft()) << dialog.message().toStdString();
    Ui::ScorecardDialog again(*session, app.id, 0, 0);
    EXPECT_EQ(again.rating(0), 1);
    EXPECT_EQ(again.rating(1), 0);
    EXPECT_FALSE(again.card().isSubmitted());
    EXPECT_EQ(again.card().interviewerId, session->actor().userId)
        << "without an interviewer, the card is the user's own";
}

TEST_F(ScorecardDialogTest, SomeoneElsesSubmittedCardIsReadOnly)
{
    ScorecardService asAda(db(), UserDirectory::actorFor(ada));
    auto attrs = *asAda.attributes(requisition.id);
    Scorecard card = *asAda.cardFor(app.id, 0, ada.id);
    for (const ScorecardAttribute &a : attrs)
        card.ratings.insert(a.id, 4);
    card.recommendation = Recommendation::StrongYes;
    card.notes = QStringLiteral("Hire.");
    ASSERT_TRUE(asAda.submit(card));

    Ui::ScorecardDialog dialog(*session, app.id, 0, ada.id);
    dialog.show();
    EXPECT_TRUE(dialog.isReadOnly());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("only they can change it")))
        << dialog.message().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("submit"))->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.rating(0), 4);
    EXPECT_FALSE(dialog.submit());
    screenshot(dialog, QStringLiteral("scorecard-read-only.png"));
}
