#pragma once

#include <core/common/error.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tandem {

class Database;

// The skills Tandem recognises in resumes and search: canonical names ("JavaScript") and
// their synonyms ("JS", "ECMAScript"). builtIn() holds several hundred skills across the
// fields an agency recruits for; load() adds the user's own terms from vocabulary_terms
// (VocabularyService edits them).
//
// Terms compare by a key that ignores case, spaces and punctuation but keeps what names a
// language: "Node.js" = "nodejs" = "node js"; "C++" -> "cpp", "C#" -> "csharp", ".NET" ->
// "dotnet". A value type, immutable after construction: copy it to any thread. load()
// reports database errors as Result; lookups cannot fail (an unknown term is nullopt).
class SkillVocabulary
{
public:
    // One skill found in text: its canonical name and where the words stood.
    struct Match
    {
        QString canonical;
        int start = 0;
        int length = 0;
    };

    SkillVocabulary() = default;
    static const SkillVocabulary &builtIn();
    static Result<SkillVocabulary> load(Database &db);

    // The canonical name for a term, or nullopt when it names no known skill.
    std::optional<QString> canonical(const QString &term) const;
    bool isBuiltIn(const QString &term) const;
    QStringList canonicalNames() const { return m_names; } // in table order
    // Synonyms of one canonical skill (without the name itself).
    QStringList synonymsOf(const QString &canonical) const;

    // Canonical skills mentioned in `text`, each once, in order of first mention. Terms that
    // are also ordinary words or letters ("Go", "R", "C", "Closing", "English") count only
    // where text reads as a list: when listContext is set (the parser passes it for a skills
    // section), or on a line of comma/pipe/tab separated items or a short bullet.
    QStringList findInText(const QString &text, bool listContext = false) const;
    QList<Match> matchesInText(const QString &text, bool listContext = false) const;

    // Adds a skill (alias == canonical) or a synonym; returns false when `alias` already
    // names a different skill. Used by load() and tests.
    bool addTerm(const QString &alias, const QString &canonical);

    // The comparison key described above ("Node.js" -> "nodejs").
    static QString key(const QString &term);

private:
    struct Entry
    {
        QString canonical;
        bool ambiguous = false;
    };
    void addEntry(const QString &alias, const QString &canonical, bool ambiguous);

    QStringList m_names;
    QHash<QString, Entry> m_byKey; // key of every alias and name -> entry
    QHash<QString, QStringList> m_synonyms; // canonical -> its synonyms as written
    QSet<QString> m_builtInKeys;
    int m_maxWords = 1; // the most words in any term: how far a match may reach
};

} // namespace Tandem
