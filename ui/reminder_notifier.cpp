#include "reminder_notifier.h"

#include <core/common/logging.h>
#include <core/records/interview_service.h>
#include <core/records/user_directory.h>
#include <ui/interview_text.h>
#include <ui/session.h>

#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace Tandem::Ui {
namespace {

const QString leadKey = QStringLiteral("interviews/reminderLeadMinutes");
constexpr int defaultLead = 15;
constexpr int tickMs = 60 * 1000;

} // namespace

ReminderNotifier::ReminderNotifier(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(tickMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTimeUtc()); });
}

int ReminderNotifier::leadMinutes()
{
    const int minutes = QSettings().value(leadKey, defaultLead).toInt();
    return minutes > 0 ? minutes : defaultLead;
}

void ReminderNotifier::setLeadMinutes(int minutes)
{
    QSettings().setValue(leadKey, minutes);
}

void ReminderNotifier::start()
{
    check(QDateTime::currentDateTimeUtc());
    m_timer->start();
}

void ReminderNotifier::stop()
{
    m_timer->stop();
}

qint64 ReminderNotifier::userFilter() const
{
    auto user = UserDirectory(m_session.db()).byId(m_session.actor().userId);
    if (user && (user->role == QLatin1String("admin") || user->role == QLatin1String("recruiter")))
        return 0;
    return m_session.actor().userId;
}

void ReminderNotifier::check(const QDateTime &now)
{
    auto soon = InterviewService(m_session.db(), m_session.actor())
                    .upcoming(userFilter(), now, now.addSecs(qint64(leadMinutes()) * 60));
    if (!soon) {
        qCWarning(lcUi) << "reminders:" << soon.error().message;
        return;
    }
    for (const InterviewDetails &d : *soon) {
        const QString key = QStringLiteral("%1/%2").arg(d.interview.uuid).arg(d.interview.sequence);
        if (m_notified.contains(key))
            continue;
        m_notified.insert(key);
        const qint64 minutes = std::max<qint64>(0, (now.secsTo(d.interview.startsAt) + 59) / 60);
        const QString time = QLocale().toString(d.interview.startsAt.toLocalTime().time(), clockFormat());
        const QString text = minutes <= 1
            ? tr("“%1” with %2 starts in a minute, at %3.").arg(d.interview.title, d.candidateName, time)
            : tr("“%1” with %2 starts in %3 minutes, at %4.")
                  .arg(d.interview.title, d.candidateName, QString::number(minutes), time);
        emit reminder(text, d.candidateId);
    }
}

QList<InterviewDetails> ReminderNotifier::todaysInterviews(const QDateTime &now) const
{
    const QDateTime local = now.toLocalTime();
    const QDateTime from(local.date(), QTime(0, 0));
    const QDateTime to(local.date().addDays(1), QTime(0, 0));
    auto today = InterviewService(m_session.db(), m_session.actor())
                     .upcoming(userFilter(), from.toUTC(), to.toUTC());
    if (!today) {
        qCWarning(lcUi) << "today's interviews:" << today.error().message;
        return {};
    }
    return *today;
}

} // namespace Tandem::Ui
