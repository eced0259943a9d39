#include "vocabulary_service.h"

#include "skill_vocabulary.h"

#include <core/common/ids.h>
#include <core/records/audited.h>
#include <core/storage/database.h>
#include <core/storage/transaction.h>

#include <QJsonArray>
#include <QObject>
#include <QSqlQuery>

namespace Tandem {

using namespace Internal;

namespace {

constexpr int kMaxTermLength = 80;
const QString kEntity = QStringLiteral("vocabulary_term");

Status checkText(const QString &text, const QString &what)
{
    if (SkillVocabulary::key(text).isEmpty())
        return fail(ErrorCode::Invalid, QObject::tr("The %1 is empty.").arg(what),
                    QObject::tr("Type a skill name with at least one letter or digit."));
    if (text.size() > kMaxTermLength)
        return fail(ErrorCode::Invalid, QObject::tr("The %1 \"%2…\" is too long.").arg(what, text.left(20)),
                    QObject::tr("Keep skill names to %1 characters.").arg(kMaxTermLength));
    return {};
}

} // namespace

bool VocabularyTerm::isSkill() const
{
    return SkillVocabulary::key(alias) == SkillVocabulary::key(canonical);
}

QJsonObject VocabularyTerm::toJson() const
{
    return QJsonObject {{QStringLiteral("alias"), alias}, {QStringLiteral("canonical"), canonical}};
}

VocabularyService::VocabularyService(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Result<QList<VocabularyTerm>> VocabularyService::userTerms()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, alias, canonical, created_at FROM vocabulary_terms "
                                      "ORDER BY lower(canonical), lower(alias)"));
    if (!q)
        return std::unexpected(q.error());
    QList<VocabularyTerm> terms;
    while (q->next())
        terms.append(VocabularyTerm {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                     q->value(3).toString()});
    return terms;
}

Status VocabularyService::refuseKnown(const QString &alias)
{
    auto vocabulary = SkillVocabulary::load(m_db);
    if (!vocabulary)
        return std::unexpected(vocabulary.error());
    const auto known = vocabulary->canonical(alias);
    if (!known)
        return {};
    if (SkillVocabulary::builtIn().isBuiltIn(alias))
        return fail(
            ErrorCode::Invalid,
            QObject::tr("\"%1\" is already a built-in skill term (it means \"%2\").").arg(alias, *known),
            QObject::tr("Built-in terms need no adding."));
    return fail(ErrorCode::Invalid,
                QObject::tr("\"%1\" is already in your vocabulary (it means \"%2\").").arg(alias, *known),
                QObject::tr("Remove the existing term first if it should mean something else."));
}

Result<VocabularyTerm> VocabularyService::insert(const QString &alias, const QString &canonical)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto refused = refuseKnown(alias); !refused)
        return std::unexpected(refused.error());
    VocabularyTerm term {0, alias, canonical, nowStorageTime()};
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO vocabulary_terms (alias, canonical, created_at, created_by) "
                       "VALUES (?, ?, ?, ?)"),
        {alias, canonical, term.createdAt, m_actor.userId > 0 ? QVariant(m_actor.userId) : QVariant()});
    if (!id)
        return std::unexpected(id.error());
    term.id = *id;
    if (auto ok
        = auditAndCommit(m_db, *tx, m_actor, QStringLiteral("create"), kEntity, alias, {}, term.toJson());
        !ok)
        return std::unexpected(ok.error());
    return term;
}

Result<VocabularyTerm> VocabularyService::addSkill(const QString &name)
{
    const QString skill = name.simplified();
    if (auto ok = checkText(skill, QObject::tr("skill name")); !ok)
        return std::unexpected(ok.error());
    return insert(skill, skill);
}

Result<VocabularyTerm> VocabularyService::addSynonym(const QString &alias, const QString &canonical)
{
    const QString synonym = alias.simplified();
    if (auto ok = checkText(synonym, QObject::tr("synonym")); !ok)
        return std::unexpected(ok.error());
    auto vocabulary = SkillVocabulary::load(m_db);
    if (!vocabulary)
        return std::unexpected(vocabulary.error());
    const auto skill = vocabulary->canonical(canonical);
    if (!skill)
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no skill \"%1\" to add a synonym to.").arg(canonical.simplified()),
                    QObject::tr("Pick a skill from the list, or add \"%1\" as a skill first.")
                        .arg(canonical.simplified()));
    return insert(synonym, *skill);
}

Status VocabularyService::remove(const QString &alias)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto terms = userTerms();
    if (!terms)
        return std::unexpected(terms.error());
    const QString wanted = SkillVocabulary::key(alias);
    auto found = std::find_if(terms->cbegin(), terms->cend(), [&](const VocabularyTerm &t) {
        return SkillVocabulary::key(t.alias) == wanted;
    });
    if (found == terms->cend())
        return fail(
            ErrorCode::NotFound, QObject::tr("\"%1\" is not one of your vocabulary terms.").arg(alias),
            SkillVocabulary::builtIn().isBuiltIn(alias) ? QObject::tr("Built-in skills cannot be removed.")
                                                        : QObject::tr("Refresh the list and try again."));
    // A skill takes its synonyms with it: they would point at nothing. One audit entry
    // records the term and the synonyms that went with it.
    QJsonObject before = found->toJson();
    QJsonArray dropped;
    for (const VocabularyTerm &term : *terms) {
        const bool goes = term.id == found->id
            || (found->isSkill()
                && SkillVocabulary::key(term.canonical) == SkillVocabulary::key(found->canonical));
        if (!goes)
            continue;
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM vocabulary_terms WHERE id = ?"), {term.id}); !q)
            return std::unexpected(q.error());
        if (term.id != found->id)
            dropped.append(term.alias);
    }
    if (!dropped.isEmpty())
        before.insert(QStringLiteral("synonyms"), dropped);
    return auditAndCommit(m_db, *tx, m_actor, QStringLiteral("delete"), kEntity, found->alias, before, {});
}

} // namespace Tandem
