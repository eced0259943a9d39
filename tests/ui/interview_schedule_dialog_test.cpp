// The schedule dialog warns about busy interviewers while the user types (without blocking),
// stores a loop in one go, explains a refused save in place and offers the .ics export.
#include "interview_fixture.h"

#include <ui/inline_message.h>
#include <ui/interview_schedule_dialog.h>

#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class ScheduleDialogTest : public InterviewUiTest
{
};

QString messageOf(Ui::InterviewScheduleDialog &dialog)
{
    for (auto *banner : dialog.findChildren<Ui::InlineMessage *>()) {
        if (banner->objectName() == QLatin1String("inlineMessage") && banner->isVisibleTo(&dialog))
            return banner->text();
    }
    return {};
}

} // namespace

TEST_F(ScheduleDialogTest, ScheduleDialogWarnsAboutABusyInterviewerButNotAboutTouchingTimes)
{
    schedule(QStringLiteral("System design"), berlin(9), 60, {ada.id});
    Ui::InterviewScheduleDialog dialog(*session, app.id);
    dialog.setTimeZone(QStringLiteral("Europe/Berlin"));
    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id, grace.id},
                  QDateTime(QDate(2031, 3, 4), QTime(9, 30)), 60);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return !dialog.conflictWarning().isEmpty(); }))
        << "the warning comes by itself after an edit";
    const QString warning = dialog.conflictWarning();
    EXPECT_TRUE(warning.contains(QStringLiteral("Ada Lovelace"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("System design"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("Linus Tester"))) << warning.toStdString();
    EXPECT_FALSE(warning.contains(QStringLiteral("Grace Hopper"))) << "Grace is free";
    screenshot(dialog, QStringLiteral("interview-schedule-conflict.png"));

    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 4), QTime(10, 0)), 60);
    dialog.checkConflicts();
    EXPECT_TRUE(dialog.conflictWarning().isEmpty())
        << "10:00 starts when the other ends: " << dialog.conflictWarning().toStdString();

    // The same clock time in another zone is another instant: New York's 09:30 is Berlin's 15:30.
    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 4), QTime(3, 30)), 60);
    dialog.setTimeZone(QStringLiteral("America/New_York"));
    dialog.checkConflicts();
    EXPECT_FALSE(dialog.conflictWarning().isEmpty())
        << "03:30 in New York is 09:30 in Berlin (before the US change)";

    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 4), QTime(9, 30)), 60);
    dialog.checkConflicts();
    EXPECT_TRUE(dialog.conflictWarning().isEmpty());
    dialog.setTimeZone(QStringLiteral("Europe/Berlin"));
    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 4), QTime(9, 30)), 60);
    dialog.accept();
    EXPECT_EQ(dialog.saved().size(), 1)
        << "a clash is a warning, not a refusal: " << messageOf(dialog).toStdString();
}

TEST_F(ScheduleDialogTest, ScheduleDialogStoresALoopAndOffersTheInvitations)
{
    Ui::InterviewScheduleDialog dialog(*session, app.id);
    dialog.setTimeZone(QStringLiteral("Europe/Berlin"));
    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 4), QTime(9, 0)), 60);
    dialog.addRow();
    ASSERT_EQ(dialog.rowCount(), 2);
    // An added row starts where the previous one ends (back-to-back); give it a person.
    auto *secondStart = dialog.findChild<QDateTimeEdit *>(QStringLiteral("start1"));
    ASSERT_NE(secondStart, nullptr);
    EXPECT_EQ(secondStart->dateTime().time(), QTime(10, 0));
    dialog.setRow(1, QStringLiteral("Meet the team"), {ada.id, grace.id},
                  QDateTime(QDate(2031, 3, 4), QTime(9, 30)), 45);
    dialog.checkConflicts();
    EXPECT_TRUE(dialog.conflictWarning().contains(QStringLiteral("same time")))
        << "the loop double-books Ada";
    dialog.setRow(1, QStringLiteral("Meet the team"), {ada.id, grace.id},
                  QDateTime(QDate(2031, 3, 4), QTime(10, 0)), 45);
    dialog.findChild<QLineEdit *>(QStringLiteral("videoUrl"))
        ->setText(QStringLiteral("https://meet.example.com/loop"));
    dialog.checkConflicts();
    EXPECT_TRUE(dialog.conflictWarning().isEmpty()) << dialog.conflictWarning().toStdString();
    dialog.show();
    screenshot(dialog, QStringLiteral("interview-schedule-loop.png"));

    dialog.accept();
    ASSERT_EQ(dialog.saved().size(), 2) << messageOf(dialog).toStdString();
    EXPECT_EQ(dialog.saved().at(0).loopUuid, dialog.saved().at(1).loopUuid);
    EXPECT_FALSE(dialog.saved().at(0).loopUuid.isEmpty());
    EXPECT_EQ(dialog.saved().at(1).startsAt, berlin(10).toUTC());
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "the dialog stays open to offer the invitations";
    auto *exportFirst = dialog.findChild<QPushButton *>(QStringLiteral("export0"));
    auto *exportSecond = dialog.findChild<QPushButton *>(QStringLiteral("export1"));
    ASSERT_NE(exportFirst, nullptr);
    ASSERT_NE(exportSecond, nullptr);
    EXPECT_TRUE(exportSecond->isVisibleTo(&dialog));
    screenshot(dialog, QStringLiteral("interview-schedule-saved.png"));

    const QString path = QDir(database.dir()).filePath(QStringLiteral("loop.ics"));
    ASSERT_TRUE(dialog.exportInvitation(dialog.saved().at(1).id, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("METHOD:REQUEST"));
    EXPECT_TRUE(text.contains("DTSTART;TZID=Europe/Berlin:20310304T100000"));
    EXPECT_TRUE(text.contains("mailto:grace@example.com"));

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << "Close ends the dialog";
}

TEST_F(ScheduleDialogTest, ScheduleDialogExplainsARefusalAndKeepsTheInput)
{
    Ui::InterviewScheduleDialog dialog(*session, app.id);
    dialog.setTimeZone(QStringLiteral("Europe/Berlin"));
    dialog.setRow(0, QStringLiteral("Technical interview"), {}, QDateTime(QDate(2031, 3, 4), QTime(9, 0)),
                  60);
    dialog.findChild<QLineEdit *>(QStringLiteral("location"))->setText(QStringLiteral("Room 4.12"));
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.saved().isEmpty());
    EXPECT_TRUE(messageOf(dialog).contains(QStringLiteral("no interviewers")))
        << messageOf(dialog).toStdString();
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("location"))->text(), QStringLiteral("Room 4.12"));
    EXPECT_TRUE(InterviewService(db(), session->actor()).forApplication(app.id)->isEmpty());
    screenshot(dialog, QStringLiteral("interview-schedule-refused.png"));
}

TEST_F(ScheduleDialogTest, RescheduleModeRevisesTheStoredInterview)
{
    const Interview stored = schedule(QStringLiteral("Technical interview"), berlin(9), 60, {ada.id});
    Ui::InterviewScheduleDialog dialog(*session, app.id);
    dialog.setInterview(stored);
    EXPECT_EQ(dialog.rowCount(), 1);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("addRow"))->isVisibleTo(&dialog));
    auto *start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("start0"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->dateTime().time(), QTime(9, 0)) << "shown in the zone it was planned in";
    dialog.checkConflicts();
    EXPECT_TRUE(dialog.conflictWarning().isEmpty()) << "an interview does not clash with itself";
    dialog.setRow(0, QStringLiteral("Technical interview"), {ada.id},
                  QDateTime(QDate(2031, 3, 5), QTime(14, 0)), 90);
    dialog.accept();
    ASSERT_EQ(dialog.saved().size(), 1) << messageOf(dialog).toStdString();
    EXPECT_EQ(dialog.saved().first().id, stored.id);
    EXPECT_EQ(dialog.saved().first().sequence, 1);
    EXPECT_EQ(dialog.saved().first().startsAt, berlin(14, 0, 5).toUTC());
}

TEST_F(ScheduleDialogTest, TheInterviewerMenuStaysOpenWhileChoosingSeveralPeople)
{
    Ui::InterviewScheduleDialog dialog(*session, app.id);
    dialog.show();
    auto *button = dialog.findChild<QToolButton *>(QStringLiteral("interviewers0"));
    ASSERT_NE(button, nullptr);
    QMenu *menu = button->menu();
    ASSERT_NE(menu, nullptr);
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    ASSERT_TRUE(waitFor([&] { return menu->isVisible(); }));
    for (QAction *action : menu->actions()) {
        if (action->text() != ada.name && action->text() != grace.name)
            continue;
        const QPoint centre = menu->actionGeometry(action).center();
        QTest::mouseMove(menu, centre);
        settle(30);
        QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
        settle(30);
        EXPECT_TRUE(action->isChecked()) << action->text().toStdString();
        EXPECT_TRUE(menu->isVisible()) << "still open for the next person";
    }
    EXPECT_EQ(button->text(), QStringLiteral("Ada Lovelace, Grace Hopper"));
    menu->close();
}
