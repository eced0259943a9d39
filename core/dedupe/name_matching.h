#pragma once

#include <QString>
#include <QStringList>

namespace Tandem::Dedupe {

// Folding and comparing person names for the duplicate finder. Pure functions, any thread.

// Lower case, diacritics removed (Müller -> muller, ß -> ss), punctuation and spaces dropped.
QString foldText(const QString &text);
// A last name folded without its particles ("van der Berg" -> "berg", "de la Cruz" -> "cruz").
QString foldLastName(const QString &lastName);
// The keys a name is blocked under: folded last name + first initial, and folded first name +
// last initial (so a typo in either half still meets the other). Empty for an empty name.
QStringList nameBlockingKeys(const QString &firstName, const QString &lastName);
// Jaro-Winkler similarity of two texts, 0 (nothing alike) to 1 (equal).
double jaroWinkler(const QString &a, const QString &b);
// Similarity of two people's names: the lower of the first names' and the last names'
// Jaro-Winkler similarity, folded (so "Tamar Katz" and "Tal Katz" stay apart while "Jon Smith"
// and "John Smyth" meet). A first name given as an initial ("A.") matches any name with it at 0.9.
double nameSimilarity(const QString &firstA, const QString &lastA, const QString &firstB,
                      const QString &lastB);
// The same over names already folded (foldText / foldLastName).
double personNameSimilarity(const QString &firstA, const QString &lastA, const QString &firstB,
                            const QString &lastB);

} // namespace Tandem::Dedupe
