#include "invitation_writer.h"

#include "vtimezone.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>

namespace Tandem::Calendar {
namespace {

using namespace Internal;

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Calendar::InvitationWriter", text);
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = utc.time().hour();
    t.minute = utc.time().minute();
    t.second = utc.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

// A wall-clock time in `zone` (the property carries TZID=zone), or UTC with a Z.
icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), const QDateTime &time, const QTimeZone &zone,
                           bool utc)
{
    if (utc)
        return make(utcTime(time));
    const QDateTime local = time.toTimeZone(zone);
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    icalproperty *p = make(t);
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
    return p;
}

QByteArray mailto(const QString &email)
{
    return QByteArrayLiteral("mailto:") + email.trimmed().toUtf8();
}

icalproperty *attendee(const QString &name, const QString &email)
{
    icalproperty *p = icalproperty_new_attendee(mailto(email).constData());
    if (!name.trimmed().isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(name.trimmed().toUtf8().constData()));
    icalproperty_add_parameter(p, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
    icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
    icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
    return p;
}

icalproperty *organizer(const Participant &who)
{
    // iTIP requires an organizer's address; a person without one gets a reserved address
    // (RFC 2606 .invalid) so calendars still accept the invitation.
    const QString email = who.email.isEmpty() ? QStringLiteral("noreply@tandem.invalid") : who.email;
    icalproperty *p = icalproperty_new_organizer(mailto(email).constData());
    const QString name = who.name.isEmpty() ? QStringLiteral("Tandem") : who.name;
    icalproperty_add_parameter(p, icalparameter_new_cn(name.toUtf8().constData()));
    return p;
}

QString description(const InterviewDetails &d)
{
    QStringList lines;
    lines << tr("Interview with %1 for %2.").arg(d.candidateName, d.requisitionTitle);
    QStringList names;
    for (const Participant &p : d.interviewers)
        names << p.name;
    if (!names.isEmpty())
        lines << tr("Interviewers: %1").arg(names.join(QStringLiteral(", ")));
    if (!d.interview.location.isEmpty())
        lines << tr("Location: %1").arg(d.interview.location);
    if (!d.interview.videoUrl.isEmpty())
        lines << tr("Join the video call: %1").arg(d.interview.videoUrl);
    return lines.join(QLatin1Char('\n'));
}

icalcomponent *event(const InterviewDetails &d, const QTimeZone &zone, bool utc, const QDateTime &stamp)
{
    const Interview &i = d.interview;
    const bool cancelled = i.status == InterviewStatus::Cancelled;
    icalcomponent *e = icalcomponent_new_vevent();
    icalcomponent_add_property(e, icalproperty_new_uid(InvitationWriter::uid(i).toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_sequence(i.sequence));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(e, timeProperty(icalproperty_new_dtstart, i.startsAt, zone, utc));
    icalcomponent_add_property(e, timeProperty(icalproperty_new_dtend, i.endsAt(), zone, utc));
    const QString summary = d.candidateName.isEmpty() ? i.title : tr("%1 – %2").arg(i.title, d.candidateName);
    icalcomponent_add_property(e, icalproperty_new_summary(summary.toUtf8().constData()));
    const QString where = i.location.isEmpty() ? i.videoUrl : i.location;
    if (!where.isEmpty())
        icalcomponent_add_property(e, icalproperty_new_location(where.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_description(description(d).toUtf8().constData()));
    if (!i.videoUrl.isEmpty())
        icalcomponent_add_property(e, icalproperty_new_url(i.videoUrl.toUtf8().constData()));
    icalcomponent_add_property(
        e, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    icalcomponent_add_property(e, organizer(d.organizer));
    for (const Participant &p : d.interviewers) {
        if (!p.email.isEmpty())
            icalcomponent_add_property(e, attendee(p.name, p.email));
    }
    if (!d.candidateEmail.isEmpty())
        icalcomponent_add_property(e, attendee(d.candidateName, d.candidateEmail));
    return e;
}

} // namespace

QString InvitationWriter::uid(const Interview &interview)
{
    return interview.uuid + QStringLiteral("@tandem");
}

Result<QByteArray> InvitationWriter::invitation(const InterviewDetails &details, const QDateTime &stamp)
{
    const Interview &i = details.interview;
    if (!i.startsAt.isValid() || i.uuid.isEmpty())
        return fail(ErrorCode::Invalid,
                    tr("The interview \"%1\" has no stored time to invite to.").arg(i.title),
                    tr("Save the interview first."));
    const QByteArray zoneId = i.timeZone.toUtf8();
    const bool utc = isUtcZone(zoneId);
    const QTimeZone zone = utc ? QTimeZone::utc() : QTimeZone(zoneId);
    if (!zone.isValid())
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a time zone this computer knows.").arg(i.timeZone),
                    tr("Reschedule the interview in a known zone."));

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Tandem//Tandem Recruiting//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const bool cancelled = i.status == InterviewStatus::Cancelled;
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_method(cancelled ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST));
    if (!utc)
        icalcomponent_add_component(calendar.get(),
                                    newVTimezone(zone, i.startsAt.toTimeZone(zone).date().year()));
    const QDateTime when = stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc();
    icalcomponent_add_component(calendar.get(), event(details, zone, utc, when));

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return fail(ErrorCode::Invalid, tr("The invitation for \"%1\" could not be written.").arg(i.title),
                    QString::fromUtf8(icalerror_strerror(icalerrno)));
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

Status InvitationWriter::writeFile(const InterviewDetails &details, const QString &path)
{
    auto text = invitation(details);
    if (!text)
        return std::unexpected(text.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return fail(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()),
                    tr("Choose a folder you can write to."));
    return {};
}

QString InvitationWriter::suggestedFileName(const InterviewDetails &details)
{
    QString name = details.candidateName.isEmpty() ? details.interview.title : details.candidateName;
    name = name.toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QTimeZone zone(details.interview.timeZone.toUtf8());
    const QDate day = details.interview.startsAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    return QStringLiteral("interview-%1-%2.ics")
        .arg(name.isEmpty() ? QStringLiteral("candidate") : name, day.toString(Qt::ISODate));
}

} // namespace Tandem::Calendar
