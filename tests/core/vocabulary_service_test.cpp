// The user's skills vocabulary: adding skills and synonyms, refusing terms the vocabulary
// already knows, removing (a skill takes its synonyms), every change audited, and the
// parser's vocabulary (SkillVocabulary::load) seeing the additions. Runs on both engines.
#include <core/audit/audit_log.h>
#include <core/intake/skill_vocabulary.h>
#include <core/intake/vocabulary_service.h>

#include <gtest/gtest.h>
#include <support/test_database.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class VocabularyServiceTest : public ::testing::Test
{
protected:
    TestDatabase t;
    VocabularyService service {t.db(), Actor::system()};

    QStringList aliases()
    {
        QStringList out;
        const auto terms = service.userTerms();
        EXPECT_TRUE(terms);
        for (const VocabularyTerm &term : terms.value_or(QList<VocabularyTerm> {}))
            out.append(term.alias);
        return out;
    }
};

} // namespace

TEST_F(VocabularyServiceTest, AddsASkillAndASynonymThatTheParserVocabularyKnows)
{
    auto skill = service.addSkill(QStringLiteral("  Tandem   Scripting "));
    ASSERT_TRUE(skill) << skill.error().text().toStdString();
    EXPECT_EQ(skill->alias, QStringLiteral("Tandem Scripting")) << "spaces tidied";
    EXPECT_TRUE(skill->isSkill());
    auto synonym = service.addSynonym(QStringLiteral("TSX2"), QStringLiteral("tandem scripting"));
    ASSERT_TRUE(synonym) << synonym.error().text().toStdString();
    EXPECT_EQ(synonym->canonical, QStringLiteral("Tandem Scripting"))
        << "stored under the skill's own spelling";
    auto builtInSynonym = service.addSynonym(QStringLiteral("EcmaScript Next"), QStringLiteral("JS"));
    ASSERT_TRUE(builtInSynonym) << builtInSynonym.error().text().toStdString();
    EXPECT_EQ(builtInSynonym->canonical, QStringLiteral("JavaScript"))
        << "a synonym of a synonym names the skill";

    t.reopen();
    VocabularyService reopened(t.db(), Actor::system());
    auto terms = reopened.userTerms();
    ASSERT_TRUE(terms);
    ASSERT_EQ(terms->size(), 3);
    EXPECT_EQ(terms->at(0).canonical, QStringLiteral("JavaScript"));
    auto vocabulary = SkillVocabulary::load(t.db());
    ASSERT_TRUE(vocabulary) << vocabulary.error().text().toStdString();
    EXPECT_EQ(vocabulary->canonical(QStringLiteral("tsx2")), QStringLiteral("Tandem Scripting"));
    EXPECT_EQ(vocabulary->findInText(QStringLiteral("Wrote EcmaScript Next and Tandem Scripting daily")),
              (QStringList {QStringLiteral("JavaScript"), QStringLiteral("Tandem Scripting")}));
    EXPECT_FALSE(SkillVocabulary::builtIn().canonical(QStringLiteral("tsx2")));
}

TEST_F(VocabularyServiceTest, RefusesTermsTheVocabularyAlreadyKnowsNamingThem)
{
    auto builtIn = service.addSkill(QStringLiteral("node js"));
    ASSERT_FALSE(builtIn);
    EXPECT_EQ(builtIn.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(builtIn.error().message.contains(QStringLiteral("built-in")))
        << builtIn.error().message.toStdString();
    EXPECT_TRUE(builtIn.error().message.contains(QStringLiteral("Node.js"))) << "names the skill it means";

    auto builtInSynonym = service.addSynonym(QStringLiteral("k8s"), QStringLiteral("Docker"));
    ASSERT_FALSE(builtInSynonym);
    EXPECT_TRUE(builtInSynonym.error().message.contains(QStringLiteral("Kubernetes")));

    ASSERT_TRUE(service.addSkill(QStringLiteral("Tandem Scripting")));
    auto twice = service.addSkill(QStringLiteral("TANDEM-SCRIPTING"));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("your vocabulary")));

    auto unknown = service.addSynonym(QStringLiteral("QQ"), QStringLiteral("Underwater Basket Weaving"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(unknown.error().hint.isEmpty());

    EXPECT_EQ(service.addSkill(QStringLiteral(" -- ")).error().code, ErrorCode::Invalid);
    EXPECT_EQ(service.addSkill(QString(81, u'x')).error().code, ErrorCode::Invalid);
    EXPECT_EQ(aliases(), QStringList {QStringLiteral("Tandem Scripting")}) << "nothing else stored";
}

TEST_F(VocabularyServiceTest, RemovingASkillTakesItsSynonymsAndEveryChangeIsAudited)
{
    ASSERT_TRUE(service.addSkill(QStringLiteral("Tandem Scripting")));
    ASSERT_TRUE(service.addSynonym(QStringLiteral("TSX2"), QStringLiteral("Tandem Scripting")));
    ASSERT_TRUE(service.addSynonym(QStringLiteral("JSX3"), QStringLiteral("JavaScript")));

    ASSERT_TRUE(service.remove(QStringLiteral("tandem scripting")));
    EXPECT_EQ(aliases(), QStringList {QStringLiteral("JSX3")});
    EXPECT_FALSE(SkillVocabulary::load(t.db())->canonical(QStringLiteral("TSX2")));

    auto missing = service.remove(QStringLiteral("JavaScript"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().hint.contains(QStringLiteral("Built-in")));

    AuditLog audit(t.db());
    auto skillEntries = audit.forEntity(QStringLiteral("Tandem Scripting"));
    ASSERT_TRUE(skillEntries);
    ASSERT_EQ(skillEntries->size(), 2); // created, deleted
    EXPECT_EQ(skillEntries->at(0).entityType, QStringLiteral("vocabulary_term"));
    EXPECT_EQ(skillEntries->at(1).action, QStringLiteral("delete"));
    EXPECT_TRUE(skillEntries->at(1).before.contains(QStringLiteral("synonyms")))
        << "the synonyms that went with it";
    EXPECT_EQ(audit.forEntity(QStringLiteral("JSX3"))->size(), 1);
    auto verified = audit.verify();
    ASSERT_TRUE(verified);
}
