#include "vtimezone.h"

#include <QList>
#include <QString>

#include <libical/ical.h>

namespace Tandem::Calendar::Internal {
namespace {

// One change of a zone's offset, with the local wall-clock time it happens at (in the
// offset before the change, as RFC 5545 wants an observance's DTSTART).
struct Change
{
    QDateTime localStart; // wall-clock time, Qt::LocalTime-free: a plain date and time
    int offsetFrom = 0;
    int offsetTo = 0;
    bool daylight = false;
    QString abbreviation;
};

// "-1SU" / "2SU": the weekday's place in its month, counted from the end in the last week.
QString byDay(const QDate &date)
{
    static const char *days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const int nth = (date.day() - 1) / 7 + 1;
    const bool lastWeek = date.day() + 7 > date.daysInMonth();
    const int place = lastWeek && nth >= 4 ? -1 : nth;
    return QString::number(place) + QLatin1String(days[date.dayOfWeek() - 1]);
}

// The yearly rule a change follows, as a key that two years of the same rule share.
QString ruleKey(const Change &c)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(c.localStart.date().month())
        .arg(byDay(c.localStart.date()), c.localStart.time().toString(QStringLiteral("HHmmss")))
        .arg(c.offsetFrom)
        .arg(c.offsetTo)
        .arg(c.abbreviation);
}

icaltimetype floating(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icalcomponent *observance(const Change &c, const QString &rrule)
{
    icalcomponent *part = c.daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
    icalcomponent_add_property(part, icalproperty_new_dtstart(floating(c.localStart)));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(c.offsetFrom));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetto(c.offsetTo));
    if (!c.abbreviation.isEmpty())
        icalcomponent_add_property(part, icalproperty_new_tzname(c.abbreviation.toUtf8().constData()));
    if (!rrule.isEmpty()) {
        const icalrecurrencetype rule = icalrecurrencetype_from_string(rrule.toLatin1().constData());
        icalcomponent_add_property(part, icalproperty_new_rrule(rule));
    }
    return part;
}

QList<Change> changesAround(const QTimeZone &zone, int year)
{
    const QDateTime from(QDate(year - 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(year + 1, 12, 31), QTime(23, 59), QTimeZone::utc());
    QList<Change> changes;
    int previousOffset = zone.offsetFromUtc(from.addSecs(-1));
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        Change c;
        c.offsetFrom = previousOffset;
        c.offsetTo = t.offsetFromUtc;
        c.daylight = t.daylightTimeOffset > 0;
        c.abbreviation = t.abbreviation;
        const QDateTime wall = t.atUtc.toUTC().addSecs(previousOffset);
        c.localStart = QDateTime(wall.date(), wall.time(), QTimeZone::utc());
        changes.append(c);
        previousOffset = t.offsetFromUtc;
    }
    return changes;
}

// The changes split into the two yearly rules they follow; empty when they follow none.
QList<QList<Change>> yearlyRules(const QList<Change> &changes)
{
    QList<QList<Change>> rules;
    QStringList keys;
    for (const Change &c : changes) {
        const int index = keys.indexOf(ruleKey(c));
        if (index < 0) {
            keys.append(ruleKey(c));
            rules.append({c});
        } else {
            rules[index].append(c);
        }
    }
    // A clean rule set: one daylight and one standard rule, each seen once in each year.
    if (rules.size() != 2 || rules.at(0).first().daylight == rules.at(1).first().daylight)
        return {};
    for (const QList<Change> &rule : rules) {
        for (qsizetype i = 1; i < rule.size(); ++i) {
            if (rule.at(i).localStart.date().year() != rule.at(i - 1).localStart.date().year() + 1)
                return {};
        }
    }
    return rules;
}

} // namespace

bool isUtcZone(const QByteArray &zoneId)
{
    static const QList<QByteArray> names
        = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Z"};
    return zoneId.isEmpty() || names.contains(zoneId);
}

icalcomponent *newVTimezone(const QTimeZone &zone, int year)
{
    icalcomponent *vtimezone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zone.id().constData()));
    const QList<Change> changes = changesAround(zone, year);
    if (changes.isEmpty()) {
        const QDateTime middle(QDate(year, 7, 1), QTime(12, 0), QTimeZone::utc());
        Change fixed;
        fixed.localStart = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        fixed.offsetFrom = fixed.offsetTo = zone.offsetFromUtc(middle);
        fixed.abbreviation = zone.abbreviation(middle);
        icalcomponent_add_component(vtimezone, observance(fixed, {}));
        return vtimezone;
    }
    const QList<QList<Change>> rules = yearlyRules(changes);
    if (!rules.isEmpty()) {
        for (const QList<Change> &rule : rules) {
            const Change &first = rule.first();
            const QString rrule = QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2")
                                      .arg(first.localStart.date().month())
                                      .arg(byDay(first.localStart.date()));
            icalcomponent_add_component(vtimezone, observance(first, rrule));
        }
        return vtimezone;
    }
    for (const Change &c : changes)
        icalcomponent_add_component(vtimezone, observance(c, {}));
    return vtimezone;
}

} // namespace Tandem::Calendar::Internal
