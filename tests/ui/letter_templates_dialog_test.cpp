// The letter template editor: highlights merge fields (unknown ones underlined in red),
// lists unknown fields with their line, inserts fields from the menu, and keeps the
// template rules (last one stays, one default) with every edit saved.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/inline_message.h>
#include <ui/letter_templates_dialog.h>
#include <ui/session.h>
#include <ui/template_highlighter.h>

#include <core/records/offer_letter_templates.h>

#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

// The format the highlighter gave the character at `position` of the document.
QTextCharFormat formatAt(QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    return {};
}

class LetterTemplatesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
    }

    OfferLetterTemplates templates() { return OfferLetterTemplates(session->db(), session->actor()); }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
};

} // namespace

TEST(TemplateHighlighter, ColoursTagsKnownAndUnknownMergeFields)
{
    QTextDocument document;
    Ui::TemplateHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("<p class=\"x\">Dear {{candidate.first_name}} &amp; {{candidate.frist_name}}</p>"));
    highlighter.rehighlight();
    const QString text = document.toPlainText();
    const QTextCharFormat known = formatAt(&document, int(text.indexOf(QStringLiteral("{{candidate.first"))) + 3);
    EXPECT_EQ(known.foreground(), highlighter.knownFieldFormat().foreground());
    EXPECT_EQ(known.background(), highlighter.knownFieldFormat().background());
    EXPECT_NE(known.underlineStyle(), QTextCharFormat::WaveUnderline);
    const QTextCharFormat unknown = formatAt(&document, int(text.indexOf(QStringLiteral("frist"))));
    EXPECT_EQ(unknown.underlineStyle(), QTextCharFormat::WaveUnderline);
    EXPECT_EQ(unknown.underlineColor(), QColor(0xdc, 0x26, 0x26));
#ifndef TANDEM_HAVE_KF6_SYNTAX // with KF6, KDE's HTML definition and theme colour the markup
    const QTextCharFormat tag = formatAt(&document, 1);
    EXPECT_EQ(tag.foreground(), highlighter.tagFormat().foreground());
    const QTextCharFormat plain = formatAt(&document, int(text.indexOf(QStringLiteral("Dear"))));
    EXPECT_EQ(plain.foreground().style(), Qt::NoBrush) << "ordinary text is left alone";
    const QTextCharFormat attribute = formatAt(&document, int(text.indexOf(QStringLiteral("class"))));
    EXPECT_NE(attribute.foreground(), tag.foreground());
    EXPECT_TRUE(attribute.foreground().style() != Qt::NoBrush);
    const QTextCharFormat entity = formatAt(&document, int(text.indexOf(QStringLiteral("&amp;"))));
    EXPECT_NE(entity.foreground(), tag.foreground());
    EXPECT_TRUE(entity.foreground().style() != Qt::NoBrush);
#endif
}

#ifndef TANDEM_HAVE_KF6_SYNTAX
TEST(TemplateHighlighter, CommentsSpanLines)
{
    QTextDocument document;
    Ui::TemplateHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("<!-- a note\nstill a note -->\n<p>x</p>"));
    highlighter.rehighlight();
    const QTextCharFormat second = formatAt(&document, int(document.toPlainText().indexOf(QStringLiteral("still"))));
    EXPECT_TRUE(second.fontItalic());
    const QTextCharFormat after = formatAt(&document, int(document.toPlainText().indexOf(QStringLiteral("<p>"))));
    EXPECT_FALSE(after.fontItalic());
}
#endif

TEST_F(LetterTemplatesDialogTest, ShowsTheDefaultAndReportsUnknownFieldsWithTheirLine)
{
    Ui::LetterTemplatesDialog dialog(*session);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templates"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->currentItem()->text(), QStringLiteral("Standard offer letter (default)"));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    EXPECT_TRUE(body->toPlainText().contains(QStringLiteral("{{candidate.first_name}}")));
    EXPECT_TRUE(dialog.problems().isEmpty());

    QTextCursor end(body->document());
    end.movePosition(QTextCursor::End);
    body->setTextCursor(end);
    body->insertPlainText(QStringLiteral("\n<p>Bonus: {{offer.bonus}}</p>"));
    const int line = body->document()->blockCount();
    auto *problems = dialog.findChild<Ui::InlineMessage *>(QStringLiteral("problems"));
    ASSERT_TRUE(waitFor([&] { return problems->isVisible(); }));
    EXPECT_EQ(problems->text(), QStringLiteral("Unknown merge field {{offer.bonus}} on line %1.").arg(line));
    settle();
    dialog.grab().save(testOutputDir() + QStringLiteral("/letter_templates_dialog.png"));

    ASSERT_TRUE(dialog.saveCurrent());
    EXPECT_TRUE(templates().defaultTemplate()->body.endsWith(QStringLiteral("{{offer.bonus}}</p>")));
}

TEST_F(LetterTemplatesDialogTest, InsertsFieldsFromTheMenu)
{
    Ui::LetterTemplatesDialog dialog(*session);
    auto *insert = dialog.findChild<QToolButton *>(QStringLiteral("insertField"));
    ASSERT_NE(insert->menu(), nullptr);
    EXPECT_GE(insert->menu()->actions().size(), 19);
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->moveCursor(QTextCursor::Start);
    for (QAction *action : insert->menu()->actions()) {
        if (action->text().contains(QStringLiteral("{{agency.name}}"))) {
            action->trigger();
            break;
        }
    }
    EXPECT_TRUE(body->toPlainText().startsWith(QStringLiteral("{{agency.name}}<p>")));
    EXPECT_TRUE(dialog.problems().isEmpty());
}

TEST_F(LetterTemplatesDialogTest, CreateRenameMakeDefaultAndDeleteButNotTheLast)
{
    Ui::LetterTemplatesDialog dialog(*session);
    const qint64 standard = dialog.currentId();
    ASSERT_TRUE(dialog.createTemplate(QStringLiteral("Internship")));
    EXPECT_NE(dialog.currentId(), standard);
    EXPECT_FALSE(dialog.createTemplate(QStringLiteral("internship"))) << "names are unique";
    EXPECT_TRUE(dialog.findChild<Ui::InlineMessage *>(QStringLiteral("inlineMessage"))->text().contains(QStringLiteral("already")));
    ASSERT_TRUE(dialog.renameCurrent(QStringLiteral("Internship letter")));
    ASSERT_TRUE(dialog.makeCurrentDefault());
    EXPECT_EQ(templates().defaultTemplate()->name, QStringLiteral("Internship letter"));

    // Switching templates saves what was typed.
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->selectAll();
    body->insertPlainText(QStringLiteral("<p>{{today}}</p>")); // as typed (setPlainText is not an edit)
    const qint64 intern = dialog.currentId();
    ASSERT_TRUE(dialog.selectTemplate(standard));
    EXPECT_EQ(templates().get(intern)->body, QStringLiteral("<p>{{today}}</p>"));

    ASSERT_TRUE(dialog.deleteCurrent());
    EXPECT_EQ(templates().list()->size(), 1);
    EXPECT_FALSE(dialog.deleteCurrent()) << "the last template stays";
    EXPECT_EQ(templates().list()->size(), 1);
}
