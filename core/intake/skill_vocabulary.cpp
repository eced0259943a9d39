#include "skill_vocabulary.h"

#include "skill_vocabulary_data.h"

#include <core/storage/database.h>

#include <QSqlQuery>

namespace Tandem {

namespace {

// One word of text as the vocabulary sees it.
struct Token
{
    QString key;
    int start = 0;
    int end = 0;
    bool breakBefore = false; // a list separator or sentence end stands before it
    bool upperFirst = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'+' || c == u'#' || c == u'&' || c == u'\'' || c == u'\u2019';
}

// Characters that end one list item or sentence: a match never reaches across them.
bool isSeparator(const QString &text, int i)
{
    const QChar c = text.at(i);
    static const QString separators = QStringLiteral(",;|\u2022\u00b7\u25aa()[]:\t\u2013\u2014");
    if (separators.contains(c))
        return true;
    const bool spaceAfter = i + 1 >= text.size() || text.at(i + 1).isSpace();
    if (c == u'.')
        return spaceAfter;
    if (c == u'-') // " - " between items, not the hyphen in "Fine-tuning"
        return spaceAfter && (i == 0 || text.at(i - 1).isSpace());
    return false;
}

QString tokenKey(QStringView word)
{
    QString key;
    key.reserve(word.size() + 4);
    for (int i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c == u'.' && i == 0)
            key += QStringLiteral("dot");
        else if (c == u'+')
            key += u'p';
        else if (c == u'#')
            key += QStringLiteral("sharp");
        else if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    bool pendingBreak = true;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        const bool dotWord = c == u'.' && i + 1 < n && text.at(i + 1).isLetter()
            && (i == 0 || !text.at(i - 1).isLetterOrNumber());
        if (!isWordChar(c) && !dotWord) {
            if (isSeparator(text, i) || c == u'\n')
                pendingBreak = true;
            ++i;
            continue;
        }
        const int start = i;
        ++i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        Token token {tokenKey(QStringView(text).mid(start, i - start)), start, i, pendingBreak, false};
        const QChar first = text.at(dotWord ? start + 1 : start);
        token.upperFirst = first.isUpper();
        if (!token.key.isEmpty()) {
            tokens.append(token);
            pendingBreak = false;
        }
    }
    return tokens;
}

// A line that reads as a list of items rather than a sentence.
bool isListLine(QStringView line)
{
    if (line.contains(u'\t'))
        return true;
    int separators = 0;
    for (QChar c : line)
        separators += (c == u',' || c == u';' || c == u'|' || c == u'\u2022' || c == u'\u00b7') ? 1 : 0;
    if (separators >= 2)
        return true;
    const QStringView trimmed = line.trimmed();
    const bool bullet
        = !trimmed.isEmpty() && QStringLiteral("\u2022-*\u25aa\u00b7\u2013").contains(trimmed.front());
    return bullet && trimmed.count(u' ') <= 4;
}

} // namespace

QString SkillVocabulary::key(const QString &term)
{
    QString joined;
    for (const Token &token : tokenize(term))
        joined += token.key;
    return joined;
}

const SkillVocabulary &SkillVocabulary::builtIn()
{
    static const SkillVocabulary vocabulary = [] {
        QSet<QString> ambiguous;
        for (int i = 0; i < Internal::kAmbiguousTermsSize; ++i)
            ambiguous.insert(key(QString::fromUtf8(Internal::kAmbiguousTerms[i])));
        SkillVocabulary v;
        for (int i = 0; i < Internal::kSkillTableSize; ++i) {
            const QStringList terms = QString::fromUtf8(Internal::kSkillTable[i]).split(u'|');
            for (const QString &term : terms) {
                const QString k = key(term);
                v.addEntry(term, terms.first(), ambiguous.contains(k) || k.size() <= 2);
            }
        }
        v.m_builtInKeys = QSet<QString>(v.m_byKey.keyBegin(), v.m_byKey.keyEnd());
        return v;
    }();
    return vocabulary;
}

Result<SkillVocabulary> SkillVocabulary::load(Database &db)
{
    SkillVocabulary vocabulary = builtIn();
    auto q = db.exec(QStringLiteral("SELECT alias, canonical FROM vocabulary_terms ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        vocabulary.addTerm(q->value(0).toString(), q->value(1).toString());
    return vocabulary;
}

void SkillVocabulary::addEntry(const QString &alias, const QString &canonical, bool ambiguous)
{
    const QString k = key(alias);
    if (k.isEmpty() || m_byKey.contains(k))
        return; // the first table entry wins; VocabularyService refuses clashes up front
    m_byKey.insert(k, Entry {canonical, ambiguous});
    if (key(canonical) == k)
        m_names.append(canonical);
    else
        m_synonyms[canonical].append(alias);
    m_maxWords = std::max(m_maxWords, int(tokenize(alias).size()));
}

bool SkillVocabulary::addTerm(const QString &alias, const QString &canonical)
{
    const QString aliasKey = key(alias);
    const QString canonicalKey = key(canonical);
    if (aliasKey.isEmpty() || canonicalKey.isEmpty())
        return false;
    QString name = canonical.simplified();
    if (auto it = m_byKey.constFind(canonicalKey); it != m_byKey.constEnd())
        name = it->canonical; // a synonym of a synonym points at the skill itself
    else
        addEntry(name, name, canonicalKey.size() <= 2);
    if (auto it = m_byKey.constFind(aliasKey); it != m_byKey.constEnd())
        return it->canonical == name;
    addEntry(alias.simplified(), name, aliasKey.size() <= 2);
    return true;
}

std::optional<QString> SkillVocabulary::canonical(const QString &term) const
{
    auto it = m_byKey.constFind(key(term));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return it->canonical;
}

bool SkillVocabulary::isBuiltIn(const QString &term) const
{
    return m_builtInKeys.contains(key(term));
}

QStringList SkillVocabulary::synonymsOf(const QString &canonical) const
{
    const auto name = this->canonical(canonical);
    return name ? m_synonyms.value(*name) : QStringList {};
}

QList<SkillVocabulary::Match> SkillVocabulary::matchesInText(const QString &text, bool listContext) const
{
    QList<Match> matches;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        const bool listy = listContext || isListLine(line);
        const QList<Token> tokens = tokenize(line);
        for (int i = 0; i < tokens.size();) {
            int matched = 0;
            QString joined;
            int reach = 0;
            while (reach < m_maxWords && i + reach < tokens.size()
                   && (reach == 0 || !tokens[i + reach].breakBefore))
                ++reach;
            for (int n = reach; n >= 1 && matched == 0; --n) {
                joined.clear();
                for (int j = i; j < i + n; ++j)
                    joined += tokens[j].key;
                auto it = m_byKey.constFind(joined);
                if (it == m_byKey.constEnd())
                    continue;
                // An ordinary word counts only in a list, and a letter or two only when capitalised.
                if (it->ambiguous && (!listy || (joined.size() <= 2 && !tokens[i].upperFirst)))
                    continue;
                matches.append(Match {it->canonical, int(lineStart) + tokens[i].start,
                                      tokens[i + n - 1].end - tokens[i].start});
                matched = n;
            }
            i += std::max(matched, 1);
        }
        lineStart = lineEnd + 1;
    }
    return matches;
}

QStringList SkillVocabulary::findInText(const QString &text, bool listContext) const
{
    QStringList found;
    QSet<QString> seen;
    for (const Match &match : matchesInText(text, listContext)) {
        if (!seen.contains(match.canonical)) {
            seen.insert(match.canonical);
            found.append(match.canonical);
        }
    }
    return found;
}

} // namespace Tandem
