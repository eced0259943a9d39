#pragma once

#include <core/common/error.h>
#include <core/domain/interview.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Tandem::Calendar {

// Writes the iCalendar invitation of one interview: METHOD:REQUEST (METHOD:CANCEL with
// STATUS:CANCELLED once it is cancelled), a UID that never changes (<interview uuid>@tandem),
// the interview's SEQUENCE, the times in the zone it was planned in with a VTIMEZONE built
// from that zone's rules (none for UTC), the organizer and an ATTENDEE per interviewer and
// for the candidate when they have an email address.
//
// Stateless; any thread. libical builds, escapes and folds the text (CRLF line endings).
// Errors: Result with ErrorCode::Invalid (no valid time or zone) or Io (file not written).
class InvitationWriter
{
public:
    static QString uid(const Interview &interview);
    // The .ics text; `stamp` is DTSTAMP (now, unless a test pins it).
    static Result<QByteArray> invitation(const InterviewDetails &details, const QDateTime &stamp = {});
    static Status writeFile(const InterviewDetails &details, const QString &path);
    // "interview-<candidate>-<date>.ics", safe on every file system.
    static QString suggestedFileName(const InterviewDetails &details);
};

} // namespace Tandem::Calendar
