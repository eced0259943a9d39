// The Candidates page's search: the Match column with highlighted snippets, the saved-searches
// menu (save, run, manage) and the "?" help; with screenshots to look at.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/candidates_page.h>
#include <ui/saved_searches_dialog.h>
#include <ui/search_help.h>
#include <ui/session.h>

#include <core/models/candidate_list_model.h>
#include <core/records/candidate_service.h>
#include <core/search/saved_searches.h>

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

struct Person
{
    const char *first;
    const char *last;
    const char *title;
    const char *company;
    const char *city;
    QStringList skills;
    const char *resume;
};

class CandidatesSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        const QList<Person> people {
            {"Ada", "Lovelace", "Data Engineer", "Acme", "Berlin", {QStringLiteral("Rust"), QStringLiteral("Go")},
             "Built streaming pipelines in Rust and Go for a payments platform; led the migration of batch jobs "
             "to Kubernetes and mentored two junior engineers."},
            {"Bob", "Stone", "Teacher", "School", "Munich", {QStringLiteral("Python")},
             "Taught mathematics for ten years. Learning Rust in the evenings and contributing small fixes to "
             "open source Rust crates."},
            {"Cleo", "Müller", "Backend Developer", "Globex", "Hamburg", {QStringLiteral("Java"), QStringLiteral("Rust")},
             "Java services at scale; <script>alert(1)</script> is how she tests for XSS in review."},
            {"Dan", "Ross", "Product Manager", "Initech", "Berlin", {QStringLiteral("Roadmaps")},
             "Worked with the Rust team on the developer portal."},
        };
        CandidateService service(session->db(), session->actor());
        for (const Person &p : people) {
            Candidate c;
            c.firstName = QString::fromUtf8(p.first);
            c.lastName = QString::fromUtf8(p.last);
            c.currentTitle = QString::fromUtf8(p.title);
            c.currentCompany = QString::fromUtf8(p.company);
            c.city = QString::fromUtf8(p.city);
            c.skills = p.skills;
            c.resumeText = QString::fromUtf8(p.resume);
            auto created = service.create(c);
            ASSERT_TRUE(created) << created.error().text().toStdString();
        }
        page = std::make_unique<Ui::CandidatesPage>(*session);
        page->resize(1400, 520);
        page->show();
        settle();
        search = page->findChild<QLineEdit *>(QStringLiteral("candidateSearch"));
        table = page->findChild<QTableView *>(QStringLiteral("candidatesTable"));
        ASSERT_TRUE(search && table);
    }

    void shoot(QWidget &widget, const QString &name)
    {
        settle(100);
        const QString path = QDir(testOutputDir()).filePath(name);
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    // Opens the saved-searches menu as a click would and returns it.
    QMenu *openSavedMenu()
    {
        auto *button = page->findChild<QToolButton *>(QStringLiteral("savedSearchesButton"));
        EXPECT_TRUE(button);
        QMenu *menu = button ? button->menu() : nullptr;
        if (menu) {
            menu->hide();
            menu->popup(button->mapToGlobal(QPoint(0, button->height()))); // without a nested event loop
            settle();
        }
        return menu;
    }

    static QAction *action(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text || a->objectName() == text)
                return a;
        }
        return nullptr;
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    std::unique_ptr<Ui::CandidatesPage> page;
    QLineEdit *search = nullptr;
    QTableView *table = nullptr;
};

} // namespace

TEST_F(CandidatesSearchTest, MatchColumnShowsHighlightedSnippetsWhileSearching)
{
    EXPECT_TRUE(table->isColumnHidden(CandidateListModel::MatchColumn));
    page->runSearch(QStringLiteral("rust"));
    EXPECT_FALSE(table->isColumnHidden(CandidateListModel::MatchColumn));
    QAbstractItemModel *model = table->model();
    ASSERT_EQ(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex match = model->index(row, CandidateListModel::MatchColumn);
        const QString text = match.data().toString();
        const auto ranges = match.data(CandidateListModel::HighlightsRole).value<QList<HighlightRange>>();
        ASSERT_FALSE(ranges.isEmpty()) << text.toStdString();
        EXPECT_EQ(text.mid(ranges.front().start, ranges.front().length).toLower(), QStringLiteral("rust"));
    }
    EXPECT_GT(table->columnWidth(CandidateListModel::MatchColumn), table->columnWidth(CandidateListModel::NameColumn));
    shoot(*page, QStringLiteral("candidates-search-snippets.png"));

    page->runSearch(QStringLiteral("xss"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(model->index(0, CandidateListModel::MatchColumn).data().toString().contains(QStringLiteral("<script>")));
    shoot(*page, QStringLiteral("candidates-search-markup-as-text.png"));

    page->runSearch(QString());
    EXPECT_TRUE(table->isColumnHidden(CandidateListModel::MatchColumn));
    // Browsing again: the columns fill the width without a gap for the hidden one.
    int used = 0;
    for (int c = 0; c < CandidateListModel::ColumnCount; ++c)
        used += table->isColumnHidden(c) ? 0 : table->columnWidth(c);
    EXPECT_GE(used, table->viewport()->width() - 2);
}

TEST_F(CandidatesSearchTest, SavedSearchesMenuSavesRunsAndManages)
{
    QMenu *menu = openSavedMenu();
    ASSERT_TRUE(menu);
    QAction *save = action(menu, QStringLiteral("saveCurrentSearch"));
    ASSERT_TRUE(save);
    EXPECT_FALSE(save->isEnabled()); // nothing typed yet
    EXPECT_TRUE(action(menu, QStringLiteral("No saved searches yet")));

    page->runSearch(QStringLiteral("skill:rust city:berlin"));
    menu = openSavedMenu();
    save = action(menu, QStringLiteral("saveCurrentSearch"));
    ASSERT_TRUE(save && save->isEnabled());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->setTextValue(QStringLiteral("Rust & Berlin"));
        dialog->accept();
    });
    save->trigger();
    auto stored = SavedSearchService(session->db(), session->actor()).byName(QStringLiteral("rust & berlin"));
    ASSERT_TRUE(stored) << stored.error().text().toStdString();
    EXPECT_EQ(stored->query, QStringLiteral("skill:rust city:berlin"));
    ASSERT_TRUE(SavedSearchService(session->db(), session->actor())
                    .create(QStringLiteral("Resume mentions"), QStringLiteral("resume:rust -skill:rust")));

    page->runSearch(QString());
    menu = openSavedMenu();
    QAction *run = action(menu, QStringLiteral("Rust && Berlin")); // & shown as typed, not a shortcut
    ASSERT_TRUE(run);
    shoot(*menu, QStringLiteral("candidates-saved-searches-menu.png"));
    run->trigger();
    EXPECT_EQ(search->text(), QStringLiteral("skill:rust city:berlin"));
    EXPECT_EQ(table->model()->rowCount(), 1);

    // Manage: rename one, then run the other from the dialog.
    QAction *manage = action(menu, QStringLiteral("manageSavedSearches"));
    ASSERT_TRUE(manage && manage->isEnabled());
    QTimer::singleShot(0, [this] {
        auto *dialog = qobject_cast<Ui::SavedSearchesDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("savedSearchesList"));
        ASSERT_TRUE(list);
        ASSERT_EQ(list->topLevelItemCount(), 2);
        EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Resume mentions"));
        shoot(*dialog, QStringLiteral("saved-searches-dialog.png"));
        QTimer::singleShot(0, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(input);
            input->setTextValue(QStringLiteral("Only in resumes"));
            input->accept();
        });
        list->setCurrentItem(list->topLevelItem(0));
        dialog->findChild<QPushButton *>(QStringLiteral("renameSavedSearch"))->click();
        ASSERT_EQ(list->topLevelItemCount(), 2);
        EXPECT_EQ(list->currentItem()->text(0), QStringLiteral("Only in resumes"));
        dialog->findChild<QPushButton *>(QStringLiteral("runSavedSearch"))->click();
    });
    manage->trigger();
    EXPECT_EQ(search->text(), QStringLiteral("resume:rust -skill:rust"));
    EXPECT_EQ(table->model()->rowCount(), 2); // Bob and Dan mention it, Ada and Cleo list it as a skill
    EXPECT_TRUE(SavedSearchService(session->db(), session->actor()).byName(QStringLiteral("Only in resumes")));
}

TEST_F(CandidatesSearchTest, HelpListsTheSyntaxAndAddsAnExample)
{
    auto *help = page->findChild<QToolButton *>(QStringLiteral("searchHelpButton"));
    ASSERT_TRUE(help);
    page->runSearch(QStringLiteral("rust"));
    help->click();
    settle();
    Ui::SearchHelpPopup *popup = page->findChild<Ui::SearchHelpPopup *>();
    ASSERT_TRUE(popup);
    ASSERT_TRUE(popup->isVisible());
    QStringList examples;
    for (const QPushButton *b : popup->findChildren<QPushButton *>())
        examples << b->text();
    for (const char *wanted : {"experience:>5", "tag:remote", "added:>=2025-06", "skill:rust", "-java"})
        EXPECT_TRUE(examples.contains(QString::fromLatin1(wanted))) << wanted;
    shoot(*popup, QStringLiteral("candidates-search-help.png"));

    for (QPushButton *b : popup->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("skill:rust")) {
            b->click();
            break;
        }
    }
    EXPECT_EQ(search->text(), QStringLiteral("rust skill:rust"));
    EXPECT_EQ(table->model()->rowCount(), 2);
    // A mistake is explained above the list.
    page->runSearch(QStringLiteral("experience:>five"));
    settle();
    bool explained = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().contains(QStringLiteral("experience:>5")));
    EXPECT_TRUE(explained);
    shoot(*page, QStringLiteral("candidates-search-error.png"));
}
