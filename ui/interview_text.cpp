#include "interview_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Tandem::Ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Ui::InterviewText", text);
}

QString clock(const QTime &time)
{
    return QLocale().toString(time, clockFormat());
}

} // namespace

QString clockFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return format;
}

QString dateClockFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + clockFormat();
}

QDateTime inZone(const QDateTime &time, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    return time.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
}

QString interviewWhenText(const QDateTime &startUtc, int minutes, const QString &plannedZone)
{
    const QLocale locale;
    const QDateTime start = startUtc.toLocalTime();
    const QDateTime end = startUtc.addSecs(qint64(minutes) * 60).toLocalTime();
    QString text = tr("%1, %2–%3 %4")
                       .arg(locale.toString(start.date(), QLocale::ShortFormat), clock(start.time()),
                            clock(end.time()), start.timeZoneAbbreviation());
    const QTimeZone planned(plannedZone.toUtf8());
    if (planned.isValid() && start.offsetFromUtc() != startUtc.toTimeZone(planned).offsetFromUtc()) {
        const QDateTime there = startUtc.toTimeZone(planned);
        text += tr(" (%1 %2)").arg(clock(there.time()), plannedZone);
    }
    return text;
}

QString interviewWhenText(const Interview &interview)
{
    return interviewWhenText(interview.startsAt, interview.durationMinutes, interview.timeZone);
}

QString conflictText(const InterviewConflict &c, const QString &zone)
{
    const QDateTime start = inZone(c.startsAt, zone);
    const QDateTime end = inZone(c.startsAt.addSecs(qint64(c.durationMinutes) * 60), zone);
    const QString when = tr("%1, %2–%3 (%4)")
                             .arg(QLocale().toString(start.date(), QLocale::ShortFormat), clock(start.time()),
                                  clock(end.time()), zone);
    return tr("%1 already has “%2” with %3 on %4.").arg(c.userName, c.title, c.candidateName, when);
}

} // namespace Tandem::Ui
