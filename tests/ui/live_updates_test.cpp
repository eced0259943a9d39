// Live updates in the window: a candidate another connection adds to the same SQLite file
// (another window or process) shows up in the open window's candidate list within about a
// second, and the status bar counts follow.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/main_window.h>
#include <ui/session.h>

#include <core/models/candidate_list_model.h>
#include <core/records/candidate_service.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QTableView>

#include <gtest/gtest.h>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

Candidate person(const QString &first, const QString &last)
{
    Candidate c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

bool listShows(CandidateListModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CandidateListModel::NameColumn).data().toString() == name)
            return true;
    }
    return false;
}

} // namespace

TEST(LiveUpdates, CandidateAddedElsewhereAppearsInTheOpenWindow)
{
    isolateSettings();
    QSettings().clear();
    TestDatabase t;
    ASSERT_TRUE(CandidateService(t.db(), Actor::system()).create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));

    Ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(window.openDatabase(t.path()));
    settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("candidatesTable"));
    ASSERT_NE(table, nullptr);
    auto *model = qobject_cast<CandidateListModel *>(table->model());
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->totalCount(), 1);

    // A colleague's window on the same file.
    auto other = Ui::Session::open(t.path());
    ASSERT_TRUE(other) << other.error().text().toStdString();
    auto created = CandidateService((*other)->db(), (*other)->actor())
                       .create(person(QStringLiteral("Grace"), QStringLiteral("Hopper")));
    ASSERT_TRUE(created) << created.error().text().toStdString();

    QElapsedTimer elapsed;
    elapsed.start();
    ASSERT_TRUE(waitFor([&] { return listShows(*model, QStringLiteral("Grace Hopper")); }, 1500))
        << "the new candidate did not appear within 1.5 s";
    EXPECT_EQ(model->totalCount(), 2);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    ASSERT_NE(counts, nullptr);
    EXPECT_TRUE(counts->text().startsWith(QStringLiteral("2 candidates"))) << counts->text().toStdString();
}
