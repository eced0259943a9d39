#pragma once

#include <core/intake/parsed_resume.h>
#include <core/intake/skill_vocabulary.h>

#include <QDate>
#include <QString>

namespace Tandem {

// Turns the plain text of a resume (what text extraction made of a PDF, DOCX, ODT, HTML or
// TXT file) into candidate fields. Knows English and German section headings, many date
// forms and layouts (one-line and two-line work entries, tab-separated table rows, contact
// lines with separators or labels). Owns a copy of the vocabulary; parse() is a pure
// function of the text (and the reference date), const and safe to call from any thread.
// It never fails: what it cannot read stays empty.
//
// What a confidence means (ParsedField::confidence and friends; below kLowConfidence the
// review screen asks a human to check):
//   1.0   read from an unambiguous pattern: e-mail addresses, LinkedIn/GitHub URLs.
//   0.9   a pattern plus context agrees: a phone in the header or after "Phone:", a skill
//         found in the skills section, a location with a known city and country, a work
//         entry whose title and employer were told apart by "at" or a table row.
//   0.7-0.8  a good guess: a two- or three-word name line at the top, a location whose
//         country (or US state) is known, a work entry assigned by title/employer words,
//         years of experience the resume states.
//   0.5-0.65 plausible only: a name of four or more words, a city without a country, a
//         headline used as the current title, years summed from the work history, a work
//         entry where one of title/employer had to be guessed.
//   <0.5  a weak guess, shown for review: e.g. a location nobody lists as a city.
class ResumeParser
{
public:
    // defaultRegion: ISO 3166 code for phone numbers written without "+<country code>".
    ResumeParser(const SkillVocabulary &vocabulary, QString defaultRegion);

    // "Present" ends a job today; tests fix the day so that years of experience are stable.
    void setReferenceDate(QDate today) { m_today = today; }

    ParsedResume parse(const QString &text) const;

private:
    SkillVocabulary m_vocabulary;
    QString m_region;
    QDate m_today = QDate::currentDate();
};

} // namespace Tandem
