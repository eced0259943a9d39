#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tandem {

// Interviews and scorecards (DESIGN.md section 2, "Interview, Scorecard") as plain values,
// in the same manner as records.h: id is the local row key, uuid the lasting identity,
// version the optimistic-concurrency counter an edit presents.

enum class InterviewStatus { Scheduled, Completed, Cancelled };
enum class Recommendation { None, StrongNo, No, Yes, StrongYes };

QString toKey(InterviewStatus status);
QString label(InterviewStatus status);
std::optional<InterviewStatus> interviewStatusFromKey(const QString &key);
QString toKey(Recommendation recommendation); // empty for None
QString label(Recommendation recommendation);
Recommendation recommendationFromKey(const QString &key); // None when unknown or empty

struct Interview
{
    qint64 id = 0;
    QString uuid;
    qint64 applicationId = 0;
    QString loopUuid; // shared by the interviews of one loop; empty for a single one
    QString title;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    QString timeZone = QStringLiteral("UTC"); // the IANA zone it was planned in
    QString location;
    QString videoUrl;
    QString notes;
    InterviewStatus status = InterviewStatus::Scheduled;
    qint64 organizerId = 0; // 0: none
    int sequence = 0; // iCalendar SEQUENCE: counts re-sent invitations
    QList<qint64> interviewerIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
    QJsonObject toJson() const;
};

// True when [start1, start1 + minutes1) and [start2, start2 + minutes2) share time; intervals
// that only touch (one ends when the other starts) do not overlap.
bool intervalsOverlap(const QDateTime &start1, int minutes1, const QDateTime &start2, int minutes2);

// One person taking part, as an invitation and a list name them.
struct Participant
{
    qint64 userId = 0;
    QString name;
    QString email;
};

// An interview with what the screens and the invitation need around it.
struct InterviewDetails
{
    Interview interview;
    qint64 candidateId = 0;
    QString candidateName;
    QString candidateEmail;
    qint64 requisitionId = 0;
    QString requisitionTitle;
    Participant organizer; // userId 0 when nobody is recorded
    QList<Participant> interviewers; // in name order
};

// Another interview that takes one of the chosen interviewers at an overlapping time.
struct InterviewConflict
{
    qint64 userId = 0;
    QString userName;
    qint64 interviewId = 0;
    QString title;
    QString candidateName;
    QDateTime startsAt; // UTC
    int durationMinutes = 0;
};

struct ScorecardAttribute
{
    qint64 id = 0;
    QString uuid;
    qint64 requisitionId = 0;
    int position = 0;
    QString name;
    QString description;

    QJsonObject toJson() const;
};

// One interviewer's structured rating of a candidate, for an interview or for the
// application as a whole (interviewId 0). ratings maps attribute id -> 1..4.
struct Scorecard
{
    qint64 id = 0;
    QString uuid;
    qint64 applicationId = 0;
    qint64 interviewId = 0;
    qint64 interviewerId = 0;
    QString interviewerName; // filled when read
    Recommendation recommendation = Recommendation::None;
    QString notes;
    QDateTime submittedAt; // invalid while a draft
    QMap<qint64, int> ratings;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isSubmitted() const { return submittedAt.isValid(); }
    QJsonObject toJson() const;
};

// The scorecards of one application side by side: rows are the attributes, columns the cards.
struct ScorecardMatrix
{
    QList<ScorecardAttribute> attributes;
    QList<Scorecard> cards;

    // The rating card `column` gave attribute `row`; 0 when not rated.
    int rating(int row, int column) const;
};

// The words of the 1-4 scale ("Poor" ... "Excellent").
QString ratingLabel(int rating);

} // namespace Tandem
