#pragma once

#include <QString>
#include <QStringList>

namespace Tandem::Demo {

class Prng;

// What an agency timeline entry can mention; empty fields are simply not used.
struct TextContext
{
    QString firstName;
    QString candidateTitle;
    QString company;
    QString city;
    QString skill;
    QString project;
    QString field; // the candidate's domain, lower case
    QString requisition; // a requisition title, or empty for general outreach
    QString fromStage;
    QString toStage;
    QString source;
    QString reason;
    QString recruiter; // the user writing or acting
};

struct ActivityText
{
    QString subject;
    QString body;
};

// Words for the demo agency's records other than resumes. Stored data, not user interface,
// so they are plain English and not translated.
namespace AgencyText {

QString requisitionDescription(const QString &title, const QString &department, const QString &location,
                               const QStringList &skills, const QString &project, Prng &rng);

ActivityText note(const TextContext &c, Prng &rng);
ActivityText emailSent(const TextContext &c, Prng &rng);
ActivityText emailOpened(const ActivityText &sent);
ActivityText emailReplied(const TextContext &c, const ActivityText &sent, Prng &rng);
ActivityText call(const TextContext &c, Prng &rng);
ActivityText meeting(const TextContext &c, Prng &rng);
ActivityText eventAttended(const TextContext &c, Prng &rng);
ActivityText application(const TextContext &c);
ActivityText stageChange(const TextContext &c);
ActivityText disposition(const TextContext &c, bool withdrawn);

// Reasons a recruiter gives; a panel's reasons only once the candidate has been interviewed.
const QStringList &rejectionReasons(bool afterInterview);
const QStringList &withdrawalReasons();
QString positionFilledReason();
QString requisitionClosedReason();

} // namespace AgencyText
} // namespace Tandem::Demo
