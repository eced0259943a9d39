#pragma once

// Internal to core/intake: the steps ResumeParser::parse() runs, one file each.

#include <core/intake/parsed_resume.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem::Internal::ResumeParsing {

enum class ResumeSection {
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Languages,
    Certifications,
    Projects,
    Contact,
    Other
};

struct ResumeLine
{
    QString text; // trimmed, bullet marks removed
    ResumeSection section = ResumeSection::Header;
    bool bullet = false;
};

// resume_parser_sections.cpp: lines with the section each belongs to (headings dropped;
// "Skills: Python, SQL" keeps its content as a Skills line).
QList<ResumeLine> splitSections(const QString &text);
std::optional<ResumeSection> headingSection(const QString &line);
QString sectionText(const QList<ResumeLine> &lines, ResumeSection section);

// resume_parser_contact.cpp
void readContacts(const QList<ResumeLine> &lines, const QString &text, const QString &region,
                  ParsedResume &out);
void readName(const QList<ResumeLine> &lines, ParsedResume &out);
void readLocation(const QList<ResumeLine> &lines, ParsedResume &out);
bool looksLikeLocation(const QString &phrase); // "Berlin, Germany", "Austin, TX", "Remote"
bool isRegionName(const QString &phrase); // a country or a US state: "Germany", "TX"

// resume_parser_work.cpp
QList<ParsedWork> readWork(const QList<ResumeLine> &lines);
QList<ParsedEducation> readEducation(const QList<ResumeLine> &lines);
void readCurrentRole(const QList<ResumeLine> &lines, ParsedResume &out);
void readYears(const QList<ResumeLine> &lines, QDate today, ParsedResume &out);

// resume_parser_words.cpp: what words say about a phrase.
double titleScore(const QString &phrase); // 0..1: reads like a job title
double employerScore(const QString &phrase); // 0..1: reads like an organisation
bool looksLikeDegree(const QString &phrase);
bool looksLikeInstitution(const QString &phrase);

} // namespace Tandem::Internal::ResumeParsing
