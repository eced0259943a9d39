// ReminderNotifier: one reminder per interview within the lead time, again after a
// reschedule; admins hear of every interview, interviewers of their own.
#include "interview_fixture.h"

#include <ui/reminder_notifier.h>

#include <QSignalSpy>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class ReminderTest : public InterviewUiTest
{
protected:
    QDateTime now = QDateTime(QDate(2031, 3, 4), QTime(8, 0), QTimeZone::utc());
};

} // namespace

TEST_F(ReminderTest, RemindsOncePerInterviewWithinTheLeadTime)
{
    Ui::ReminderNotifier::setLeadMinutes(15);
    const Interview soon
        = schedule(QStringLiteral("Technical interview"), now.addSecs(10 * 60), 60, {ada.id});
    schedule(QStringLiteral("Meet the team"), now.addSecs(40 * 60), 60, {grace.id});
    Ui::ReminderNotifier notifier(*session);
    QSignalSpy spy(&notifier, &Ui::ReminderNotifier::reminder);

    notifier.check(now);
    ASSERT_EQ(spy.count(), 1) << "only the interview within 15 minutes";
    const QString text = spy.at(0).at(0).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("Technical interview"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Linus Tester"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("10 minutes"))) << text.toStdString();
    EXPECT_EQ(spy.at(0).at(1).toLongLong(), candidate.id);

    notifier.check(now.addSecs(60));
    EXPECT_EQ(spy.count(), 1) << "not again a minute later";

    ASSERT_TRUE(
        InterviewService(db(), session->actor())
            .reschedule(soon.id, soon.version, now.addSecs(5 * 60), 60, QStringLiteral("Europe/Berlin")));
    notifier.check(now.addSecs(60));
    EXPECT_EQ(spy.count(), 2) << "a rescheduled interview is announced anew";

    Ui::ReminderNotifier::setLeadMinutes(45);
    EXPECT_EQ(Ui::ReminderNotifier::leadMinutes(), 45);
    notifier.check(now.addSecs(60));
    EXPECT_EQ(spy.count(), 3) << "a longer lead time reaches the later interview (the admin sees everyone's)";
    Ui::ReminderNotifier::setLeadMinutes(15);
}

TEST_F(ReminderTest, AnInterviewerHearsOnlyOfTheirOwnInterviews)
{
    User me = *UserDirectory(db()).byId(session->actor().userId);
    me.role = QStringLiteral("interviewer");
    ASSERT_TRUE(UserDirectory(db()).update(me, session->actor()));
    Interview i;
    i.applicationId = app.id;
    i.title = QStringLiteral("Someone else's interview");
    i.startsAt = now.addSecs(5 * 60);
    i.durationMinutes = 30;
    i.interviewerIds = {ada.id};
    i.organizerId = ada.id;
    ASSERT_TRUE(InterviewService(db(), UserDirectory::actorFor(ada)).schedule(i));
    schedule(QStringLiteral("Mine"), now.addSecs(6 * 60), 30, {session->actor().userId});

    Ui::ReminderNotifier notifier(*session);
    QSignalSpy spy(&notifier, &Ui::ReminderNotifier::reminder);
    notifier.check(now);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).toString().contains(QStringLiteral("Mine")));
}

TEST_F(ReminderTest, ListsTodaysInterviews)
{
    const QDateTime localNoon(QDate(2031, 3, 4), QTime(12, 0));
    schedule(QStringLiteral("This afternoon"), QDateTime(QDate(2031, 3, 4), QTime(15, 0)), 30, {ada.id});
    schedule(QStringLiteral("Tomorrow"), QDateTime(QDate(2031, 3, 5), QTime(9, 0)), 30, {ada.id});
    Ui::ReminderNotifier notifier(*session);
    const QList<InterviewDetails> today = notifier.todaysInterviews(localNoon);
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today.first().interview.title, QStringLiteral("This afternoon"));
}
