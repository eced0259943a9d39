#pragma once

#include <core/common/error.h>
#include <core/records/actor.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tandem {

class Database;

// One row of the user's additions to the skills vocabulary: a skill of their own (alias ==
// canonical) or a synonym of a skill ("JS" -> "JavaScript").
struct VocabularyTerm
{
    qint64 id = 0;
    QString alias;
    QString canonical;
    QString createdAt; // storage time (UTC ISO text)

    bool isSkill() const;
    QJsonObject toJson() const;
};

// Edits vocabulary_terms, the user's side of SkillVocabulary. Refuses terms the vocabulary
// already knows (built in or added before), naming the skill they already mean, and
// synonyms of unknown skills. Each change is audited (entity "vocabulary_term", identified
// by its alias: these rows have no uuid) in the transaction that makes it.
// Thread: the connection's. Errors: Result with Invalid / NotFound / Database.
class VocabularyService
{
public:
    VocabularyService(Database &db, Actor actor);

    Result<VocabularyTerm> addSkill(const QString &name);
    Result<VocabularyTerm> addSynonym(const QString &alias, const QString &canonical);
    // Removes a user term; removing a skill also removes the user's synonyms of it.
    Status remove(const QString &alias);
    // The user's terms by canonical name, then alias.
    Result<QList<VocabularyTerm>> userTerms();

private:
    Result<VocabularyTerm> insert(const QString &alias, const QString &canonical);
    Status refuseKnown(const QString &alias);

    Database &m_db;
    Actor m_actor;
};

} // namespace Tandem
