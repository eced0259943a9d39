#!/usr/bin/python3
"""Reads an .ics file with python3-icalendar (a second, independent parser) and prints what
the C++ test compares, as JSON: the method, the event's identity and times (converted to UTC
twice: through the TZID as icalendar resolves it, and through the file's own VTIMEZONE)."""
import json
import sys
from datetime import timezone

import icalendar


def utc_text(value):
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    event = calendar.walk("VEVENT")[0]
    start = event["DTSTART"]
    end = event["DTEND"]
    out = {
        "method": str(calendar.get("METHOD", "")),
        "version": str(calendar.get("VERSION", "")),
        "uid": str(event["UID"]),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS", "")),
        "summary": str(event.get("SUMMARY", "")),
        "location": str(event.get("LOCATION", "")),
        "url": str(event.get("URL", "")),
        "description": str(event.get("DESCRIPTION", "")),
        "tzid": str(start.params.get("TZID", "")),
        "dtstart_utc": utc_text(start.dt),
        "dtend_utc": utc_text(end.dt),
        "organizer": str(event.get("ORGANIZER", "")),
        "attendees": [],
        "vtimezones": [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")],
    }
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        out["attendees"].append({
            "address": str(attendee),
            "cn": str(attendee.params.get("CN", "")),
            "role": str(attendee.params.get("ROLE", "")),
            "partstat": str(attendee.params.get("PARTSTAT", "")),
            "rsvp": str(attendee.params.get("RSVP", "")),
        })
    # The VTIMEZONE alone must give the same instant: clients without the IANA database
    # (Outlook) use nothing else.
    for component in calendar.walk("VTIMEZONE"):
        if str(component["TZID"]) == out["tzid"]:
            zone = component.to_tz()
            naive = start.dt.replace(tzinfo=None)
            out["dtstart_utc_by_vtimezone"] = utc_text(zone.localize(naive))
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
