// The .ics invitation is checked by two parsers that share no code with the writer's
// assembly: libical's own parser (icalparser) and Debian's python3-icalendar. Both must see
// the same UID, SEQUENCE and attendees, and turn DTSTART into the same UTC instant, also
// through the VTIMEZONE alone (which is all Outlook uses) and across daylight-saving changes.
#include "support/test_database.h"

#include <core/calendar/invitation_writer.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/user_directory.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <libical/ical.h>

using namespace Tandem;
using Calendar::InvitationWriter;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString checker = QStringLiteral(TANDEM_SOURCE_DIR "/tests/support/ics_check.py");

struct Fixture
{
    Testing::TestDatabase t;
    Actor actor;
    User ada, noEmail;
    Application app;

    Fixture()
    {
        UserDirectory users(t.db());
        User organizer = *users.ensureLocalUser(QStringLiteral("Rita Recruiter"));
        organizer.email = QStringLiteral("rita@agency.example");
        organizer = *users.update(organizer, Actor::system());
        actor = UserDirectory::actorFor(organizer);
        ada = person(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        noEmail = person(QStringLiteral("Charles Babbage"), QString());
        RequisitionService reqs(t.db(), actor);
        Requisition r;
        r.title = QStringLiteral("Compiler Engineer");
        auto created = reqs.create(r);
        auto open = reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        Candidate c;
        c.firstName = QStringLiteral("Linus");
        c.lastName = QStringLiteral("Tester, Jr.");
        c.email = QStringLiteral("linus@example.org");
        auto candidate = CandidateService(t.db(), actor).create(c);
        app = *ApplicationService(t.db(), actor).apply(candidate->id, open->id, QString());
    }

    User person(const QString &name, const QString &email)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = QStringLiteral("interviewer");
        return *UserDirectory(t.db()).create(u, actor);
    }

    InterviewDetails schedule(const QString &zone, const QDate &day, const QTime &localTime, int minutes = 60)
    {
        Interview i;
        i.applicationId = app.id;
        i.title = QStringLiteral("Technical interview");
        i.timeZone = zone;
        i.startsAt = QDateTime(day, localTime, QTimeZone(zone.toUtf8())).toUTC();
        i.durationMinutes = minutes;
        i.location = QStringLiteral(
            "Room 4.12; Main building, 4th floor, Alexanderplatz 1, 10178 Berlin – ask at reception");
        i.videoUrl = QStringLiteral("https://meet.example.com/abc-defg-hij");
        i.interviewerIds = {ada.id, noEmail.id};
        InterviewService interviews(t.db(), actor);
        auto stored = interviews.schedule(i);
        EXPECT_TRUE(stored) << stored.error().text().toStdString();
        return *interviews.details(stored->id);
    }

    QString write(const InterviewDetails &d)
    {
        const QString path = QDir(t.dir()).filePath(InvitationWriter::suggestedFileName(d));
        auto ok = InvitationWriter::writeFile(d, path);
        EXPECT_TRUE(ok) << ok.error().text().toStdString();
        QFile::remove(QDir(Testing::testOutputDir()).filePath(QFileInfo(path).fileName()));
        QFile::copy(path, QDir(Testing::testOutputDir()).filePath(QFileInfo(path).fileName()));
        return path;
    }
};

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject readWithPython(const QString &path)
{
    QProcess process;
    process.start(python, {checker, path});
    EXPECT_TRUE(process.waitForFinished(30000)) << "python3-icalendar did not finish";
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << "python3-icalendar refused the file: " << err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    EXPECT_EQ(parseError.error, QJsonParseError::NoError) << err.toStdString();
    return doc.object();
}

struct ParsedByLibical
{
    QString method, uid, tzid, vtimezoneTzid, status;
    int sequence = -1;
    qint64 startUtc = 0; // seconds since the epoch, through the file's own VTIMEZONE
    QStringList attendees;
    QStringList attendeeParams;
};

ParsedByLibical readWithLibical(const QByteArray &text)
{
    ParsedByLibical out;
    icalcomponent *calendar = icalparser_parse_string(text.constData());
    EXPECT_NE(calendar, nullptr);
    if (!calendar)
        return out;
    EXPECT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
    out.method = QString::fromUtf8(icalproperty_method_to_string(icalcomponent_get_method(calendar)));
    if (icalcomponent *tz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *tzid = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY);
        out.vtimezoneTzid = QString::fromUtf8(icalproperty_get_tzid(tzid));
    }
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    EXPECT_NE(event, nullptr);
    if (event) {
        out.uid = QString::fromUtf8(icalcomponent_get_uid(event));
        out.sequence = icalcomponent_get_sequence(event);
        out.status = QString::fromUtf8(icalproperty_status_to_string(icalcomponent_get_status(event)));
        icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        if (icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER))
            out.tzid = QString::fromUtf8(icalparameter_get_tzid(tzid));
        // libical resolves the TZID against the VTIMEZONE inside this calendar.
        const icaltimetype t = icalcomponent_get_dtstart(event);
        EXPECT_TRUE(out.tzid.isEmpty() || t.zone != nullptr) << "TZID without a matching VTIMEZONE";
        out.startUtc = icaltime_as_timet_with_zone(t, t.zone ? t.zone : icaltimezone_get_utc_timezone());
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
            out.attendees << QString::fromUtf8(icalproperty_get_attendee(p));
            QStringList params;
            for (auto kind : {ICAL_ROLE_PARAMETER, ICAL_PARTSTAT_PARAMETER, ICAL_RSVP_PARAMETER}) {
                if (icalparameter *param = icalproperty_get_first_parameter(p, kind))
                    params << QString::fromUtf8(icalparameter_as_ical_string(param));
            }
            out.attendeeParams << params.join(QLatin1Char(';'));
        }
    }
    icalcomponent_free(calendar);
    return out;
}

void expectWellFormedLines(const QByteArray &text)
{
    EXPECT_TRUE(text.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(text.endsWith("END:VCALENDAR\r\n"));
    bool folded = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ASSERT_TRUE(i > 0 && text.at(i - 1) == '\r') << "bare LF at byte " << i;
        }
    }
    for (const QByteArray &line : text.split('\n')) {
        EXPECT_LE(line.size(), 76) << "unfolded line: " << line.toStdString(); // 75 octets + CR
        folded |= line.startsWith(' ');
    }
    EXPECT_TRUE(folded) << "the long location should have been folded";
}

} // namespace

TEST(IcalExport, BerlinInvitationAcrossTheSpringChangeReadsBackInBothParsers)
{
    Fixture f;
    // 30 March 2031 is the day Berlin moves to summer time (last Sunday of March).
    const QDate before(2031, 3, 29), after(2031, 3, 30);
    for (const QDate &day : {before, after}) {
        const InterviewDetails d = f.schedule(QStringLiteral("Europe/Berlin"), day, QTime(10, 0));
        const QString path = f.write(d);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        expectWellFormedLines(text);
        EXPECT_TRUE(text.contains("BEGIN:VTIMEZONE"));
        EXPECT_TRUE(text.contains(
            "DTSTART;TZID=Europe/Berlin:" + day.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "T100000"));
        EXPECT_TRUE(text.contains("PRODID:"));
        EXPECT_TRUE(text.contains("VERSION:2.0"));
        EXPECT_TRUE(text.contains("DTSTAMP:"));

        const QString expectedUtc
            = day == before ? QStringLiteral("2031-03-29T09:00:00Z") : QStringLiteral("2031-03-30T08:00:00Z");
        EXPECT_EQ(utcText(d.interview.startsAt), expectedUtc) << "fixture sanity";

        const ParsedByLibical ical = readWithLibical(text);
        EXPECT_EQ(ical.method, QStringLiteral("REQUEST"));
        EXPECT_EQ(ical.uid, d.interview.uuid + QStringLiteral("@tandem"));
        EXPECT_EQ(ical.sequence, 0);
        EXPECT_EQ(ical.tzid, QStringLiteral("Europe/Berlin"));
        EXPECT_EQ(ical.vtimezoneTzid, QStringLiteral("Europe/Berlin"));
        EXPECT_EQ(ical.status, QStringLiteral("CONFIRMED"));
        EXPECT_EQ(ical.startUtc, d.interview.startsAt.toSecsSinceEpoch()) << "libical through the VTIMEZONE";
        EXPECT_EQ(ical.attendees,
                  (QStringList {QStringLiteral("mailto:ada@example.com"),
                                QStringLiteral("mailto:linus@example.org")}))
            << "interviewers with an address, then the candidate";
        for (const QString &params : ical.attendeeParams)
            EXPECT_EQ(params, QStringLiteral("ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));

        const QJsonObject py = readWithPython(path);
        EXPECT_EQ(py.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
        EXPECT_EQ(py.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        EXPECT_EQ(py.value(QStringLiteral("uid")).toString(), ical.uid);
        EXPECT_EQ(py.value(QStringLiteral("sequence")).toInt(), 0);
        EXPECT_EQ(py.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Berlin"));
        EXPECT_EQ(py.value(QStringLiteral("dtstart_utc")).toString(), expectedUtc);
        EXPECT_EQ(py.value(QStringLiteral("dtstart_utc_by_vtimezone")).toString(), expectedUtc);
        EXPECT_EQ(py.value(QStringLiteral("dtend_utc")).toString(), utcText(d.interview.endsAt()));
        EXPECT_EQ(py.value(QStringLiteral("summary")).toString(),
                  QStringLiteral("Technical interview – Linus Tester, Jr."));
        EXPECT_EQ(py.value(QStringLiteral("location")).toString(), d.interview.location)
            << "commas and semicolons escaped";
        EXPECT_EQ(py.value(QStringLiteral("url")).toString(), d.interview.videoUrl);
        EXPECT_TRUE(py.value(QStringLiteral("description")).toString().contains(d.interview.videoUrl));
        EXPECT_TRUE(
            py.value(QStringLiteral("description")).toString().contains(QStringLiteral("Charles Babbage")))
            << "interviewers without an address are named in the description";
        EXPECT_EQ(py.value(QStringLiteral("organizer")).toString(),
                  QStringLiteral("mailto:rita@agency.example"));
        EXPECT_EQ(py.value(QStringLiteral("attendees")).toArray().size(), 2);
        EXPECT_EQ(py.value(QStringLiteral("attendees"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("cn"))
                      .toString(),
                  QStringLiteral("Ada Lovelace"));
    }
}

TEST(IcalExport, NewYorkAcrossTheAutumnChangeAndRescheduleBumpsTheSequence)
{
    Fixture f;
    // 2 November 2031 is the first Sunday of November: New York leaves daylight time.
    InterviewDetails d = f.schedule(QStringLiteral("America/New_York"), QDate(2031, 11, 1), QTime(10, 0), 45);
    InterviewService interviews(f.t.db(), f.actor);
    const QDateTime moved = QDateTime(QDate(2031, 11, 2), QTime(10, 0), QTimeZone("America/New_York"));
    auto rescheduled = interviews.reschedule(d.interview.id, d.interview.version, moved, 45,
                                             QStringLiteral("America/New_York"));
    ASSERT_TRUE(rescheduled);
    const InterviewDetails after = *interviews.details(d.interview.id);
    const QString path = f.write(after);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();

    const ParsedByLibical ical = readWithLibical(text);
    EXPECT_EQ(ical.uid, d.interview.uuid + QStringLiteral("@tandem")) << "the UID survives a reschedule";
    EXPECT_EQ(ical.sequence, 1);
    EXPECT_EQ(ical.tzid, QStringLiteral("America/New_York"));
    EXPECT_EQ(ical.startUtc,
              QDateTime(QDate(2031, 11, 2), QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch());

    const QJsonObject py = readWithPython(path);
    EXPECT_EQ(py.value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_EQ(py.value(QStringLiteral("dtstart_utc")).toString(), QStringLiteral("2031-11-02T15:00:00Z"));
    EXPECT_EQ(py.value(QStringLiteral("dtstart_utc_by_vtimezone")).toString(),
              QStringLiteral("2031-11-02T15:00:00Z"));
    EXPECT_EQ(py.value(QStringLiteral("dtend_utc")).toString(), QStringLiteral("2031-11-02T15:45:00Z"));
    // The day before was still daylight time: the same wall clock is an hour earlier in UTC.
    EXPECT_EQ(utcText(d.interview.startsAt), QStringLiteral("2031-11-01T14:00:00Z"));
}

TEST(IcalExport, CancelledInterviewsAreSentAsCancellations)
{
    Fixture f;
    const InterviewDetails d = f.schedule(QStringLiteral("Europe/Berlin"), QDate(2031, 7, 1), QTime(14, 30));
    InterviewService interviews(f.t.db(), f.actor);
    ASSERT_TRUE(interviews.cancel(d.interview.id, d.interview.version));
    const InterviewDetails cancelled = *interviews.details(d.interview.id);
    auto text = InvitationWriter::invitation(cancelled);
    ASSERT_TRUE(text);
    const ParsedByLibical ical = readWithLibical(*text);
    EXPECT_EQ(ical.method, QStringLiteral("CANCEL"));
    EXPECT_EQ(ical.status, QStringLiteral("CANCELLED"));
    EXPECT_EQ(ical.sequence, 1);
    EXPECT_EQ(ical.uid, d.interview.uuid + QStringLiteral("@tandem"));

    const QJsonObject py = readWithPython(f.write(cancelled));
    EXPECT_EQ(py.value(QStringLiteral("method")).toString(), QStringLiteral("CANCEL"));
    EXPECT_EQ(py.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
    EXPECT_EQ(py.value(QStringLiteral("dtstart_utc")).toString(), QStringLiteral("2031-07-01T12:30:00Z"));
}

TEST(IcalExport, UtcNeedsNoTimeZoneAndZonesWithoutChangesGetOneObservance)
{
    Fixture f;
    const InterviewDetails utc = f.schedule(QStringLiteral("UTC"), QDate(2031, 5, 5), QTime(8, 15));
    auto text = InvitationWriter::invitation(utc);
    ASSERT_TRUE(text);
    EXPECT_FALSE(text->contains("VTIMEZONE"));
    EXPECT_TRUE(text->contains("DTSTART:20310505T081500Z"));
    EXPECT_EQ(readWithPython(f.write(utc)).value(QStringLiteral("dtstart_utc")).toString(),
              QStringLiteral("2031-05-05T08:15:00Z"));

    const InterviewDetails tokyo = f.schedule(QStringLiteral("Asia/Tokyo"), QDate(2031, 5, 5), QTime(9, 0));
    auto tokyoText = InvitationWriter::invitation(tokyo);
    ASSERT_TRUE(tokyoText);
    EXPECT_EQ(tokyoText->count("BEGIN:STANDARD"), 1);
    EXPECT_FALSE(tokyoText->contains("BEGIN:DAYLIGHT"));
    EXPECT_EQ(readWithLibical(*tokyoText).startUtc,
              QDateTime(QDate(2031, 5, 5), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    const QJsonObject py = readWithPython(f.write(tokyo));
    EXPECT_EQ(py.value(QStringLiteral("dtstart_utc_by_vtimezone")).toString(),
              QStringLiteral("2031-05-05T00:00:00Z"));
}

TEST(IcalExport, RuleBasedZonesUseOneYearlyRulePerKind)
{
    Fixture f;
    const InterviewDetails d = f.schedule(QStringLiteral("Europe/Berlin"), QDate(2031, 1, 15), QTime(9, 0));
    auto text = InvitationWriter::invitation(d, QDateTime(QDate(2031, 1, 1), QTime(12, 0), QTimeZone::utc()));
    ASSERT_TRUE(text);
    EXPECT_EQ(text->count("BEGIN:DAYLIGHT"), 1);
    EXPECT_EQ(text->count("BEGIN:STANDARD"), 1);
    EXPECT_TRUE(text->contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
    EXPECT_TRUE(text->contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"));
    EXPECT_TRUE(text->contains("TZOFFSETFROM:+0100"));
    EXPECT_TRUE(text->contains("TZOFFSETTO:+0200"));
    EXPECT_TRUE(text->contains("DTSTAMP:20310101T120000Z"));
}

TEST(IcalExport, SouthernAndIrregularZonesConvertToTheSameInstantInBothParsers)
{
    Fixture f;
    struct Case
    {
        const char *zone;
        QDate day;
        QTime time;
    };
    // Sydney: daylight time from October to April (rules across the new year). Casablanca:
    // changes around Ramadan that follow no yearly rule, written as one observance each.
    for (const Case &c : {Case {"Australia/Sydney", QDate(2031, 4, 6), QTime(10, 0)},
                          Case {"Australia/Sydney", QDate(2031, 10, 5), QTime(10, 0)},
                          Case {"Africa/Casablanca", QDate(2031, 1, 20), QTime(9, 0)},
                          Case {"Africa/Casablanca", QDate(2031, 7, 20), QTime(9, 0)}}) {
        const InterviewDetails d = f.schedule(QString::fromLatin1(c.zone), c.day, c.time);
        const QString path = f.write(d);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        EXPECT_EQ(readWithLibical(text).startUtc, d.interview.startsAt.toSecsSinceEpoch()) << c.zone;
        const QJsonObject py = readWithPython(path);
        EXPECT_EQ(py.value(QStringLiteral("dtstart_utc")).toString(), utcText(d.interview.startsAt))
            << c.zone;
        EXPECT_EQ(py.value(QStringLiteral("dtstart_utc_by_vtimezone")).toString(),
                  utcText(d.interview.startsAt))
            << c.zone << "\n"
            << text.toStdString();
    }
}
