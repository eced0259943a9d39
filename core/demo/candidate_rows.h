#pragma once

#include <QString>

namespace Tandem::Demo {

struct DemoPlan;

// The words on one candidate's row that the plan leaves out: names, contact details and the
// resume. Built from the candidate's own random stream, so any thread may build any row.
struct CandidateRow
{
    QString firstName;
    QString lastName;
    QString phone;
    QString city;
    QString country;
    QString title;
    QString company;
    QString linkedIn;
    QString source;
    QString skillsText;
    QString resume;
};

CandidateRow buildCandidateRow(const DemoPlan &plan, quint64 seed, int candidate);

} // namespace Tandem::Demo
