#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem::Demo {

// One line of work inside a domain: a job title and the skills people holding it list.
struct Track
{
    QString title;
    QString eeo1Category; // EEO-1 job category of a requisition for this title
    QList<int> skills; // indices into SkillVocabulary::skills, most telling first
};

// A field the demo agency recruits for (software, sales, healthcare, ...).
struct Domain
{
    QString name;
    QString department; // what a requisition's department is called
    int weight = 1; // relative share of people and openings
    int salaryUsd = 0; // a typical mid-level annual salary, in US dollars
    QList<Track> tracks;
    QList<int> commonSkills;
    QStringList companies; // fictional employers in this field
    QStringList projects; // things people in this field work on, for resumes and notes
    QStringList degrees;
};

struct SkillVocabulary
{
    QStringList skills; // unique ignoring case (skills.name is COLLATE NOCASE)
    QList<Domain> domains;
    QList<int> generalSkills; // skills anyone may list
    QList<int> domainWeights;
};

// The vocabulary, built once from the tables in skill_vocabulary.cpp; read-only afterwards,
// so any thread may use it.
const SkillVocabulary &skillVocabulary();

} // namespace Tandem::Demo
