// The pipeline view: a card dragged to another column is a stored move, keyboard moves and
// undo work, rejecting asks for a reason, the empty states explain themselves, and the board
// and list are saved as screenshots to look at.
#include "ui_test_support.h"

#include <support/test_database.h>

#include <ui/board_column_view.h>
#include <ui/disposition_reasons_dialog.h>
#include <ui/empty_state.h>
#include <ui/pipeline_view.h>
#include <ui/reject_dialog.h>
#include <ui/session.h>

#include <core/common/ids.h>
#include <core/models/board_model.h>
#include <core/models/pipeline_list_model.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/storage/transaction.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>

using namespace Tandem;
using namespace Tandem::Testing;

namespace {

struct Person
{
    const char *first;
    const char *last;
    const char *title;
    const char *source;
    int stage;      // index into the pipeline's stages
    int daysAgo;    // entered that stage
    int rating;     // 0: no scorecard; else both attributes rated so
    int interviewInDays; // 0: none
    const char *tags;    // comma separated
    bool consent;
};

// A realistic pipeline: six stages, twenty people, some stale, rated, flagged, tagged.
const Person people[] = {
    {"Amara", "Okafor", "Senior Backend Engineer", "LinkedIn", 0, 2, 0, 0, "", true},
    {"Jonas", "Weber", "Software Engineer", "Referral", 0, 21, 0, 0, "relocating", false},
    {"Priya", "Raman", "Platform Engineer", "Careers site", 0, 5, 0, 0, "", true},
    {"Lucas", "Martin", "Backend Developer", "Indeed", 1, 1, 0, 0, "", true},
    {"Sofia", "Rossi", "Go Developer", "LinkedIn", 1, 9, 0, 0, "Go,remote", true},
    {"Kenji", "Tanaka", "Site Reliability Engineer", "Referral", 1, 3, 0, 0, "", true},
    {"Emma", "Johansson", "Software Engineer II", "Careers site", 1, 12, 0, 0, "", false},
    {"Noah", "Dubois", "Backend Engineer", "Agency", 2, 2, 0, 0, "", true},
    {"Olivia", "Brown", "Senior Software Engineer", "LinkedIn", 2, 4, 3, 3, "referral", true},
    {"Mateo", "García", "Java Engineer", "Indeed", 2, 11, 0, 0, "", true},
    {"Aisha", "Khan", "Staff Engineer", "Referral", 3, 3, 4, 2, "Go,leadership", true},
    {"David", "Cohen", "Backend Engineer", "LinkedIn", 3, 6, 2, 5, "", true},
    {"Hannah", "Schmidt", "Distributed Systems Engineer", "Careers site", 3, 18, 3, 0, "relocating", true},
    {"Wei", "Zhang", "Senior Backend Engineer", "Agency", 3, 1, 0, 8, "", false},
    {"Laura", "Fernández", "Engineering Lead", "Referral", 4, 2, 4, 0, "leadership", true},
    {"Omar", "Haddad", "Senior Engineer", "LinkedIn", 4, 10, 3, 0, "", true},
    {"Chloé", "Lefèvre", "Backend Engineer", "Careers site", 2, 1, 0, 0, "", true},
    {"Ravi", "Patel", "Software Engineer", "Indeed", 0, 1, 0, 0, "", true},
    {"Elena", "Popescu", "Python Developer", "LinkedIn", 1, 2, 0, 0, "", true},
    {"Tomás", "Silva", "Cloud Engineer", "Referral", 3, 4, 1, 1, "remote", true},
};

class BoardViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        isolateSettings();
        auto opened = Ui::Session::open(database.path());
        ASSERT_TRUE(opened) << opened.error().text().toStdString();
        session = std::move(*opened);
        build();
    }

    Database &db() { return session->db(); }
    void exec(const QString &sql, const QVariantList &values)
    {
        auto q = db().exec(sql, values);
        ASSERT_TRUE(q) << q.error().text().toStdString();
    }

    void build()
    {
        const Actor &actor = session->actor();
        Requisition r;
        r.title = QStringLiteral("Senior Backend Engineer");
        r.headcount = 2;
        RequisitionService reqs(db(), actor);
        auto created = reqs.create(r);
        ASSERT_TRUE(created);
        requisition = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(requisition.id);
        const QString now = nowStorageTime();
        const qint64 interviewer = runSql(db(), QStringLiteral("INSERT INTO users (uuid, name, role_id, created_at, updated_at) "
                                                               "VALUES (?, 'Ivy Interviewer', 4, ?, ?)"),
                                          {newUuid(), now, now});
        QList<qint64> attributes;
        for (int i = 0; i < 2; ++i)
            attributes << runSql(db(), QStringLiteral("INSERT INTO scorecard_attributes (uuid, requisition_id, position, name) "
                                                      "VALUES (?, ?, ?, ?)"),
                                 {newUuid(), requisition.id, i, i ? QStringLiteral("Systems design") : QStringLiteral("Coding")});
        QHash<QString, qint64> tags;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (const Person &p : people) {
            Candidate c;
            c.firstName = QString::fromUtf8(p.first);
            c.lastName = QString::fromUtf8(p.last);
            c.currentTitle = QString::fromUtf8(p.title);
            c.email = QStringLiteral("%1.%2@example.com").arg(c.firstName, c.lastName).toLower();
            auto stored = CandidateService(db(), actor).create(c);
            ASSERT_TRUE(stored);
            auto app = ApplicationService(db(), actor).apply(stored->id, requisition.id, QString::fromUtf8(p.source));
            ASSERT_TRUE(app);
            exec(QStringLiteral("UPDATE applications SET stage_id = ?, stage_entered_at = ? WHERE id = ?"),
                 {stages[p.stage].id, toStorageTime(base.addDays(-p.daysAgo).addSecs(-3600)), app->id});
            if (p.consent)
                exec(QStringLiteral("INSERT INTO consents (uuid, candidate_id, basis, given_at, created_at) VALUES (?, ?, 'consent', ?, ?)"),
                     {newUuid(), stored->id, now, now});
            if (p.rating > 0) {
                const qint64 card = runSql(db(), QStringLiteral("INSERT INTO scorecards (uuid, application_id, interviewer_id, "
                                                                "submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                           {newUuid(), app->id, interviewer, now, now, now});
                for (qint64 attribute : attributes)
                    exec(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, attribute_id, rating) VALUES (?, ?, ?)"),
                         {card, attribute, p.rating});
            }
            if (p.interviewInDays > 0)
                exec(QStringLiteral("INSERT INTO interviews (uuid, application_id, title, starts_at, duration_minutes, created_at, "
                                    "updated_at) VALUES (?, ?, 'Technical interview', ?, 60, ?, ?)"),
                     {newUuid(), app->id, toStorageTime(base.addDays(p.interviewInDays)), now, now});
            for (const QString &tag : QString::fromUtf8(p.tags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!tags.contains(tag))
                    tags.insert(tag, runSql(db(), QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {tag}));
                exec(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"), {stored->id, tags[tag]});
            }
            apps.append(*app);
        }
        // Jonas was entered twice, with his email in capitals the second time.
        Candidate twin;
        twin.firstName = QStringLiteral("Jonas");
        twin.lastName = QStringLiteral("Weber");
        twin.email = QStringLiteral("JONAS.WEBER@example.com");
        ASSERT_TRUE(CandidateService(db(), actor).create(twin));
    }

    qint64 stageOf(qint64 applicationId) { return ApplicationService(db(), session->actor()).get(applicationId)->stageId; }
    qint64 appOf(const char *first)
    {
        for (qsizetype i = 0; i < apps.size(); ++i)
            if (QString::fromUtf8(people[i].first) == QString::fromUtf8(first))
                return apps[i].id;
        return 0;
    }

    void save(QWidget &widget, const QString &name)
    {
        settle(100);
        const QString path = QDir(testOutputDir()).filePath(name);
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QWidget *currentPage(Ui::PipelineView &view)
    {
        return view.findChild<QStackedWidget *>()->currentWidget();
    }

    // What a drop of these cards on `target` does: the QMimeData a drag from the board carries,
    // delivered to the target column's viewport as enter, move and drop events.
    bool dropOn(Ui::BoardColumnView *target, const QModelIndexList &cards)
    {
        std::unique_ptr<QMimeData> data(target->model()->mimeData(cards));
        if (!data)
            return false;
        QWidget *viewport = target->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() - 10.0);
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!move.isAccepted()) {
            ADD_FAILURE() << "drag move refused at " << at.y() << " of " << viewport->height();
            return false;
        }
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        EXPECT_TRUE(drop.isAccepted()) << "drop refused";
        return drop.isAccepted();
    }

    TestDatabase database;
    std::unique_ptr<Ui::Session> session;
    Requisition requisition;
    QList<Stage> stages;
    QList<Application> apps;
};

} // namespace

TEST_F(BoardViewTest, ShowsTheBoardWithCountsAndFlags)
{
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.showRequisition(requisition.id);
    ASSERT_TRUE(waitFor([&] { return view.isVisible(); }));
    EXPECT_EQ(currentPage(view)->objectName(), QStringLiteral("boardArea"));
    ASSERT_NE(view.column(stages[3].id), nullptr);
    EXPECT_EQ(view.column(stages[3].id)->view()->model()->rowCount(view.column(stages[3].id)->view()->rootIndex()), 5);
    BoardModel *model = view.boardModel();
    const QModelIndex jonas = model->indexOfCard(appOf("Jonas"));
    EXPECT_TRUE(jonas.data(BoardModel::StaleRole).toBool());
    EXPECT_TRUE(jonas.data(BoardModel::DuplicateRole).toBool());
    EXPECT_TRUE(jonas.data(BoardModel::ConsentMissingRole).toBool());
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("pipelineCounts"))->text().contains(QStringLiteral("20 candidates")));
    save(view, QStringLiteral("pipeline-board.png"));
}

TEST_F(BoardViewTest, DraggingACardToAnotherColumnStoresTheMove)
{
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.showRequisition(requisition.id);
    settle();
    const qint64 lucas = appOf("Lucas");
    ASSERT_EQ(stageOf(lucas), stages[1].id);
    const QModelIndex card = view.boardModel()->indexOfCard(lucas);
    ASSERT_TRUE(dropOn(view.column(stages[3].id)->view(), {card}));
    EXPECT_EQ(stageOf(lucas), stages[3].id);
    EXPECT_EQ(view.boardModel()->indexOfCard(lucas).parent().row(), 3);
    // After the board re-read, every column still shows its own stage.
    for (int i = 0; i < stages.size(); ++i)
        EXPECT_EQ(view.column(stages[i].id)->view()->rootIndex(), view.boardModel()->stageIndex(i));
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("undoText"))->text().contains(QStringLiteral("Lucas Martin")));

    // Several selected cards travel together.
    view.selectApplications({appOf("Sofia"), appOf("Kenji")});
    QModelIndexList both{view.boardModel()->indexOfCard(appOf("Sofia")), view.boardModel()->indexOfCard(appOf("Kenji"))};
    ASSERT_TRUE(dropOn(view.column(stages[2].id)->view(), both));
    EXPECT_EQ(stageOf(appOf("Sofia")), stages[2].id);
    EXPECT_EQ(stageOf(appOf("Kenji")), stages[2].id);
    auto history = ApplicationService(db(), session->actor()).history(appOf("Kenji"));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->last().movedBy, session->actor().userId);
}

// A drag started with the mouse: press on a selected card and move past the drag distance.
// The offscreen platform's QDrag::exec returns at once (it has no drag and drop), so the data
// the drag carries is then dropped on the target column's drop path, as the platform would.
TEST_F(BoardViewTest, AMouseDragCarriesTheSelectedCardsToTheDrop)
{
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.showRequisition(requisition.id);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    settle();
    const qint64 priya = appOf("Priya");
    const qint64 ravi = appOf("Ravi");
    Ui::BoardColumnView *from = view.column(stages[0].id)->view();
    view.selectApplications({priya, ravi});
    QByteArray carried;
    QObject::connect(from, &Ui::BoardColumnView::dragStarting,
                     [&](const QMimeData *data) { carried = data->data(BoardModel::mimeType); });
    const QPoint press = from->visualRect(view.boardModel()->indexOfCard(priya)).center();
    QTest::mousePress(from->viewport(), Qt::LeftButton, Qt::NoModifier, press);
    QTest::mouseMove(from->viewport(), press + QPoint(QApplication::startDragDistance() + 5, 10));
    QTest::mouseMove(from->viewport(), press + QPoint(QApplication::startDragDistance() + 25, 30));
    QTest::mouseRelease(from->viewport(), Qt::LeftButton, Qt::NoModifier, press + QPoint(30, 30));
    ASSERT_FALSE(carried.isEmpty()) << "the mouse did not start a drag";
    QMimeData data;
    data.setData(BoardModel::mimeType, carried);
    EXPECT_EQ(BoardModel::idsFromMime(&data).size(), 2); // both selected cards travel

    Ui::BoardColumnView *to = view.column(stages[2].id)->view();
    QWidget *viewport = to->viewport();
    const QPoint at(viewport->width() / 2, viewport->height() - 20);
    QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    ASSERT_TRUE(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    EXPECT_EQ(stageOf(priya), stages[2].id);
    EXPECT_EQ(stageOf(ravi), stages[2].id);
}

TEST_F(BoardViewTest, KeyboardMovesAndUndo)
{
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.activateWindow();
    view.showRequisition(requisition.id);
    settle();
    QStringList messages;
    QObject::connect(&view, &Ui::PipelineView::statusMessage, [&](const QString &text) { messages << text; });
    const qint64 noah = appOf("Noah");
    view.selectApplications({noah});
    QWidget *focus = view.column(stages[2].id)->view();
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(stageOf(noah), stages[3].id);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.last(), QStringLiteral("Moved Noah Dubois to Interview — Undo with Ctrl+Z"));
    // The card stays selected in its new column, so the next press moves it on.
    QTest::keyClick(view.column(stages[3].id)->view(), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(stageOf(noah), stages[4].id);

    QTest::keyClick(view.column(stages[4].id)->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stageOf(noah), stages[3].id);
    EXPECT_FALSE(view.findChild<QToolButton *>(QStringLiteral("undoButton"))->isEnabled());
    auto history = ApplicationService(db(), session->actor()).history(noah);
    EXPECT_EQ(history->size(), 4); // applied, two moves, and the undo as a move of its own

    // Plain Left and Right walk across the columns; Ctrl+Left then moves that card back.
    view.selectApplications({noah});
    QTest::keyClick(view.column(stages[3].id)->view(), Qt::Key_Left);
    const QList<qint64> walked = view.selectedApplications();
    ASSERT_EQ(walked.size(), 1);
    EXPECT_EQ(view.boardModel()->indexOfCard(walked.first()).parent().row(), 2);
    QTest::keyClick(view.column(stages[2].id)->view(), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(view.boardModel()->indexOfCard(walked.first()).parent().row(), 1);

    // Enter opens the candidate.
    qint64 opened = 0;
    QObject::connect(&view, &Ui::PipelineView::candidateActivated, [&](qint64 id) { opened = id; });
    view.selectApplications({noah});
    QTest::keyClick(view.column(stages[3].id)->view(), Qt::Key_Return);
    EXPECT_EQ(opened, apps[7].candidateId);
}

TEST_F(BoardViewTest, RejectAsksForAReasonAndTheCardLeavesTheBoard)
{
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.showRequisition(requisition.id);
    settle();
    const qint64 omar = appOf("Omar");
    view.selectApplications({omar});
    bool seen = false;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<Ui::RejectDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->accept(); // "Missing required skills", the first reason, is preselected
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
        combo->setCurrentIndex(combo->count() - 1); // Other reason…
        dialog->findChild<QLineEdit *>(QStringLiteral("otherReason"))->setText(QStringLiteral("Chose a startup"));
        save(*dialog, QStringLiteral("reject-dialog.png"));
        dialog->accept();
    });
    view.dispositionSelected(ApplicationStatus::Withdrawn);
    ASSERT_TRUE(seen);
    auto stored = ApplicationService(db(), session->actor()).get(omar);
    EXPECT_EQ(stored->status, ApplicationStatus::Withdrawn);
    EXPECT_EQ(stored->dispositionReason, QStringLiteral("Chose a startup"));
    EXPECT_FALSE(view.boardModel()->indexOfCard(omar).isValid());

    // Still findable: the list with scope All shows it with its status.
    view.setListMode(true);
    auto *scope = view.findChild<QComboBox *>(QStringLiteral("scopeFilter"));
    scope->setCurrentIndex(1);
    const int row = view.listModel()->rowOfApplication(omar);
    ASSERT_GE(row, 0);
    EXPECT_EQ(view.listModel()->index(row, PipelineListModel::StatusColumn).data().toString(),
              QStringLiteral("Withdrawn: Chose a startup"));
    save(view, QStringLiteral("pipeline-list.png"));
}

TEST_F(BoardViewTest, EmptyStatesExplainThemselves)
{
    Ui::PipelineView view(*session);
    view.resize(1100, 600);
    view.show();
    settle();
    EXPECT_EQ(currentPage(view)->objectName(), QStringLiteral("noRequisitionState"));
    save(view, QStringLiteral("pipeline-no-requisition.png"));

    view.showRequisition(requisition.id);
    view.findChild<QLineEdit *>(QStringLiteral("pipelineSearch"))->setText(QStringLiteral("nobody like this"));
    EXPECT_EQ(currentPage(view)->objectName(), QStringLiteral("noMatchState"));
    save(view, QStringLiteral("pipeline-no-match.png"));
    view.findChild<QLineEdit *>(QStringLiteral("pipelineSearch"))->clear();
    auto *tag = view.findChild<QComboBox *>(QStringLiteral("tagFilter"));
    tag->setCurrentIndex(tag->findData(QStringLiteral("leadership")));
    EXPECT_EQ(view.boardModel()->shownCards(), 2);
    EXPECT_EQ(currentPage(view)->objectName(), QStringLiteral("boardArea"));

    Requisition empty;
    empty.title = QStringLiteral("Office Manager");
    auto created = RequisitionService(db(), session->actor()).create(empty);
    ASSERT_TRUE(created);
    view.showRequisition(created->id);
    EXPECT_EQ(currentPage(view)->objectName(), QStringLiteral("noApplicantsState"));
    save(view, QStringLiteral("pipeline-no-applicants.png"));
}

TEST_F(BoardViewTest, ReasonsDialogEditsTheListAndTheSilverRule)
{
    Ui::DispositionReasonsDialog dialog(*session);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("rejectedReasons"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->count(), 7);
    auto *rule = dialog.findChild<QComboBox *>(QStringLiteral("silverRule"));
    rule->setCurrentIndex(rule->findData(QStringLiteral("offer")));
    auto stored = db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'silver_medalists.rule'"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->toString(), QStringLiteral("offer"));
    save(dialog, QStringLiteral("disposition-reasons-dialog.png"));
}

// 500 applicants in one stage: one view per column and painted cards, never a widget per card.
TEST_F(BoardViewTest, FiveHundredCardsAreItemsNotWidgets)
{
    Requisition big;
    big.title = QStringLiteral("Warehouse Associate");
    RequisitionService reqs(db(), session->actor());
    auto created = reqs.create(big);
    ASSERT_TRUE(created);
    {
        auto tx = Transaction::begin(db());
        ASSERT_TRUE(tx);
        for (int i = 0; i < 500; ++i) {
            Candidate c;
            c.firstName = QStringLiteral("Applicant");
            c.lastName = QString::number(i);
            auto stored = CandidateService(db(), session->actor()).create(c);
            ASSERT_TRUE(stored);
            ASSERT_TRUE(ApplicationService(db(), session->actor()).apply(stored->id, created->id, QStringLiteral("Job board")));
        }
        ASSERT_TRUE(tx->commit());
    }
    const int before = int(QApplication::allWidgets().size());
    Ui::PipelineView view(*session);
    view.resize(1680, 860);
    view.show();
    view.showRequisition(created->id);
    settle();
    auto stages500 = reqs.stages(created->id);
    Ui::BoardColumnView *first = view.column(stages500->first().id)->view();
    EXPECT_EQ(first->model()->rowCount(first->rootIndex()), 500);
    EXPECT_TRUE(first->uniformItemSizes());
    EXPECT_LT(int(QApplication::allWidgets().size()) - before, 150);
}
