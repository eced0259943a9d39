// Settings > Skills Vocabulary: the built-in skills are searchable by any spelling, the
// user's additions are stored at once, refusals show in the dialog without losing input,
// and removing a skill takes its synonyms.
#include "ui_test_support.h"

#include <core/intake/skill_vocabulary.h>
#include <core/intake/vocabulary_service.h>
#include <ui/inline_message.h>
#include <ui/session.h>
#include <ui/vocabulary_dialog.h>

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <support/test_database.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

class VocabularyDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    template<typename W> static W *field(Ui::VocabularyDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString message(Ui::VocabularyDialog &dialog)
    {
        auto *banner = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"));
        return banner && banner->isVisibleTo(&dialog) ? banner->text() : QString();
    }

    static QStringList userTerms(Ui::VocabularyDialog &dialog)
    {
        QStringList out;
        auto *tree = field<QTreeWidget>(dialog, "userTerms");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->flags() != Qt::NoItemFlags)
                out.append(tree->topLevelItem(i)->text(0) + QStringLiteral(" = ")
                           + tree->topLevelItem(i)->text(1));
        return out;
    }

    static void save(QWidget &widget, const QString &name)
    {
        settle(); // word-wrapped messages take their height once laid out
        widget.grab().save(QDir(testOutputDir()).filePath(name));
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

} // namespace

TEST_F(VocabularyDialogTest, SearchFindsBuiltInSkillsByAnySpelling)
{
    Ui::VocabularyDialog dialog(*session);
    dialog.show();
    auto *view = field<QTreeView>(dialog, "builtInList");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->model()->rowCount(), SkillVocabulary::builtIn().canonicalNames().size());
    save(dialog, QStringLiteral("vocabulary_dialog_empty.png"));

    field<QLineEdit>(dialog, "search")->setText(QStringLiteral("k8s"));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("Kubernetes"));
    field<QLineEdit>(dialog, "search")->setText(QStringLiteral("postgres"));
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("PostgreSQL"));
    field<QLineEdit>(dialog, "search")->setText(QStringLiteral("no such skill at all"));
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_TRUE(field<QPushButton>(dialog, "remove") && !field<QPushButton>(dialog, "remove")->isEnabled());
}

TEST_F(VocabularyDialogTest, AddsSkillsAndSynonymsAndExplainsRefusals)
{
    Ui::VocabularyDialog dialog(*session);
    dialog.show();
    QSignalSpy changed(&dialog, &Ui::VocabularyDialog::vocabularyChanged);
    auto *term = field<QLineEdit>(dialog, "term");
    auto *canonical = field<QLineEdit>(dialog, "canonical");
    EXPECT_FALSE(field<QPushButton>(dialog, "addSkill")->isEnabled()) << "nothing typed yet";

    term->setText(QStringLiteral("Tandem Scripting"));
    field<QPushButton>(dialog, "addSkill")->click();
    EXPECT_EQ(userTerms(dialog), QStringList {QStringLiteral("Tandem Scripting = a skill of its own")})
        << message(dialog).toStdString();
    EXPECT_TRUE(term->text().isEmpty());
    EXPECT_EQ(changed.count(), 1);
    const QStringList completion
        = qobject_cast<QStringListModel *>(canonical->completer()->model())->stringList();
    EXPECT_TRUE(completion.contains(QStringLiteral("Tandem Scripting"))) << "new skills complete as meanings";
    EXPECT_TRUE(completion.contains(QStringLiteral("JavaScript")));

    term->setText(QStringLiteral("TSX2"));
    canonical->setText(QStringLiteral("tandem scripting"));
    field<QPushButton>(dialog, "addSynonym")->click();
    term->setText(QStringLiteral("ECMA Next"));
    canonical->setText(QStringLiteral("JavaScript"));
    field<QPushButton>(dialog, "addSynonym")->click();
    EXPECT_EQ(userTerms(dialog),
              (QStringList {QStringLiteral("ECMA Next = JavaScript"),
                            QStringLiteral("Tandem Scripting = a skill of its own"),
                            QStringLiteral("TSX2 = Tandem Scripting")}));
    EXPECT_EQ(changed.count(), 3);

    // A term the vocabulary knows is refused in place, naming what it means; input stays.
    term->setText(QStringLiteral("JS"));
    field<QPushButton>(dialog, "addSkill")->click();
    EXPECT_TRUE(message(dialog).contains(QStringLiteral("JavaScript"))) << message(dialog).toStdString();
    EXPECT_EQ(term->text(), QStringLiteral("JS"));
    EXPECT_EQ(changed.count(), 3);
    term->clear();
    field<QLineEdit>(dialog, "search")->setText(QStringLiteral("script"));
    save(dialog, QStringLiteral("vocabulary_dialog_additions.png"));
}

TEST_F(VocabularyDialogTest, RemovingASkillTakesItsSynonyms)
{
    VocabularyService service(session->db(), session->actor());
    ASSERT_TRUE(service.addSkill(QStringLiteral("Tandem Scripting")));
    ASSERT_TRUE(service.addSynonym(QStringLiteral("TSX2"), QStringLiteral("Tandem Scripting")));
    Ui::VocabularyDialog dialog(*session);
    dialog.show();
    auto *tree = field<QTreeWidget>(dialog, "userTerms");
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    tree->setCurrentItem(tree->findItems(QStringLiteral("Tandem Scripting"), Qt::MatchExactly).value(0));
    ASSERT_TRUE(field<QPushButton>(dialog, "remove")->isEnabled());
    field<QPushButton>(dialog, "remove")->click();
    EXPECT_EQ(userTerms(dialog), QStringList {}) << message(dialog).toStdString();
    EXPECT_TRUE(service.userTerms()->isEmpty());
    EXPECT_FALSE(field<QPushButton>(dialog, "remove")->isEnabled());
}
