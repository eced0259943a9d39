#include "name_matching.h"

#include <QList>

#include <algorithm>

namespace Tandem::Dedupe {

namespace {

// Particles that families drop or keep at will; "van Dijk" and "Dijk" are one last name.
const QStringList particles = {
    QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
    QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("da"),
    QStringLiteral("di"),  QStringLiteral("du"),  QStringLiteral("dos"),   QStringLiteral("das"),
    QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("ten"),   QStringLiteral("ter"),
    QStringLiteral("zu"),  QStringLiteral("y"),   QStringLiteral("al"),    QStringLiteral("el"),
};

QString foldWord(const QString &word)
{
    QString out;
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x00DF))
            out += QStringLiteral("ss");
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}

} // namespace

QString foldText(const QString &text)
{
    return foldWord(text);
}

QString foldLastName(const QString &lastName)
{
    QString spaced = lastName;
    spaced.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('\''), QLatin1Char(' '));
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = foldWord(words.at(i));
        // A particle counts only before the name proper: "Le" alone is a last name.
        if (i + 1 < words.size() && particles.contains(w))
            continue;
        out += w;
    }
    return out;
}

QStringList nameBlockingKeys(const QString &firstName, const QString &lastName)
{
    const QString first = foldText(firstName);
    const QString last = foldLastName(lastName);
    QStringList keys;
    if (!last.isEmpty())
        keys << QStringLiteral("l:") + last + QLatin1Char('|') + first.left(1);
    if (!first.isEmpty())
        keys << QStringLiteral("f:") + first + QLatin1Char('|') + last.left(1);
    return keys;
}

double jaroWinkler(const QString &a, const QString &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    QList<bool> aMatched(a.size(), false), bMatched(b.size(), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size(), i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!bMatched[j] && a[i] == b[j]) {
                aMatched[i] = bMatched[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched[i])
            continue;
        while (!bMatched[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro
        = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

double personNameSimilarity(const QString &firstA, const QString &lastA, const QString &firstB,
                            const QString &lastB)
{
    double first = jaroWinkler(firstA, firstB);
    if ((firstA.size() == 1 || firstB.size() == 1) && !firstA.isEmpty() && !firstB.isEmpty()
        && firstA[0] == firstB[0])
        first = std::max(first, 0.9);
    return std::min(first, jaroWinkler(lastA, lastB));
}

double nameSimilarity(const QString &firstA, const QString &lastA, const QString &firstB,
                      const QString &lastB)
{
    return personNameSimilarity(foldText(firstA), foldLastName(lastA), foldText(firstB), foldLastName(lastB));
}

} // namespace Tandem::Dedupe
