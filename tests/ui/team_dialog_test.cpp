// The team list: add people to interview, edit them, deactivate and reactivate them.
#include "interview_fixture.h"

#include <ui/team_dialog.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class TeamDialogTest : public InterviewUiTest
{
};

} // namespace

TEST_F(TeamDialogTest, AddsEditsAndDeactivatesPeople)
{
    Ui::TeamDialog dialog(*session);
    QSignalSpy changed(&dialog, &Ui::TeamDialog::changed);
    dialog.show();
    EXPECT_EQ(dialog.rowCount(), 3) << "the local user, Ada and Grace";

    User draft;
    draft.name = QStringLiteral("Barbara Liskov");
    draft.email = QStringLiteral("barbara@example.com");
    draft.role = QStringLiteral("hiring_manager");
    ASSERT_TRUE(dialog.save(draft)) << dialog.message().toStdString();
    EXPECT_EQ(dialog.rowCount(), 4);
    EXPECT_EQ(changed.count(), 1);

    User nameless;
    nameless.role = QStringLiteral("interviewer");
    EXPECT_FALSE(dialog.save(nameless));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("name"))) << dialog.message().toStdString();

    dialog.selectUser(ada.id);
    ASSERT_TRUE(dialog.toggleSelectedActive()) << dialog.message().toStdString();
    auto users = UserDirectory(db()).list(true);
    ASSERT_TRUE(users);
    for (const User &u : *users)
        EXPECT_NE(u.id, ada.id) << "Ada is no longer offered as an interviewer";
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("teamTable"));
    bool shownAsDeactivated = false;
    for (int row = 0; row < table->rowCount(); ++row)
        shownAsDeactivated |= table->item(row, 0)->text() == ada.name
            && table->item(row, 3)->text() == QStringLiteral("Deactivated");
    EXPECT_TRUE(shownAsDeactivated);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("toggleActive"))
                    ->text()
                    .remove(QLatin1Char('&'))
                    .contains(QStringLiteral("Reactivate")));
    screenshot(dialog, QStringLiteral("team-dialog.png"));

    dialog.selectUser(session->actor().userId);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("toggleActive"))->isEnabled())
        << "nobody deactivates themselves";
    EXPECT_FALSE(dialog.toggleSelectedActive());
}
