#pragma once

#include <core/domain/interview.h>

#include <QObject>
#include <QSet>

class QTimer;

namespace Tandem::Ui {

class Session;

// In-app reminders of interviews about to start. Every minute it looks at the scheduled
// interviews starting within the lead time (QSettings "interviews/reminderLeadMinutes",
// default 15) and emits reminder() once per interview (again only if it was rescheduled).
// Whose interviews: the local user's own (as interviewer or organizer); admins and
// recruiters, who coordinate the agency's interviews, hear of all of them.
// Lives on the UI thread and uses the session's connection; a failed look-up is logged and
// retried on the next tick.
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ReminderNotifier(Session &session, QObject *parent = nullptr);

    static int leadMinutes();
    static void setLeadMinutes(int minutes);

    void start();
    void stop();
    // One check as of `now` (the timer passes the current time).
    void check(const QDateTime &now);
    // The scheduled interviews of today (local day) that concern this user, earliest first.
    QList<InterviewDetails> todaysInterviews(const QDateTime &now = QDateTime::currentDateTime()) const;

signals:
    void reminder(const QString &text, qint64 candidateId);

private:
    qint64 userFilter() const;

    Session &m_session;
    QTimer *m_timer = nullptr; // owned by this object (Qt parent)
    QSet<QString> m_notified; // "<uuid>/<sequence>" already announced
};

} // namespace Tandem::Ui
