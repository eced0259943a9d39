#include "name_parsing.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Tandem {

namespace {

// Lower-case words that belong to a family name ("van der Berg", "da Silva", "de la Cruz").
const QSet<QString> &particles()
{
    static const QSet<QString> words {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("da"),  QStringLiteral("di"),  QStringLiteral("du"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("del"), QStringLiteral("della"),
        QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("do"),  QStringLiteral("ten"),
        QStringLiteral("ter"), QStringLiteral("zu"),  QStringLiteral("bin"), QStringLiteral("al"),
        QStringLiteral("el"),  QStringLiteral("af"),  QStringLiteral("st.")};
    return words;
}

// Words that start a resume but are no name.
const QSet<QString> &notNames()
{
    static const QSet<QString> words {
        QStringLiteral("resume"),     QStringLiteral("résumé"),     QStringLiteral("cv"),
        QStringLiteral("curriculum"), QStringLiteral("vitae"),      QStringLiteral("lebenslauf"),
        QStringLiteral("profile"),    QStringLiteral("contact"),    QStringLiteral("page"),
        QStringLiteral("summary"),    QStringLiteral("experience"), QStringLiteral("skills"),
        QStringLiteral("education"),  QStringLiteral("senior"),     QStringLiteral("engineer"),
        QStringLiteral("manager"),    QStringLiteral("developer"),  QStringLiteral("street"),
        QStringLiteral("road"),       QStringLiteral("straße"),     QStringLiteral("strasse"),
        QStringLiteral("avenue"),     QStringLiteral("the"),        QStringLiteral("and")};
    return words;
}

bool isNameWord(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\p{Lu}\\.|\\p{L}[\\p{L}'\u2019-]*\\.?)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(word).hasMatch();
}

bool isAllCaps(const QString &text)
{
    bool letters = false;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

} // namespace

QString titleCaseWord(const QString &word)
{
    QString out = word.toLower();
    bool startOfPart = true;
    for (int i = 0; i < out.size(); ++i) {
        if (startOfPart && out[i].isLetter())
            out[i] = out[i].toUpper();
        startOfPart = out[i] == u'-' || out[i] == u'\'' || out[i] == u'\u2019';
        // "O'Brien" yes, but "D'Angelo" too; only one letter before the apostrophe qualifies.
        if ((out[i] == u'\'' || out[i] == u'\u2019') && i != 1)
            startOfPart = false;
    }
    return out;
}

std::optional<PersonName> parseNameLine(const QString &input)
{
    QString line = input.simplified();
    static const QRegularExpression label(QStringLiteral("^(?:name|full name)\\s*:\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    line.remove(label);
    if (line.isEmpty() || line.size() > 60 || line.contains(u'@'))
        return std::nullopt;
    for (QChar c : line)
        if (c.isDigit() || QStringLiteral("|/:;()<>•\t").contains(c))
            return std::nullopt;
    const bool caps = isAllCaps(line);
    const int comma = int(line.indexOf(u','));
    QString familyFirst;
    if (comma >= 0) { // "LEE, Ann": the family name before the comma
        familyFirst = line.left(comma).trimmed();
        line = line.mid(comma + 1).trimmed() + u' ' + familyFirst;
        if (line.count(u',') > 0)
            return std::nullopt;
    }
    QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return std::nullopt;
    for (QString &word : words) {
        if (!isNameWord(word) || notNames().contains(word.toLower()))
            return std::nullopt;
        // "ANN LEE", "Jan VAN DER BERG": capitals are typography, not spelling.
        if ((caps || (isAllCaps(word) && (word.size() > 2 || particles().contains(word.toLower()))))
            && !word.endsWith(u'.'))
            word = particles().contains(word.toLower()) ? word.toLower() : titleCaseWord(word);
        if (!word.front().isUpper() && !particles().contains(word.toLower()))
            return std::nullopt;
    }
    if (particles().contains(words.first().toLower()) || particles().contains(words.last().toLower()))
        return std::nullopt;
    PersonName name;
    if (!familyFirst.isEmpty()) {
        const int familyWords = int(familyFirst.split(u' ', Qt::SkipEmptyParts).size());
        name.first = words.mid(0, words.size() - familyWords).join(u' ');
        name.last = words.mid(words.size() - familyWords).join(u' ');
    } else {
        // The family name starts at its first particle, else it is the last word.
        qsizetype split = words.size() - 1;
        for (qsizetype i = 1; i < words.size() - 1; ++i) {
            if (particles().contains(words[i])) {
                split = i;
                break;
            }
        }
        name.first = words.mid(0, split).join(u' ');
        name.last = words.mid(split).join(u' ');
    }
    if (name.first.isEmpty() || name.last.isEmpty())
        return std::nullopt;
    name.confidence = words.size() <= 3 ? 0.8 : 0.65;
    return name;
}

} // namespace Tandem
