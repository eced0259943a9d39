#include "interview.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Tandem {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Interview", text);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString toKey(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Scheduled:
        return QStringLiteral("scheduled");
    case InterviewStatus::Completed:
        return QStringLiteral("completed");
    case InterviewStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString label(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Scheduled:
        return tr("Scheduled");
    case InterviewStatus::Completed:
        return tr("Completed");
    case InterviewStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

std::optional<InterviewStatus> interviewStatusFromKey(const QString &key)
{
    for (InterviewStatus s :
         {InterviewStatus::Scheduled, InterviewStatus::Completed, InterviewStatus::Cancelled}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString toKey(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::None:
        return {};
    case Recommendation::StrongNo:
        return QStringLiteral("strong_no");
    case Recommendation::No:
        return QStringLiteral("no");
    case Recommendation::Yes:
        return QStringLiteral("yes");
    case Recommendation::StrongYes:
        return QStringLiteral("strong_yes");
    }
    return {};
}

QString label(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::None:
        return tr("No decision");
    case Recommendation::StrongNo:
        return tr("Strong no");
    case Recommendation::No:
        return tr("No");
    case Recommendation::Yes:
        return tr("Yes");
    case Recommendation::StrongYes:
        return tr("Strong yes");
    }
    return {};
}

Recommendation recommendationFromKey(const QString &key)
{
    for (Recommendation r :
         {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes}) {
        if (toKey(r) == key)
            return r;
    }
    return Recommendation::None;
}

bool intervalsOverlap(const QDateTime &start1, int minutes1, const QDateTime &start2, int minutes2)
{
    const QDateTime end1 = start1.addSecs(qint64(minutes1) * 60);
    const QDateTime end2 = start2.addSecs(qint64(minutes2) * 60);
    return start1 < end2 && start2 < end1;
}

QJsonObject Interview::toJson() const
{
    QJsonArray interviewers;
    for (qint64 person : interviewerIds)
        interviewers.append(double(person));
    return QJsonObject {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("application_id"), double(applicationId)},
        {QStringLiteral("loop_uuid"), loopUuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("starts_at"), isoUtc(startsAt)},
        {QStringLiteral("duration_minutes"), durationMinutes},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("location"), location},
        {QStringLiteral("video_url"), videoUrl},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), toKey(status)},
        {QStringLiteral("organizer_id"), double(organizerId)},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("interviewers"), interviewers},
    };
}

QJsonObject ScorecardAttribute::toJson() const
{
    return QJsonObject {{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("requisition_id"), double(requisitionId)},
                        {QStringLiteral("position"), position},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("description"), description}};
}

QJsonObject Scorecard::toJson() const
{
    QJsonObject rated;
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
        rated.insert(QString::number(it.key()), it.value());
    return QJsonObject {{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("application_id"), double(applicationId)},
                        {QStringLiteral("interview_id"), double(interviewId)},
                        {QStringLiteral("interviewer_id"), double(interviewerId)},
                        {QStringLiteral("recommendation"), toKey(recommendation)},
                        {QStringLiteral("notes"), notes},
                        {QStringLiteral("submitted_at"), isoUtc(submittedAt)},
                        {QStringLiteral("ratings"), rated}};
}

int ScorecardMatrix::rating(int row, int column) const
{
    if (row < 0 || row >= attributes.size() || column < 0 || column >= cards.size())
        return 0;
    return cards.at(column).ratings.value(attributes.at(row).id, 0);
}

QString ratingLabel(int rating)
{
    switch (rating) {
    case 1:
        return tr("Poor");
    case 2:
        return tr("Mixed");
    case 3:
        return tr("Good");
    case 4:
        return tr("Excellent");
    default:
        return tr("Not rated");
    }
}

} // namespace Tandem
