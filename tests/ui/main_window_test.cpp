// Smoke test of the whole window on a real demo database: the candidate list, search,
// the profile pane, the requisitions, and the empty and first-launch states. Saves
// screenshots to the test output folder for a person to look at.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/about_dialog.h>
#include <ui/candidate_detail_pane.h>
#include <ui/empty_state.h>
#include <ui/first_launch_dialog.h>
#include <ui/main_window.h>
#include <ui/note_dialog.h>
#include <ui/requisition_dialog.h>
#include <ui/session.h>

#include <core/demo/demo_generator.h>
#include <core/models/candidate_list_model.h>
#include <core/models/requisition_list_model.h>
#include <core/models/timeline_model.h>
#include <core/records/requisition_service.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

constexpr int demoCandidates = 500;

void saveShot(QWidget &widget, const QString &name)
{
    settle(100);
    const QString path = QDir(testOutputDir()).filePath(name);
    EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
}

template <typename W>
W *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<W *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// A size typical of a laptop screen, so screenshots show what a recruiter sees.
void showWindow(Ui::MainWindow &window)
{
    window.resize(1440, 880);
    window.show();
    settle();
}

class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        isolateSettings();
        QSettings().clear();
        s_database = new TestDatabase;
        DemoOptions options;
        options.candidates = demoCandidates;
        options.seed = 7;
        // Dates in the screenshots read as a recruiter would see them today.
        options.now = QDateTime::currentDateTimeUtc();
        auto counts = DemoGenerator(s_database->db(), options).generate();
        ASSERT_TRUE(counts) << counts.error().text().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_database;
        s_database = nullptr;
    }
    void SetUp() override { QSettings().clear(); }

    static TestDatabase *s_database; // shared: generating the demo agency is the slow part
};

TestDatabase *MainWindowTest::s_database = nullptr;

TEST_F(MainWindowTest, ShowsSearchesAndProfilesCandidates)
{
    Ui::MainWindow window;
    showWindow(window);
    ASSERT_TRUE(window.openDatabase(s_database->path()));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("test.sqlite"))) << window.windowTitle().toStdString();

    auto *table = child<QTableView>(window, "candidatesTable");
    auto *count = child<QLabel>(window, "candidateCount");
    auto *search = child<QLineEdit>(window, "candidateSearch");
    ASSERT_TRUE(table && count && search);
    auto *model = qobject_cast<CandidateListModel *>(table->model());
    ASSERT_NE(model, nullptr);
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->totalCount(), demoCandidates);
    EXPECT_EQ(count->text(), QStringLiteral("500 candidates"));
    EXPECT_TRUE(table->isVisible());
    EXPECT_TRUE(child<QLabel>(window, "countsLabel")->text().startsWith(QStringLiteral("500 candidates")));
    saveShot(window, QStringLiteral("candidates.png"));

    // Search for the last name of someone in the list: fewer rows, all found by it.
    const QString name = model->index(3, CandidateListModel::NameColumn).data().toString();
    const QString lastName = name.section(QLatin1Char(' '), -1);
    ASSERT_FALSE(lastName.isEmpty());
    search->setText(lastName);
    ASSERT_TRUE(waitFor([&] { return count->text().contains(QStringLiteral("match")); }))
        << count->text().toStdString();
    EXPECT_GE(model->totalCount(), 1);
    EXPECT_LT(model->totalCount(), demoCandidates);
    EXPECT_EQ(model->searchText(), lastName);

    // Selecting a row shows that person's profile.
    table->selectRow(0);
    settle();
    const QString selectedName = model->index(0, CandidateListModel::NameColumn).data().toString();
    auto *nameLabel = child<QLabel>(window, "candidateName");
    ASSERT_NE(nameLabel, nullptr);
    EXPECT_TRUE(nameLabel->isVisible());
    EXPECT_EQ(nameLabel->text(), selectedName);
    EXPECT_EQ(nameLabel->textFormat(), Qt::PlainText);
    saveShot(window, QStringLiteral("candidate-detail.png"));

    // A query the search cannot read is explained above the list, which keeps its rows.
    const qint64 shown = model->totalCount();
    search->setText(QStringLiteral("colour:blue"));
    auto *queryError = child<QWidget>(window, "queryError");
    ASSERT_TRUE(waitFor([&] { return queryError->isVisible(); }));
    EXPECT_TRUE(queryError->findChild<QLabel *>() != nullptr);
    EXPECT_EQ(model->totalCount(), shown);
    EXPECT_TRUE(table->isVisible());
    saveShot(window, QStringLiteral("search-error.png"));
    // A phrase still being typed (its quote not closed yet) is no mistake.
    search->setText(QStringLiteral("\"data engineer"));
    ASSERT_TRUE(waitFor([&] { return !queryError->isVisible(); }));

    // A search that finds nobody says so, and offers the way back.
    search->setText(QStringLiteral("zzqqxxnobody"));
    ASSERT_TRUE(waitFor([&] { return model->searchText() == QStringLiteral("zzqqxxnobody"); }));
    auto *noMatches = child<Ui::EmptyState>(window, "noMatchesState");
    EXPECT_TRUE(noMatches->isVisible());
    search->clear();
    ASSERT_TRUE(waitFor([&] { return count->text() == QStringLiteral("500 candidates"); }));
}

TEST_F(MainWindowTest, AddingANoteShowsItOnTheTimeline)
{
    Ui::MainWindow window;
    showWindow(window);
    ASSERT_TRUE(window.openDatabase(s_database->path()));
    auto *table = child<QTableView>(window, "candidatesTable");
    table->selectRow(1);
    settle();
    auto *pane = child<Ui::CandidateDetailPane>(window, "candidateDetailPane");
    auto *timeline = child<QListView>(window, "timelineView");
    ASSERT_TRUE(pane && timeline);
    const int before = timeline->model()->rowCount();

    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<Ui::NoteDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"))
            ->setPlainText(QStringLiteral("Called about the platform role; interested, available in March."));
        dialog->accept();
    });
    pane->addNote();
    EXPECT_EQ(timeline->model()->rowCount(), std::min(before + 1, int(TimelineModel::MaxEntries)));
    const QString body = timeline->model()->index(0, 0).data(TimelineModel::BodyRole).toString();
    EXPECT_TRUE(body.contains(QStringLiteral("available in March"))) << body.toStdString();
}

TEST_F(MainWindowTest, ShowsRequisitionsAndTheirDialog)
{
    Ui::MainWindow window;
    showWindow(window);
    ASSERT_TRUE(window.openDatabase(s_database->path()));
    window.showSection(Ui::MainWindow::Section::Requisitions);
    settle();
    auto *table = child<QTableView>(window, "requisitionsTable");
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    EXPECT_GT(table->model()->rowCount(), 0);
    EXPECT_EQ(child<QListWidget>(window, "sidebar")->currentRow(), 1);
    saveShot(window, QStringLiteral("requisitions.png"));

    // The edit dialog of an open requisition with its people and pay filled in.
    auto *model = qobject_cast<RequisitionListModel *>(table->model());
    ASSERT_NE(model, nullptr);
    auto session = Ui::Session::open(s_database->path());
    ASSERT_TRUE(session);
    RequisitionService service((*session)->db(), (*session)->actor());
    std::optional<Requisition> shown;
    for (int row = 0; row < model->rowCount() && !shown; ++row) {
        auto requisition = service.get(model->idAt(row));
        if (requisition && requisition->status == RequisitionStatus::Open && requisition->hiringManagerId != 0)
            shown = *requisition;
    }
    ASSERT_TRUE(shown.has_value());
    Ui::RequisitionDialog dialog(**session, &window);
    dialog.setRequisition(*shown);
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(dialog, "title")->text(), shown->title);
    saveShot(dialog, QStringLiteral("requisition-dialog.png"));
}

TEST(MainWindowStates, AnEmptyDatabaseInvitesTheFirstCandidate)
{
    isolateSettings();
    QSettings().clear();
    TestDatabase database;
    Ui::MainWindow window;
    showWindow(window);
    ASSERT_TRUE(window.openDatabase(database.path()));
    auto *empty = child<Ui::EmptyState>(window, "noCandidatesState");
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(child<QTableView>(window, "candidatesTable")->isVisible());
    saveShot(window, QStringLiteral("empty-database.png"));

    window.showSection(Ui::MainWindow::Section::Requisitions);
    settle();
    EXPECT_TRUE(child<Ui::EmptyState>(window, "noRequisitionsState")->isVisible());
}

TEST(MainWindowStates, FirstLaunchOffersAnEmptyDatabaseOrSampleData)
{
    Ui::FirstLaunchDialog dialog(QStringLiteral("/home/recruiter/.local/share/Tandem/tandem.sqlite"), 2000);
    dialog.show();
    EXPECT_NE(dialog.findChild<QWidget *>(QStringLiteral("startEmptyButton")), nullptr);
    EXPECT_NE(dialog.findChild<QWidget *>(QStringLiteral("sampleDataButton")), nullptr);
    EXPECT_EQ(dialog.choice(), Ui::FirstLaunchDialog::Choice::None);
    saveShot(dialog, QStringLiteral("first-launch.png"));
}

TEST(MainWindowStates, WithoutADatabaseOffersNewAndOpen)
{
    isolateSettings();
    Ui::MainWindow window;
    showWindow(window);
    EXPECT_FALSE(window.hasDatabase());
    EXPECT_TRUE(child<Ui::EmptyState>(window, "noDatabaseState")->isVisible());
    EXPECT_FALSE(child<QListWidget>(window, "sidebar")->isVisible());
}

TEST(MainWindowStates, AboutNamesTheVersionsSupportAsksFor)
{
    Ui::AboutDialog dialog(QStringLiteral("SQLite file /home/recruiter/tandem.sqlite"));
    dialog.show();
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(Ui::AboutDialog::version())) << all.toStdString();
    EXPECT_TRUE(all.contains(QString::fromLatin1(qVersion()))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("/home/recruiter/tandem.sqlite"))) << all.toStdString();
    saveShot(dialog, QStringLiteral("about.png"));
}

} // namespace
