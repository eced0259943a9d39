// The board and list models of a pipeline: structure checked by QAbstractItemModelTester,
// filters, drops that store moves, undo, and the list view's scope and sorting.
#include <core/models/board_model.h>
#include <core/models/pipeline_list_model.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/screening_service.h>

#include "support/test_database.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Tandem;

namespace {

struct Board
{
    Testing::TestDatabase t;
    Actor actor = Actor::system();
    Requisition req;
    QList<Stage> stages;
    QList<Application> apps;

    Board()
    {
        Requisition r;
        r.title = QStringLiteral("Data Engineer");
        RequisitionService reqs(t.db(), actor);
        auto created = reqs.create(r);
        req = *reqs.setStatus(created->id, created->version, RequisitionStatus::Open);
        stages = *reqs.stages(req.id);
        const QStringList names{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing"), QStringLiteral("Barbara Liskov"),
                                QStringLiteral("Edsger Dijkstra"), QStringLiteral("Grace Hopper")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            Candidate c;
            c.firstName = names[i].section(QLatin1Char(' '), 0, 0);
            c.lastName = names[i].section(QLatin1Char(' '), 1);
            c.currentTitle = i % 2 ? QStringLiteral("Engineer") : QStringLiteral("Scientist");
            auto stored = CandidateService(t.db(), actor).create(c);
            apps.append(*ApplicationService(t.db(), actor).apply(stored->id, req.id, i < 2 ? QStringLiteral("LinkedIn")
                                                                                            : QStringLiteral("Referral")));
        }
        ApplicationService service(t.db(), actor);
        service.moveTo(apps[3].id, apps[3].version, stages[2].id);
        auto gone = service.get(apps[4].id);
        service.disposition(gone->id, gone->version, ApplicationStatus::Rejected, QStringLiteral("Not enough experience"));
    }
};

} // namespace

TEST(BoardModel, StagesAreTopRowsAndCardsTheirChildren)
{
    Board b;
    BoardModel model(b.t.db(), b.actor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequisition(b.req.id);
    ASSERT_EQ(model.rowCount(), b.stages.size());
    EXPECT_EQ(model.rowCount(model.stageIndex(0)), 3);
    EXPECT_EQ(model.rowCount(model.stageIndex(2)), 1);
    EXPECT_EQ(model.totalCards(), 4); // the rejected one left the board
    const QModelIndex screen = model.stageIndex(2);
    EXPECT_EQ(screen.data(BoardModel::StageNameRole).toString(), QStringLiteral("Screen"));
    EXPECT_EQ(screen.data(BoardModel::CardCountRole).toInt(), 1);
    const QModelIndex edsger = model.index(0, 0, screen);
    EXPECT_EQ(edsger.data().toString(), QStringLiteral("Edsger Dijkstra"));
    EXPECT_EQ(edsger.data(BoardModel::TitleRole).toString(), QStringLiteral("Engineer"));
    EXPECT_EQ(edsger.data(BoardModel::SourceRole).toString(), QStringLiteral("Referral"));
    EXPECT_TRUE(edsger.data(BoardModel::ConsentMissingRole).toBool());
    EXPECT_EQ(edsger.parent(), screen);
    EXPECT_EQ(model.sources(), (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Referral")}));

    BoardFilter filter;
    filter.text = QStringLiteral("engineer");
    model.setFilter(filter);
    EXPECT_EQ(model.shownCards(), 2);
    EXPECT_EQ(model.totalCards(), 4);
    EXPECT_EQ(model.stageIndex(0).data(BoardModel::TotalCountRole).toInt(), 3);
    filter.source = QStringLiteral("linkedin");
    model.setFilter(filter);
    EXPECT_EQ(model.shownCards(), 1);
    model.setFilter({});
    model.setRequisition(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(BoardModel, ADropStoresTheMoveAndUndoTakesItBack)
{
    Board b;
    BoardModel model(b.t.db(), b.actor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequisition(b.req.id);
    QSignalSpy applied(&model, &BoardModel::changeApplied);

    const QModelIndex sourced = model.stageIndex(0);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0, sourced), model.index(1, 0, sourced)}));
    ASSERT_TRUE(data);
    EXPECT_EQ(BoardModel::idsFromMime(data.get()).size(), 2);
    EXPECT_FALSE(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model.stageIndex(3)));
    ASSERT_TRUE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.stageIndex(3)));
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied.first().first().toString(), QStringLiteral("Moved 2 candidates to Interview"));
    EXPECT_EQ(model.rowCount(model.stageIndex(3)), 2);
    EXPECT_EQ(model.rowCount(model.stageIndex(0)), 1);
    ASSERT_TRUE(model.canUndo());

    // Stored, not just shown: a second model reads the same.
    BoardModel other(b.t.db(), b.actor);
    other.setRequisition(b.req.id);
    EXPECT_EQ(other.rowCount(other.stageIndex(3)), 2);

    ASSERT_TRUE(model.undo());
    EXPECT_EQ(model.rowCount(model.stageIndex(0)), 3);
    EXPECT_FALSE(model.canUndo());

    // A drop onto a card lands in that card's stage; a drop into the card's own stage does nothing.
    std::unique_ptr<QMimeData> one(model.mimeData({model.index(0, 0, model.stageIndex(0))}));
    EXPECT_FALSE(model.dropMimeData(one.get(), Qt::MoveAction, -1, -1, model.stageIndex(0)));
    ASSERT_TRUE(model.dropMimeData(one.get(), Qt::MoveAction, -1, -1, model.index(0, 0, model.stageIndex(2))));
    EXPECT_EQ(model.rowCount(model.stageIndex(2)), 2);
}

TEST(BoardModel, AConflictReportsAndReloads)
{
    Board b;
    BoardModel model(b.t.db(), b.actor);
    model.setRequisition(b.req.id);
    QSignalSpy failed(&model, &BoardModel::actionFailed);
    const qint64 id = model.index(0, 0, model.stageIndex(0)).data(BoardModel::ApplicationIdRole).toLongLong();
    auto current = ApplicationService(b.t.db(), b.actor).get(id);
    ASSERT_TRUE(ApplicationService(b.t.db(), b.actor).moveTo(id, current->version, b.stages[1].id)); // someone else
    EXPECT_FALSE(model.moveCards({id}, b.stages[4].id));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(model.rowCount(model.stageIndex(1)), 1); // the board now shows where it really is
}

TEST(PipelineListModel, ScopeAllShowsRejectedWithStatusAndSorts)
{
    Board b;
    PipelineListModel model(b.t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequisition(b.req.id);
    EXPECT_EQ(model.rowCount(), 4);
    model.setScope(BoardScope::All);
    ASSERT_EQ(model.rowCount(), 5);
    model.sort(PipelineListModel::CandidateColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, PipelineListModel::CandidateColumn).data().toString(), QStringLiteral("Grace Hopper"));
    EXPECT_EQ(model.index(0, PipelineListModel::StatusColumn).data().toString(),
              QStringLiteral("Rejected: Not enough experience"));
    model.sort(PipelineListModel::StageColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, PipelineListModel::StageColumn).data().toString(), QStringLiteral("Screen"));
    BoardFilter filter;
    filter.text = QStringLiteral("grace");
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.applicationIdAt(0), b.apps[4].id);
    EXPECT_EQ(model.headerData(PipelineListModel::DaysInStageColumn, Qt::Horizontal).toString(), QStringLiteral("Days in stage"));
}

// Match scores and screening knockouts reach the card roles, the board sorts a column by
// match, and the list sorts on its Match column; the structure holds through each reset.
TEST(BoardModel, MatchAndKnockoutRolesAndMatchOrder)
{
    Board b;
    RequisitionService reqs(b.t.db(), b.actor);
    Requisition r = *reqs.get(b.req.id);
    r.skills = {{QStringLiteral("SQL"), true}, {QStringLiteral("Python"), true}};
    ASSERT_TRUE(reqs.update(r));
    // Ada and Alan are in the first stage; Alan knows both skills, Ada one.
    CandidateService people(b.t.db(), b.actor);
    for (auto [app, skills] : {std::pair{b.apps[0], QStringList{QStringLiteral("SQL")}},
                               std::pair{b.apps[1], QStringList{QStringLiteral("python"), QStringLiteral("SQL")}}}) {
        Candidate c = *people.get(app.candidateId);
        c.skills = skills;
        ASSERT_TRUE(people.update(c));
    }
    ScreeningQuestion q;
    q.requisitionId = b.req.id;
    q.prompt = QStringLiteral("Can you start within a month?");
    q.knockoutAnswers = {QStringLiteral("no")};
    ScreeningService screening(b.t.db(), b.actor);
    const ScreeningQuestion stored = *screening.add(q);
    ASSERT_TRUE(screening.recordAnswers(b.apps[0].id, {{stored.id, QStringLiteral("no")}}));

    BoardModel model(b.t.db(), b.actor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRequisition(b.req.id);
    const QModelIndex ada = model.indexOfCard(b.apps[0].id);
    const QModelIndex alan = model.indexOfCard(b.apps[1].id);
    EXPECT_EQ(ada.data(BoardModel::MatchRole).toInt(), 50);
    EXPECT_EQ(alan.data(BoardModel::MatchRole).toInt(), 100);
    EXPECT_EQ(ada.data(BoardModel::MatchReasonsRole).toStringList().first(),
              QStringLiteral("1 of 2 must-have skills: SQL — missing Python"));
    EXPECT_EQ(ada.data(BoardModel::KnockoutsRole).toStringList(),
              QStringList{QStringLiteral("Knockout: 'Can you start within a month?' answered No")});
    EXPECT_TRUE(alan.data(BoardModel::KnockoutsRole).toStringList().isEmpty());
    EXPECT_TRUE(ada.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Knockout:")));
    EXPECT_LT(ada.row(), alan.row()); // longest in stage first: Ada applied first

    model.setCardOrder(BoardModel::CardOrder::Match);
    EXPECT_LT(model.indexOfCard(b.apps[1].id).row(), model.indexOfCard(b.apps[0].id).row());
    model.setCardOrder(BoardModel::CardOrder::TimeInStage);
    EXPECT_LT(model.indexOfCard(b.apps[0].id).row(), model.indexOfCard(b.apps[1].id).row());

    PipelineListModel list(b.t.db());
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setRequisition(b.req.id);
    list.sort(PipelineListModel::MatchColumn, Qt::DescendingOrder);
    EXPECT_EQ(list.applicationIdAt(0), b.apps[1].id);
    EXPECT_EQ(list.index(0, PipelineListModel::MatchColumn).data().toString(), QStringLiteral("100%"));
    EXPECT_EQ(list.index(1, PipelineListModel::MatchColumn).data().toString(), QStringLiteral("50%"));
}
