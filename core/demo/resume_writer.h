#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem::Demo {

class Prng;
struct Domain;

// What a resume says about its person; the writer only words it.
struct ResumeFacts
{
    struct Role
    {
        QString title;
        QString company;
        int fromYear = 0;
        int toYear = 0; // 0 while the role is current
    };

    QString title;
    QString company;
    QString city;
    QString country;
    double years = 0;
    QStringList skills; // display order
    QList<Role> roles; // most recent first; the first is the current one
    QString degree;
    QString university;
    int graduationYear = 0;
    const Domain *domain = nullptr; // not owned: the vocabulary outlives every resume
};

// A resume of about `targetWords` words from sentence templates (summary, one paragraph per
// role with achievements, skills, education, a closing line), so that search and resume
// views see varied, plausible text that mentions the person's titles, employers and skills.
QString writeResume(const ResumeFacts &facts, Prng &rng, int targetWords = 300);

} // namespace Tandem::Demo
