#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

// One value the resume parser read, with how sure it is: 1.0 is certain (an e-mail address
// is an e-mail address), 0.5 a fair guess (the first line is probably the name), below
// kLowConfidence the review screen marks the field for a human to check.
struct ParsedField
{
    QString value;
    double confidence = 0.0;

    bool isEmpty() const { return value.isEmpty(); }
};

inline constexpr double kLowConfidence = 0.6;

struct ParsedLink
{
    QString kind; // "linkedin", "github" or "website" (candidate_contacts.kind)
    QString url;  // as written in the resume, with a scheme added when missing
    double confidence = 0.0;
};

struct ParsedWork
{
    QString employer;
    QString title;
    QString startMonth; // "YYYY-MM" or "YYYY"; empty when unknown
    QString endMonth;   // empty with isCurrent for "present"
    bool isCurrent = false;
    double confidence = 0.0;
};

struct ParsedEducation
{
    QString institution;
    QString degree; // "BSc", "Master of Science", ...
    QString field;  // "Computer Science"
    std::optional<int> startYear;
    std::optional<int> endYear;
    double confidence = 0.0;
};

// Everything the parser made of one resume's text. Values only; the import review screen
// edits a copy, the importer stores it (candidate row, candidate_contacts,
// candidate_experience, candidate_education) and keeps toJson() in candidate_files.parsed.
struct ParsedResume
{
    ParsedField firstName;
    ParsedField lastName;
    QList<ParsedField> emails;  // normalised (lower case), best first
    QList<ParsedField> phones;  // E.164, best first
    ParsedField city;
    ParsedField country;
    QList<ParsedLink> links;
    ParsedField currentTitle;
    ParsedField currentCompany;
    QList<ParsedWork> work;           // newest first
    QList<ParsedEducation> education; // newest first
    QList<ParsedField> skills;        // canonical vocabulary names, in order of first mention
    std::optional<double> yearsExperience; // from the work history, or stated ("8 years of ...")
    double yearsConfidence = 0.0;

    QJsonObject toJson() const;
    static ParsedResume fromJson(const QJsonObject &json);
};

} // namespace Tandem
