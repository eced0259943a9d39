#pragma once

// Internal to core/calendar: the VTIMEZONE of an IANA zone, built from Qt's zone data.

#include <QTimeZone>

struct icalcomponent_impl;

namespace Tandem::Calendar::Internal {

// True for the names that mean UTC itself: those times are written with a trailing Z and
// need no VTIMEZONE.
bool isUtcZone(const QByteArray &zoneId);

// A new VTIMEZONE component (caller owns it) describing `zone` around `year` (the year
// before to the year after). Yearly rules become STANDARD/DAYLIGHT observances with an
// RRULE (what Outlook expects); zones whose changes follow no fixed rule get one observance
// per transition; zones without transitions a single STANDARD observance.
icalcomponent_impl *newVTimezone(const QTimeZone &zone, int year);

} // namespace Tandem::Calendar::Internal
