#pragma once

#include <QString>

#include <optional>

namespace Tandem {

// A person's name read from one line of a resume.
struct PersonName
{
    QString first;
    QString last; // with its particles: "van der Berg"
    double confidence = 0.0;
};

// Reads `line` as a name when it looks like one: two to five words of letters (diacritics,
// hyphens, apostrophes, initials), no digits or contact details. Understands "LEE, Ann"
// (family name first), particles ("Jan van der Berg", "Maria de la Cruz"), an optional
// "Name:" label and all-capitals names ("ANN LEE" -> "Ann Lee"). nullopt otherwise.
std::optional<PersonName> parseNameLine(const QString &line);

// "MÜLLER-LÜDENSCHEIDT" -> "Müller-Lüdenscheidt", "O'BRIEN" -> "O'Brien"; other text unchanged.
QString titleCaseWord(const QString &word);

} // namespace Tandem
